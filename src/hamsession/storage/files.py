"""Writing files so that a crash never leaves half of one: the one way Hamsession writes
a file (settings, programs, exports, reports)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hamsession.storage.private_files import private_folder


@contextlib.contextmanager
def replacing(path: Path, make_folder: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; when the block ends without an error
    the file is flushed to disk and renamed over ``path``, otherwise it is removed.
    With ``make_folder`` a missing folder is made (the app's own files, never the person's)."""
    if make_folder:
        private_folder(path.parent)
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as done:
            os.fsync(done.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomically(path: Path, data: str | bytes, make_folder: bool = True) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` whole, or not at all."""
    with replacing(path, make_folder) as tmp:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8")
        else:
            tmp.write_bytes(data)
