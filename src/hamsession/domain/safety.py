"""Answers that stop a session and what to tell the user (content.md §5).

Hamsession guides exercise; it does not diagnose. These messages say, briefly and
neutrally, where to get help. Each flag is asked as a plain tick box.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

EMERGENCY, SAME_DAY, URGENT, ROUTINE = "emergency", "same_day", "urgent", "routine"
_ORDER = {EMERGENCY: 0, URGENT: 1, SAME_DAY: 2, ROUTINE: 3}


@dataclass(frozen=True)
class RedFlag:
    id: str
    question: str
    message: str
    urgency: str


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "saddle_bladder_bowel",
        "New numbness or tingling between the legs or around the back passage, or new "
        "trouble passing or holding urine or stools",
        "Please stop now. These signs need emergency assessment today: go to an emergency "
        "department now (in the UK, A&E, or call 111).",
        EMERGENCY,
    ),
    RedFlag(
        "leg_weakness",
        "Leg weakness that is getting worse, a foot that drags, or symptoms in both legs",
        "Stop the session and speak to a doctor today about the weakness in your legs.",
        SAME_DAY,
    ),
    RedFlag(
        "general_illness",
        "Back pain with a fever, past cancer, weight loss you cannot explain, constant pain "
        "at night, or after a fall or accident",
        "Please have these symptoms checked by a doctor before you carry on with these exercises.",
        SAME_DAY,
    ),
    RedFlag(
        "hamstring_tear",
        "A sudden sharp pain at the back of the thigh with a pop, quick bruising, or "
        "trouble walking normally",
        "Stop. This could be a serious hamstring injury. Have it checked before you exercise "
        "this leg again.",
        SAME_DAY,
    ),
    RedFlag(
        "postpartum_warning",
        "Had a baby in the last year and now: a severe headache, fainting, chest pain, "
        "breathlessness, a painful or swollen leg, heavy bleeding, a fever, or thoughts of "
        "harming yourself or your baby",
        "Stop. After a birth this needs medical care straight away. Tell them you had a "
        "baby in the last year.",
        EMERGENCY,
    ),
    RedFlag(
        "pregnancy_warning",
        "Pregnant and now: bleeding, regular painful contractions, leaking fluid, dizziness, "
        "chest pain, or a painful or swollen calf",
        "Stop exercising and contact your maternity team.",
        URGENT,
    ),
    RedFlag(
        "pelvic_floor",
        "Leaking, heaviness, dragging or a bulge in the pelvis",
        "These are common and can be treated. A pelvic-health physiotherapist can help; "
        "until then, stay at a level that does not bring them on.",
        ROUTINE,
    ),
)
BY_ID = {flag.id: flag for flag in RED_FLAGS}


def triggered(flag_ids: Iterable[str]) -> list[RedFlag]:
    """The flags answered yes, most urgent first."""
    found = {BY_ID[i] for i in flag_ids if i in BY_ID}
    return sorted(found, key=lambda f: (_ORDER[f.urgency], f.id))


def pelvic_floor_flagged(pelvic: dict) -> bool:
    """Any leakage, or a pelvic-floor item that bothered more than 'not at all'."""
    if pelvic.get("leakage"):
        return True
    return any(
        pelvic.get(k) not in (None, "", "not at all") for k in ("pressure", "heaviness", "bulge")
    )


URGENCY_WORDS = {
    EMERGENCY: "Emergency",
    URGENT: "Urgent",
    SAME_DAY: "Today",
    ROUTINE: "When you can",
}
