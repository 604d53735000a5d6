"""The reliability review's bad inputs, by kind: each is refused with exit 2 and one line
naming the file, in bounded time and memory, with the data folder left as it was."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SESSION = {
    "id": "00000000-0000-0000-0000-000000000001",
    "program": {"id": "p1-foundations", "title": "Foundations"},
    "started_at": "2026-11-02T08:00:00+00:00",
    "ended_at": "2026-11-02T08:13:00+00:00",
    "status": "completed",
    "phases": [],
}


def _export(**profile) -> str:
    body = {"name": "Sam", "sessions": [SESSION], **profile}
    return json.dumps({"format": "hamsession-export", "version": 1, "profiles": [body]})


def _hamsession(*args: str, cwd: Path, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hamsession", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,  # a hang or a quadratic blow-up fails here
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "hamsession.lock" and "backups" not in p.parts
    }


def _refused(done: subprocess.CompletedProcess, shown: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines and all(line.startswith((shown, f"hamsession: {shown}")) for line in lines)
    assert "Traceback" not in done.stderr and "unexpected" not in done.stderr


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    done = _hamsession("--data-dir", str(folder), "profiles", "create", "Kept", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return folder


IMPORTS = {
    "nested-json": "[" * 100_000 + "]" * 100_000,
    "huge-number": _export(x=int("9" * 100)).replace("9" * 100, "9" * 5000),
    "year-10000": _export().replace("2026-11-02T08:00:00+00:00", "9999-12-31T23:59:59-05:00"),
    "year-1": _export().replace("2026-11-02T08:00:00+00:00", "0001-01-01T00:00:00+05:00"),
    "name-newline": _export(name="Sam\nroot"),
    "name-nul": _export(name="Sam\u0000"),
    "name-escape": _export(name="\u001b[31mSam"),
    "name-blank": _export(name="   "),
    "name-200": _export(name="S" * 200),
    "pelvic-object": _export(
        sessions=[{**SESSION, "symptoms": {"pelvic_floor": {"pressure": {"a": [1, 2]}}}}]
    ),
    "thresholds-profile": _export(client={"thresholds": {"profile": 1}}),
    "thresholds-unknown": _export(client={"thresholds": {"made_up": 2}}),
}


@pytest.mark.parametrize("kind", sorted(IMPORTS))
def test_a_bad_import_is_one_line_and_changes_nothing(tmp_path, data, kind):
    file = tmp_path / f"{kind}.json"
    file.write_text(IMPORTS[kind])
    before = _digest(data)
    _refused(_hamsession("--data-dir", str(data), "import", str(file), cwd=tmp_path), str(file))
    assert _digest(data) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_files_and_oversized_files_are_not_read(tmp_path, data):
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    large = tmp_path / "large.json"
    with open(large, "wb") as out:  # sparse: no disk used, yet 600 MB long
        out.truncate(600 * 1024 * 1024)
    before = _digest(data)
    for name in (str(pipe), "/dev/zero", str(large)):
        _refused(_hamsession("--data-dir", str(data), "import", name, cwd=tmp_path), name)
    assert _digest(data) == before


PROGRAMS = {
    "nested": 'format = 1\nid = "x"\ntitle = "x"\na = ' + "[" * 100_000 + "]" * 100_000 + "\n",
    "dotted": 'format = 1\nid = "x"\ntitle = "x"\n' + ".".join(["a"] * 20_000) + " = 1\n",
    "dotted-table": 'format = 1\nid = "x"\ntitle = "x"\n[' + ".".join(["a"] * 50_000) + "]\n",
    "huge-number": 'format = 1\nid = "x"\ntitle = "x"\nn = ' + "9" * 5000 + "\n",
    "two-megabytes": 'format = 1\nid = "x"\ntitle = "x"\n' + "# padding\n" * 210_000,
}


@pytest.mark.parametrize("kind", sorted(PROGRAMS))
def test_a_bad_program_file_is_one_problem_in_bounded_time(tmp_path, kind):
    file = tmp_path / f"{kind}.toml"
    file.write_text(PROGRAMS[kind])
    done = _hamsession("programs", "check", str(file), cwd=tmp_path, timeout=20)
    _refused(done, str(file))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_bad_files_in_programs_spoil_only_themselves(tmp_path, data):
    folder = data / "programs"
    folder.mkdir()
    os.mkfifo(folder / "pipe.toml")
    for kind in ("nested", "dotted"):
        (folder / f"{kind}.toml").write_text(PROGRAMS[kind])
    done = _hamsession("--data-dir", str(data), "programs", "list", cwd=tmp_path, timeout=20)
    assert done.returncode == 0 and "p1-foundations" in done.stdout
    warned = done.stderr.strip().splitlines()
    assert len(warned) == 3 and all(line.startswith("warning: programs/") for line in warned)
    assert "is not a regular file" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("kind", ["folder", "pipe", "dangling-link", "link-loop"])
def test_something_else_where_the_history_belongs_is_named_for_what_it_is(tmp_path, kind):
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "hamsession.sqlite3"
    if kind == "folder":
        target.mkdir()
        shown = "is a folder, not a history file"
    elif kind == "pipe":
        os.mkfifo(target)  # opening it would wait for a writer for ever
        shown = "is a named pipe, not a history file"
    elif kind == "dangling-link":
        target.symlink_to(tmp_path / "gone.sqlite3")
        shown = "is a link to nothing, not a history file"
    else:
        folder.rmdir()
        folder.symlink_to(folder)
        shown = "it is a link that leads round in a circle"
    done = _hamsession("--data-dir", str(folder), "profiles", "list", cwd=tmp_path, timeout=20)
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert shown in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "gone.sqlite3").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--profile", "Nobody"),
        ("report", "--profile", "Nobody", "--out", "-"),
        ("advice", "--profile", "Nobody"),
        ("profiles", "delete", "Nobody"),
    ],
)
def test_a_failing_command_leaves_no_history_in_a_fresh_folder(tmp_path, args):
    folder = tmp_path / "not" / "yet" / "data"
    done = _hamsession("--data-dir", str(folder), *args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_names_kept_from_before_reach_the_terminal_inert(tmp_path, data):
    import sqlite3

    with sqlite3.connect(data / "hamsession.sqlite3") as conn:
        conn.execute("UPDATE profiles SET name = ? WHERE name = 'Kept'", ("Kept\x1b[2J\x07",))
    conn.close()
    done = _hamsession("--data-dir", str(data), "profiles", "list", cwd=tmp_path)
    assert done.returncode == 0
    assert "Kept\\u001b[2J\\u0007" in done.stdout and "\x1b" not in done.stdout


@pytest.mark.parametrize("char", ["\\u001b", "\\u0007", "\\u009b", "\\u202e"])
def test_texts_that_would_act_on_the_terminal_are_refused(tmp_path, char):
    file = tmp_path / "own.toml"
    text = (HERE.parent / "resources/programs/d1-desk-break.toml").read_text()
    text = text.replace('id = "d1-desk-break"', 'id = "own"', 1)
    file.write_text(text.replace('title = "', f'title = "{char}', 1))
    done = _hamsession("programs", "check", str(file), cwd=tmp_path)
    _refused(done, str(file))
    assert f"title holds the control character U+{char[2:].upper()}" in done.stderr
