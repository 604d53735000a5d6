"""Health data is private: what Hamsession writes is the user's alone, whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The command line in its own process, started with a umask that shares everything."""
    return subprocess.run(
        [sys.executable, "-m", "hamsession", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.umask(0o022),
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _shared(paths) -> list[str]:
    return [
        f"{p} {stat.filemode(p.lstat().st_mode)}"
        for p in paths
        if stat.S_IMODE(p.lstat().st_mode) & 0o077
    ]


def test_everything_written_is_for_its_owner_alone(tmp_path):
    data = tmp_path / "data"
    for args in (
        ("profiles", "create", "Sam"),
        ("export", "--profile", "Sam", "--out", str(tmp_path / "sam.json")),
        ("export", "--format", "csv", "--out", str(tmp_path / "sam.csv")),
        ("report", "--out", str(tmp_path / "sam.pdf")),
    ):
        done = _run("--data-dir", str(data), *args, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    written = [data, *data.rglob("*"), *(tmp_path / n for n in ("sam.json", "sam.csv", "sam.pdf"))]
    assert (data / "hamsession.sqlite3") in written
    assert _shared(written) == []


def test_a_folder_from_an_earlier_version_is_tightened(tmp_path):
    data = tmp_path / "data"
    assert _run("--data-dir", str(data), "profiles", "list", cwd=tmp_path).returncode == 0
    (data / "programs").mkdir()
    (data / "programs" / "mine.toml").write_text("# a person's own program\n")
    for path in [data, *data.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert _run("--data-dir", str(data), "profiles", "list", cwd=tmp_path).returncode == 0
    assert _shared([data, *data.rglob("*")]) == []
    assert stat.S_IMODE((data / "programs" / "mine.toml").stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root")
def test_another_local_user_can_read_nothing():
    """As the unprivileged user 'nobody' (uid 65534), every file is refused; a file left
    readable on purpose shows that the probe itself can read."""
    import shutil
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="hamsession-others-"))
    try:
        shared.chmod(0o755)  # others may reach this folder; the data folder must stop them
        data = shared / "data"
        done = _run("--data-dir", str(data), "profiles", "create", "Sam", cwd=shared)
        assert done.returncode == 0, done.stderr
        control = shared / "readable.txt"
        control.write_text("anyone\n")
        control.chmod(0o644)
        files = [p for p in data.rglob("*") if p.is_file()]
        assert data / "hamsession.sqlite3" in files

        def as_nobody() -> None:
            os.setgid(65534)
            os.setuid(65534)

        probe = 'for f; do head -c1 "$f" >/dev/null 2>&1 && echo "$f"; done'
        seen = subprocess.run(
            ["/bin/sh", "-c", probe, "-", str(control), *map(str, files)],
            capture_output=True,
            text=True,
            preexec_fn=as_nobody,
            timeout=60,
        )
        assert seen.stdout.split() == [str(control)]
    finally:
        shutil.rmtree(shared, ignore_errors=True)
