"""The reliability review's probes, rerun in one go: bad inputs by kind, special files,
size limits, damaged pages, outputs, what another local user can read (as root, reading
as 'nobody') and a full disk (as root, on a 3 MB tmpfs). Run it as

    python -m tests.review_probes

and it prints one line per probe and the four totals that must stay at 0: tracebacks,
exit 1 on bad input, data lost, readable by others. tests/test_review_probes.py runs it.
A command-line import while the window records a session is probed in the window's own
process, by tests/services/test_busy_history.py and tests/ui/test_saving.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.small_disk import fill, small_tmpfs
from tests.test_bad_inputs import IMPORTS, PROGRAMS, SESSION, _export

#: Exit 2 with one line is what every bad input must give.
BAD = 2


@dataclass
class Outcome:
    probe: str
    code: int
    lines: int
    seconds: float
    traceback: bool
    lost: bool
    expected: int = BAD  # a full disk is not bad input: exit 1

    @property
    def failed(self) -> bool:
        return self.traceback or self.lost or self.code != self.expected or self.lines != 1


def _run(*args: str, env: dict | None = None, cwd: Path) -> tuple[int, str, float]:
    began = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "hamsession", *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=cwd,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        )
        code, err = done.returncode, done.stderr
    except subprocess.TimeoutExpired:
        code, err = -1, "timed out\n"
    return code, err, time.monotonic() - began


def _digest(folder: Path) -> str:
    """Every row of the history: what must never change when a bad input is refused."""
    conn = sqlite3.connect(f"file:{folder / 'hamsession.sqlite3'}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = [(t, conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()) for t in tables]
    finally:
        conn.close()
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()


def _readable_by_others(*roots: Path) -> list[str]:
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")] if root.exists() else []:
            info = path.lstat()
            if not stat.S_ISLNK(info.st_mode) and stat.S_IMODE(info.st_mode) & 0o077:
                found.append(str(path))
    return found


def _cases(work: Path, data: Path) -> list[tuple[str, list[str], dict]]:
    """(probe, arguments, environment) for every bad input."""
    cases: list[tuple[str, list[str], dict]] = []
    for kind, text in sorted(IMPORTS.items()):
        file = work / f"import-{kind}.json"
        file.write_text(text)
        cases.append((f"import {kind}", ["import", str(file)], {}))
    for kind, text in sorted(PROGRAMS.items()):
        file = work / f"program-{kind}.toml"
        file.write_text(text)
        cases.append((f"program {kind}", ["programs", "check", str(file)], {}))
    if hasattr(os, "mkfifo"):
        os.mkfifo(work / "pipe.json")
        cases.append(("import a named pipe", ["import", str(work / "pipe.json")], {}))
    cases.append(("import /dev/zero", ["import", "/dev/zero"], {}))
    (work / "a-folder.json").mkdir()
    cases.append(("import a folder", ["import", str(work / "a-folder.json")], {}))
    with open(work / "sparse.json", "wb") as out:
        out.truncate(600 * 1024 * 1024)
    cases.append(("import 600 MB", ["import", str(work / "sparse.json")], {}))
    (work / "loop.json").symlink_to(work / "loop.json")
    cases.append(("import a link loop", ["import", str(work / "loop.json")], {}))
    cases.append(("import a missing file", ["import", str(work / "missing.json")], {}))
    cases.append(("export --out ''", ["export", "--out", ""], {}))
    cases.append(("--trace ''", ["--trace", "", "programs", "list"], {}))
    cases.append(("unknown profile", ["export", "--profile", "Nobody"], {}))
    cases.append(("unknown program", ["--program", "no-such-program"], {}))
    cases.append(("empty HAMSESSION_DATA_DIR", ["profiles", "list"], {"HAMSESSION_DATA_DIR": ""}))
    for case in cases:
        if case[0] != "empty HAMSESSION_DATA_DIR":
            case[1][:0] = ["--data-dir", str(data)]
    return cases


def _damaged_pages(work: Path) -> Outcome:
    """Damage inside the file's pages: refused, and no good backup pushed out."""
    folder = work / "damaged"
    shutil.copytree(work / "data", folder)
    backups = {p.name: p.read_bytes() for p in (folder / "backups").glob("*.sqlite3")}
    for old in (folder / "backups").glob("*.sqlite3"):
        os.utime(old, (time.time() - 3 * 86_400,) * 2)
    raw = bytearray((folder / "hamsession.sqlite3").read_bytes())
    raw[len(raw) - 4096 : len(raw) - 4000] = b"\xff" * 96  # a page of rows, not the header
    (folder / "hamsession.sqlite3").write_bytes(bytes(raw))
    code, err, took = _run("--data-dir", str(folder), "export", cwd=work)
    kept = {p.name: p.read_bytes() for p in (folder / "backups").glob("*.sqlite3")}
    lost = any(kept.get(name) != body for name, body in backups.items())
    return Outcome("damaged pages", code, len(err.splitlines()), took, "Traceback" in err, lost)


def run_probes(work: Path) -> tuple[list[Outcome], list[str]]:
    data = work / "data"
    seed = work / "seed.json"
    seed.write_text(_export(name="Kept"))
    for args in (("profiles", "create", "Kept"), ("import", str(seed)), ("profiles", "list")):
        code, err, _ = _run("--data-dir", str(data), *args, cwd=work)
        assert code == 0, err
    before = _digest(data)
    cases = _cases(work, data)
    with ThreadPoolExecutor(max_workers=4) as pool:  # refused inputs write nothing: no races
        runs = list(pool.map(lambda case: _run(*case[1], env=case[2], cwd=work), cases))
    lost = _digest(data) != before
    outcomes = [
        Outcome(probe, code, len(err.splitlines()), took, "Traceback" in err, lost)
        for (probe, _, _), (code, err, took) in zip(cases, runs, strict=True)
    ]
    if (data / "backups").is_dir():
        outcomes.append(_damaged_pages(work))
    outputs = work / "outputs"
    outputs.mkdir(mode=0o755)
    for args in (
        ("export", "--out", str(outputs / "e.json")),
        ("report", "--out", str(outputs / "r.pdf")),
    ):
        _run("--data-dir", str(data), *args, cwd=work)
    readable = _readable_by_others(data, outputs / "e.json", outputs / "r.pdf")
    readable += _read_as_nobody(seed)
    outcomes += _full_disk(work)
    return outcomes, readable


def _read_as_nobody(seed: Path) -> list[str]:
    """As root: what the unprivileged user 'nobody' can actually read of a data folder,
    an export and a report made in a folder anyone may enter (a control file left
    readable on purpose shows that the probe itself works)."""
    if not hasattr(os, "getuid") or os.getuid() != 0:
        return []
    shared = Path(tempfile.mkdtemp(prefix="hamsession-others-"))
    try:
        shared.chmod(0o755)
        data = shared / "data"
        for args in (
            ("import", str(seed)),
            ("export", "--out", str(shared / "e.json")),
            ("report", "--out", str(shared / "r.pdf")),
        ):
            _run("--data-dir", str(data), *args, cwd=shared)
        control = shared / "readable.txt"
        control.write_text("anyone\n")
        control.chmod(0o644)
        files = [str(p) for p in shared.rglob("*") if p.is_file() and p != control]

        def as_nobody() -> None:
            os.setgid(65534)
            os.setuid(65534)

        probe = 'for f; do head -c1 "$f" >/dev/null 2>&1 && echo "$f"; done'
        seen = subprocess.run(
            ["/bin/sh", "-c", probe, "-", str(control), *files],
            capture_output=True,
            text=True,
            preexec_fn=as_nobody,
            timeout=60,
        ).stdout.split()
        if str(control) not in seen:  # /tmp itself closed to others: nothing to learn
            return []
        return [f"{path} (read as nobody)" for path in seen if path != str(control)]
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def _full_disk(work: Path) -> list[Outcome]:
    """As root where a tmpfs can be mounted: the data folder on a full 3 MB disk. Writes
    are one line and exit 1, and export still works."""
    place = work / "small"
    with small_tmpfs(place) as mounted:
        if not mounted:
            return []
        data = place / "data"
        seed = work / "seed.json"
        for args in (("import", str(seed)), ("export", "--out", str(work / "full-before.json"))):
            code, err, _ = _run("--data-dir", str(data), *args, cwd=work)
            assert code == 0, err
        fill(place)
        more = work / "full-more.json"
        more.write_text(_export(name="Kept").replace(SESSION["id"], SESSION["id"][:-2] + "ff"))
        outcomes = []
        for probe, args, expected in (
            ("disk full: a bad import", ("import", str(work / "import-name-blank.json")), BAD),
            ("disk full: a good import", ("import", str(more)), 1),
            ("disk full: create a profile", ("profiles", "create", "Alex"), 1),
            ("disk full: export", ("export", "--out", str(work / "full-after.json")), 0),
        ):
            code, err, took = _run("--data-dir", str(data), *args, cwd=work)
            lines = len(err.splitlines()) if expected else 1  # export: a warning at most
            outcomes.append(Outcome(probe, code, lines, took, "Traceback" in err, False, expected))
        # Nothing lost: what exports now is what exported before the disk filled.
        after = work / "full-after.json"
        kept = json.loads((work / "full-before.json").read_text())["profiles"]
        lost = not after.exists() or json.loads(after.read_text())["profiles"] != kept
        for outcome in outcomes:
            outcome.lost = lost
        return outcomes


def report(outcomes: list[Outcome], readable: list[str]) -> dict[str, int]:
    for o in outcomes:
        mark = "FAIL" if o.failed else "ok"
        print(f"{mark:4}  exit {o.code:>3}  {o.lines} line(s)  {o.seconds:5.2f} s  {o.probe}")
    totals = {
        "tracebacks": sum(o.traceback for o in outcomes),
        "exit 1 on bad input": sum(o.code == 1 and o.expected == BAD for o in outcomes),
        "data lost": sum(o.lost for o in outcomes),
        "readable by others": len(readable),
    }
    for path in readable:
        print(f"readable by others: {path}")
    print(", ".join(f"{name}: {count}" for name, count in totals.items()))
    print(f"{sum(o.failed for o in outcomes)} of {len(outcomes)} probes not refused cleanly")
    return totals


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        outcomes, readable = run_probes(Path(work))
        totals = report(outcomes, readable)
    return 1 if any(totals.values()) or any(o.failed for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
