"""Sends the engine's cues to the speakers and the voice, honouring mute and volume."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hamsession.domain.engine import Cue
from hamsession.services.trace import NO_TRACE, Trace
from hamsession.ui.session.sound import CueSounds
from hamsession.ui.session.voice import Voice


class CueOutput(QObject):
    """One per app: created when the first session opens, so start-up stays light."""

    #: A line for the status bar when an output turns off while the app runs.
    said = Signal(str)

    def __init__(
        self,
        sound_dir: Path,
        voice_engine: str | None = None,
        parent: QObject | None = None,
        trace: Trace = NO_TRACE,
    ) -> None:
        super().__init__(parent)
        self.sounds = CueSounds(sound_dir, self)
        self.voice = Voice(voice_engine, self, trace)
        self.voice.gave_up.connect(self._on_voice_gave_up)
        self._voice_on = True

    def notices(self) -> list[str]:
        """One-line notes on what cannot be heard on this machine."""
        notes = []
        if not self.sounds.available:
            notes.append(self.tr("No audio device found: cues are shown on screen only."))
        if self._voice_on and not self.voice.exists:
            notes.append(self.tr("No speech engine found: spoken cues are off."))
        return notes

    def configure(self, volume: int, muted: bool, voice_on: bool) -> None:
        self._voice_on = voice_on
        level = volume / 100.0
        self.sounds.set_volume(level)
        self.sounds.set_muted(muted)
        self.voice.set_volume(level)
        self.voice.set_muted(muted)
        self.voice.set_enabled(voice_on)

    def issue(self, cue: Cue) -> None:
        self.sounds.play(cue.name)
        if cue.speech:
            self.voice.say(cue.speech)

    def stop(self) -> None:
        self.sounds.stop()
        self.voice.clear()

    def close(self) -> None:
        """The app is ending: stop the sounds and the speech thread."""
        self.stop()
        self.voice.close()

    def _on_voice_gave_up(self, line: str) -> None:
        if self._voice_on:
            self.said.emit(f"{line}.")
