"""Recording sessions as they happen, reading them back, export and import."""

from __future__ import annotations

import json

import pytest
from benchmarks.history_import import synthetic_export

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.history import SymptomEntry
from hamsession.services.errors import BadInput
from hamsession.services.export_file import export_csv, export_json
from hamsession.services.history import HistoryService
from hamsession.services.import_file import import_export, read_export
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.repositories import Repositories
from tests.helpers.stored_rows import every_row


@pytest.fixture
def history(tmp_path, place):
    service = HistoryService(Repositories.on(open_database(place(tmp_path / "data"))))
    yield service
    service.db.close()


def play(history, clock, program="d1-desk-break", until=None, profile=None):
    """Play a program on the fake clock with recording; stop at ``until`` seconds if given."""
    profile = profile or history.profile()
    sessions = SessionService(ProgramService(None), clock, history=history, profile=profile)
    run = sessions.prepare(program)
    run.engine.start()
    limit = run.engine.started_at + (until if until is not None else 10**9)
    while (deadline := run.engine.next_deadline()) is not None and deadline <= limit:
        clock.set(deadline)
        run.engine.tick()
    return run


def test_a_played_session_is_stored_with_every_phase(history, clock):
    run = play(history, clock)
    (entry,) = history.sessions(history.profile())
    assert entry.id == run.recorder.session_id
    assert entry.status == "completed"
    assert entry.program_id == "d1-desk-break"
    assert len(entry.phases) == len(run.timeline.phases)
    assert [p.kind for p in entry.phases] == [p.kind.value for p in run.timeline.phases]
    assert all(p.actual_s == pytest.approx(p.planned_s) for p in entry.phases)
    assert (entry.ended_at - entry.started_at).total_seconds() == pytest.approx(
        run.timeline.total_s, abs=1e-3
    )
    assert entry.started_at.tzinfo is not None
    assert entry.holds_done == 4 and entry.symptoms is None


def test_a_session_that_never_ended_reads_as_interrupted(history, clock):
    run = play(history, clock, until=40)  # the app "dies" 40 s in
    (entry,) = history.sessions(history.profile())
    assert entry.status == "interrupted"
    finished = [p for p in run.timeline.phases if p.end_s <= 40]
    assert len(entry.phases) == len(finished)
    assert history.repos.sessions.unfinished(history.profile().id) == [entry.id]
    assert history.unfinished(history.profile()) == []  # a desk break: no log asked for
    exported = export_json(history, [history.profile()])
    assert exported["profiles"][0]["sessions"][0]["status"] == "interrupted"


def test_ending_early_is_recorded_with_the_cut_phase(history, clock):
    run = play(history, clock, until=12)
    clock.advance(0.5)
    run.engine.end()
    (entry,) = history.sessions(history.profile())
    assert entry.status == "ended_early" and entry.ended_at is not None
    assert entry.phases[-1].completed is False


def test_symptoms_are_stored_with_unanswered_scales_as_null(history, clock):
    run = play(history, clock)
    history.save_symptoms(
        history.profile(),
        run.recorder.session_id,
        SymptomEntry(
            pain_worst=3,
            pain_now=None,
            effort=5,
            regions=("low_back",),
            form_signs=("breath_held",),
            notes="felt fine",
        ),
    )
    (entry,) = history.sessions(history.profile())
    assert (entry.symptoms.pain_worst, entry.symptoms.pain_now, entry.symptoms.effort) == (
        3,
        None,
        5,
    )
    assert entry.symptoms.regions == ("low_back",)
    assert entry.symptoms.logged_at is not None


def test_export_import_export_round_trip_and_idempotence(tmp_path, history, clock, place):
    first = play(history, clock)
    history.save_symptoms(
        history.profile(),
        first.recorder.session_id,
        SymptomEntry(pain_worst=2, effort=4, notes="ok"),
    )
    clock.advance(3600)
    play(history, clock, until=30)
    original = export_json(history, [history.profile()])
    data = json.dumps(original).encode()
    other = HistoryService(Repositories.on(open_database(place(tmp_path / "elsewhere"))))
    try:
        parsed = read_export(data, "export.json")
        assert import_export(other, parsed) == 2
        assert import_export(other, parsed) == 0  # importing twice adds nothing
        again = export_json(other, [other.profile("default")])
    finally:
        other.db.close()
    assert again["profiles"] == original["profiles"]


def test_sessions_another_profile_holds_are_named_not_skipped_silently(history, clock):
    play(history, clock)
    parsed = read_export(json.dumps(export_json(history, [history.profile()])).encode(), "x")
    notes: list[str] = []
    assert import_export(history, parsed, None, notes=notes) == 0
    assert notes == []  # already this profile's: nothing to say
    assert import_export(history, parsed, "Pat", notes=notes) == 0
    (note,) = notes
    assert note.startswith("1 session not imported: another profile already holds the same id")


def test_csv_has_one_row_per_session(history, clock):
    run = play(history, clock)
    history.save_symptoms(
        history.profile(), run.recorder.session_id, SymptomEntry(pain_worst=1, pain_now=0, effort=3)
    )
    lines = export_csv(history, history.profile()).splitlines()
    assert lines[0] == (
        "session_id,date,program,status,minutes,holds_completed,pain_worst,pain_now,effort"
    )
    assert len(lines) == 2 and lines[1].endswith(",completed,3.6,4,1,0,3")


def test_csv_rows_agree_with_the_sessions_phases(history, clock):
    """The CSV reads the summary columns; they agree with the phases they sum."""
    done = play(history, clock, "p1-foundations")
    history.save_symptoms(history.profile(), done.recorder.session_id, SymptomEntry(pain_now=2))
    clock.advance(3600)
    play(history, clock, "d1-desk-break", until=70)  # never ended: read as interrupted
    clock.advance(3600)
    parsed = read_export(json.dumps(synthetic_export(0, days=3, name="default")).encode(), "x")
    import_export(history, parsed)
    rows = [line.split(",") for line in export_csv(history, history.profile()).splitlines()[1:]]
    entries = sorted(history.sessions(history.profile()), key=lambda e: e.started_at)
    assert len(rows) == len(entries) == 5
    for row, e in zip(rows, sorted(rows, key=lambda r: r[1]), strict=True):
        assert row == e  # oldest first
    for row, e in zip(sorted(rows, key=lambda r: r[1]), entries, strict=True):
        symptoms = e.symptoms or SymptomEntry()
        scores = [symptoms.pain_worst, symptoms.pain_now, symptoms.effort]
        assert row[0] == e.id and row[2] == e.program_id and row[3] == e.status
        assert row[4:6] == [f"{e.minutes:.1f}", str(e.holds_done)]
        assert row[6:] == ["" if v is None else str(v) for v in scores]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a Hamsession export file"),
        (lambda d: d.update(version=2), "export version 2 is not one this Hamsession reads"),
        (
            lambda d: d["profiles"][0]["sessions"][0]["phases"][3].update(actual_s="long"),
            "profiles[1].sessions[1].phases[4].actual_s:",
        ),
        (
            lambda d: d["profiles"][0]["sessions"][0].update(status="lost"),
            "profiles[1].sessions[1].status:",
        ),
        (
            lambda d: d["profiles"][0]["sessions"][0]["symptoms"].update(pain_worst=11),
            "profiles[1].sessions[1].symptoms.pain_worst:",
        ),
    ],
)
def test_a_malformed_import_names_the_problem_and_writes_nothing(
    history, clock, tmp_path, mutate, message, place
):
    run = play(history, clock)
    history.save_symptoms(history.profile(), run.recorder.session_id, SymptomEntry(pain_worst=2))
    data = export_json(history, [history.profile()])
    mutate(data)
    other = HistoryService(Repositories.on(open_database(place(tmp_path / "elsewhere"))))
    try:
        with pytest.raises(FileProblems) as caught:
            import_export(other, read_export(json.dumps(data).encode(), "in.json"))
        assert str(caught.value).startswith("in.json: ")
        assert message in str(caught.value)
        assert other.repos.profiles.all() == []
    finally:
        other.db.close()


def test_bad_json_names_the_line(tmp_path):
    with pytest.raises(FileProblems, match=r"^in.json:3: not valid JSON"):
        read_export(b'{\n"format": "hamsession-export",\n"version": 1,,\n}', "in.json")


def test_deleting_a_profile_leaves_none_of_its_data_in_the_file(history, clock):
    history.profile()
    other = history.create_profile("Client B")
    run = play(history, clock, profile=other)
    secret = "my very private note 7f3a"
    history.save_symptoms(other, run.recorder.session_id, SymptomEntry(notes=secret))
    history.db.close()
    history.delete_profile("Client B")
    history.db.close()
    if history.db.sqlite:  # not even in the file's free pages
        path = history.db.path
        raw = b"".join(p.read_bytes() for p in path.parent.glob("hamsession.sqlite3*"))
    else:  # no row left that holds any of it
        raw = every_row(history.db).encode()
    assert secret.encode() not in raw
    assert b"Client B" not in raw
    assert b"Desk break" not in raw  # the program it played is gone too: only B used it
    assert [p.name for p in history.profiles()] == ["default"]


def test_a_failing_disk_is_reported_once_and_the_session_plays_on(history, clock, monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    calls = []

    def full(*_args, **_kwargs):
        calls.append(1)
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(history.repos.sessions, "add_phase", full)
    profile = history.profile()
    sessions = SessionService(ProgramService(None), clock, history=history, profile=profile)
    run = sessions.prepare("d1-desk-break")
    problems = []
    run.recorder.problem.connect(problems.append)
    run.engine.start()
    while (deadline := run.engine.next_deadline()) is not None:
        clock.set(deadline)
        run.engine.tick()
    assert run.engine.state.value == "finished"
    assert problems == ["The session can no longer be saved: database or disk is full"]
    assert len(calls) == 1  # no retry storm
    (entry,) = history.sessions(profile)
    assert entry.status == "interrupted"  # what was saved stays readable


def test_restoring_a_backup_keeps_the_damaged_file_under_a_new_name(tmp_path, clock):
    import hashlib

    from hamsession.services.recovery import restore_newest_backup
    from hamsession.storage.history_file import backup

    data = DataDir(tmp_path / "data")
    service = HistoryService(Repositories.on(open_database(data)))
    play(service, clock)
    service.db.close()
    backup(data.database, data.backups, "test")
    data.database.write_bytes(b"garbage" * 1000)
    damaged = hashlib.sha256(data.database.read_bytes()).hexdigest()
    kept = restore_newest_backup(data)
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == damaged
    again = HistoryService(Repositories.on(open_database(data)))
    try:
        assert len(again.sessions(again.profile())) == 1
    finally:
        again.db.close()


def test_restoring_skips_a_damaged_backup_for_the_newest_sound_one(tmp_path, clock):
    from hamsession.services.recovery import newest_sound_backup, restore_newest_backup
    from hamsession.storage.history_file import backup

    data = DataDir(tmp_path / "data")
    service = HistoryService(Repositories.on(open_database(data)))
    play(service, clock)
    service.db.close()
    sound = backup(data.database, data.backups, "older")
    damaged = backup(data.database, data.backups, "newer")
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert newest_sound_backup(data) == sound
    data.database.write_bytes(b"garbage" * 1000)
    assert restore_newest_backup(data) is not None
    assert not list(data.root.glob("*.restoring"))
    again = HistoryService(Repositories.on(open_database(data)))
    try:
        assert len(again.sessions(again.profile())) == 1
    finally:
        again.db.close()


def test_no_sound_backup_means_nothing_is_moved(tmp_path):
    from hamsession.services.recovery import restore_newest_backup

    data = DataDir(tmp_path / "data")
    data.backups.mkdir(parents=True)
    (data.backups / "hamsession-20260101T000000000000Z-x.sqlite3").write_bytes(b"junk" * 100)
    data.database.write_bytes(b"garbage")
    assert restore_newest_backup(data) is None
    assert data.database.read_bytes() == b"garbage"


def test_files_are_written_whole_or_not_at_all(tmp_path):
    import pytest

    from hamsession.storage.files import replacing, write_atomically

    target = tmp_path / "out" / "report.txt"
    write_atomically(target, "first")
    with pytest.raises(RuntimeError), replacing(target) as tmp:
        tmp.write_text("half of a second")
        raise RuntimeError("the writer failed part-way")
    assert target.read_text() == "first"  # the old file is untouched
    assert [p.name for p in target.parent.iterdir()] == ["report.txt"]  # nothing left over
    write_atomically(target, b"bytes too")
    assert target.read_bytes() == b"bytes too"


def test_the_symptom_fields_are_declared_once_and_every_copy_follows():
    from hamsession.domain.history import (
        SYMPTOM_FIELDS,
        SymptomEntry,
        symptom_entry,
        symptom_values,
    )
    from hamsession.services.export_schema import SymptomsIn
    from hamsession.storage.models import SymptomRow

    assert len(SYMPTOM_FIELDS) == 15
    assert set(SymptomsIn.model_fields) == {*SYMPTOM_FIELDS, "red_flags"}
    assert set(SYMPTOM_FIELDS) <= set(SymptomRow.__table__.columns.keys())
    entry = SymptomEntry(pain_worst=3, regions=("low_back",), pelvic_floor={"bulge": "somewhat"})
    assert symptom_entry(symptom_values(entry)) == entry


def _one_imported_session(history, symptoms: SymptomEntry | None = None):
    """The default profile with one short session "s1" of 2026-11-30, imported."""
    from datetime import UTC, datetime

    from hamsession.domain.history import PhaseEntry, SessionEntry

    start = datetime(2026, 11, 30, 8, tzinfo=UTC)
    entry = SessionEntry(
        id="s1",
        program_id="p1-foundations",
        program_title="Foundations",
        started_at=start,
        ended_at=start,
        status="completed",
        planned_s=60,
        phases=(PhaseEntry(1, "x", "hold", 1, 1, None, 5.0, 5.0, start),),
        symptoms=symptoms,
    )
    profile = history.profile()
    history.repos.imports.add_sessions(profile.id, [entry])
    return profile


def test_morning_stiffness_travels_with_the_export(history, tmp_path, place):
    from datetime import UTC, datetime

    start = datetime(2026, 11, 30, 8, tzinfo=UTC)
    profile = _one_imported_session(history, SymptomEntry(pain_worst=1, logged_at=start))
    history.save_morning(profile, "s1", "same", 1, "worse")
    body = export_json(history, [profile])
    assert body["profiles"][0]["sessions"][0]["symptoms"]["morning_stiffness"] == "worse"
    other = HistoryService(Repositories.on(open_database(place(tmp_path / "other"))))
    import_export(other, read_export(json.dumps(body).encode(), "x.json"))
    assert other.sessions(other.profile())[0].symptoms.morning_stiffness == "worse"
    other.db.close()
    with pytest.raises(BadInput, match="stiffness better, same or worse"):
        history.save_morning(profile, "s1", "same", 1, "stiff")


def test_pain_by_region_is_stored_exported_and_imported(history, tmp_path, place):
    profile = _one_imported_session(history)
    scored = SymptomEntry(
        pain_worst=4, regions=("low_back", "below_knee"), region_pain={"low_back": 4}
    )
    history.save_symptoms(profile, "s1", scored)
    assert history.sessions(profile)[0].symptoms.region_pain == {"low_back": 4}
    body = export_json(history, [profile])
    assert body["profiles"][0]["sessions"][0]["symptoms"]["region_pain"] == {"low_back": 4}
    other = HistoryService(Repositories.on(open_database(place(tmp_path / "other"))))
    import_export(other, read_export(json.dumps(body).encode(), "x.json"))
    assert other.sessions(other.profile())[0].symptoms.region_pain == {"low_back": 4}
    other.db.close()
    body["profiles"][0]["sessions"][0]["symptoms"]["region_pain"] = {"low_back": 11}
    with pytest.raises(FileProblems, match=r"region_pain.low_back: input should be less"):
        read_export(json.dumps(body).encode(), "x.json")
