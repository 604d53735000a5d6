"""The history file itself, read with the standard library's sqlite3 alone: its schema
revision, SQLite's check for damage, the daily backups and the checks made before the
file is opened (what lies at its path, a newer schema, a full disk). Kept apart from
:mod:`hamsession.storage.database` so that opening the app reads the file without
loading SQLAlchemy.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hamsession.domain.words import translate
from hamsession.storage.assets import migrations_dir
from hamsession.storage.datadir import DataDir
from hamsession.storage.errors import DatabaseDamaged, DatabaseTooNew, DataFolderUnusable, reason
from hamsession.storage.private_files import private_folder, tighten
from hamsession.storage.reading import shown, what_is

#: The newest schema revision in migrations/ (a test keeps this in step with the scripts).
HEAD_REVISION = "0009"
KEEP_BACKUPS = 5
BACKUP_EVERY = timedelta(days=1)


#: SQLite result codes that mean the file itself is not a sound database.
_DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def cannot_write(folder: Path, err: BaseException) -> DataFolderUnusable:
    """The data folder cannot be written (read-only, full, busy), with the system's reason."""
    return DataFolderUnusable(
        translate("DataFolder", "cannot write in the data folder {folder}: {reason}").format(
            folder=folder, reason=reason(err)
        )
    )


def _sqlite_problem(path: Path, err: sqlite3.Error) -> Exception:
    """A damaged file, or a folder that cannot be used (read-only, full, busy)."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _DAMAGED_CODES:
        return DatabaseDamaged(
            translate("DataFolder", "{name} is damaged and cannot be read ({reason})").format(
                name=path.name, reason=reason(err)
            )
        )
    return cannot_write(path.parent, err)


#: Below this much free space the disk is taken as full: SQLite could not even make the
#: 32 KiB shared-memory index that reading a WAL-mode file needs.
FULL_BELOW = 256 * 1024


def disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def reading_connection(path: Path) -> sqlite3.Connection:
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
        conn = reading_connection(path)
    except sqlite3.Error as err:
        raise _sqlite_problem(path, err) from None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseDamaged(
                    translate("DataFolder", "{name} is not a Hamsession database").format(
                        name=path.name
                    )
                )
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
        conn = reading_connection(path)
        try:
            found = [row[0] for row in conn.execute("PRAGMA quick_check(1)")]
        finally:
            conn.close()
    except sqlite3.Error as err:
        raise _sqlite_problem(path, err) from None
    if found != ["ok"]:
        first = str(found[0]).splitlines()[0] if found else translate("DataFolder", "no answer")
        raise DatabaseDamaged(
            translate("DataFolder", "{name} is damaged inside ({first})").format(
                name=path.name, first=first
            )
        )


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
    source = reading_connection(path)
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
            translate(
                "DataFolder", "{name} is empty (0 bytes) although backups of your history exist"
            ).format(name=path.name)
        )
    revision = read_revision(path)
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise DatabaseTooNew(
            translate(
                "DataFolder",
                "{name} was written by a newer version of Hamsession (schema {revision}); "
                "update Hamsession to open it",
            ).format(name=path.name, revision=revision)
        )
    if revision is not None and (revision != HEAD_REVISION or _backup_is_due(data.backups)):
        check_sound(path)  # a damaged file never pushes a good backup out
    return revision


def use_folder(data: DataDir) -> None:
    """Make the data folder (kept private), or say in one line why it cannot be used."""
    try:
        private_folder(data.root)
    except OSError as err:
        found = what_is(data.root)
        if found != "a folder" and found.startswith(("a ", "an ")):
            raise DataFolderUnusable(
                translate(
                    "DataFolder", "cannot use {folder} as the data folder: it is {found}"
                ).format(folder=data.root, found=shown(found))
            ) from None
        raise DataFolderUnusable(
            translate("DataFolder", "cannot create the data folder {folder}: {reason}").format(
                folder=data.root, reason=reason(err)
            )
        ) from None
    tighten(data.root)  # a folder from before files were kept private


@dataclass(frozen=True)
class HistoryFile:
    """The data folder's history file, checked and backed up, ready to be opened."""

    path: Path
    exists: bool
    revision: str | None
    full: bool  # the disk is full: the file can be read, not written
    warnings: list[str] = field(default_factory=list)  # what could not be done (a backup)

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != HEAD_REVISION


def prepare(data: DataDir) -> HistoryFile:
    """Everything before the file is opened: refuse what must not be opened (not a file,
    damaged, from a newer version, an upgrade on a full disk) and make the backup due
    (always before an upgrade). Leaves a refused file as it was found."""
    path = data.database
    found = what_is(path)
    if found not in ("nothing", "a file"):  # never opened: a pipe would wait for ever
        raise DataFolderUnusable(
            translate(
                "DataFolder",
                "{path} is {found}, not a history file: move it away or choose another data folder",
            ).format(path=path, found=shown(found))
        )
    exists = path.exists()
    with _no_side_files_left_on_refusal(path):
        revision = _usable_revision(data) if exists else None
    skipped: list[str] = []
    try:
        if exists and revision != HEAD_REVISION:
            backup(path, data.backups, revision or "empty")  # no upgrade without one
        elif exists and _backup_is_due(data.backups):
            try:
                backup(path, data.backups, revision or "empty")
            except (OSError, sqlite3.Error) as err:  # a full disk: the history still opens
                skipped.append(
                    translate("DataFolder", "today's backup could not be made ({reason})").format(
                        reason=reason(err)
                    )
                )
    except (OSError, sqlite3.Error) as err:
        raise cannot_write(data.root, err) from None
    full = disk_full(data.root)
    if full and (not exists or revision != HEAD_REVISION):
        raise DataFolderUnusable(
            translate(
                "DataFolder",
                "the disk holding the data folder {folder} is full: free some space and try again",
            ).format(folder=data.root)
        )
    return HistoryFile(path, exists, revision, full, skipped)
