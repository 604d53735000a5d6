"""The history database on real SQLite files: creation, settings, backups, bad files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from hamsession.storage.database import open_database as open_db
from hamsession.storage.datadir import DataDir
from hamsession.storage.errors import DatabaseDamaged, DatabaseTooNew, DataFolderUnusable
from hamsession.storage.history_file import HEAD_REVISION, KEEP_BACKUPS, backup, known_revisions


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data(tmp_path) -> DataDir:
    return DataDir(tmp_path / "data")


def test_head_revision_matches_the_migration_scripts():
    assert known_revisions()[0] == HEAD_REVISION


def test_a_new_database_is_created_by_the_migrations(data):
    db = open_db(data)
    with db.engine.connect() as conn:
        tables = {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
        assert {
            "profiles",
            "sessions",
            "phases",
            "symptom_logs",
            "program_snapshots",
            "safety_events",
            "alembic_version",
        } <= tables
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        )
    db.close()
    assert not data.backups.exists()  # nothing to back up on the first start


def test_reopening_backs_up_at_most_daily_and_keeps_the_newest_few(data):
    open_db(data).close()
    open_db(data).close()
    assert len(list(data.backups.glob("*.sqlite3"))) == 1  # a backup a day, not a start
    for n in range(KEEP_BACKUPS + 3):
        backup(data.database, data.backups, f"test{n}")
    kept = sorted(data.backups.glob("*.sqlite3"))
    assert len(kept) == KEEP_BACKUPS
    with sqlite3.connect(kept[-1]) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        )


def test_a_damaged_file_is_refused_and_left_untouched(data):
    data.root.mkdir(parents=True)
    data.database.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    before = digest(data.database)
    with pytest.raises(DatabaseDamaged, match=r"^hamsession.sqlite3 is damaged"):
        open_db(data)
    assert digest(data.database) == before
    assert not data.backups.exists()


def test_a_file_that_is_not_a_database_is_refused(data):
    data.root.mkdir(parents=True)
    data.database.write_text("these are my notes, not a database\n" * 50)
    before = digest(data.database)
    with pytest.raises(DatabaseDamaged):
        open_db(data)
    assert digest(data.database) == before


def test_another_apps_sqlite_file_is_refused(data):
    data.root.mkdir(parents=True)
    with sqlite3.connect(data.database) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = digest(data.database)
    with pytest.raises(DatabaseDamaged, match="is not a Hamsession database"):
        open_db(data)
    assert digest(data.database) == before


def test_a_database_from_a_newer_version_is_refused_untouched(data):
    open_db(data).close()
    with sqlite3.connect(data.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = digest(data.database)
    backups_before = sorted(data.backups.glob("*")) if data.backups.exists() else []
    with pytest.raises(DatabaseTooNew, match=r"newer version of Hamsession \(schema 9999\)"):
        open_db(data)
    assert digest(data.database) == before
    after = sorted(data.backups.glob("*")) if data.backups.exists() else []
    assert after == backups_before


def test_a_folder_that_cannot_be_created_is_reported(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataFolderUnusable, match="cannot create the data folder"):
        open_db(DataDir(blocker / "data"))


def test_a_read_only_folder_is_reported_and_the_file_left_alone():
    """Run as an unprivileged user (root may write anywhere), through the real CLI."""
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv to act as an unprivileged user")
    as_nobody = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    reachable = subprocess.run(
        [*as_nobody, "-c", "import hamsession.cli"], capture_output=True, check=False
    )
    if reachable.returncode != 0:  # a checkout in a folder only its owner may enter
        pytest.skip("the unprivileged user cannot read this checkout or its Python")
    root = Path(tempfile.mkdtemp(prefix="hamsession-ro-"))
    try:
        root.chmod(0o755)
        data = DataDir(root / "data")
        open_db(data).close()
        for path in (data.root, *data.root.rglob("*")):
            os.chown(path, 65534, 65534)
        data.root.chmod(0o555)
        before = digest(data.database)
        done = subprocess.run(
            [
                setpriv,
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                sys.executable,
                "-m",
                "hamsession",
                "--data-dir",
                str(data.root),
                "export",
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "HOME": str(root)},
        )
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("hamsession: cannot write in the data folder")
        assert len(done.stderr.strip().splitlines()) == 1
        assert digest(data.database) == before
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_the_migrations_build_exactly_the_schema_the_models_describe(tmp_path, place):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from hamsession.storage.models import Base

    db = open_db(place(tmp_path / "data"))
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def _age_backups(data: DataDir, days: int = 2) -> None:
    import os
    import time

    for old in data.backups.glob("*.sqlite3"):
        stamp = time.time() - days * 86_400
        os.utime(old, (stamp, stamp))


def test_damage_inside_the_file_is_found_before_it_reaches_the_backups(data):
    from hamsession.services.history import HistoryService
    from hamsession.storage.repositories import Repositories

    history = HistoryService(Repositories.on(open_db(data)))
    for n in range(300):  # enough rows for several pages
        history.create_profile(f"Client {n:03d} with a longish name to fill the pages")
    history.close()
    _age_backups(data)  # the daily backup is due at the next opening
    good = {p.name: digest(p) for p in data.backups.glob("*.sqlite3")}
    conn = sqlite3.connect(data.database)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    raw = bytearray(data.database.read_bytes())
    start = (pages - 2) * page_size  # a page of rows near the end, not the header
    raw[start : start + 64] = b"\xff" * 64
    data.database.write_bytes(bytes(raw))
    before = digest(data.database)
    with pytest.raises(DatabaseDamaged, match=r"^hamsession.sqlite3 is damaged"):
        open_db(data)
    assert digest(data.database) == before
    assert not list(data.root.glob("*-wal")) and not list(data.root.glob("*-shm"))
    assert {p.name: digest(p) for p in data.backups.glob("*.sqlite3")} == good


def test_an_emptied_file_with_backups_is_damaged_not_a_fresh_start(data):
    open_db(data).close()
    open_db(data).close()  # the second opening makes the first daily backup
    assert len(list(data.backups.glob("*.sqlite3"))) == 1
    data.database.write_bytes(b"")
    with pytest.raises(DatabaseDamaged, match="empty"):
        open_db(data)
    assert len(list(data.backups.glob("*.sqlite3"))) == 1


def test_a_daily_backup_that_cannot_be_made_does_not_block_opening(data):
    open_db(data).close()
    assert not data.backups.exists()
    data.backups.write_text("in the way")  # as a full disk would, the copy fails
    db = open_db(data)
    try:
        assert db.warnings and db.warnings[0].startswith("today's backup could not be made")
    finally:
        db.close()
