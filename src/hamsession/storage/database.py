"""Opening the history database: checks, backups, Alembic upgrades, connection settings.

Nothing here ever writes to a file it could not read: a damaged database, one
from a newer Hamsession, or an unwritable folder raises a :class:`DataError`
with a one-line message and leaves the file byte for byte as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from hamsession.storage.assets import migrations_dir
from hamsession.storage.datadir import DataDir
from hamsession.storage.errors import DatabaseDamaged, DatabaseTooNew, DataFolderUnusable
from hamsession.storage.private_files import private_folder, tighten
from hamsession.storage.reading import what_is

#: The newest schema revision in migrations/ (a test keeps this in step with the scripts).
HEAD_REVISION = "0009"
KEEP_BACKUPS = 5
BACKUP_EVERY = timedelta(days=1)


def _reason(err: BaseException) -> str:
    return getattr(err, "strerror", None) or str(err).splitlines()[0] or type(err).__name__


#: SQLite result codes that mean the file itself is not a sound database.
_DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _sqlite_problem(path: Path, err: sqlite3.Error) -> Exception:
    """A damaged file, or a folder that cannot be used (read-only, full, busy)."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _DAMAGED_CODES:
        return DatabaseDamaged(f"{path.name} is damaged and cannot be read ({_reason(err)})")
    return DataFolderUnusable(f"cannot write in the data folder {path.parent}: {_reason(err)}")


#: Below this much free space the disk is taken as full: SQLite could not even make the
#: 32 KiB shared-memory index that reading a WAL-mode file needs.
FULL_BELOW = 256 * 1024


def disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def _reading(path: Path) -> sqlite3.Connection:
    """A read-only connection. On a full disk it keeps the WAL index in its own memory
    (exclusive locking), since there is no room for the -shm file."""
    if not disk_full(path.parent):
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # SQLite opens a WAL file read-only only when its -shm exists: read with writing
    # switched off instead.
    conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA query_only = ON")
    return conn


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without writing anything."""
    try:
        conn = _reading(path)
    except sqlite3.Error as err:
        raise _sqlite_problem(path, err) from None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseDamaged(f"{path.name} is not a Hamsession database")
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as err:
        raise _sqlite_problem(path, err) from None
    finally:
        conn.close()


def check_sound(path: Path) -> None:
    """SQLite's quick check of every page; raises DatabaseDamaged when it finds damage."""
    try:
        conn = _reading(path)
        try:
            found = [row[0] for row in conn.execute("PRAGMA quick_check(1)")]
        finally:
            conn.close()
    except sqlite3.Error as err:
        raise _sqlite_problem(path, err) from None
    if found != ["ok"]:
        first = str(found[0]).splitlines()[0] if found else "no answer"
        raise DatabaseDamaged(f"{path.name} is damaged inside ({first})")


def known_revisions() -> list[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return [s.revision for s in ScriptDirectory.from_config(config).walk_revisions()]


def backup(path: Path, backups: Path, label: str) -> Path:
    """Copy the database consistently (SQLite's online backup) and keep the newest few."""
    private_folder(backups)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"hamsession-{stamp}-{label}.sqlite3"
    partial = target.with_name(target.name + ".partial")  # never taken for a backup
    source = _reading(path)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    for old in sorted(backups.glob("hamsession-*.sqlite3"))[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def newest_backup(backups: Path) -> Path | None:
    found = sorted(backups.glob("hamsession-*.sqlite3")) if backups.is_dir() else []
    return found[-1] if found else None


def _backup_is_due(backups: Path) -> bool:
    newest = newest_backup(backups)
    if newest is None:
        return True
    age = datetime.now(UTC) - datetime.fromtimestamp(newest.stat().st_mtime, UTC)
    return age > BACKUP_EVERY


#: How long a write waits for another process's write to finish (an import, say).
BUSY_MS = 5000
#: The same for writes that must never hold up the window: they give up at once and are
#: tried again later by their caller.
QUICK_BUSY_MS = 20


def is_busy(err: BaseException) -> bool:
    """Whether ``err`` only says that another connection is writing just now."""
    cause = getattr(err, "orig", err)
    text = str(cause).lower()
    return isinstance(cause, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def write_problem(err: BaseException) -> str | None:
    """The first line of a storage failure (a full disk, a busy or unwritable file), or
    None when ``err`` is something else (a mistake in the program, say)."""
    from sqlalchemy.exc import DBAPIError

    if isinstance(err, DBAPIError | sqlite3.Error | OSError):
        cause = getattr(err, "orig", None) or err
        return _reason(cause)
    return None


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

    def close(self) -> None:
        self.engine.dispose()


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def _no_side_files_left_on_refusal(path: Path) -> Iterator[None]:
    """Reading a WAL-mode file makes SQLite create its -wal and -shm files; a file that is
    refused must be left as it was found, so the ones this reading created go again."""
    sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    there = {side for side in sides if side.exists()}
    try:
        yield
    except (DatabaseDamaged, DatabaseTooNew):
        for side in sides:
            if side not in there and (side.name.endswith("-shm") or _is_empty(side)):
                side.unlink(missing_ok=True)
        raise


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False


def _usable_revision(data: DataDir) -> str | None:
    """The existing file's schema revision, after refusing a file that must not be opened:
    emptied while backups exist, written by a newer version, or damaged inside."""
    path = data.database
    if path.stat().st_size == 0 and newest_backup(data.backups) is not None:
        raise DatabaseDamaged(
            f"{path.name} is empty (0 bytes) although backups of your history exist"
        )
    revision = read_revision(path)
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise DatabaseTooNew(
            f"{path.name} was written by a newer version of Hamsession (schema {revision}); "
            "update Hamsession to open it"
        )
    if revision is not None and (revision != HEAD_REVISION or _backup_is_due(data.backups)):
        check_sound(path)  # a damaged file never pushes a good backup out
    return revision


def _open_server(data: DataDir) -> Database:
    from hamsession.storage.server import open_server, server_url, shown

    url = server_url(data.server)
    engine = open_server(url, HEAD_REVISION, known_revisions(), _upgrade)
    return Database(None, engine, server=shown(url))


def open_database(data: DataDir) -> Database:
    """Open (creating or upgrading as needed) the database in ``data``, or on the clinic's
    server when ``data`` names one."""
    path = data.database
    try:
        private_folder(data.root)
    except OSError as err:
        found = what_is(data.root)
        if found != "a folder" and found.startswith(("a ", "an ")):
            raise DataFolderUnusable(
                f"cannot use {data.root} as the data folder: it is {found}"
            ) from None
        raise DataFolderUnusable(
            f"cannot create the data folder {data.root}: {_reason(err)}"
        ) from None
    tighten(data.root)  # a folder from before files were kept private
    if data.server is not None:
        return _open_server(data)
    found = what_is(path)
    if found not in ("nothing", "a file"):  # never opened: a pipe would wait for ever
        raise DataFolderUnusable(
            f"{path} is {found}, not a history file: move it away or choose another data folder"
        )
    exists = path.exists()
    with _no_side_files_left_on_refusal(path):
        revision = _usable_revision(data) if exists else None
    needs_upgrade = revision != HEAD_REVISION
    skipped: list[str] = []
    try:
        if exists and needs_upgrade:
            backup(path, data.backups, revision or "empty")  # no upgrade without one
        elif exists and _backup_is_due(data.backups):
            try:
                backup(path, data.backups, revision or "empty")
            except (OSError, sqlite3.Error) as err:  # a full disk: the history still opens
                skipped.append(f"today's backup could not be made ({_reason(err)})")
        full = disk_full(data.root)
        if full and (not exists or needs_upgrade):
            raise DataFolderUnusable(
                f"the disk holding the data folder {data.root} is full: "
                "free some space and try again"
            )
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _on_connect_when_full if full else _on_connect)
        event.listen(engine, "checkin", _on_checkin)
        if needs_upgrade:
            _upgrade(engine)
        else:
            with engine.connect():
                pass
    except (OSError, sqlite3.Error) as err:
        raise DataFolderUnusable(
            f"cannot write in the data folder {data.root}: {_reason(err)}"
        ) from None
    except Exception as err:  # SQLAlchemy wraps sqlite3 errors
        orig = getattr(err, "orig", None)
        if isinstance(orig, sqlite3.Error):
            raise DataFolderUnusable(
                f"cannot write in the data folder {data.root}: {_reason(orig)}"
            ) from None
        raise
    database = Database(path, engine)
    database.warnings = skipped
    return database
