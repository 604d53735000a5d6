"""The symptom log's questions (content.md §4), in plain 0-10 scales and tick lists."""

from __future__ import annotations

REGIONS = {
    "low_back": "Low back",
    "sit_bone": "Sit bone or just below the buttock",
    "back_of_thigh": "Back of the thigh",
    "behind_knee": "Behind the knee",
    "below_knee": "Below the knee",
}

FORM_SIGNS = {
    "ribs_flared": "Ribs flared",
    "back_arched": "Back arched",
    "breath_held": "Breath held",
    "pressure_down": "Pressure or heaviness downward",
}

LEG_SYMPTOMS = {
    "shooting_pain": "Pain shooting down a leg",
    "numbness": "Numbness or tingling in a leg",
    "weakness": "Weakness in a leg",
}

#: Optional "today" questions (an adaptation of three PFDI-20 items; off unless the profile
#: turns them on). Each is answered on the bother scale below.
PELVIC_FLOOR = {
    "pressure": "Pressure low in the belly during or after today's session",
    "heaviness": "Heaviness or a dull ache in the pelvis during or after today's session",
    "bulge": "A bulge, or something coming down, that you could see or feel in the vagina",
}
BOTHER = ("not at all", "somewhat", "moderately", "quite a bit")
LEAKAGE = "leakage"  # pelvic_floor["leakage"]: the exercise during which urine leaked, or ""

MORNING = ("better", "same", "worse")
SCALE_HINT = "0 = no pain, 10 = worst pain you can imagine"


def valid_score(value: object) -> bool:
    return value is None or (
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10
    )


def parse_score(text: str) -> int | None:
    """A typed 0-10 score; empty means unanswered. Raises ValueError with a plain message."""
    text = text.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and len(text) <= 2) or int(text) > 10:
        raise ValueError(f"{text!r} is not a whole number from 0 to 10")
    return int(text)
