"""The built-in library, checked once and kept.

Reading the built-in exercises and programs means validating 31 files with pydantic,
which costs about 150 ms and 19 MB at every start. The checked result (the exercises and
programs as the domain holds them, in one language) is kept in the data folder's
``cache/`` and used while the built-in files are the ones it was made from: the same
version of Hamsession, the same language, and every file with the same name, size and
time of change. Anything else (a new version, an edited file, a cache that cannot be
read) reads the files again. The cache holds only the library, never a person's data;
it is written only by the app and only in a data folder already in use, so a command
(an export, say) leaves nothing new in the folder.
"""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable, Sized
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from hamsession import __version__
from hamsession.storage.files import write_atomically

if TYPE_CHECKING:
    from hamsession.storage.datadir import DataDir


class _Read(Protocol):
    problems: Sized  # what could not be read: a library with any is not kept


L = TypeVar("L", bound=_Read)

#: Raised when what is kept changes shape (the stamp); the domain's classes are in the
#: stamp by their fields (see :func:`_shape`).
FORMAT = 2
#: Where the classes of a kept library may come from: the domain's values, the library
#: and paths. A cache naming anything else is refused, so a file put in the data folder
#: cannot run code when it is read.
_ALLOWED_MODULES = ("hamsession.domain.", "hamsession.storage.library")
_ALLOWED_CLASSES = {("pathlib", "PosixPath"), ("pathlib", "WindowsPath"), ("pathlib", "Path")}


class _LibraryUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if module.startswith(_ALLOWED_MODULES) or (module, name) in _ALLOWED_CLASSES:
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a library")


def cache_file(data: DataDir, language: str) -> Path:
    return data.root / "cache" / f"library-{language}.pickle"


def stamp(files: list[Path], language: str) -> tuple:
    """What the kept library was made from."""
    found = []
    for path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        found.append((str(path), info.st_size, info.st_mtime_ns))
    return (FORMAT, __version__, _shape(), language, tuple(found))


def _shape() -> tuple:
    """The fields of the domain's classes a library is made of: a library kept by a build
    whose classes had other fields is read again, not unpickled into the wrong shape."""
    from dataclasses import fields

    from hamsession.domain.figure import Figure, Pose
    from hamsession.domain.programs import BreathPace, Dose, Exercise, Program, Step

    kinds = (BreathPace, Dose, Exercise, Figure, Pose, Program, Step)
    return tuple((k.__name__, tuple(f.name for f in fields(k))) for k in kinds)


def kept_library(
    data: DataDir | None,
    language: str,
    files: list[Path],
    read: Callable[[], L],
    keep: bool = True,
) -> L:
    """The built-in library from the cache when it was made from ``files`` as they are,
    else from ``read()`` (with ``keep``, kept for the next start when it read without a
    problem: the app keeps it; a command only reads what the app kept)."""
    if data is None:
        return read()
    path, now = cache_file(data, language), stamp(files, language)
    try:
        with path.open("rb") as f:
            made_from, library = _LibraryUnpickler(f).load()
        if made_from == now:
            return library
    except Exception:  # missing, old or damaged: the files are read again
        pass
    library = read()
    in_use = data.database.exists() or (data.server is not None and data.root.is_dir())
    if keep and not library.problems and in_use:
        # A full disk or a read-only folder: the files are read again next time.
        with contextlib.suppress(OSError):
            write_atomically(path, pickle.dumps((now, library), pickle.HIGHEST_PROTOCOL))
    return library
