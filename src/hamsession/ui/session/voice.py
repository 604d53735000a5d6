"""Spoken cues through QtTextToSpeech, queued so one phrase never cuts off another."""

from __future__ import annotations

import os
from collections import deque

from PySide6.QtCore import QObject, Signal

#: Names the speech engine to use (tests use "mock"); otherwise the first real one found.
ENGINE_ENV = "HAMSESSION_TTS_ENGINE"
#: Phrases waiting behind the one being spoken; older waiting ones are dropped, so
#: the voice never falls far behind the session.
MAX_WAITING = 2


class Voice(QObject):
    """Says short phrases one after another. ``spoken`` is emitted as each one starts."""

    spoken = Signal(str)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._state_type = QTextToSpeech.State
        names = QTextToSpeech.availableEngines()
        wanted = engine or os.environ.get(ENGINE_ENV)
        choice = wanted if wanted in names else next((n for n in names if n != "mock"), None)
        self._tts = QTextToSpeech(choice, self) if choice else None
        self.available = self._tts is not None and self._tts.state() != QTextToSpeech.State.Error
        self.engine_name = choice if self.available else None
        self._waiting: deque[str] = deque()
        self._enabled = True
        self._muted = False
        if self.available:
            self._tts.stateChanged.connect(self._on_tts_state_changed)

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self._waiting.clear()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self._waiting.clear()

    def set_volume(self, volume: float) -> None:
        if self.available:
            self._tts.setVolume(min(1.0, max(0.0, volume)))

    def say(self, text: str) -> None:
        if not (self.available and self._enabled and not self._muted and text):
            return
        self._waiting.append(text)
        while len(self._waiting) > MAX_WAITING:
            self._waiting.popleft()
        self._speak_next()

    def clear(self) -> None:
        self._waiting.clear()

    def _speak_next(self) -> None:
        if self._waiting and self._tts.state() == self._state_type.Ready:
            text = self._waiting.popleft()
            self.spoken.emit(text)
            self._tts.say(text)

    def _on_tts_state_changed(self, state) -> None:
        if state == self._state_type.Ready:
            self._speak_next()
