"""Figures a benchmark hands to ``benchmarks.table`` (one JSON line each)."""

from __future__ import annotations

import json
import os
from pathlib import Path

RESULTS_ENV = "HAMSESSION_BENCH_RESULTS"


def compile_as_installed() -> None:
    """Write the package's bytecode, as installing the wheel does, so the app starts as it
    does for the people who use it: from a checkout (or with PYTHONDONTWRITEBYTECODE
    set) Python would otherwise compile every module from source at each start."""
    import compileall

    import hamsession

    compileall.compile_dir(Path(hamsession.__file__).parent, quiet=1)


def record(name: str, **figures: object) -> None:
    """Append this benchmark's figures to the results file, when one is named."""
    path = os.environ.get(RESULTS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"bench": name, **figures}) + "\n")
