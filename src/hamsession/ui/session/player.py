"""The session player: shows the engine's state and turns keys into engine actions."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hamsession.domain.breath import BreathState, breath_at
from hamsession.domain.engine import EngineState, PhaseRecord, PhaseStart
from hamsession.domain.figure import along, effort_at
from hamsession.domain.levels import shown_title
from hamsession.domain.programs import Side
from hamsession.domain.sleep_watch import Gap, SleepWatch
from hamsession.domain.timeline import ONE_BREATH_HOLD_S, PhaseKind
from hamsession.services.preferences import Preferences
from hamsession.services.session import SessionRun
from hamsession.ui.session.announce import announce, phase_words
from hamsession.ui.session.cue_output import CueOutput
from hamsession.ui.session.engine_signals import EngineSignals
from hamsession.ui.session.engine_timer import EngineTimer
from hamsession.ui.session.figure_view import FigureView, Shown
from hamsession.ui.session.labels import (
    away_text,
    clock_text,
    mark_steps,
    next_text,
    position_text,
    step_lines,
)
from hamsession.ui.session.pacer import BreathPacer
from hamsession.ui.session.player_view import PlayerView

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: What the player says after the system announced a suspend, until the machine wakes.
PAUSED_FOR_SLEEP = QT_TRANSLATE_NOOP("Player", "Paused for sleep")


class Player(QWidget):
    """Plays one session run. Emits ``session_over(status)`` when it has ended."""

    session_over = Signal(str)
    left = Signal()  # the user left before starting
    quit_confirmed = Signal()

    def __init__(
        self,
        run: SessionRun,
        clock: Callable[[], float],
        cues: CueOutput,
        prefs: Preferences,
        parent: QWidget | None = None,
        watch: SleepWatch | None = None,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.engine = run.engine
        self._clock = clock
        self._cues = cues
        self._prefs = prefs
        self._quit_after_end = False
        self._pause_reason = ""
        self._phase_label = ""
        self.about_dialog = None  # "About this exercise", while it is open
        self.records: list[PhaseRecord] = []
        self.pacer = BreathPacer(self._breath_now)
        self.figure = FigureView(self._figure_now)
        self.figure.follow(self.pacer.frame_clock)
        self.view = PlayerView(self.pacer, self.figure)
        QVBoxLayout(self).addWidget(self.view)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.signals = EngineSignals(self.engine, self)
        self.timer = EngineTimer(self.engine, clock, self, watch=watch)
        self.signals.phase_started.connect(self._on_engine_phase_started)
        self.signals.phase_finished.connect(self.records.append)
        self.signals.second_passed.connect(self._on_engine_second_passed)
        self.signals.state_changed.connect(self._on_engine_state_changed)
        self.signals.cue_issued.connect(cues.issue)
        self.signals.cue_issued.connect(self._on_engine_cue_issued)
        self.signals.finished.connect(self._on_engine_finished)
        self.signals.interrupted.connect(self._on_engine_interrupted)

        v = self.view
        cues.configure(prefs.volume, prefs.muted, prefs.voice)
        v.volume.setValue(prefs.volume)
        v.mute.setChecked(prefs.muted)
        v.volume.valueChanged.connect(self._on_volume_value_changed)
        v.volume.sliderReleased.connect(self._on_volume_slider_released)
        v.mute.toggled.connect(self._on_mute_toggled)
        v.end_button.clicked.connect(self.ask_end)
        v.pause_button.clicked.connect(self.toggle)
        v.pacer.set_reduced_motion(prefs.reduced_motion)
        if prefs.high_contrast:
            v.set_high_contrast(True)
        v.apply_scale(prefs.text_scale)
        v.title.setText(shown_title(run.program.title))
        for line in step_lines(run.timeline):
            v.steps.addItem(line)
        v.notice.setText(run.left_out)
        v.notice.setVisible(bool(run.left_out))
        self._show_phase(self.engine.phase)
        self._refresh_state()

    # ----- actions (keys, buttons, tests) ----------------------------------------------------
    def toggle(self) -> None:
        if self.timer.look():
            return  # woke from sleep: the session has just paused where it was
        if self.engine.is_active or self.engine.state is EngineState.IDLE:
            self.engine.toggle()

    def skip(self) -> None:
        if self.engine.is_active and not self.timer.look():
            self.engine.next_step()

    def restart(self) -> None:
        if self.engine.is_active and not self.timer.look():
            self.engine.restart_step()

    def system_sleeping(self) -> None:
        """The system is about to sleep: pause now, so nothing plays to an empty room."""
        if self.engine.state is EngineState.RUNNING:
            self._pause_reason = QCoreApplication.translate("Player", PAUSED_FOR_SLEEP)
            self.engine.pause()

    def ask_end(self, then_quit: bool = False) -> None:
        """Esc: ask before ending. Before a session starts there is nothing to confirm."""
        if not self.engine.is_active:
            if then_quit:
                self.quit_confirmed.emit()
            elif self.engine.state is EngineState.IDLE:
                self.left.emit()
            return
        self._quit_after_end = then_quit
        self.view.confirm.show()
        self.view.refit()

    def confirm_end(self) -> None:
        self.view.confirm.hide()
        self.view.refit()
        if self.engine.is_active:
            self.engine.end()

    def keep_going(self) -> None:
        self.view.confirm.hide()
        self.view.refit()
        self._quit_after_end = False

    @property
    def confirming(self) -> bool:
        return self.view.confirm.isVisible()

    def toggle_mute(self) -> None:
        self.view.mute.toggle()

    def show_about(self) -> None:
        """I: about the exercise of this step (why, breath, dose and sources); a running
        session pauses first, so nothing is missed while reading."""
        from hamsession.services.about import about_exercise
        from hamsession.ui.widgets.about_exercises import AboutExercises

        if self.engine.state is EngineState.RUNNING:
            self._pause_reason = self.tr("Paused to read about the exercise")
            self.engine.pause()
        dialog = AboutExercises(
            [self.engine.phase.exercise], about_exercise, self, self._prefs.text_scale
        )
        dialog.finished.connect(lambda _code: self.setFocus())
        self.about_dialog = dialog
        dialog.open()

    def show_card(self, text: str) -> None:
        """A "why" card in place of the exercise card until the session starts."""
        self.view.show_card(text)

    def toggle_steps(self) -> None:
        """Tab: the whole session's steps (done, now, next) in place of the exercise card."""
        self.view.show_steps(not self.view.steps_shown)

    def focusNextPrevChild(self, _next: bool) -> bool:  # noqa: N802 (Qt override)
        return False  # Tab belongs to the step list here, not to focus moves

    def apply_scale(self, scale: float) -> None:
        self.view.apply_scale(scale)

    def shutdown(self) -> None:
        """Stop every timer and sound; called before the player is thrown away."""
        self.timer.stop()
        self.pacer.set_animating(False)
        self.figure.refresh()
        self._cues.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if self.confirming:
            if key in _ENTER:
                self.confirm_end()
            elif key == Qt.Key.Key_Escape:
                self.keep_going()
            event.accept()
            return
        actions = {
            Qt.Key.Key_Space: self.toggle,
            Qt.Key.Key_Right: self.skip,
            Qt.Key.Key_Left: self.restart,
            Qt.Key.Key_Escape: self.ask_end,
            Qt.Key.Key_M: self.toggle_mute,
            Qt.Key.Key_Tab: self.toggle_steps,
            Qt.Key.Key_I: self.show_about,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    # ----- engine events ---------------------------------------------------------------------
    def _on_engine_phase_started(self, start: PhaseStart) -> None:
        self._show_phase(start.phase)
        announce(self, self.view.phase.accessibleName())  # once a phase, as it begins

    def _on_engine_second_passed(self, _left: int) -> None:
        self._refresh_clock()

    def _on_engine_cue_issued(self, cue) -> None:
        if cue.name == "count":
            self._refresh_clock()
        elif cue.name == "say":  # a run's form cue: large, in place of the exercise card
            self.view.show_form_cue(cue.speech)
            announce(self, cue.speech)

    def _on_engine_state_changed(self, _state: EngineState) -> None:
        self._refresh_state()

    def _on_engine_interrupted(self, gap: Gap) -> None:
        asleep = QCoreApplication.translate("Player", PAUSED_FOR_SLEEP)
        if gap.uncounted_s > 0 or self._pause_reason == asleep:
            reason = self.tr("Paused: the computer was asleep for {time}")
        else:
            reason = self.tr("Paused: Hamsession was held up for {time}")
        self._pause_reason = reason.format(time=away_text(gap.away_s))
        self._refresh_state()

    def _on_engine_finished(self, status: str) -> None:
        self.timer.stop()
        self._refresh_state()
        self.session_over.emit(status)
        if self._quit_after_end:
            self.quit_confirmed.emit()

    # ----- display ----------------------------------------------------------------------------
    def _breath_now(self) -> BreathState | None:
        engine = self.engine
        if engine.state is EngineState.IDLE:
            return breath_at(self.run.timeline, 0, 0.0)
        snap = engine.snapshot(self._clock())
        return breath_at(self.run.timeline, snap.phase.index, snap.phase_elapsed_s)

    def _figure_now(self) -> Shown | None:
        """The exercise's figure where the engine is now: none for a step done somewhere
        its figure does not show (a standing desk-break version of a lying exercise)."""
        engine = self.engine
        snap = engine.snapshot(self._clock()) if engine.state is not EngineState.IDLE else None
        phase = snap.phase if snap is not None else engine.phase
        step = self.run.timeline.program.steps[phase.step - 1]
        figure = phase.exercise.figure
        if figure is None or step.position:
            return None
        if self._prefs.reduced_motion:
            effort = 1.0
        elif snap is None:
            effort = 0.0
        else:
            effort = effort_at(
                phase.kind.value, snap.phase_elapsed_s, phase.planned_s, phase.count_s
            )
        return figure, along(figure, effort), phase.side is Side.LEFT

    def _show_phase(self, phase) -> None:
        v = self.view
        timeline = self.run.timeline
        self._phase_label = phase.label
        v.phase.setText(phase.label)
        v.set_phase_colour(phase.kind.value)
        mark_steps(v.steps, phase.step)
        if phase.kind is PhaseKind.GET_READY and v.form_cue_shown:
            v.show_steps(False)  # a new step: its card again
        v.cue.setText(phase.cue)
        v.step.setText(
            self.tr("Step {step} of {steps}").format(step=phase.step, steps=timeline.step_count)
        )
        v.next.setText(next_text(timeline, phase.index))
        ex = phase.exercise
        step = timeline.program.steps[phase.step - 1]
        v.exercise.setText(ex.name)
        position = step.position or ex.position
        v.setup.setText(position)
        v.setup.setVisible(bool(position))
        v.how.setText("\n".join(f"•  {line}" for line in step.how or ex.how))
        v.feel.setText(self.tr("Feel: {feel}").format(feel="; ".join(ex.feel)) if ex.feel else "")
        v.feel.setVisible(bool(ex.feel))
        signs = "; ".join(ex.watch_for)
        v.watch.setText(self.tr("Ease off if: {signs}").format(signs=signs) if ex.watch_for else "")
        v.watch.setVisible(bool(ex.watch_for))
        v.note.setText(step.note)
        v.note.setVisible(bool(step.note))
        says_breath = phase.kind in (PhaseKind.INHALE, PhaseKind.EXHALE) or (
            phase.kind is PhaseKind.HOLD and phase.planned_s <= ONE_BREATH_HOLD_S
        )
        self.pacer.set_show_words(not says_breath)
        self._refresh_clock()
        v.phase.setAccessibleName(
            phase_words(phase.label, math.ceil(phase.planned_s), v.position.text(), phase.cue)
        )
        self.pacer.refresh()
        self.figure.refresh()
        self.figure.setVisible(self.figure.shown is not None)

    def _refresh_clock(self) -> None:
        snap = self.engine.snapshot(self._clock())
        v = self.view
        v.position.setText(position_text(snap.phase, snap.phase_elapsed_s))
        v.position.setVisible(bool(v.position.text()))
        v.countdown.setText(
            str(snap.seconds_left)
            if snap.phase.kind is not PhaseKind.MOVE or snap.seconds_left < 60
            else clock_text(snap.phase_remaining_s)
        )
        total = snap.plan_total_s or 1.0
        v.progress.setValue(round(1000 * snap.plan_elapsed_s / total))
        v.remaining.setText(
            self.tr("{time} left").format(time=clock_text(snap.session_remaining_s))
        )

    def _refresh_state(self) -> None:
        state = self.engine.state
        v = self.view
        if state is not EngineState.PAUSED:
            self._pause_reason = ""
        reason = self._pause_reason or self.tr("Paused")
        hints = {
            EngineState.IDLE: self.tr("Press Space to start"),
            EngineState.PAUSED: self.tr("{reason} · Space to resume").format(reason=reason),
            EngineState.FINISHED: self.tr("Session complete"),
            EngineState.ENDED_EARLY: self.tr("Session ended"),
        }
        v.state_hint.setText(hints.get(state, ""))
        v.state_hint.setVisible(state in hints)
        paused = state is EngineState.PAUSED
        v.set_paused(paused)
        v.phase.setText(self.tr("PAUSED") if paused else self._phase_label)
        v.refit()
        v.pause_button.setText(
            self.tr("Pause (Space)")
            if state is EngineState.RUNNING
            else self.tr("Resume (Space)")
            if state is EngineState.PAUSED
            else self.tr("Start (Space)")
        )
        v.pause_button.setEnabled(
            state in (EngineState.IDLE, EngineState.RUNNING, EngineState.PAUSED)
        )
        self.pacer.set_animating(state is EngineState.RUNNING)  # the figure's clock too
        self.figure.refresh()
        if state is EngineState.RUNNING and v.card_shown:
            v.show_steps(False)  # the session began: the exercise again
        self._refresh_clock()

    def _on_volume_value_changed(self, value: int) -> None:
        self._cues.configure(value, self.view.mute.isChecked(), self._prefs.voice)
        if not self.view.volume.isSliderDown():
            self._prefs.update(volume=value)

    def _on_volume_slider_released(self) -> None:
        self._prefs.update(volume=self.view.volume.value())

    def _on_mute_toggled(self, muted: bool) -> None:
        self._cues.configure(self.view.volume.value(), muted, self._prefs.voice)
        self._prefs.update(muted=muted)
        self.view.mute.setText(self.tr("Unmute (M)") if muted else self.tr("Mute (M)"))
