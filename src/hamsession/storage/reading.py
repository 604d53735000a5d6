"""Reading a file someone else made (an import, a program, the settings) without letting
it stall or swamp the app: only regular files are read (a pipe or a device named by
mistake, or put in ``programs/``, is refused at once instead of waiting for ever), and
only up to a size that fits what the file is for."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

MB = 1024 * 1024
#: A program or exercise is a few kilobytes; a megabyte is far past any real one.
PROGRAM_LIMIT = 1 * MB
#: Ten years of daily sessions export to well under this.
IMPORT_LIMIT = 512 * MB
SETTINGS_LIMIT = 1 * MB


class Unreadable(OSError):
    """The file cannot be read as asked; ``str()`` is the reason in a few words."""


def _cannot_read(err: OSError) -> str:
    return translate("Reading", "cannot read the file: {reason}").format(reason=err.strerror or err)


def _too_large(limit: int) -> str:
    return translate("Reading", "is larger than {megabytes} MB").format(megabytes=limit // MB)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise Unreadable(translate("Reading", "no such file")) from None
    except IsADirectoryError:
        raise Unreadable(translate("Reading", "is a folder, not a file")) from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise Unreadable(
                translate("Reading", "is a link that leads round in a circle")
            ) from None
        raise Unreadable(_cannot_read(err)) from None
    info = os.fstat(fd)  # before a file object: Python refuses to make one of a folder
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise Unreadable(translate("Reading", "is a folder, not a file"))
        raise Unreadable(translate("Reading", "is not a regular file (a pipe or a device?)"))
    with os.fdopen(fd, "rb") as file:
        if info.st_size > limit:
            raise Unreadable(_too_large(limit))
        try:
            data = file.read(limit + 1)
        except OSError as err:
            raise Unreadable(_cannot_read(err)) from None
    if len(data) > limit:  # it grew while being read
        raise Unreadable(_too_large(limit))
    return data


def what_is(path: Path) -> str:
    """What is at ``path``, in a few English words for a message ("a folder", "a named
    pipe"); callers compare them ("nothing", "a file") and show them with :func:`shown`."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return QT_TRANSLATE_NOOP("DataFolder", "a link to nothing")
        return QT_TRANSLATE_NOOP("DataFolder", "nothing")
    except OSError as err:
        if err.errno == errno.ELOOP:
            return QT_TRANSLATE_NOOP("DataFolder", "a link that leads round in a circle")
        return f"out of reach ({err.strerror or err})"
    kinds = (
        (stat.S_ISDIR, QT_TRANSLATE_NOOP("DataFolder", "a folder")),
        (stat.S_ISREG, QT_TRANSLATE_NOOP("DataFolder", "a file")),
        (stat.S_ISFIFO, QT_TRANSLATE_NOOP("DataFolder", "a named pipe")),
        (stat.S_ISSOCK, QT_TRANSLATE_NOOP("DataFolder", "a socket")),
        (stat.S_ISCHR, QT_TRANSLATE_NOOP("DataFolder", "a device")),
        (stat.S_ISBLK, QT_TRANSLATE_NOOP("DataFolder", "a device")),
    )
    return next(
        (words for test, words in kinds if test(mode)),
        QT_TRANSLATE_NOOP("DataFolder", "not a file"),
    )


def shown(found: str) -> str:
    """:func:`what_is`'s words in the language in use ("out of reach (…)" as it is)."""
    return found if found.startswith("out of reach") else translate("DataFolder", found)
