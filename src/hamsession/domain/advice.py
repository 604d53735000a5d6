"""What to do next with a program: the pain-monitoring rule of content.md §4 under the
safety rules of §5.

In order, the first that applies decides:

1. **stop**: a red flag is open (not yet confirmed as checked by a professional).
2. **review**: the person's last two settled sessions were red, or leg symptoms were
   present in their last two logged sessions.
3. **step_back**: the mean worst pain rose week on week by the threshold or more, or
   stiffness climbed (at least two mornings stiffer than usual this week, more than
   the week before).
4. The program's own settled sessions: red → **step_back**, amber → **repeat**, two
   greens in a row → **progress** (unless the person's last session showed leg
   symptoms or was red in another program: then **repeat**), one green → **repeat**.
   A session whose next morning is not known yet is left out until it is, unless its
   in-session signs are already amber or red. No settled session yet: **repeat**
   when one is pending, else **none**.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from hamsession.domain.history import SessionEntry
from hamsession.domain.levels import shown_title
from hamsession.domain.progression import (
    AMBER,
    GREEN,
    PENDING,
    RED,
    Thresholds,
    Zone,
    classify,
    logged,
    stiffness_climbing,
    weekly_rise,
)
from hamsession.domain.words import Words, number, translate

PROGRESS, REPEAT, STEP_BACK, REVIEW, STOP, NONE = (
    "progress",
    "repeat",
    "step_back",
    "review",
    "stop",
    "none",
)
ACTIONS = (PROGRESS, REPEAT, STEP_BACK, REVIEW, STOP, NONE)
SETTLED = (GREEN, AMBER, RED)


class AdviceReasons(Words):
    """The context of the advice's reasons (its plurals: ``AdviceReasons.tr(...)``)."""


@dataclass(frozen=True)
class Advice:
    program: str
    action: str
    reasons: tuple[str, ...]
    next_program: str | None = None


@dataclass(frozen=True)
class Scored:
    """A logged session with its zone."""

    session: SessionEntry
    zone: Zone

    @property
    def settled(self) -> bool:
        return self.zone.zone in SETTLED


def scored(
    sessions: Sequence[SessionEntry], thresholds_for: Callable[[str], Thresholds]
) -> list[Scored]:
    """Every logged session (oldest first) in its zone, each judged against the one before."""
    logs = [s for s in sessions if logged(s)]
    return [
        Scored(s, classify(s, thresholds_for(s.program_id), logs[i - 1] if i else None))
        for i, s in enumerate(logs)
    ]


def _person_level(history: Sequence[Scored], t: Thresholds) -> tuple[str, list[str]] | None:
    settled = [x for x in history if x.settled]
    if len(settled) >= 2 and settled[-1].zone.zone == RED and settled[-2].zone.zone == RED:
        reasons = [
            translate(
                "AdviceReasons",
                "two sessions in a row were in the red zone: please ask your physiotherapist",
            )
        ]
        if settled[-1].zone.pelvic and settled[-2].zone.pelvic:
            reasons.append(
                translate(
                    "AdviceReasons",
                    "pelvic-floor symptoms came back: a pelvic-health physiotherapist can help",
                )
            )
        return REVIEW, reasons
    if len(history) >= 2 and history[-1].zone.legs and history[-2].zone.legs:
        return REVIEW, [
            translate(
                "AdviceReasons",
                "leg symptoms in two sessions in a row: please see your physiotherapist",
            )
        ]
    if history:
        rise = weekly_rise([x.session for x in history], history[-1].session.started_at)
        if rise is not None and rise >= t.weekly_rise_red:
            return STEP_BACK, [
                translate(
                    "AdviceReasons", "pain rose by {rise} points on average from last week"
                ).format(rise=number(rise, ".1f"))
            ]
        stiff = stiffness_climbing([x.session for x in history], history[-1].session.started_at)
        if stiff is not None:
            return STEP_BACK, [
                AdviceReasons.tr(
                    "%n morning(s) this week were stiffer than usual, more than the week before",
                    "",
                    stiff,
                )
            ]
    return None


def advise(
    program_id: str,
    history: Sequence[Scored],
    thresholds: Thresholds,
    stops: Sequence[str] = (),
    can_progress: bool = True,
    next_stage: str | None = None,
    previous_stage: str | None = None,
) -> Advice:
    """The advice for one program from the person's scored sessions (oldest first).

    ``stops`` are the messages of open red flags; ``can_progress`` is False when every
    step of the program is at the top of its range, and ``next_stage`` / ``previous_stage``
    name the programs a stage up and down (None where there is none).
    """
    if stops:
        return Advice(program_id, STOP, tuple(stops))
    person = _person_level(history, thresholds)
    if person is not None:
        action, reasons = person
        back = previous_stage if action == STEP_BACK else None
        return Advice(program_id, action, tuple(reasons), back)
    mine = [x for x in history if x.session.program_id == program_id]
    known = [x.zone for x in mine if x.settled]
    if not known:
        if any(x.zone.zone == PENDING for x in mine):
            return Advice(
                program_id,
                REPEAT,
                (
                    translate(
                        "AdviceReasons", "the next morning after your session is not known yet"
                    ),
                ),
            )
        return Advice(
            program_id,
            NONE,
            (translate("AdviceReasons", "no session of this program has a pain score yet"),),
        )
    last = known[-1]
    if last.zone == RED:
        return Advice(program_id, STEP_BACK, last.reasons, previous_stage)
    if last.zone == AMBER:
        return Advice(program_id, REPEAT, last.reasons)
    if len(known) < 2 or known[-2].zone != GREEN:
        return Advice(
            program_id,
            REPEAT,
            (translate("AdviceReasons", "one green session: one more like it before progressing"),),
        )
    latest = history[-1]
    if latest.zone.legs:
        return Advice(
            program_id,
            REPEAT,
            (
                translate(
                    "AdviceReasons", "leg symptoms in your last session: no progression for now"
                ),
            ),
        )
    settled = [x for x in history if x.settled]
    if settled[-1].zone.zone == RED:
        return Advice(
            program_id,
            REPEAT,
            (
                translate(
                    "AdviceReasons", "your last session ({program}) was in the red zone"
                ).format(program=shown_title(settled[-1].session.program_title)),
            ),
        )
    reasons = [
        translate("AdviceReasons", "two green sessions in a row ({reason})").format(
            reason=last.reasons[0]
        )
    ]
    if mine[-1].zone.zone == PENDING:
        reasons.append(
            translate(
                "AdviceReasons",
                "your last session was green so far; the next morning can still change this",
            )
        )
    if can_progress:
        return Advice(program_id, PROGRESS, tuple(reasons))
    if next_stage is not None:
        reasons.append(
            translate(
                "AdviceReasons", "every step is at the top of its range: the next stage is open"
            )
        )
        return Advice(program_id, PROGRESS, tuple(reasons), next_stage)
    reasons.append(
        translate(
            "AdviceReasons",
            "every step is at the top of its range; ask your physiotherapist what next",
        )
    )
    return Advice(program_id, REPEAT, tuple(reasons))


def stage_gate_met(history: Sequence[Scored], program_ids: set[str]) -> bool:
    """Two settled green sessions in a row of these programs (content.md §2, the stage gate)."""
    zones = [x.zone.zone for x in history if x.settled and x.session.program_id in program_ids]
    return any(a == GREEN and b == GREEN for a, b in pairwise(zones))
