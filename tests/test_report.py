"""The clinician's PDF report from the command line (issue: history charts and report)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from benchmarks.history_import import synthetic_export

pytestmark = pytest.mark.slow


def hamsession(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "hamsession", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_report_writes_a_pdf_and_exits_cleanly(tmp_path):
    body = synthetic_export(1)
    body["profiles"][0]["sessions"] = body["profiles"][0]["sessions"][:30]
    body["profiles"][0]["sessions"][3]["symptoms"]["notes"] = "hamstring <tight> & sore"
    (tmp_path / "in.json").write_text(json.dumps(body))
    data = str(tmp_path / "data")
    assert hamsession("import", "in.json", "--data-dir", data, cwd=tmp_path).returncode == 0
    done = hamsession("report", "--out", "r.pdf", "--data-dir", data, cwd=tmp_path)
    assert done.returncode == 0, done.stderr  # no crash at exit
    assert done.stdout.strip() == "report written to r.pdf"
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000  # text and the chart image
    assert not list(tmp_path.glob(".r*"))  # no temporary file left beside it


def test_report_for_an_unknown_profile_or_unwritable_file_exits_2(tmp_path):
    data = str(tmp_path / "data")
    done = hamsession(
        "report", "--out", "r.pdf", "--profile", "ghost", "--data-dir", data, cwd=tmp_path
    )
    assert done.returncode == 2 and done.stderr.strip() == "hamsession: unknown profile 'ghost'"
    done = hamsession(
        "report", "--out", str(tmp_path / "no" / "r.pdf"), "--data-dir", data, cwd=tmp_path
    )
    assert done.returncode == 2 and "cannot write" in done.stderr
