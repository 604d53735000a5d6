"""A profile as the rest of the app sees it: one person's settings, never their history."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hamsession.domain.plain_text import one_line

#: A profile's name: 1 to 80 characters, none of them control characters (a newline, NUL
#: or escape would garble lists, messages and terminals).
NAME_RULE = "a profile name is 1 to 80 characters of text"


def checked_name(name: str) -> str | None:
    """The name as it will be kept (trimmed), or None when it breaks :data:`NAME_RULE`."""
    name = name.strip()
    return name if 1 <= len(name) <= 80 and one_line(name) else None


def file_safe(name: str) -> str:
    """A profile's name as part of a suggested file name: letters, digits, '-' and '_'."""
    safe = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-.")
    return safe or "profile"


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    pelvic_floor_items: bool
    flags: tuple[str, ...]  # such as "F1" (sit-bone pain)
    has_pin: bool = False
    weekly_target_min: int | None = None
    last_screening: str = ""  # ISO date the safety questions were last answered
