"""export, import and profiles on the command line (contracts §3, §6)."""

from __future__ import annotations

import hashlib
import json

from hamsession.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_profiles_create_list_delete(capsys, tmp_path):
    d = str(tmp_path)
    assert run(capsys, "profiles", "create", "Client A", "--data-dir", d)[0] == 0
    code, out, _ = run(capsys, "profiles", "list", "--data-dir", d)
    assert code == 0 and out.splitlines() == ["Client A", "default"]
    code, _, err = run(capsys, "profiles", "create", "Client A", "--data-dir", d)
    assert code == 2 and err.strip() == "hamsession: a profile named 'Client A' already exists"
    assert run(capsys, "profiles", "delete", "Client A", "--data-dir", d)[0] == 0
    code, _, err = run(capsys, "profiles", "delete", "Nobody", "--data-dir", d)
    assert code == 2 and err.strip() == "hamsession: unknown profile 'Nobody'"


def test_export_of_an_empty_history_and_to_a_file(capsys, tmp_path):
    d = str(tmp_path / "data")
    code, out, _ = run(capsys, "export", "--data-dir", d)
    body = json.loads(out)
    assert code == 0 and body["format"] == "hamsession-export" and body["version"] == 1
    (profile,) = body["profiles"]
    assert profile["name"] == "default" and profile["sessions"] == []
    assert profile["client"]["assigned"] == [] and profile["client"]["programs"] == []
    target = tmp_path / "out.csv"
    assert run(capsys, "export", "--format", "csv", "--out", str(target), "--data-dir", d)[0] == 0
    assert target.read_text().startswith("session_id,date,program,status,")
    code, _, err = run(capsys, "export", "--profile", "ghost", "--data-dir", d)
    assert code == 2 and "unknown profile 'ghost'" in err


def test_import_twice_adds_nothing_the_second_time(capsys, tmp_path):
    export = {
        "format": "hamsession-export",
        "version": 1,
        "exported_at": "2026-11-21T10:30:00+00:00",
        "profiles": [
            {
                "name": "Client A",
                "sessions": [
                    {
                        "id": "3f6c0000-0000-0000-0000-000000000001",
                        "program": {"id": "p1-foundations", "title": "Foundations"},
                        "started_at": "2026-11-21T10:00:00+00:00",
                        "ended_at": "2026-11-21T10:13:05+00:00",
                        "status": "completed",
                        "phases": [
                            {
                                "step": 1,
                                "exercise": "ninety-ninety-hip-lift",
                                "kind": "hold",
                                "set": 1,
                                "rep": 1,
                                "side": None,
                                "planned_s": 5.0,
                                "actual_s": 5.002,
                                "started_at": "2026-11-21T10:00:10+00:00",
                            }
                        ],
                        "symptoms": {
                            "pain_worst": 3,
                            "pain_now": 1,
                            "effort": 5,
                            "regions": ["low_back"],
                            "form_signs": ["breath_held"],
                            "notes": "ok",
                            "logged_at": "2026-11-21T10:14:00+00:00",
                        },
                    }
                ],
            }
        ],
    }
    f = tmp_path / "in.json"
    f.write_text(json.dumps(export))
    d = str(tmp_path / "data")
    code, out, _ = run(capsys, "import", str(f), "--data-dir", d)
    assert code == 0 and out.strip() == "imported 1 new session(s) of 1"
    code, out, _ = run(capsys, "import", str(f), "--data-dir", d)
    assert out.strip() == "imported 0 new session(s) of 1"
    code, out, _ = run(capsys, "export", "--profile", "Client A", "--data-dir", d)
    (session,) = json.loads(out)["profiles"][0]["sessions"]
    assert session["phases"][0]["actual_s"] == 5.002
    assert session["symptoms"]["pain_worst"] == 3 and session["symptoms"]["pain_now"] == 1


def test_a_bad_import_exits_2_and_writes_nothing(capsys, tmp_path):
    d = tmp_path / "data"
    assert run(capsys, "profiles", "list", "--data-dir", str(d))[0] == 0
    db = d / "hamsession.sqlite3"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    f = tmp_path / "in.json"
    f.write_text('{"format": "hamsession-export", "version": 1, "profiles": [{"name": "x"}]}')
    code, _, err = run(capsys, "import", str(f), "--data-dir", str(d))
    assert code == 2 and err.startswith(f"{f}: profiles[1].sessions: field required")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    code, _, err = run(capsys, "import", str(tmp_path / "missing.json"), "--data-dir", str(d))
    assert code == 2 and err.strip().endswith("missing.json: no such file")


def test_a_damaged_database_exits_2_with_one_line(capsys, tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    (d / "hamsession.sqlite3").write_bytes(b"not a database at all" * 100)
    code, out, err = run(capsys, "export", "--data-dir", str(d))
    assert code == 2 and out == ""
    assert (
        err.strip() == "hamsession: hamsession.sqlite3 is damaged and cannot be read "
        "(file is not a database)"
    )


def test_a_database_from_a_newer_version_exits_2_and_is_untouched(capsys, tmp_path):
    import sqlite3

    d = tmp_path / "data"
    assert run(capsys, "profiles", "list", "--data-dir", str(d))[0] == 0
    db = d / "hamsession.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, _, err = run(capsys, "export", "--data-dir", str(d))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "newer version of Hamsession" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
