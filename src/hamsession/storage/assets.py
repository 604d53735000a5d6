"""Bundled assets (programs, exercises, sounds, migrations), looked up by validated name.

In an installed wheel the top-level ``resources/`` and ``migrations/`` folders
live inside the package; in a source checkout they stay at the top of the tree.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

#: The package's own folder (an installed wheel keeps the assets here), and the top of
#: a source checkout. Plain paths: importlib.resources (about 0.3 MB) stays unloaded.
_PACKAGE = Path(__file__).resolve().parents[1]
_SOURCE_ROOT = Path(__file__).resolve().parents[3]


@cache
def _bundled(name: str) -> Path:
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    source = _SOURCE_ROOT / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"Hamsession's {name} folder is missing; reinstall the app")


def resources_dir() -> Path:
    return _bundled("resources")


def migrations_dir() -> Path:
    return _bundled("migrations")


def resource(*parts: str) -> Path:
    """The path of a bundled resource. Raises ``FileNotFoundError`` for an unknown name."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"no bundled resource {'/'.join(parts)}")
    return path
