"""A profile as the rest of the app sees it: one person's settings, never their history."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    pelvic_floor_items: bool
    flags: tuple[str, ...]  # such as "F1" (sit-bone pain)
    has_pin: bool = False
    weekly_target_min: int | None = None
    last_screening: str = ""  # ISO date the safety questions were last answered
