"""What can be wrong with the data folder or database, each with a one-line message."""

from __future__ import annotations


class DataError(Exception):
    """The data folder or database cannot be used; the files are left as they were."""


class DatabaseDamaged(DataError):
    pass


class DatabaseTooNew(DataError):
    pass


class DataFolderUnusable(DataError):
    pass


class DataFolderNamedBadly(DataError):
    """The folder's name as given cannot be used (empty): a bad input, nothing touched."""


class AlreadyRunning(DataError):
    pass


class ServerUnreachable(DataError):
    """The clinic's database server cannot be reached or refuses us (its message, never
    the password)."""


def reason(err: BaseException) -> str:
    """An error's first line (its system message when it has one)."""
    return getattr(err, "strerror", None) or str(err).splitlines()[0] or type(err).__name__


def is_busy(err: BaseException) -> bool:
    """Whether ``err`` only says that another connection is writing just now."""
    import sqlite3  # loaded with the history; the window opens without it

    cause = getattr(err, "orig", err)
    text = str(cause).lower()
    return isinstance(cause, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def write_problem(err: BaseException) -> str | None:
    """The first line of a storage failure (a full disk, a busy or unwritable file), or
    None when ``err`` is something else (a mistake in the program, say)."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    if isinstance(err, DBAPIError | sqlite3.Error | OSError):
        cause = getattr(err, "orig", None) or err
        return reason(cause)
    return None
