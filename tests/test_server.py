"""A clinic's laptops on one PostgreSQL server (a private one the tests start), side by
side with the SQLite file: the same results, and races settled by the database."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import pytest
from benchmarks.history_import import synthetic_export

from hamsession.storage.clinic_repo import ClinicRepository
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.sessions_repo import snapshot_id


def cli(data: DataDir, *args: str, database: str | None = None) -> subprocess.CompletedProcess:
    where = ["--data-dir", str(data.root)] + (["--database", database] if database else [])
    return subprocess.run(
        [sys.executable, "-m", "hamsession", *where, *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _profiles_of(export_text: str) -> list:
    return json.loads(export_text)["profiles"]


def test_the_same_import_exports_the_same_from_sqlite_and_postgresql(tmp_path, pg_server):
    body = synthetic_export(0, days=12, morning=True)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(body))
    server = pg_server.new_database()
    outputs = []
    for name, database in (("file", None), ("server", server)):
        data = DataDir(tmp_path / name)
        done = cli(data, "import", str(source), database=database)
        assert done.returncode == 0, done.stderr
        assert "imported 12 new session(s) of 12" in done.stdout
        out = cli(data, "backup", "--out", "-", database=database)
        assert out.returncode == 0, out.stderr
        outputs.append(_profiles_of(out.stdout))
    assert outputs[0] == outputs[1]
    assert not (tmp_path / "server" / "hamsession.sqlite3").exists()  # it all went to the server


def test_three_laptops_importing_one_file_at_once_add_it_once(tmp_path, pg_server):
    body = synthetic_export(0, days=40)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(body))
    server = pg_server.new_database()
    where = [
        [sys.executable, "-m", "hamsession", "--data-dir", str(tmp_path / f"laptop{i}")]
        for i in range(3)
    ]
    running = [
        subprocess.Popen(
            [*w, "--database", server, "import", str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in where
    ]
    results = [(p.wait(timeout=300), *p.communicate()) for p in running]
    assert [code for code, _, _ in results] == [0, 0, 0], results
    added = sorted(int(out.split()[1]) for _, out, _ in results)
    assert added == [0, 0, 40]
    out = cli(DataDir(tmp_path / "laptop0"), "backup", "--out", "-", database=server)
    (profile,) = _profiles_of(out.stdout)
    ids = [session["id"] for session in profile["sessions"]]
    assert len(ids) == len(set(ids)) == 40


def test_wrong_pins_at_the_same_moment_are_all_counted(tmp_path, pg_server):
    server = pg_server.new_database()
    laptops = [open_database(DataDir(tmp_path / f"l{i}", server=server)) for i in range(4)]
    start = threading.Barrier(len(laptops) * 5)
    errors = []

    def wrong_tries(db) -> None:
        try:
            start.wait()
            ClinicRepository(db).record_failure("clinician", datetime.now(UTC))
        except Exception as err:
            errors.append(err)

    threads = [threading.Thread(target=wrong_tries, args=(db,)) for db in laptops for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert ClinicRepository(laptops[0]).failures("clinician")[0] == 20
    for db in laptops:
        db.close()


def test_two_laptops_storing_a_new_program_at_once_share_one_row(tmp_path, pg_server):
    server = pg_server.new_database()
    laptops = [open_database(DataDir(tmp_path / f"l{i}", server=server)) for i in range(6)]
    start = threading.Barrier(len(laptops))
    ids, errors = [], []
    body = {"id": "new-one", "title": "A new program", "steps": []}

    def store(db) -> None:
        try:
            start.wait()
            with db.session() as s:
                ids.append(snapshot_id(s, body))
        except Exception as err:
            errors.append(err)

    threads = [threading.Thread(target=store, args=(db,)) for db in laptops]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(set(ids)) == 1
    for db in laptops:
        db.close()


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_deleting_a_profile_exits_0_and_leaves_the_others(tmp_path, engine, request):
    server = request.getfixturevalue("pg_server").new_database() if engine != "sqlite" else None
    data = DataDir(tmp_path / "data")
    assert cli(data, "profiles", "create", "Client B", database=server).returncode == 0
    done = cli(data, "profiles", "delete", "Client B", database=server)
    assert done.returncode == 0, done.stderr
    listed = cli(data, "profiles", "list", database=server)
    assert listed.stdout.split() == ["default"]


def test_a_server_that_cannot_be_reached_is_one_line_without_the_password(tmp_path):
    data = DataDir(tmp_path / "data")
    done = cli(data, "profiles", "list", database="postgresql://clinic:s3cret-pw@127.0.0.1:9/none")
    assert done.returncode == 1
    assert done.stderr.startswith("hamsession: cannot use the database on clinic@127.0.0.1:9/none")
    assert len(done.stderr.strip().splitlines()) == 1
    assert "s3cret-pw" not in done.stderr + done.stdout
    bad = cli(data, "profiles", "list", database="mysql://x@y/z")
    assert bad.returncode == 2 and "postgresql://" in bad.stderr


def test_the_server_comes_from_the_flag_then_the_environment_then_clinic_settings(
    tmp_path, monkeypatch
):
    import argparse

    from hamsession.services.errors import BadInput
    from hamsession.services.preferences import Preferences, server_setting

    root = tmp_path / "data"
    root.mkdir()
    prefs = Preferences(root / "settings.ini")
    kept, note = server_setting("postgresql+psycopg://clinic:pw@db.lan/hs?sslmode=require")
    assert kept == "postgresql+psycopg://clinic@db.lan/hs?sslmode=require"
    assert "password was not kept" in note
    prefs.update(database=kept)
    assert "pw" not in (root / "settings.ini").read_text()
    with pytest.raises(BadInput, match="must start with postgresql://"):
        server_setting("sqlite:///x.db")
    assert server_setting("  ") == ("", "")

    def chosen(**given) -> str | None:
        return DataDir.chosen(argparse.Namespace(data_dir=str(root), **given)).server

    assert chosen() == kept
    monkeypatch.setenv("HAMSESSION_DATABASE_URL", "postgresql://env@h/d")
    assert chosen() == "postgresql://env@h/d"
    assert chosen(database="postgresql://flag@h/d") == "postgresql://flag@h/d"
    monkeypatch.delenv("HAMSESSION_DATABASE_URL")
    prefs.update(database="")
    assert chosen() is None  # the data folder's own file


def test_a_program_made_in_room_1_plays_in_room_3(tmp_path, pg_server):
    from dataclasses import replace

    from hamsession.services.programs import ProgramService
    from hamsession.services.shared_library import SharedLibrary
    from hamsession.storage.repositories import Repositories

    server = pg_server.new_database()
    rooms = []
    for name in ("room1", "room3"):
        data = DataDir(tmp_path / name, server=server)
        repos = Repositories.on(open_database(data))
        programs = ProgramService(data)
        shared = SharedLibrary(repos.library, data)
        programs.saved.connect(shared.send)
        rooms.append((data, repos, programs, shared))
    (_d1, repos1, programs1, _s1), (data3, _r3, programs3, shared3) = rooms
    base = programs1.program("d1-desk-break")
    mine = replace(base, id="week-2-holds", title="Week 2 holds", source="")
    programs1.save_program(mine)
    assert shared3.level() == 1  # room 3 receives the file
    programs3.reload()
    assert programs3.program("week-2-holds").title == "Week 2 holds"
    assert shared3.level() == 0  # level now: nothing comes twice
    later = replace(mine, title="Week 2 holds, longer")
    time.sleep(0.02)
    programs1.save_program(later)  # the later save wins
    assert shared3.level() == 1
    programs3.reload()
    assert programs3.program("week-2-holds").title == "Week 2 holds, longer"
    # a name that is a path is never written anywhere
    repos1.library.put("programs", "../../escape.toml", "x", datetime.now(UTC))
    shared3.level()
    assert not (data3.root.parent / "escape.toml").exists()
    for _d, repos, _p, _s in rooms:
        repos.close()


def test_a_laptop_records_while_another_imports(tmp_path, pg_server, clock):
    from hamsession.services.history import HistoryService
    from hamsession.services.programs import ProgramService
    from hamsession.services.session import SessionService
    from hamsession.storage.repositories import Repositories

    server = pg_server.new_database()
    source = tmp_path / "in.json"
    source.write_text(json.dumps(synthetic_export(0, days=60)))
    history = HistoryService(Repositories.on(open_database(DataDir(tmp_path / "a", server))))
    profile = history.profile()
    command = ["--data-dir", str(tmp_path / "b"), "--database", server, "import", str(source)]
    importing = subprocess.Popen(
        [sys.executable, "-m", "hamsession", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    sessions = SessionService(ProgramService(None), clock, history=history, profile=profile)
    run = sessions.prepare("d1-desk-break")
    run.engine.start()
    while (deadline := run.engine.next_deadline()) is not None:
        clock.set(deadline)
        run.engine.tick()
    _out, err = importing.communicate(timeout=300)
    assert importing.returncode == 0, err
    stored = history.sessions(profile)
    assert len(stored) == 61
    mine = next(s for s in stored if s.id == run.recorder.session_id)
    assert mine.status == "completed" and len(mine.phases) == len(run.engine.timeline.phases)
    history.close()
