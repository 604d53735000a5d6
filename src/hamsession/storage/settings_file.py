"""The user's settings, kept in ``settings.ini`` in the data folder.

A value that cannot be read falls back to its default and is reported once;
a bad settings file never stops the app.
"""

from __future__ import annotations

import configparser
import io
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from hamsession.storage.files import write_atomically
from hamsession.storage.reading import SETTINGS_LIMIT, read_regular

SECTION = "hamsession"


@dataclass
class Settings:
    volume: int = 80  # 0-100
    muted: bool = False
    voice: bool = True  # spoken cues
    text_scale: float = 1.0  # 0.6-2.5
    reduced_motion: bool = False
    high_contrast: bool = False  # white on black everywhere (View > High contrast)
    break_reminders: bool = False  # desk-break reminders, off until the user turns them on
    break_interval_min: int = 45  # minutes at the computer before a reminder, 10-240
    break_asked: bool = False  # the first-start question about reminders was answered
    #: The clinic's database server, set in Clinic settings (never with a password);
    #: empty for the data folder's own file. --database and the environment come first.
    database: str = ""
    #: The interface language chosen in Settings > Language (a code such as "de"); empty
    #: to follow the desktop's.
    language: str = ""


#: The allowed range of each numeric setting; values outside are clamped.
LIMITS: dict[str, tuple[float, float]] = {
    "volume": (0, 100),
    "text_scale": (0.6, 2.5),
    "break_interval_min": (10, 240),
}


def _parse(kind: type, raw: str):
    if kind is bool:
        lowered = raw.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ValueError(raw)
    value = kind(raw.strip())
    if isinstance(value, float) and value != value:  # NaN
        raise ValueError(raw)
    return value


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """Read settings; returns them with a list of one-line problems (values reset)."""
    settings, problems = Settings(), []
    if not path.exists():
        return settings, problems
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(read_regular(path, SETTINGS_LIMIT).decode("utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error) as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        return settings, [f"{path.name}: could not be read ({first}); using defaults"]
    if not parser.has_section(SECTION):
        return settings, problems
    for f in fields(Settings):
        if not parser.has_option(SECTION, f.name):
            continue
        raw = parser.get(SECTION, f.name)
        kind = type(getattr(settings, f.name))
        try:
            value = _parse(kind, raw)
        except ValueError:
            problems.append(f"{path.name}: {f.name} = {raw!r} is not valid; using the default")
            continue
        low, high = LIMITS.get(f.name, (value, value))
        setattr(settings, f.name, min(max(value, low), high))
    return settings, problems


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically (a crash never leaves half a file)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser[SECTION] = {
        k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in asdict(settings).items()
    }
    buffer = io.StringIO()
    parser.write(buffer)
    write_atomically(path, buffer.getvalue())
