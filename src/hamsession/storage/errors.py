"""What can be wrong with the data folder or database, each with a one-line message."""


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
