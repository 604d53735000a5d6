"""Values as the database driver hands them over, read quickly: SQLite gives JSON and
times as text (read in C, or counted without decoding), other engines as Python values."""

from __future__ import annotations

import json
from datetime import UTC, datetime

EMPTY = (None, "[]", "{}", "null")
#: The log's fields stored as JSON (lists and the pelvic-floor answers).
JSON_FIELDS = frozenset({"regions", "form_signs", "leg_symptoms", "pelvic_floor", "region_pain"})


def decoded(stored: object) -> object:
    """A JSON column as the driver hands it over: text on SQLite (an empty list or
    object is not parsed at all), already decoded elsewhere."""
    if stored in EMPTY:
        return None
    return json.loads(stored) if isinstance(stored, str) else stored


def stored_utc(stored: str | datetime) -> datetime:
    """A stored time as UTC: SQLite hands over its text (read in C, much faster than
    a regular expression per row), other engines a datetime."""
    when = datetime.fromisoformat(stored) if isinstance(stored, str) else stored
    return when.replace(tzinfo=UTC)


def how_many(stored: object) -> int:
    """The length of a JSON list or object as the driver hands it over: text on SQLite
    (an empty one is not parsed at all), already parsed elsewhere."""
    if stored in EMPTY:
        return 0
    return len(json.loads(stored) if isinstance(stored, str) else stored)
