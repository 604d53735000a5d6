"""One app per data folder: the lock a running app holds on its folder."""

from __future__ import annotations

import os
from pathlib import Path

from hamsession.domain.words import translate
from hamsession.storage.errors import AlreadyRunning, DataFolderUnusable

try:
    import fcntl
except ImportError:  # not on POSIX: no lock, as before
    fcntl = None


class InstanceLock:
    """An advisory lock on ``hamsession.lock``, held while the app runs.

    The operating system drops it when the process ends, however it ends, so a
    crash never leaves a stale lock behind.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if fcntl is None or self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as err:
            raise DataFolderUnusable(
                translate("DataFolder", "cannot use the data folder {folder}: {reason}").format(
                    folder=self.path.parent, reason=err.strerror
                )
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise AlreadyRunning(
                translate(
                    "DataFolder", "Hamsession is already open with the data folder {folder}"
                ).format(folder=self.path.parent)
            ) from None
        self._fd = fd

    def taken(self) -> bool:
        """Whether another process holds the lock now (without taking it)."""
        if fcntl is None or not self.path.exists():
            return False
        try:
            fd = os.open(self.path, os.O_RDWR)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
