"""What the breath pacer shows at any moment of a session.

The pacer is a pure function of the timeline and the position in it, so it is
always in step with the engine: it is never a free-running animation.
"""

from __future__ import annotations

from dataclasses import dataclass

from hamsession.domain.timeline import ONE_BREATH_HOLD_S, Phase, PhaseKind, Timeline

INHALE_WORDS = "Inhale: ribs expand"
EXHALE_WORDS = "Exhale: soften"
EFFORT_WORDS = "Exhale into the effort, keep breathing"
EASY_WORDS = "Breathe easy"


@dataclass(frozen=True)
class BreathState:
    """``level`` runs from 0 (empty, soft) to 1 (full inhale)."""

    level: float
    direction: str  # "inhale", "exhale" or "easy"
    words: str


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3.0 - 2.0 * x)


def _cycle_from_exhale(phase: Phase, elapsed: float) -> BreathState:
    """Breaths that start on an exhale from full, as in a hold that follows an inhale."""
    pace = phase.breath
    at = elapsed % pace.cycle_s
    if at < pace.exhale_s:
        return BreathState(1.0 - _ease(at / pace.exhale_s), "exhale", EXHALE_WORDS)
    return BreathState(_ease((at - pace.exhale_s) / pace.inhale_s), "inhale", INHALE_WORDS)


def _cycles_ending_empty(phase: Phase, elapsed: float) -> BreathState:
    """Whole breaths that finish exactly at the phase's end; easy breathing before them."""
    pace = phase.breath
    whole = int(phase.planned_s // pace.cycle_s)
    lead_in = phase.planned_s - whole * pace.cycle_s
    if elapsed < lead_in or whole == 0:
        return BreathState(0.0, "easy", EASY_WORDS)
    at = (elapsed - lead_in) % pace.cycle_s
    if at < pace.inhale_s:
        return BreathState(_ease(at / pace.inhale_s), "inhale", INHALE_WORDS)
    return BreathState(1.0 - _ease((at - pace.inhale_s) / pace.exhale_s), "exhale", EXHALE_WORDS)


def _hold(phase: Phase, elapsed: float) -> BreathState:
    if phase.planned_s <= ONE_BREATH_HOLD_S:
        level = 1.0 - _ease(elapsed / phase.breath.exhale_s)
        return BreathState(level, "exhale", EFFORT_WORDS)
    return _cycle_from_exhale(phase, elapsed)


def breath_at(timeline: Timeline, index: int, elapsed: float) -> BreathState:
    """The pacer's state ``elapsed`` seconds into phase ``index``."""
    phase = timeline.phases[index]
    elapsed = min(max(0.0, elapsed), phase.planned_s)
    kind = phase.kind
    if kind is PhaseKind.INHALE:
        return BreathState(_ease(elapsed / phase.planned_s), "inhale", INHALE_WORDS)
    if kind is PhaseKind.EXHALE:
        return BreathState(1.0 - _ease(elapsed / phase.planned_s), "exhale", EXHALE_WORDS)
    if kind is PhaseKind.HOLD:
        return _hold(phase, elapsed)
    if kind is PhaseKind.RELEASE:
        before = timeline.phases[index - 1] if index else None
        start = (
            _hold(before, before.planned_s).level
            if before and before.kind is PhaseKind.HOLD
            else 0.0
        )
        return BreathState(start * (1.0 - _ease(elapsed / phase.planned_s)), "exhale", EXHALE_WORDS)
    if kind in (PhaseKind.REST, PhaseKind.MOVE):
        return _cycles_ending_empty(phase, elapsed)
    return BreathState(0.0, "easy", EASY_WORDS)
