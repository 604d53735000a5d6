"""What the history holds, as plain values: sessions, their phases and symptom logs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import NamedTuple

from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

#: A session row still "running" when read was never ended: the app died or was killed.
RUNNING, COMPLETED, ENDED_EARLY, INTERRUPTED = "running", "completed", "ended_early", "interrupted"
STATUSES = (COMPLETED, ENDED_EARLY, INTERRUPTED)
#: A session's stored status in words (other statuses: underscores as spaces).
_STATUS_WORDS = {
    COMPLETED: QT_TRANSLATE_NOOP("SessionStatus", "completed"),
    ENDED_EARLY: QT_TRANSLATE_NOOP("SessionStatus", "ended early"),
    INTERRUPTED: QT_TRANSLATE_NOOP("SessionStatus", "interrupted"),
}
#: The profile used when nobody has named one.
DEFAULT_PROFILE = "default"


def status_word(status: str) -> str:
    """A stored status as people read it, in the language in use."""
    word = _STATUS_WORDS.get(status)
    return translate("SessionStatus", word) if word else status.replace("_", " ")


class PhaseEntry(NamedTuple):
    """One recorded phase (a tuple in the order the phases table stores it)."""

    step: int
    exercise: str
    kind: str
    set: int | None
    rep: int | None
    side: str | None
    planned_s: float
    actual_s: float
    started_at: datetime
    completed: bool = True


@dataclass(frozen=True)
class SymptomEntry:
    pain_worst: int | None = None
    pain_now: int | None = None
    effort: int | None = None
    regions: tuple[str, ...] = ()
    form_signs: tuple[str, ...] = ()
    leg_symptoms: tuple[str, ...] = ()
    pelvic_floor: dict = field(default_factory=dict)
    notes: str = ""
    logged_at: datetime | None = None
    morning: str | None = None
    morning_pain: int | None = None
    morning_at: datetime | None = None
    feel: str | None = None  # after a desk break: "better", "same" or "worse"
    #: Stiffness the next morning compared with usual (better, same or worse), asked
    #: beside the morning's pain (content.md §4: pain and stiffness).
    morning_stiffness: str | None = None
    #: The worst pain in each region that hurt, 0-10, where the person gave one
    #: (content.md §4: pain by region).
    region_pain: dict = field(default_factory=dict)


#: The symptom log's fields, declared once (by :class:`SymptomEntry`) for the log, the
#: database rows, the export and the report.
SYMPTOM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SymptomEntry))
_LISTS = frozenset({"regions", "form_signs", "leg_symptoms"})
_DICTS = frozenset({"pelvic_floor", "region_pain"})


def symptom_values(entry: SymptomEntry) -> dict:
    """The log as plain values (lists and dicts), one per field of :data:`SYMPTOM_FIELDS`."""
    values = {}
    for name in SYMPTOM_FIELDS:
        value = getattr(entry, name)
        values[name] = list(value) if name in _LISTS else dict(value) if name in _DICTS else value
    return values


def symptom_entry(values: Mapping) -> SymptomEntry:
    """A log from plain values (a database row or a file); missing fields take defaults."""
    found = {}
    for name in SYMPTOM_FIELDS:
        if name not in values:
            continue
        value = values[name]
        if name in _LISTS:
            value = tuple(value or ())
        elif name in _DICTS:
            value = dict(value or {})
        elif name == "notes":
            value = value or ""
        found[name] = value
    return SymptomEntry(**found)


@dataclass(frozen=True)
class SessionEntry:
    id: str
    program_id: str
    program_title: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    planned_s: float
    paused_s: float = 0.0
    phases: tuple[PhaseEntry, ...] = ()
    symptoms: SymptomEntry | None = None

    @property
    def holds_done(self) -> int:
        return sum(1 for p in self.phases if p.kind == "hold" and p.completed)

    @property
    def minutes(self) -> float:
        return sum(p.actual_s for p in self.phases) / 60.0


def read_status(stored: str) -> str:
    """How every reader reports a stored status."""
    return INTERRUPTED if stored == RUNNING else stored


@dataclass(frozen=True)
class SafetyEntry:
    """A red flag answered yes: when, in which session (None at a screening), and when
    the person confirmed a professional had checked it (None while it is open)."""

    flag: str
    urgency: str
    raised_at: datetime
    session_id: str | None = None
    checked_at: datetime | None = None
    id: int | None = None
