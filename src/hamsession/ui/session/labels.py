"""Words and numbers as the player shows them."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject

from hamsession.domain.programs import Side
from hamsession.domain.timeline import Phase, PhaseKind, Timeline
from hamsession.domain.words import number


class PlayerLabels(QObject):
    """The translation context of these labels; never made. Plurals are looked up as
    ``PlayerLabels.tr(text, "", n)``: pyside6-lupdate reads a plural only from ``tr()``."""


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
    if seconds >= 60:
        return clock_text(seconds)
    return QCoreApplication.translate("PlayerLabels", "{seconds} s").format(seconds=number(seconds))


def away_text(seconds: float) -> str:
    """How long something lasted, roughly: ``7 s``, ``12 min``, ``2 h 5 min``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return PlayerLabels.tr("%n s", "", whole)
    minutes = round(whole / 60)
    if minutes < 60:
        return PlayerLabels.tr("%n min", "", minutes)
    hours, minutes = divmod(minutes, 60)
    if not minutes:
        return PlayerLabels.tr("%n h", "", hours)
    return QCoreApplication.translate("PlayerLabels", "{hours} h {minutes} min").format(
        hours=hours, minutes=minutes
    )


def position_text(phase: Phase, elapsed_s: float = 0.0) -> str:
    """Set, rep and side of a phase: ``Set 1 of 2 · Rep 3 of 5 · Left side``.

    In a move phase the rep follows the count, ``elapsed_s`` seconds in.
    """
    parts = []
    if phase.set is not None and phase.sets > 1:
        parts.append(
            QCoreApplication.translate("PlayerLabels", "Set {set} of {sets}").format(
                set=phase.set, sets=phase.sets
            )
        )
    if phase.rep is not None and phase.kind is not PhaseKind.MOVE:
        if phase.kind in (PhaseKind.INHALE, PhaseKind.EXHALE) and phase.set is None:
            text = QCoreApplication.translate("PlayerLabels", "Breath {rep} of {reps}")
        else:
            text = QCoreApplication.translate("PlayerLabels", "Rep {rep} of {reps}")
        parts.append(text.format(rep=phase.rep, reps=phase.reps))
    elif phase.kind is PhaseKind.MOVE and phase.rep is not None:  # not a walk or a run
        rep = min(phase.reps, int(elapsed_s // phase.count_s) + 1) if phase.count_s else 1
        parts.append(
            QCoreApplication.translate("PlayerLabels", "Rep {rep} of {reps}").format(
                rep=rep, reps=phase.reps
            )
        )
    if phase.side is Side.LEFT:
        parts.append(QCoreApplication.translate("PlayerLabels", "Left side"))
    elif phase.side is Side.RIGHT:
        parts.append(QCoreApplication.translate("PlayerLabels", "Right side"))
    return " · ".join(parts)


def _next_phase(phase: Phase) -> str:
    """The phase that comes next, as ``Up next:`` names it: ``Exhale 7 s (left side)``."""
    duration = duration_text(phase.planned_s)
    if phase.kind is PhaseKind.SWITCH_SIDE and phase.side is Side.LEFT:
        text = QCoreApplication.translate("PlayerLabels", "{phase} {duration} (left side)")
    elif phase.kind is PhaseKind.SWITCH_SIDE and phase.side is Side.RIGHT:
        text = QCoreApplication.translate("PlayerLabels", "{phase} {duration} (right side)")
    else:
        text = QCoreApplication.translate("PlayerLabels", "{phase} {duration}")
    return text.format(phase=phase.label, duration=duration)


def next_text(timeline: Timeline, index: int) -> str:
    """What comes after phase ``index``: the next phase, or the next exercise. From the last
    rest (or side switch) of a step on, the next exercise is named too."""
    phases = timeline.phases
    if index + 1 >= len(phases):
        return QCoreApplication.translate("PlayerLabels", "Up next: the end of the session")
    now, nxt = phases[index], phases[index + 1]
    if nxt.step != now.step:
        return QCoreApplication.translate("PlayerLabels", "Up next: {exercise}").format(
            exercise=nxt.exercise.name
        )
    coming = _next_phase(nxt)
    after = [p for p in phases[index + 1 :] if p.step != now.step]
    breaks = (PhaseKind.REST, PhaseKind.SWITCH_SIDE)
    in_last_stretch = not any(p.kind in breaks for p in phases[index + 1 :] if p.step == now.step)
    if after and in_last_stretch and now.kind is not PhaseKind.GET_READY:
        return QCoreApplication.translate(
            "PlayerLabels", "Up next: {phase}, then {exercise}"
        ).format(phase=coming, exercise=after[0].exercise.name)
    if not after and in_last_stretch:
        return QCoreApplication.translate("PlayerLabels", "Up next: {phase}, then the end").format(
            phase=coming
        )
    return QCoreApplication.translate("PlayerLabels", "Up next: {phase}").format(phase=coming)


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
