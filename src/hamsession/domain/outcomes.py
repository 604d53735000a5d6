"""The periodic check-ins content.md §4 names that are free to use: the Sciatica
Bothersomeness Index (weekly while leg symptoms are about) and the Patient-Specific
Functional Scale (every four weeks). Licensed measures (the ODI, Borg CR10 wording)
are left out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from hamsession.domain.plain_text import one_line
from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

SBI, PSFS = "sbi", "psfs"
KINDS = (SBI, PSFS)

#: The four items of the Sciatica Bothersomeness Index (Patrick 1995, R21), each 0-6: the
#: item ids are stored; the labels (English, as marked) are shown through :func:`sbi_items`.
SBI_ITEMS = (
    ("leg_pain", QT_TRANSLATE_NOOP("Outcomes", "Pain in the leg")),
    ("numbness", QT_TRANSLATE_NOOP("Outcomes", "Numbness or tingling in the leg, foot or toes")),
    ("weakness", QT_TRANSLATE_NOOP("Outcomes", "Weakness in the leg or foot")),
    ("sitting", QT_TRANSLATE_NOOP("Outcomes", "Pain in the back or leg when sitting")),
)
SBI_TOP = 6
# The questions and hints are shown through :func:`shown`.
SBI_QUESTION = QT_TRANSLATE_NOOP(
    "Outcomes", "Over the last week, how much has each of these bothered you?"
)
SBI_HINT = QT_TRANSLATE_NOOP("Outcomes", "0 = not at all, 6 = extremely")
#: Asked when the log named leg symptoms this many days back, at most once a week.
SBI_WINDOW = timedelta(days=14)
SBI_EVERY = timedelta(days=7)
#: Neither check-in comes on the day it first could: the first day of use (screening, a
#: session and its log) and the day of a log with leg symptoms have questions enough.
SETTLE = timedelta(hours=12)

#: The Patient-Specific Functional Scale (Stratford 1995, R20): up to three activities
#: the person names, each 0-10; a change of 2 in the average (3 for one activity) is real.
PSFS_MOST = 3
PSFS_TOP = 10
PSFS_QUESTION = QT_TRANSLATE_NOOP(
    "Outcomes",
    "Name up to three activities your back or hamstrings make hard for you, and score "
    "how well you can do each one today.",
)
PSFS_HINT = QT_TRANSLATE_NOOP(
    "Outcomes", "0 = cannot do it at all, 10 = as well as before the problem"
)
PSFS_EVERY = timedelta(days=28)
PSFS_REAL_CHANGE = 2.0


@dataclass(frozen=True)
class Outcome:
    """One check-in: its kind, when it was answered, and (item, score) pairs: the SBI's
    item ids, or the activities the person named."""

    kind: str
    answered_at: datetime
    scores: tuple[tuple[str, int], ...]

    @property
    def value(self) -> float:
        """What is charted: the SBI's total (0-24, lower is better) or the PSFS average
        (0-10, higher is better)."""
        numbers = [score for _item, score in self.scores]
        if self.kind == SBI:
            return float(sum(numbers))
        return sum(numbers) / len(numbers) if numbers else float("nan")


def shown(text: str) -> str:
    """A question or hint above (:data:`SBI_QUESTION`, :data:`PSFS_HINT`...) in the
    language in use."""
    return translate("Outcomes", text)


def sbi_items(in_a_sentence: bool = False) -> list[tuple[str, str]]:
    """The SBI's (item id, label) pairs, the labels in the language in use; ``in_a_sentence``:
    as they read inside a sentence (English writes them in lower case; a translation keeps
    the capitals its translator wrote)."""
    found = []
    for item, english in SBI_ITEMS:
        label = translate("Outcomes", english)
        found.append((item, label.lower() if in_a_sentence and label == english else label))
    return found


def sbi_due(last: datetime | None, leg_symptoms_at: Iterable[datetime], now: datetime) -> bool:
    """Weekly while leg symptoms were logged in the last two weeks (from the day after
    the log that named them)."""
    recent = any(SETTLE <= now - when <= SBI_WINDOW for when in leg_symptoms_at)
    return recent and (last is None or now - last >= SBI_EVERY)


def psfs_due(last: datetime | None, first_session: datetime | None, now: datetime) -> bool:
    """A first score from the day after the first session (a baseline early in the
    program), then every four weeks."""
    if first_session is None or now - first_session < SETTLE:
        return False
    return last is None or now - last >= PSFS_EVERY


def score_problem(kind: str, scores: Iterable[tuple[str, int]]) -> str | None:
    """Why these answers cannot be kept (None when they can)."""
    pairs = list(scores)
    if kind == SBI:
        ids = [item for item, _s in pairs]
        if sorted(ids) != sorted(i for i, _label in SBI_ITEMS):
            return translate(
                "Outcomes", "the leg-symptom check-in needs a score for each of its four items"
            )
        top = SBI_TOP
    elif kind == PSFS:
        if not 1 <= len(pairs) <= PSFS_MOST:
            return translate("Outcomes", "name between one and {most} activities").format(
                most=PSFS_MOST
            )
        if any(not item.strip() or len(item) > 120 for item, _s in pairs):
            return translate("Outcomes", "each activity needs a name of at most 120 characters")
        if not all(one_line(item) for item, _s in pairs):
            return translate(
                "Outcomes", "an activity's name is one line of plain text (no control characters)"
            )
        top = PSFS_TOP
    else:
        return translate("Outcomes", "'{kind}' is not a check-in this version knows").format(
            kind=kind
        )
    if any(not isinstance(s, int) or isinstance(s, bool) or not 0 <= s <= top for _i, s in pairs):
        return translate("Outcomes", "each score is a whole number from 0 to {top}").format(top=top)
    return None
