"""What the breath pacer shows at any moment of a session.

The pacer is a pure function of the timeline and the position in it, so it is
always in step with the engine: it is never a free-running animation.
"""

from __future__ import annotations

from dataclasses import dataclass

from hamsession.domain.timeline import ONE_BREATH_HOLD_S, Phase, PhaseKind, Timeline
from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

# The pacer's words, in English; a :class:`BreathState` carries them translated.
INHALE_WORDS = QT_TRANSLATE_NOOP("Breath", "Inhale: ribs expand")
EXHALE_WORDS = QT_TRANSLATE_NOOP("Breath", "Exhale: soften")
EFFORT_WORDS = QT_TRANSLATE_NOOP("Breath", "Exhale into the effort, keep breathing")
EASY_WORDS = QT_TRANSLATE_NOOP("Breath", "Breathe easy")
LOWER_WORDS = QT_TRANSLATE_NOOP("Breath", "Inhale as you lower, with control")
WITH_THE_MOVEMENT_WORDS = QT_TRANSLATE_NOOP("Breath", "Breathe easily with the movement")


@dataclass(frozen=True)
class BreathState:
    """``level`` runs from 0 (empty, soft) to 1 (full inhale)."""

    level: float
    direction: str  # "inhale", "exhale" or "easy"
    words: str  # what the pacer shows, in the language in use


def _state(level: float, direction: str, words: str) -> BreathState:
    """A state showing ``words`` (one of the constants above) translated."""
    return BreathState(level, direction, translate("Breath", words))


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3.0 - 2.0 * x)


def _cycle_from_exhale(phase: Phase, elapsed: float) -> BreathState:
    """Breaths that start on an exhale from full, as in a hold that follows an inhale."""
    pace = phase.breath
    at = elapsed % pace.cycle_s
    if at < pace.exhale_s:
        return _state(1.0 - _ease(at / pace.exhale_s), "exhale", EXHALE_WORDS)
    return _state(_ease((at - pace.exhale_s) / pace.inhale_s), "inhale", INHALE_WORDS)


def _cycles_ending_empty(phase: Phase, elapsed: float, busy_s: float = 0.0) -> BreathState:
    """Whole breaths that finish exactly at the phase's end; easy breathing before them.

    No breath starts within the first ``busy_s`` seconds.
    """
    pace = phase.breath
    whole = int(max(0.0, phase.planned_s - busy_s) // pace.cycle_s)
    lead_in = phase.planned_s - whole * pace.cycle_s
    if elapsed < lead_in or whole == 0:
        return _state(0.0, "easy", EASY_WORDS)
    at = (elapsed - lead_in) % pace.cycle_s
    if at < pace.inhale_s:
        return _state(_ease(at / pace.inhale_s), "inhale", INHALE_WORDS)
    return _state(1.0 - _ease((at - pace.inhale_s) / pace.exhale_s), "exhale", EXHALE_WORDS)


#: The shortest rep one whole breath can pace: 6 s is 10 breaths a minute, the fastest
#: calm pace content.md §3 allows.
SLOWEST_PACED_REP_S = 6.0


def _with_the_reps(phase: Phase, elapsed: float) -> BreathState:
    """Timed reps breathe with the movement: one breath per rep (in on the way out, out on
    the way back) when a rep is long enough for a calm breath; quicker reps are not paced
    breath by breath, which would mean panting: breathe easily with the rhythm."""
    if phase.count_s < SLOWEST_PACED_REP_S:
        return _state(0.0, "easy", WITH_THE_MOVEMENT_WORDS)
    within = (elapsed % phase.count_s) / phase.count_s
    if within < 0.5:
        return _state(_ease(within * 2), "inhale", INHALE_WORDS)
    return _state(1.0 - _ease(within * 2 - 1), "exhale", EXHALE_WORDS)


def _hold(phase: Phase, elapsed: float) -> BreathState:
    if phase.planned_s <= ONE_BREATH_HOLD_S:
        level = 1.0 - _ease(elapsed / phase.breath.exhale_s)
        return _state(level, "exhale", EFFORT_WORDS)
    return _cycle_from_exhale(phase, elapsed)


def _hold_end_level(timeline: Timeline, release_index: int) -> float:
    before = timeline.phases[release_index - 1] if release_index else None
    if before is not None and before.kind is PhaseKind.HOLD:
        return _hold(before, before.planned_s).level
    return 0.0


def _lowering_inhale(timeline: Timeline, release_index: int, elapsed: float) -> BreathState:
    """Lower with control on the next inhale (content.md §3, step 4).

    The inhale starts as the release starts. When the next rep's inhale follows, the two
    phases are one breath in; otherwise the breath fills over the release alone.
    """
    phases = timeline.phases
    release = phases[release_index]
    length = release.planned_s
    if release_index + 1 < len(phases) and phases[release_index + 1].kind is PhaseKind.INHALE:
        length += phases[release_index + 1].planned_s
    start = _hold_end_level(timeline, release_index)
    level = start + (1.0 - start) * _ease(elapsed / length) if length else 1.0
    words = LOWER_WORDS if elapsed < release.planned_s else INHALE_WORDS
    return _state(level, "inhale", words)


def breath_at(timeline: Timeline, index: int, elapsed: float) -> BreathState:
    """The pacer's state ``elapsed`` seconds into phase ``index``."""
    phase = timeline.phases[index]
    elapsed = min(max(0.0, elapsed), phase.planned_s)
    kind = phase.kind
    before = timeline.phases[index - 1] if index else None
    after_release = before is not None and before.kind is PhaseKind.RELEASE
    if kind is PhaseKind.RELEASE:
        return _lowering_inhale(timeline, index, elapsed)
    if kind is PhaseKind.INHALE:
        if after_release:
            return _lowering_inhale(timeline, index - 1, before.planned_s + elapsed)
        return _state(_ease(elapsed / phase.planned_s), "inhale", INHALE_WORDS)
    if after_release and elapsed < phase.breath.exhale_s:
        # The lowering filled the lungs: breathe out before resting or moving on.
        return _state(1.0 - _ease(elapsed / phase.breath.exhale_s), "exhale", EXHALE_WORDS)
    if kind is PhaseKind.EXHALE:
        return _state(1.0 - _ease(elapsed / phase.planned_s), "exhale", EXHALE_WORDS)
    if kind is PhaseKind.HOLD:
        return _hold(phase, elapsed)
    if kind is PhaseKind.MOVE:
        return _with_the_reps(phase, elapsed)
    if kind is PhaseKind.REST:
        return _cycles_ending_empty(phase, elapsed, phase.breath.exhale_s if after_release else 0.0)
    return _state(0.0, "easy", EASY_WORDS)
