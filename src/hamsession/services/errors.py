"""Typed errors the services raise; the command line and the windows decide how to show them."""


class BadInput(Exception):
    """The user asked for something that cannot be done as asked (exit code 2)."""


class NotSaved(Exception):
    """The history could not be written just now (a full disk, another program writing);
    nothing of the change was kept, so it can be tried again as it was."""


# The data folder's problems, named here so the windows need not reach into storage.
from hamsession.storage.errors import (  # noqa: E402
    AlreadyRunning,
    DatabaseDamaged,
    DatabaseTooNew,
    DataError,
    DataFolderUnusable,
    ServerUnreachable,
)

__all__ = [
    "AlreadyRunning",
    "BadInput",
    "DataError",
    "DataFolderUnusable",
    "DatabaseDamaged",
    "DatabaseTooNew",
    "NotSaved",
    "ServerUnreachable",
]
