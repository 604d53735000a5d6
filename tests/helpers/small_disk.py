"""A small disk for tests of a full disk: a 3 MB tmpfs where the machine lets a test
mount one (root, with mount), and a way to fill it to the last byte."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def small_tmpfs(place: Path, size: str = "3m") -> Iterator[bool]:
    """Mount a tmpfs of ``size`` on ``place`` (made if missing); yields whether it is
    mounted, and unmounts it afterwards."""
    place.mkdir(exist_ok=True)
    if not hasattr(os, "getuid") or os.getuid() != 0 or shutil.which("mount") is None:
        yield False
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(place)],
        capture_output=True,
    )
    if done.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(place)], check=False)


def fill(folder: Path) -> None:
    """Write to ``folder`` until its disk is full."""
    with open(folder / "filler", "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
