"""Plain rows some repositories hand over, shared by the SQLAlchemy repositories and the
start-up reads of :mod:`hamsession.storage.file_reads`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple


@dataclass(frozen=True)
class LatestLog:
    session_id: str
    started_at: datetime
    morning: str | None


@dataclass(frozen=True)
class VariantRow:
    program_id: str
    base_id: str  # the program it was made from
    body: str  # the program as format-1 TOML


class ChartRow(NamedTuple):
    """One session as the charts and the CSV export read it: its summary columns, its
    log's scores, and how many signs of each kind its log names."""

    id: str
    started_at: datetime
    program_id: str
    status: str
    active_s: float
    tension_s: float
    holds_done: int
    pain_worst: int | None
    pain_now: int | None
    effort: int | None
    form_signs: int
    leg_symptoms: int
    pelvic_floor: bool
    morning: str | None
    morning_pain: int | None
    morning_stiffness: str | None
    safety_events: int
