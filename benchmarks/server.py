"""The history on a PostgreSQL server (127.0.0.1, a private one started for the run) side
by side with the SQLite file: importing and exporting years of daily sessions through
the command line, and the writes of a 10-minute session as it plays.

    python -m benchmarks.server [--years 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.history_import import _run, synthetic_export
from benchmarks.private_postgres import PrivateServer
from benchmarks.results import record
from hamsession.domain.history import PhaseEntry
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.journal import JOURNAL_NAME, Journal
from hamsession.storage.repositories import Repositories

SESSION_PROGRAM = "p2-integrated"  # about 17 minutes: its first ten are played


def _phases_of_ten_minutes() -> tuple:
    timeline = ProgramService(None).timeline(SESSION_PROGRAM)
    return timeline.program, [p for p in timeline.phases if p.offset_s < 600]


def session_writes(data: DataDir, journaled: bool) -> dict:
    """Time every write of a 10-minute session (start, each phase, end), as the window
    makes them: straight to the database, or into the laptop's journal."""
    db = open_database(data)
    journal = Journal(data.root / JOURNAL_NAME) if journaled else None
    history = HistoryService(Repositories.on(db, journal))
    profile = history.profile()
    repo = history.repos.recording
    program, phases = _phases_of_ten_minutes()
    began = datetime.now(UTC)
    times = []
    t = time.perf_counter()
    repo.start_session("bench", profile.id, program, began, 600.0)
    times.append(time.perf_counter() - t)
    for seq, p in enumerate(phases):
        entry = PhaseEntry(
            p.step, p.exercise.id, p.kind.value, p.set, p.rep, None, p.planned_s,
            p.planned_s, began + timedelta(seconds=p.offset_s),
        )  # fmt: skip
        t = time.perf_counter()
        repo.add_phase("bench", seq, entry)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    repo.finish_session("bench", "completed", began + timedelta(seconds=600), 0.0)
    times.append(time.perf_counter() - t)
    if journaled:
        end = time.monotonic() + 30
        while len(repo.journal) and time.monotonic() < end:
            time.sleep(0.01)
    stored = history.sessions(profile)[0]
    assert len(stored.phases) == len(phases), "every phase arrived"
    history.close()
    ms = sorted(x * 1000 for x in times)
    return {
        "writes": len(ms),
        "p50_ms": statistics.median(ms),
        "p99_ms": ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))],
        "max_ms": ms[-1],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=2)
    args = parser.parse_args()
    server = PrivateServer(durable=True)  # fsync on, as a clinic's server runs
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "export.json"
            body = synthetic_export(args.years)
            sessions = len(body["profiles"][0]["sessions"])
            path.write_text(json.dumps(body))
            del body
            row: dict = {"years": args.years, "sessions": sessions}
            for name, url in (("sqlite", None), ("postgresql", server.new_database())):
                where = ["--data-dir", str(Path(tmp) / name)]
                where += ["--database", url] if url else []
                row[f"{name}_import_s"], _ = _run(*where, "import", str(path))
                out = str(Path(tmp) / f"{name}.json")
                row[f"{name}_export_s"], _ = _run(*where, "export", "--out", out)
            for name, url, journaled in (
                ("sqlite", None, False),
                ("postgresql", server.new_database(), False),
                ("journal", server.new_database(), True),
            ):
                data = DataDir(Path(tmp) / f"writes-{name}", server=url)
                for key, value in session_writes(data, journaled).items():
                    row[f"{name}_{key}"] = value
    finally:
        server.close()
    print(
        f"server: {args.years} years ({sessions} sessions); import SQLite "
        f"{row['sqlite_import_s']:.1f} s, PostgreSQL {row['postgresql_import_s']:.1f} s; "
        f"export JSON SQLite {row['sqlite_export_s']:.1f} s, "
        f"PostgreSQL {row['postgresql_export_s']:.1f} s"
    )
    for name, what in (
        ("sqlite", "SQLite file"),
        ("postgresql", "PostgreSQL, straight"),
        ("journal", "PostgreSQL through the laptop's journal (what the window waits for)"),
    ):
        print(
            f"10-minute session, {row[name + '_writes']} writes, {what}: p50 "
            f"{row[name + '_p50_ms']:.2f} ms, p99 {row[name + '_p99_ms']:.2f} ms, "
            f"max {row[name + '_max_ms']:.2f} ms"
        )
    record("server", **row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
