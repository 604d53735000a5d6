"""Export and import throughput with years of daily sessions (every phase recorded).

Builds an export file of N years of daily P1 sessions (each with all its phases and
a symptom log), then times reading and validating it, importing it into an empty
data folder, importing it again (nothing to add), and exporting it back.

    python benchmarks/history_import.py [--years 10]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.results import record
from hamsession.services.export_file import FORMAT, VERSION, export_json
from hamsession.services.history import HistoryService
from hamsession.services.import_file import import_export, read_export
from hamsession.services.programs import ProgramService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.repositories import Repositories


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

        began = time.perf_counter()
        parsed = read_export(path.read_bytes(), str(path))
        validated = time.perf_counter() - began
        data = DataDir(Path(tmp) / "data")
        history = HistoryService(Repositories.on(open_database(data)))
        ticks = []
        began = time.perf_counter()
        added = import_export(history, parsed, progress=lambda done, total: ticks.append(done))
        imported = time.perf_counter() - began
        began = time.perf_counter()
        again = import_export(history, parsed)
        reimported = time.perf_counter() - began
        began = time.perf_counter()
        exported = export_json(history, [history.profile()])
        exporting = time.perf_counter() - began
        history.db.close()
        db_mb = data.database.stat().st_size / 1e6
    assert added == sessions and again == 0
    assert len(exported["profiles"][0]["sessions"]) == sessions
    print(
        f"history import: {args.years} years, {sessions} sessions, {phases} phases, "
        f"file {size_mb:.0f} MB"
    )
    print(
        f"read and validate: {validated:.1f} s; import: {imported:.1f} s "
        f"({sessions / imported:.0f} sessions/s, {len(ticks)} progress updates); "
        f"total {validated + imported:.1f} s (goal under 60 s)"
    )
    print(f"import again (nothing new): {reimported:.1f} s; export: {exporting:.1f} s")
    print(f"database size: {db_mb:.0f} MB ({db_mb / args.years:.1f} MB per year of daily sessions)")
    record(
        "transfer",
        years=args.years,
        sessions=sessions,
        file_mb=size_mb,
        import_s=validated + imported,
        import_rate=sessions / (validated + imported),
        export_s=exporting,
        export_rate=sessions / exporting,
        db_mb_per_year=db_mb / args.years,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
