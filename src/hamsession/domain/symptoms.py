"""The symptom log's questions (content.md §4), in plain 0-10 scales and tick lists."""

from __future__ import annotations

from collections.abc import Mapping

from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

# The keys and the answers below are what the history keeps (in English, whatever the
# language); the texts are marked here and shown through :func:`shown` and :func:`word`.
REGIONS = {
    "low_back": QT_TRANSLATE_NOOP("Symptoms", "Low back"),
    "sit_bone": QT_TRANSLATE_NOOP("Symptoms", "Sit bone or just below the buttock"),
    "back_of_thigh": QT_TRANSLATE_NOOP("Symptoms", "Back of the thigh"),
    "behind_knee": QT_TRANSLATE_NOOP("Symptoms", "Behind the knee"),
    "below_knee": QT_TRANSLATE_NOOP("Symptoms", "Below the knee"),
}

FORM_SIGNS = {
    "ribs_flared": QT_TRANSLATE_NOOP("Symptoms", "Ribs flared"),
    "back_arched": QT_TRANSLATE_NOOP("Symptoms", "Back arched"),
    "breath_held": QT_TRANSLATE_NOOP("Symptoms", "Breath held"),
    "pressure_down": QT_TRANSLATE_NOOP("Symptoms", "Pressure or heaviness downward"),
}

LEG_SYMPTOMS = {
    "shooting_pain": QT_TRANSLATE_NOOP("Symptoms", "Pain shooting down a leg"),
    "numbness": QT_TRANSLATE_NOOP("Symptoms", "Numbness or tingling in a leg"),
    "weakness": QT_TRANSLATE_NOOP("Symptoms", "Weakness in a leg"),
}

#: Optional "today" questions (an adaptation of three PFDI-20 items; off unless the profile
#: turns them on). Each is answered on the bother scale below.
PELVIC_FLOOR = {
    "pressure": QT_TRANSLATE_NOOP(
        "Symptoms", "Pressure low in the belly during or after today's session"
    ),
    "heaviness": QT_TRANSLATE_NOOP(
        "Symptoms", "Heaviness or a dull ache in the pelvis during or after today's session"
    ),
    "bulge": QT_TRANSLATE_NOOP(
        "Symptoms", "A bulge, or something coming down, that you could see or feel in the vagina"
    ),
}
#: The bother scale: these English answers are stored (and compared); :func:`word` shows them.
BOTHER = (
    QT_TRANSLATE_NOOP("Symptoms", "not at all"),
    QT_TRANSLATE_NOOP("Symptoms", "somewhat"),
    QT_TRANSLATE_NOOP("Symptoms", "moderately"),
    QT_TRANSLATE_NOOP("Symptoms", "quite a bit"),
)
LEAKAGE = "leakage"  # pelvic_floor["leakage"]: the exercise during which urine leaked, or ""

#: The next-morning answers: stored in English; :func:`word` shows them.
MORNING = (
    QT_TRANSLATE_NOOP("Symptoms", "better"),
    QT_TRANSLATE_NOOP("Symptoms", "same"),
    QT_TRANSLATE_NOOP("Symptoms", "worse"),
)
SCALE_HINT = QT_TRANSLATE_NOOP("Symptoms", "0 = no pain, 10 = worst pain you can imagine")


def shown(options: Mapping[str, str], in_a_sentence: bool = False) -> dict[str, str]:
    """One of the lists above (key -> text), its texts in the language in use;
    ``in_a_sentence``: as they read inside a sentence (English writes them in lower case;
    a translation keeps the capitals its translator wrote)."""
    found = {}
    for key, english in options.items():
        text = translate("Symptoms", english)
        found[key] = text.lower() if in_a_sentence and text == english else text
    return found


def word(answer: str) -> str:
    """A stored answer (of :data:`BOTHER` or :data:`MORNING`) in the language in use; an
    answer this version does not know is shown as it is."""
    return translate("Symptoms", answer) if answer in (*BOTHER, *MORNING) else answer


def scale_hint() -> str:
    """:data:`SCALE_HINT` in the language in use."""
    return translate("Symptoms", SCALE_HINT)


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
        raise ValueError(
            translate("Symptoms", "{typed} is not a whole number from 0 to 10").format(
                typed=repr(text)
            )
        )
    return int(text)
