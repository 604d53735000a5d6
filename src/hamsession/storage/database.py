"""Opening the history database: checks, backups, Alembic upgrades, connection settings.

Nothing here ever writes to a file it could not read: a damaged database, one
from a newer Hamsession, or an unwritable folder raises a :class:`DataError`
with a one-line message and leaves the file byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from hamsession.storage.assets import migrations_dir
from hamsession.storage.datadir import DataDir
from hamsession.storage.history_file import (
    HEAD_REVISION,
    HistoryFile,
    cannot_write,
    known_revisions,
    prepare,
    use_folder,
)

#: How long a write waits for another process's write to finish (an import, say).
BUSY_MS = 5000
#: The same for writes that must never hold up the window: they give up at once and are
#: tried again later by their caller.
QUICK_BUSY_MS = 20


def _on_checkin(dbapi_connection, _record) -> None:
    """A connection going back to the pool waits the usual time again."""
    if dbapi_connection is not None:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")


def _on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")  # a commit survives a power cut
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    cursor.close()


def _on_connect_when_full(dbapi_connection, record) -> None:
    """On a full disk: the WAL index in the connection's memory (no -shm file to make),
    so the history can still be read; writes fail with SQLite's "disk is full"."""
    dbapi_connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    _on_connect(dbapi_connection, record)


class Database:
    """An open, up-to-date history database."""

    def __init__(self, path: Path | None, engine: Engine, server: str | None = None) -> None:
        self.path = path  # the SQLite file, or None on a server
        self.engine = engine
        self.server = server  # the server as messages name it (no password), or None
        self.sqlite = engine.dialect.name == "sqlite"
        self._watch = None  # the connection version() reads, opened on first use
        self._closed = False
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._open = threading.local()  # this thread's transaction, while one is open
        self.warnings: list[str] = []  # what opening could not do (today's backup, say)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed at the end, rolled back on error. Inside
        :meth:`transaction` it is part of that transaction instead."""
        joined = getattr(self._open, "session", None)
        if joined is not None:
            yield joined
            return
        with self._sessions() as session, session.begin():
            if self.sqlite and getattr(self._open, "quick", False):  # reset on check-in
                session.execute(text(f"PRAGMA busy_timeout = {QUICK_BUSY_MS}"))
            yield session

    @contextmanager
    def quick_writes(self) -> Iterator[None]:
        """Writes in this thread inside the block do not wait for another process that is
        writing: they raise at once (see :func:`is_busy`) for the caller to try later."""
        self._open.quick = True
        try:
            yield
        finally:
            self._open.quick = False

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Everything the repositories do in this thread inside the block is one
        transaction: all of it is written at the end, or none of it on an error."""
        joined = getattr(self._open, "session", None)
        if joined is not None:
            yield joined
            return
        with self._sessions() as session, session.begin():
            self._open.session = session
            try:
                yield session
            finally:
                self._open.session = None

    def version(self) -> int | None:
        """A number that changes whenever anything is committed to the history file, by
        this process or any other (SQLite's data_version, read on a connection of its
        own); None where there is no such number (a server): readers then read again."""
        if self.path is None or self._closed:
            return None
        if self._watch is None:
            try:
                self._watch = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            except sqlite3.Error:
                return None
        try:
            return self._watch.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None

    def close(self) -> None:
        self._closed = True
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _open_server(data: DataDir) -> Database:
    from hamsession.storage.server import open_server, server_url, shown

    url = server_url(data.server)
    engine = open_server(url, HEAD_REVISION, known_revisions(), _upgrade)
    return Database(None, engine, server=shown(url))


def open_database(data: DataDir, ready: HistoryFile | None = None) -> Database:
    """Open (creating or upgrading as needed) the database in ``data``, or on the clinic's
    server when ``data`` names one. ``ready`` is the file as :func:`prepare` found it,
    when that was done already."""
    if ready is None:
        use_folder(data)
        if data.server is not None:
            return _open_server(data)
        ready = prepare(data)
    path, full = ready.path, ready.full
    try:
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _on_connect_when_full if full else _on_connect)
        event.listen(engine, "checkin", _on_checkin)
        if ready.needs_upgrade:
            _upgrade(engine)
        else:
            with engine.connect():
                pass
    except (OSError, sqlite3.Error) as err:
        raise cannot_write(data.root, err) from None
    except Exception as err:  # SQLAlchemy wraps sqlite3 errors
        orig = getattr(err, "orig", None)
        if isinstance(orig, sqlite3.Error):
            raise cannot_write(data.root, orig) from None
        raise
    database = Database(path, engine)
    database.warnings = list(ready.warnings)
    return database
