"""The trace file of contracts §7, written by a session run on a fake clock."""

from __future__ import annotations

import json

from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.services.trace import NO_TRACE, open_trace


def test_a_traced_session_records_phases_cues_and_its_end(tmp_path, clock):
    path = tmp_path / "trace.jsonl"
    trace = open_trace(path)
    run = SessionService(ProgramService(None), clock, trace).prepare("d1-desk-break")
    engine = run.engine
    engine.start()
    while (deadline := engine.next_deadline()) is not None:
        clock.set(deadline + 0.002)  # every boundary met 2 ms late
        engine.tick()
    trace.close()
    events = [json.loads(line) for line in path.read_text().splitlines()]
    phases = [e for e in events if e["event"] == "phase"]
    assert len(phases) == len(run.timeline.phases)
    first = phases[0]
    assert set(first) == {"event", "t", "kind", "step", "set", "rep", "side", "planned_s", "due"}
    assert first["kind"] == "get_ready" and first["step"] == 1 and first["due"] == first["t"]
    for e in phases[1:]:
        assert round((e["t"] - e["due"]) * 1000, 3) >= 2.0
    sides = {e["side"] for e in phases}
    assert sides == {None, "left", "right"}
    cues = [e["cue"] for e in events if e["event"] == "cue"]
    assert cues[0] == "get_ready" and cues[-1] == "session_end"
    assert events[-1]["event"] == "session_end" and events[-1]["status"] == "completed"


def test_no_trace_writes_nothing(tmp_path):
    assert open_trace(None) is NO_TRACE
    NO_TRACE.event("phase", kind="hold")
    assert list(tmp_path.iterdir()) == []
