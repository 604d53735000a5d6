"""The reliability review's probes (tests/review_probes.py) all end in a clean refusal."""

from __future__ import annotations

import os

import pytest

from tests.review_probes import report, run_probes


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
def test_the_review_probes_find_nothing(tmp_path, capsys):
    outcomes, readable = run_probes(tmp_path)
    totals = report(outcomes, readable)
    shown = capsys.readouterr().out
    assert totals == {
        "tracebacks": 0,
        "exit 1 on bad input": 0,
        "data lost": 0,
        "readable by others": 0,
    }, shown
    assert not [o.probe for o in outcomes if o.failed], shown
    assert all(o.seconds < 30 for o in outcomes), shown
