"""Sends the engine's cues to the speakers and the voice, honouring mute and volume."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from hamsession.domain.engine import Cue
from hamsession.ui.session.sound import CueSounds
from hamsession.ui.session.voice import Voice


class CueOutput(QObject):
    """One per app: created when the first session opens, so start-up stays light."""

    def __init__(
        self, sound_dir: Path, voice_engine: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.sounds = CueSounds(sound_dir, self)
        self.voice = Voice(voice_engine, self)
        self._voice_on = True

    def notices(self) -> list[str]:
        """One-line notes on what cannot be heard on this machine."""
        notes = []
        if not self.sounds.available:
            notes.append("No audio device found: cues are shown on screen only.")
        if self._voice_on and not self.voice.available:
            notes.append("No speech engine found: spoken cues are off.")
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
