"""Figures a benchmark hands to ``benchmarks.table`` (one JSON line each)."""

from __future__ import annotations

import json
import os

RESULTS_ENV = "HAMSESSION_BENCH_RESULTS"


def record(name: str, **figures: object) -> None:
    """Append this benchmark's figures to the results file, when one is named."""
    path = os.environ.get(RESULTS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"bench": name, **figures}) + "\n")
