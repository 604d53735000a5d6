"""Where --out and the data folder may point: links are followed, pipes and devices are
written through and never replaced, ``-`` is standard output, empty names are refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from hamsession.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as done:  # argparse refuses bad arguments this way
        code = done.code
    out, err = capsys.readouterr()
    return code, out, err


def test_out_through_a_link_writes_the_file_it_names_and_keeps_the_link(capsys, tmp_path):
    d = str(tmp_path / "data")
    real = tmp_path / "kept" / "history.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert run(capsys, "export", "--out", str(link), "--data-dir", d)[0] == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert json.loads(real.read_text())["format"] == "hamsession-export"
    assert list(real.parent.iterdir()) == [real]  # no temporary file left beside it


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_out_into_a_pipe_writes_through_and_leaves_the_pipe(capsys, tmp_path):
    d = str(tmp_path / "data")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    try:
        assert run(capsys, "export", "--format", "csv", "--out", str(pipe), "--data-dir", d)[0] == 0
    finally:
        reader.join(timeout=30)
    assert got and got[0].startswith(b"session_id,date,program,status,")
    assert pipe.is_fifo()


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="mknod needs root")
def test_out_into_a_device_is_written_not_replaced(capsys, tmp_path):
    """A null device of its own (never the system's /dev/null, which a regression would
    turn into a file)."""
    import stat

    d = str(tmp_path / "data")
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    assert run(capsys, "export", "--out", str(device), "--data-dir", d)[0] == 0
    assert stat.S_ISCHR(device.stat().st_mode)  # still the device


def test_a_dash_is_standard_output_for_the_report_too(tmp_path):
    d = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "hamsession", "report", "--out", "-", "--data-dir", d],
        capture_output=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF-") and b"standard output" in done.stderr
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "--out", ""),
        ("report", "--out", " "),
        ("import", ""),
        ("--data-dir", "", "profiles", "list"),
        ("--trace", "", "--view", "history"),
    ],
)
def test_empty_names_are_refused_with_exit_2(capsys, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *argv)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # nothing made in the current folder


def test_an_empty_data_folder_variable_is_refused(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HAMSESSION_DATA_DIR", "")
    code, _, err = run(capsys, "profiles", "list")
    assert code == 2 and err.strip() == (
        "hamsession: HAMSESSION_DATA_DIR is set but empty: name a folder or unset it"
    )


def test_out_naming_a_folder_or_a_missing_folder_is_one_line(capsys, tmp_path):
    d = str(tmp_path / "data")
    code, _, err = run(capsys, "export", "--out", str(tmp_path), "--data-dir", d)
    assert code == 2 and err.strip() == f"hamsession: {tmp_path}: is a folder, not a file"
    missing = tmp_path / "nowhere" / "x.json"
    code, _, err = run(capsys, "export", "--out", str(missing), "--data-dir", d)
    assert code == 2 and err.startswith(f"hamsession: {missing}: cannot write")


def test_a_trace_into_a_missing_folder_is_one_line(capsys, tmp_path):
    trace = tmp_path / "nowhere" / "t.jsonl"
    code, _, err = run(capsys, "--trace", str(trace), "--data-dir", str(tmp_path / "d"))
    assert code == 2 and err.strip().startswith(f"hamsession: {trace}: cannot write the trace")
