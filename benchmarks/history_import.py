"""Export and import throughput with years of daily sessions (every phase recorded).

Builds an export file of N years of daily P1 sessions (each with all its phases and
a symptom log), then times the command line importing it into an empty data folder,
importing it again (nothing to add), and exporting it back as JSON and CSV, each in
its own process (time and peak memory), beside the floor plain Python reaches for
the same work: json and sqlite3 with nothing else.

    python benchmarks/history_import.py [--years 10]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.results import record
from hamsession.services.export_file import FORMAT, VERSION
from hamsession.services.programs import ProgramService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir


def synthetic_export(
    years: int,
    program_id: str = "p1-foundations",
    days: int | None = None,
    first_id: int = 1,
    name: str = "default",
    morning: bool = False,
) -> dict:
    """Daily sessions for ``years`` (or ``days``), with ids counting from ``first_id``."""
    timeline = ProgramService(None).timeline(program_id)
    start = datetime(2016, 1, 1, 7, 30, tzinfo=UTC)
    sessions = []
    for day in range(365 * years if days is None else days):
        began = start + timedelta(days=day)
        phases = [
            {
                "step": p.step,
                "exercise": p.exercise.id,
                "kind": p.kind.value,
                "set": p.set,
                "rep": p.rep,
                "side": p.side.value if p.side else None,
                "planned_s": p.planned_s,
                "actual_s": p.planned_s + 0.001,
                "started_at": (began + timedelta(seconds=p.offset_s)).isoformat(),
            }
            for p in timeline.phases
        ]
        sessions.append(
            {
                "id": str(uuid.UUID(int=day + first_id)),
                "program": {"id": program_id, "title": timeline.program.title},
                "started_at": began.isoformat(),
                "ended_at": (began + timedelta(seconds=timeline.total_s)).isoformat(),
                "status": "completed",
                "planned_s": timeline.total_s,
                "paused_s": 0.0,
                "phases": phases,
                "symptoms": {
                    "pain_worst": day % 6,
                    "pain_now": day % 3,
                    "effort": 3 + day % 5,
                    "regions": ["low_back"] if day % 4 == 0 else [],
                    "form_signs": [],
                    "notes": "",
                    "logged_at": (began + timedelta(minutes=20)).isoformat(),
                    **(
                        {
                            "morning": "same",
                            "morning_pain": day % 3,
                            "morning_at": (began + timedelta(hours=24)).isoformat(),
                        }
                        if morning
                        else {}
                    ),
                },
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "profiles": [{"name": name, "sessions": sessions}],
    }


def _high_water_mb(pid: int) -> float | None:
    """The process's peak resident memory so far (its own, since it started the program:
    the kernel's ru_maxrss would also count the benchmark it was forked from)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _run(*args: str) -> tuple[float, float]:
    """Run the installed command line; its wall time (s) and peak memory (MB)."""
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "hamsession", *args], stdout=subprocess.DEVNULL)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _high_water_mb(proc.pid) or 0.0)
        time.sleep(0.02)
    took = time.perf_counter() - began
    if proc.returncode != 0:
        raise SystemExit(f"hamsession {' '.join(args)} exited with {proc.returncode}")
    return took, peak


def import_floor(path: Path, database: Path) -> float:
    """Python's own floor for an import: json.load, a type check of every value, and
    sqlite3's executemany of the same rows into the same schema, in one transaction."""
    began = time.perf_counter()
    body = json.loads(path.read_bytes())
    connection = sqlite3.connect(database)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
        connection.execute(f"PRAGMA {pragma}")
    sessions, phases = [], []
    text, number = str, (int, float)
    for session in body["profiles"][0]["sessions"]:
        assert isinstance(session["id"], text) and isinstance(session["started_at"], text)
        sessions.append(
            (session["id"], 1, 1, session["started_at"], session["ended_at"], session["status"],
             session["planned_s"], session["paused_s"], len(session["phases"]), 0, 0.0, 0.0)
        )  # fmt: skip
        for seq, p in enumerate(session["phases"]):
            assert isinstance(p["step"], int) and isinstance(p["exercise"], text)
            assert isinstance(p["planned_s"], number) and isinstance(p["actual_s"], number)
            assert isinstance(p["kind"], text) and isinstance(p["started_at"], text)
            phases.append(
                (session["id"], seq, p["step"], p["exercise"], p["kind"], p["set"], p["rep"],
                 p["side"], p["planned_s"], p["actual_s"], p["started_at"], True)
            )  # fmt: skip
    with connection:
        connection.execute(
            "INSERT INTO profiles (id, name, created_at, pelvic_floor_items, flags) "
            "VALUES (1, 'floor', '2026-01-01 00:00:00.000000', 0, '[]')"
        )
        connection.execute(
            "INSERT INTO program_snapshots (id, program_id, title, digest, body) "
            "VALUES (1, 'p', 't', 'd', '{}')"
        )
        connection.executemany(f"INSERT INTO sessions VALUES ({', '.join('?' * 12)})", sessions)
        connection.executemany(
            'INSERT INTO phases (session_id, seq, step, exercise, kind, "set", rep, side, '
            f"planned_s, actual_s, started_at, completed) VALUES ({', '.join('?' * 12)})",
            phases,
        )
    connection.close()
    return time.perf_counter() - began


def export_floor(database: Path, out: Path) -> float:
    """Python's own floor for an export: sqlite3 reads the sessions and phases back, and
    json.dumps writes them compact."""
    began = time.perf_counter()
    connection = sqlite3.connect(database)
    phases: dict[str, list] = {}
    for r in connection.execute(
        'SELECT session_id, step, exercise, kind, "set", rep, side, planned_s, actual_s, '
        "started_at, completed FROM phases ORDER BY session_id, seq"
    ):
        phases.setdefault(r[0], []).append(
            dict(zip(PHASE_KEYS, (*r[1:10], bool(r[10])), strict=True))
        )
    sessions = [
        {"id": r[0], "started_at": r[1], "ended_at": r[2], "status": r[3],
         "planned_s": r[4], "paused_s": r[5], "phases": phases.get(r[0], [])}
        for r in connection.execute(
            "SELECT id, started_at, ended_at, status, planned_s, paused_s FROM sessions "
            "ORDER BY started_at"
        )
    ]  # fmt: skip
    out.write_text(json.dumps({"profiles": [{"sessions": sessions}]}, separators=(",", ":")))
    connection.close()
    return time.perf_counter() - began


def csv_floor(database: Path) -> float:
    """Reading the summary columns the CSV export prints, with sqlite3."""
    began = time.perf_counter()
    connection = sqlite3.connect(database)
    connection.execute(
        "SELECT s.id, s.started_at, s.status, s.active_s, s.holds_done, y.pain_worst, "
        "y.pain_now, y.effort FROM sessions s LEFT JOIN symptom_logs y ON y.session_id = s.id "
        "ORDER BY s.started_at"
    ).fetchall()
    connection.close()
    return time.perf_counter() - began


PHASE_KEYS = ("step", "exercise", "kind", "set", "rep", "side", "planned_s", "actual_s",
              "started_at", "completed")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.json"
        body = synthetic_export(args.years)
        sessions = len(body["profiles"][0]["sessions"])
        phases = sum(len(s["phases"]) for s in body["profiles"][0]["sessions"])
        path.write_text(json.dumps(body))
        del body
        size_mb = path.stat().st_size / 1e6
        floor_data = DataDir(Path(tmp) / "floor")
        open_database(floor_data).close()  # the same schema, empty
        floor_in = import_floor(path, floor_data.database)
        folder = str(Path(tmp) / "data")
        imported, import_mb = _run("--data-dir", folder, "import", str(path))
        reimported, _ = _run("--data-dir", folder, "import", str(path))
        out = Path(tmp) / "out.json"
        exported, export_mb = _run("--data-dir", folder, "export", "--out", str(out))
        floor_out = export_floor(DataDir(Path(folder)).database, Path(tmp) / "floor.json")
        csv_s, _ = _run("--data-dir", folder, "export", "--format", "csv", "--out", "-")
        floor_csv = csv_floor(DataDir(Path(folder)).database)
        assert len(json.loads(out.read_bytes())["profiles"][0]["sessions"]) == sessions
        db_mb = DataDir(Path(folder)).database.stat().st_size / 1e6
    print(
        f"history import: {args.years} years, {sessions} sessions, {phases} phases, "
        f"file {size_mb:.0f} MB (each command run as a person would, in its own process)"
    )
    print(
        f"import: {imported:.1f} s, peak {import_mb:.0f} MB; floor (json.load, type checks, "
        f"sqlite3 executemany) {floor_in:.1f} s: {imported / floor_in:.1f}x (goal <= 3x, "
        f"< 300 MB); again with nothing new: {reimported:.1f} s"
    )
    print(
        f"export JSON: {exported:.1f} s, peak {export_mb:.0f} MB; floor (sqlite3, json.dumps) "
        f"{floor_out:.1f} s: {exported / floor_out:.1f}x (goal <= 3x)"
    )
    print(
        f"export CSV: {csv_s:.2f} s (goal <= 1 s); reading the summary columns alone "
        f"{floor_csv:.2f} s"
    )
    print(f"database size: {db_mb:.0f} MB ({db_mb / args.years:.1f} MB per year of daily sessions)")
    record(
        "transfer",
        years=args.years,
        sessions=sessions,
        phases=phases,
        file_mb=size_mb,
        import_s=imported,
        import_peak_mb=import_mb,
        import_floor_s=floor_in,
        reimport_s=reimported,
        export_s=exported,
        export_peak_mb=export_mb,
        export_floor_s=floor_out,
        csv_s=csv_s,
        csv_floor_s=floor_csv,
        db_mb_per_year=db_mb / args.years,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
