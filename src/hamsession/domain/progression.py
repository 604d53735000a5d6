"""The pain-monitoring progression rule (content.md §4), as plain functions.

Each logged session is classified green, amber or red from its symptom log; the
run of recent zones gives a suggestion: progress after two greens in a row,
repeat on amber, step back on red, and suggest a review after two reds in a row.
Pain rising week on week counts as red even when each day was amber. Every
threshold is a default a clinician may change per profile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from hamsession.domain.history import SessionEntry
from hamsession.domain.programs import Program, Step, StepKind
from hamsession.domain.safety import pelvic_floor_flagged

GREEN, AMBER, RED, UNKNOWN = "green", "amber", "red", "unknown"


@dataclass(frozen=True)
class Thresholds:
    green_pain_max: int = 2  # A
    green_effort_max: int = 6  # A
    amber_pain_max: int = 5  # R13 (a hamstring program may use 4, R14)
    morning_rise_red: int = 2  # MCID, R10/R11
    weekly_rise_red: float = 2.0  # week-on-week rise of the mean worst pain (R13, as MCID)


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Zone:
    zone: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Suggestion:
    action: str  # "progress", "repeat", "step_back", "review" or "none"
    reason: str


def classify(
    session: SessionEntry, t: Thresholds = Thresholds(), previous: SessionEntry | None = None
) -> Zone:
    """The zone of one logged session, with the reasons in plain words."""
    s = session.symptoms
    if s is None or s.pain_worst is None:
        return Zone(UNKNOWN, ("the session has no pain score",))
    red, amber = [], []
    if s.pain_worst > t.amber_pain_max:
        red.append(f"pain during the session reached {s.pain_worst}")
    elif s.pain_worst > t.green_pain_max:
        amber.append(f"pain during the session was {s.pain_worst}")
    if s.morning == "worse" and s.morning_pain is not None:
        before = s.pain_now if s.pain_now is not None else s.pain_worst
        if s.morning_pain - before >= t.morning_rise_red:
            red.append(f"the next morning was worse by {s.morning_pain - before} points")
    if pelvic_floor_flagged(s.pelvic_floor):
        red.append("there were pelvic-floor symptoms")
    new_legs = set(s.leg_symptoms) - set(
        previous.symptoms.leg_symptoms if previous and previous.symptoms else ()
    )
    if new_legs:
        red.append("a new leg symptom appeared")
    if red:
        return Zone(RED, tuple(red))
    if len(s.form_signs) == 1:
        amber.append("one form sign was ticked")
    elif len(s.form_signs) > 1:
        amber.append(f"{len(s.form_signs)} form signs were ticked")
    if s.effort is not None and s.effort > t.green_effort_max:
        amber.append(f"effort was {s.effort}")
    if s.morning == "worse":
        amber.append("the next morning felt worse")
    elif s.morning is None:
        amber.append("the next morning is not known yet")
    if amber:
        return Zone(AMBER, tuple(amber))
    return Zone(
        GREEN, (f"pain stayed at {s.pain_worst} or below and the morning after was {s.morning}",)
    )


def weekly_rise(sessions: Sequence[SessionEntry], now: datetime) -> float | None:
    """Mean worst pain of the 7 days up to ``now`` minus that of the 7 days before."""

    def mean(start: datetime, end: datetime) -> float | None:
        scores = [
            e.symptoms.pain_worst
            for e in sessions
            if e.symptoms and e.symptoms.pain_worst is not None and start < e.started_at <= end
        ]
        return sum(scores) / len(scores) if scores else None

    week = timedelta(days=7)
    this_week = mean(now - week, now)
    last_week = mean(now - 2 * week, now - week)
    if this_week is None or last_week is None:
        return None
    return this_week - last_week


def suggest(
    sessions: Sequence[SessionEntry], t: Thresholds = Thresholds(), now: datetime | None = None
) -> Suggestion:
    """What to do next, from the logged sessions (oldest first)."""
    logged = [e for e in sessions if e.symptoms is not None and e.symptoms.pain_worst is not None]
    if not logged:
        return Suggestion("none", "no session has a pain score yet")
    zones = [classify(e, t, logged[i - 1] if i else None) for i, e in enumerate(logged)]
    rise = weekly_rise(logged, now or logged[-1].started_at)
    if rise is not None and rise >= t.weekly_rise_red:
        return Suggestion(
            "step_back", f"pain rose by {rise:.1f} points on average from last week to this week"
        )
    last = zones[-1]
    if last.zone == RED:
        if len(zones) > 1 and zones[-2].zone == RED:
            return Suggestion(
                "review",
                "two sessions in a row were in the red zone: consider "
                "a review with your physiotherapist",
            )
        return Suggestion("step_back", "; ".join(last.reasons))
    if last.zone == GREEN and len(zones) > 1 and zones[-2].zone == GREEN:
        return Suggestion("progress", "in your last two sessions " + last.reasons[0])
    if last.zone == GREEN:
        return Suggestion("repeat", "one green session: one more like it before progressing")
    if last.zone == UNKNOWN:
        return Suggestion("none", last.reasons[0])
    return Suggestion("repeat", "; ".join(last.reasons))


def varied(program: Program, action: str, new_id: str) -> Program:
    """A copy of ``program`` for the accepted suggestion; the original stays as it is.

    Progress adds one rep to each hold and timed-rep step (up to 50); stepping back
    halves their reps (at least one). Breathing steps are left alone.
    """
    if action not in ("progress", "step_back"):
        raise ValueError(f"no program change for {action!r}")

    def change(step: Step) -> Step:
        if step.kind is StepKind.BREATHING:
            return step
        reps = min(50, step.reps + 1) if action == "progress" else max(1, -(-step.reps // 2))
        return replace(step, reps=reps)

    word = "progressed" if action == "progress" else "eased"
    return replace(
        program,
        id=new_id,
        title=f"{program.title} ({word})",
        steps=tuple(change(s) for s in program.steps),
        source="",
    )
