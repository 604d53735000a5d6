"""The import reads sessions as it writes them: the file's phases are never all held at
once, a problem late in the file still leaves the history as it was, and the file's key
order does not matter."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from benchmarks.history_import import synthetic_export

from hamsession.domain.file_problems import FileProblems
from hamsession.services.export_file import export_json
from hamsession.services.history import HistoryService
from hamsession.services.import_file import BATCH, import_export, read_export
from hamsession.storage.database import open_database
from hamsession.storage.repositories import Repositories


@pytest.fixture
def history(tmp_path, place):
    service = HistoryService(Repositories.on(open_database(place(tmp_path / "data"))))
    yield service
    service.db.close()


def sessions_of(history: HistoryService) -> int:
    return sum(len(history.sessions(p)) for p in history.profiles())


def test_a_bad_phase_after_batches_were_written_leaves_nothing(history):
    body = synthetic_export(0, days=BATCH * 3)
    last = body["profiles"][0]["sessions"][-1]
    last["phases"][4]["kind"] = "jump"
    parsed = read_export(json.dumps(body).encode(), "late.json")  # the phases come later
    seen = []
    with pytest.raises(FileProblems) as err:
        import_export(history, parsed, progress=lambda done, total: seen.append(done))
    assert seen[:2] == [BATCH, 2 * BATCH]  # batches went in before the bad one was read
    assert f"profiles[1].sessions[{BATCH * 3}].phases[5].kind: input should be" in str(err.value)
    assert sessions_of(history) == 0
    assert [p.name for p in history.profiles()] in ([], ["default"])


def test_a_phase_time_no_session_had_is_named_with_its_place(history, place):
    body = synthetic_export(0, days=3)
    body["profiles"][0]["sessions"][1]["phases"][0]["started_at"] = "1850-01-01T00:00:00"
    with pytest.raises(FileProblems) as err:
        import_export(history, read_export(json.dumps(body).encode(), "old.json"))
    assert str(err.value) == (
        "old.json: profiles[1].sessions[2].phases[1].started_at: value error, "
        "a time outside the years 1970 to 2200"
    )
    assert sessions_of(history) == 0


def test_every_bad_session_is_listed_not_only_the_first(history):
    body = synthetic_export(0, days=5)
    for session in body["profiles"][0]["sessions"][1::2]:
        session["phases"][0]["planned_s"] = -1
    with pytest.raises(FileProblems) as err:
        import_export(history, read_export(json.dumps(body).encode(), "two.json"))
    assert [p.message.split(":")[0] for p in err.value.problems] == [
        "profiles[1].sessions[2].phases[1].planned_s",
        "profiles[1].sessions[4].phases[1].planned_s",
    ]


def test_a_key_given_twice_reads_as_json_reads_it_the_last_one(history, place):
    body = synthetic_export(0, days=2)
    other = synthetic_export(0, days=3, first_id=50)["profiles"][0]["sessions"]
    text = json.dumps(body)
    twice = text.replace('"sessions": ', f'"sessions": {json.dumps(other)}, "sessions": ', 1)
    assert import_export(history, read_export(twice.encode(), "twice.json")) == 2
    ids = {s.id for s in history.sessions(history.profile("default"))}
    assert ids == {s["id"] for s in body["profiles"][0]["sessions"]}


def test_key_order_does_not_matter(history):
    body = synthetic_export(0, days=4, name="Ana")
    profile = body["profiles"][0]
    reordered = {
        "profiles": [{"sessions": profile["sessions"], "name": "Ana"}],
        "version": 1,
        "format": body["format"],
    }
    for session in profile["sessions"]:
        session["phases"], session["id"] = session.pop("phases"), session.pop("id")
    added = import_export(history, read_export(json.dumps(reordered).encode(), "r.json"))
    assert added == 4
    out = export_json(history, [history.profile("Ana")])
    assert [s["id"] for s in out["profiles"][0]["sessions"]] == [
        s["id"] for s in profile["sessions"]
    ]


def test_several_profiles_keep_their_own_sessions(history):
    first = synthetic_export(0, days=BATCH + 3, name="Ana")
    second = synthetic_export(0, days=5, first_id=1000, name="Ben")
    first["profiles"] += second["profiles"]
    added = import_export(history, read_export(json.dumps(first).encode(), "two.json"))
    assert added == BATCH + 8
    assert len(history.sessions(history.profile("Ana"))) == BATCH + 3
    assert len(history.sessions(history.profile("Ben"))) == 5


def test_the_import_never_holds_every_phase(history):
    """A year of daily sessions (about 10 MB): the import's peak stays near the size of
    the file's text, where holding every phase as Python values took ten times that."""
    data = json.dumps(synthetic_export(1)).encode()
    tracemalloc.start()
    try:
        parsed = read_export(data, "year.json")
        added = import_export(history, parsed)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert added == 365
    assert peak < 3 * len(data), f"peak {peak / 1e6:.0f} MB for a {len(data) / 1e6:.0f} MB file"
