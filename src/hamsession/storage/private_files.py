"""Health data is for its owner's eyes: every file Hamsession makes is readable and
writable by the user alone (0600), every folder it makes is theirs alone (0700).

The process's umask is set to 077 before anything is written, so the database, its
journal, backups, settings, exports, reports and the trace are private whatever umask
the user's shell had; folders are made with their mode set explicitly as well. A data
folder left by an older version is tightened when opened. (On Windows, where the
umask and these modes mean little, the user's profile folder already keeps others out.)
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077
PRIVATE_FOLDER = 0o700


def keep_private() -> None:
    """From now on, whatever this process creates is the user's alone."""
    os.umask(PRIVATE_UMASK)


def private_folder(path: Path) -> Path:
    """Make ``path`` (and missing parents) as a folder only the user may enter."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    _tighten(path)
    return path


def tighten(root: Path) -> None:
    """Take away every other user's access under ``root`` (links are not followed, and
    files of other owners are left as they are)."""
    if not root.is_dir() or root.is_symlink():
        return
    _tighten(root)
    for folder, folders, files in os.walk(root):
        for name in folders + files:
            _tighten(Path(folder, name))


def _tighten(path: Path) -> None:
    """Clear the group's and others' permission bits, keeping the owner's."""
    with contextlib.suppress(OSError):
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or not hasattr(os, "getuid"):
            return
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(stat.S_IMODE(info.st_mode) & ~0o077)
