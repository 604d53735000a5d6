"""Files the person asks for (exports, reports), written whole or not at all; a folder
that cannot be written is one plain line naming the file."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from hamsession.services.errors import BadInput
from hamsession.storage.files import replacing, write_atomically


def _cannot(shown: str, err: OSError) -> BadInput:
    return BadInput(f"{shown}: cannot write ({err.strerror or err})")


def write_output(shown: str, text: str) -> None:
    """Write ``text`` to the file the person named. Raises BadInput when it cannot."""
    try:
        write_atomically(Path(shown), text, make_folder=False)
    except OSError as err:
        raise _cannot(shown, err) from None


@contextlib.contextmanager
def output_file(shown: str) -> Iterator[str]:
    """A temporary file name to write the output to; it takes the named file's place only
    when the block ends without an error. Raises BadInput when the folder cannot be written."""
    try:
        with replacing(Path(shown)) as tmp:
            yield str(tmp)
    except OSError as err:
        raise _cannot(shown, err) from None
