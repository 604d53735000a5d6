"""The one adapter that turns the domain engine's plain events into Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hamsession.domain.engine import SessionEngine


class EngineSignals(QObject):
    phase_started = Signal(object)  # PhaseStart
    phase_finished = Signal(object)  # PhaseRecord
    cue_issued = Signal(object)  # Cue
    second_passed = Signal(int)
    state_changed = Signal(object)  # EngineState
    finished = Signal(str)
    interrupted = Signal(object)  # Gap

    def __init__(self, engine: SessionEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        engine.phase_started.connect(self.phase_started.emit)
        engine.phase_finished.connect(self.phase_finished.emit)
        engine.cue_issued.connect(self.cue_issued.emit)
        engine.second_passed.connect(self.second_passed.emit)
        engine.state_changed.connect(self.state_changed.emit)
        engine.finished.connect(self.finished.emit)
        engine.interrupted.connect(self.interrupted.emit)
