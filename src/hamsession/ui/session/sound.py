"""Cue sounds through QtMultimedia, with a silent fallback when there is no audio device."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

#: Cues that have a sound of their own (WAV files in resources/sounds/).
SOUND_CUES = ("inhale", "exhale", "hold_start", "hold_end", "countdown", "session_end")


class CueSounds(QObject):
    """Plays the short sound for a cue. ``played`` is emitted for every sound requested."""

    played = Signal(str)

    def __init__(self, sound_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        self.available = bool(QMediaDevices.audioOutputs())
        self._muted = False
        self._volume = 0.8
        self._effects: dict[str, QSoundEffect] = {}
        if not self.available:
            return
        for name in SOUND_CUES:
            path = sound_dir / f"{name}.wav"
            if not path.is_file():
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            self._effects[name] = effect

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

    def play(self, cue: str) -> bool:
        """Play ``cue``'s sound if it has one; returns whether it has one."""
        if cue not in SOUND_CUES:
            return False
        self.played.emit(cue)
        effect = self._effects.get(cue)
        if effect is not None and not self._muted and self._volume > 0:
            effect.play()
        return True

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()
