"""Words and numbers as the player shows them."""

from __future__ import annotations

import math

from hamsession.domain.timeline import Phase, PhaseKind, Timeline


def clock_text(seconds: float) -> str:
    """``75.2`` → ``1:16``: whole seconds rounded up, as a countdown reads."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def elapsed_text(seconds: float) -> str:
    """A length of time that has passed, to the nearest second: ``1:05``."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def duration_text(seconds: float) -> str:
    """``6`` → ``6 s``, ``45`` → ``45 s``, ``90`` → ``1:30``."""
    return f"{seconds:g} s" if seconds < 60 else clock_text(seconds)


def away_text(seconds: float) -> str:
    """How long something lasted, roughly: ``7 s``, ``12 min``, ``2 h 5 min``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes = round(whole / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min" if minutes % 60 else f"{minutes // 60} h"


def position_text(phase: Phase, elapsed_s: float = 0.0) -> str:
    """Set, rep and side of a phase: ``Set 1 of 2 · Rep 3 of 5 · Left side``.

    In a move phase the rep follows the count, ``elapsed_s`` seconds in.
    """
    parts = []
    if phase.set is not None and phase.sets > 1:
        parts.append(f"Set {phase.set} of {phase.sets}")
    if phase.rep is not None and phase.kind is not PhaseKind.MOVE:
        noun = (
            "Breath"
            if phase.kind in (PhaseKind.INHALE, PhaseKind.EXHALE) and phase.set is None
            else "Rep"
        )
        parts.append(f"{noun} {phase.rep} of {phase.reps}")
    elif phase.kind is PhaseKind.MOVE:
        rep = min(phase.reps, int(elapsed_s // phase.count_s) + 1) if phase.count_s else 1
        parts.append(f"Rep {rep} of {phase.reps}")
    if phase.side is not None:
        parts.append(f"{phase.side.value.capitalize()} side")
    return " · ".join(parts)


def next_text(timeline: Timeline, index: int) -> str:
    """What comes after phase ``index``: the next phase, or the next exercise. From the last
    rest (or side switch) of a step on, the next exercise is named too."""
    phases = timeline.phases
    if index + 1 >= len(phases):
        return "Up next: the end of the session"
    now, nxt = phases[index], phases[index + 1]
    if nxt.step != now.step:
        return f"Up next: {nxt.exercise.name}"
    side = f" ({nxt.side.value} side)" if nxt.kind is PhaseKind.SWITCH_SIDE and nxt.side else ""
    text = f"Up next: {nxt.label} {duration_text(nxt.planned_s)}{side}"
    after = [p for p in phases[index + 1 :] if p.step != now.step]
    breaks = (PhaseKind.REST, PhaseKind.SWITCH_SIDE)
    in_last_stretch = not any(p.kind in breaks for p in phases[index + 1 :] if p.step == now.step)
    if after and in_last_stretch and now.kind is not PhaseKind.GET_READY:
        text += f", then {after[0].exercise.name}"
    elif not after and in_last_stretch:
        text += ", then the end"
    return text


def step_lines(timeline: Timeline) -> list[str]:
    """One line per step of the session, for the step list."""
    return [f"{n}. {step.exercise.name}" for n, step in enumerate(timeline.program.steps, 1)]


def mark_steps(steps, current: int) -> None:
    """Mark the step list (a QListWidget): done ✓, now ▶, the rest plain."""
    for row in range(steps.count()):
        item = steps.item(row)
        name = item.text().lstrip("✓▶ ").strip()
        number = row + 1
        mark = "✓ " if number < current else "▶ " if number == current else "   "
        item.setText(mark + name)
    if 0 < current <= steps.count():
        steps.setCurrentRow(current - 1)
