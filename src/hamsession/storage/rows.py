"""Plain rows some repositories hand over, shared by the SQLAlchemy repositories and the
start-up reads of :mod:`hamsession.storage.file_reads`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
