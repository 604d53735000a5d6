"""Typed, validated user preferences, saved as they change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hamsession.domain.events import Signal
from hamsession.domain.words import translate
from hamsession.storage.settings_file import LIMITS, Settings, load_settings, save_settings


def server_setting(text: str) -> tuple[str, str]:
    """What to keep as the laptop's database server for ``text`` typed in Clinic settings,
    and a note for the person ("" when none). Raises BadInput for a URL that is no
    PostgreSQL URL. A password is never kept: it belongs in ~/.pgpass."""
    from hamsession.services.errors import BadInput
    from hamsession.storage.errors import DataFolderNamedBadly
    from hamsession.storage.server import without_password

    text = text.strip()
    if not text:
        return "", ""
    try:
        kept, had_password = without_password(text)
    except DataFolderNamedBadly as err:
        raise BadInput(str(err)) from None
    if had_password:
        return kept, translate(
            "Preferences",
            "The password was not kept: put it in ~/.pgpass. "
            "The server is used from the next start.",
        )
    return kept, translate("Preferences", "The server is used from the next start.")


class Preferences:
    """The one place the app reads and changes settings; widgets never touch the file."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        if path is None:
            self._settings, self.problems = Settings(), []
        else:
            self._settings, self.problems = load_settings(path)
        self.save_error: str | None = None
        self.save_failed = Signal()  # str: a one-line message

    @property
    def current(self) -> Settings:
        return replace(self._settings)

    @property
    def volume(self) -> int:
        return self._settings.volume

    @property
    def muted(self) -> bool:
        return self._settings.muted

    @property
    def voice(self) -> bool:
        return self._settings.voice

    @property
    def text_scale(self) -> float:
        return self._settings.text_scale

    @property
    def reduced_motion(self) -> bool:
        return self._settings.reduced_motion

    @property
    def high_contrast(self) -> bool:
        return self._settings.high_contrast

    @property
    def break_reminders(self) -> bool:
        return self._settings.break_reminders

    @property
    def break_interval_min(self) -> int:
        return self._settings.break_interval_min

    @property
    def break_asked(self) -> bool:
        return self._settings.break_asked

    @property
    def language(self) -> str:
        """The interface language chosen in Settings ("" to follow the desktop)."""
        return self._settings.language

    def update(self, **changes: object) -> None:
        """Change some settings (clamped to their limits) and save them."""
        new = replace(self._settings, **changes)
        for name, (low, high) in LIMITS.items():
            setattr(new, name, min(max(getattr(new, name), low), high))
        if new == self._settings:
            return
        self._settings = new
        if self._path is None:
            return
        try:
            save_settings(self._path, new)
            self.save_error = None
        except OSError as err:
            self.save_error = translate(
                "Preferences", "settings could not be saved: {reason}"
            ).format(reason=err.strerror or err)
            self.save_failed.emit(self.save_error)
