"""Spoken cues through QtTextToSpeech, queued so one phrase never cuts off another.

The speech engine runs in a child process (speech_child.py, through
ui/desktop/outside.py): a speech daemon that never answers costs the window nothing.
Until the engine answers, the newest phrases wait; after it was given up they are
dropped; if it answers late, the voice comes back at the next cue.
"""

from __future__ import annotations

import os
from collections import deque

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from hamsession.services.trace import NO_TRACE, Trace
from hamsession.ui.desktop.outside import OutsideService

#: Names the speech engine to use (tests use "mock"); otherwise the first real one found.
ENGINE_ENV = "HAMSESSION_TTS_ENGINE"
#: Phrases waiting behind the one being spoken; older waiting ones are dropped, so
#: the voice never falls far behind the session.
MAX_WAITING = 2
NOT_ANSWERING = QT_TRANSLATE_NOOP(
    "Voice", "The speech service is not answering: spoken cues are off"
)


class Voice(QObject):
    """Says short phrases one after another. ``spoken`` is emitted as each one starts;
    ``gave_up`` carries the line to show when the speech service is off."""

    spoken = Signal(str)
    gave_up = Signal(str)

    def __init__(
        self, engine: str | None = None, parent: QObject | None = None, trace: Trace = NO_TRACE
    ) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        names = QTextToSpeech.availableEngines()  # lists plug-ins; asks no daemon
        wanted = engine or os.environ.get(ENGINE_ENV)
        self.choice = wanted if wanted in names else next((n for n in names if n != "mock"), None)
        self.engine_name: str | None = None
        self._waiting: deque[str] = deque()
        self._speaking = True  # until the engine says it is ready
        self._enabled = True
        self._muted = False
        self._volume = 1.0
        self._service: OutsideService | None = None
        if self.choice is None:
            return
        self._service = OutsideService(
            "speech",
            "hamsession.ui.session.speech_child",
            [self.choice],
            QCoreApplication.translate("Voice", NOT_ANSWERING),
            trace=trace,
            parent=self,
            cannot_start=QCoreApplication.translate(
                "Voice", "The speech engine '{engine}' could not start: spoken cues are off"
            ).format(engine=self.choice),
        )
        self._service.said.connect(self._on_child_said)
        self._service.on.connect(self._on_service_on)
        self._service.off.connect(self._on_service_off)

    @property
    def available(self) -> bool:
        return self._service is not None and self._service.state == "on"

    @property
    def busy(self) -> bool:
        """Speaking, or phrases waiting to be spoken."""
        return self.available and (self._speaking or bool(self._waiting))

    @property
    def exists(self) -> bool:
        """Whether this machine has a speech engine at all (answering or not)."""
        return self.choice is not None

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self._waiting.clear()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self._waiting.clear()

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        self._service_send(f"volume {self._volume}")

    def say(self, text: str) -> None:
        """Queue a phrase; while the engine is still starting it waits (the newest few)."""
        starting = self._service is not None and self._service.state == "starting"
        if not ((self.available or starting) and self._enabled and not self._muted and text):
            return
        self._waiting.append(text)
        while len(self._waiting) > MAX_WAITING:
            self._waiting.popleft()
        self._speak_next()

    def clear(self) -> None:
        self._waiting.clear()

    def close(self) -> None:
        """End the speech process (killed at once if the engine is stuck outside)."""
        self._waiting.clear()
        if self._service is not None:
            self._service.close()

    def _speak_next(self) -> None:
        if self._waiting and not self._speaking and self.available:
            text = self._waiting.popleft()
            self._speaking = True
            self.spoken.emit(text)
            self._service_send(f"say {text}")

    def _service_send(self, line: str) -> None:
        if self._service is not None:
            self._service.send(line)

    def _on_child_said(self, line: str) -> None:
        if line == "ready":
            self._speaking = False
            self._speak_next()

    def _on_service_on(self) -> None:
        self.engine_name = self.choice
        self._service_send(f"volume {self._volume}")

    def _on_service_off(self, line: str) -> None:
        self._waiting.clear()
        self.gave_up.emit(line)
