"""Files the person asks for (exports, reports). A regular file, new or existing, is
written whole or not at all (a temporary file beside it takes its place); a link is
followed and the file it names is written that way; ``-`` is standard output; a pipe or
a device is written straight through, never replaced. A folder that cannot be written
is one plain line naming the file."""

from __future__ import annotations

import contextlib
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from hamsession.services.errors import BadInput
from hamsession.storage.files import replacing

STDOUT = "-"


def _cannot(shown: str, err: OSError) -> BadInput:
    return BadInput(f"{shown}: cannot write ({err.strerror or err})")


def _target(shown: str) -> tuple[Path | None, bool]:
    """Where to write (None for standard output) and whether it is to be written straight
    through (a pipe, a device, standard output) rather than replaced."""
    if shown == STDOUT:
        return None, True
    if not shown.strip():
        raise BadInput("the output file name is empty")
    try:
        path = Path(shown).resolve()  # through links, to the file they name
    except (RuntimeError, OSError):  # a link that leads back to itself
        raise BadInput(f"{shown}: a link that leads round in a circle") from None
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return path, False
    except OSError as err:
        raise _cannot(shown, err) from None
    if stat.S_ISDIR(mode):
        raise BadInput(f"{shown}: is a folder, not a file")
    return path, not stat.S_ISREG(mode)


def _write_through(path: Path | None, data: bytes) -> None:
    if path is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    with open(path, "wb") as out:  # a pipe or device: no seeking, no replacing
        out.write(data)


def write_output(shown: str, text: str | bytes | Iterable[str]) -> None:
    """Write ``text`` (str as UTF-8, or pieces of text written as they come) to what the
    person named. Raises BadInput when it cannot."""
    path, through = _target(shown)
    if not isinstance(text, str | bytes):
        _write_pieces(shown, path, through, text)
        return
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        if through:
            _write_through(path, data)
            return
        with replacing(path) as tmp:
            tmp.write_bytes(data)
    except OSError as err:
        raise _cannot(shown, err) from None


def _write_pieces(shown: str, path: Path | None, through: bool, pieces: Iterable[str]) -> None:
    """A long text as it is made: a regular file still appears whole or not at all."""
    try:
        if path is None:
            sys.stdout.flush()
            for piece in pieces:
                sys.stdout.buffer.write(piece.encode("utf-8"))
            sys.stdout.buffer.flush()
        elif through:
            with open(path, "w", encoding="utf-8") as out:
                out.writelines(pieces)
        else:
            with replacing(path) as tmp, open(tmp, "w", encoding="utf-8") as out:
                out.writelines(pieces)
    except OSError as err:
        raise _cannot(shown, err) from None


@contextlib.contextmanager
def output_file(shown: str) -> Iterator[str]:
    """A temporary file name for a writer that needs one (the PDF); what it holds reaches
    the named place only when the block ends without an error."""
    path, through = _target(shown)
    try:
        if not through:
            with replacing(path) as tmp:
                yield str(tmp)
            return
        folder = tempfile.mkdtemp(prefix="hamsession-out-")
        try:
            part = Path(folder) / "output"
            yield str(part)
            _write_through(path, part.read_bytes())
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    except OSError as err:
        raise _cannot(shown, err) from None
