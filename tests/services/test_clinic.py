"""Clinic mode on a real SQLite file: PINs, clinician functions, isolation of profiles."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta

import pytest

from hamsession.app import build_advice
from hamsession.domain.file_problems import FileProblems
from hamsession.domain.history import SymptomEntry
from hamsession.domain.pins import FREE_TRIES, hash_pin, pin_matches, wait_after
from hamsession.services.charts import chart_data
from hamsession.services.clinic import ClinicianLocked, ClinicService
from hamsession.services.errors import BadInput
from hamsession.services.export_file import export_csv, export_json
from hamsession.services.history import HistoryService
from hamsession.services.import_file import import_export, read_export
from hamsession.services.programs import ProgramService
from hamsession.services.report import report_facts
from hamsession.services.session import SessionService
from hamsession.services.variants import VariantService
from hamsession.storage.database import open_database
from hamsession.storage.repositories import Repositories
from hamsession.storage.safety_repo import SafetyRepository

CLINICIAN_PIN = "90817263545"
CLIENT_PIN = "38271946"


class WallClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def data(tmp_path, place):
    return place(tmp_path / "data")


@pytest.fixture
def history(data):
    service = HistoryService(Repositories.on(open_database(data)))
    yield service
    service.db.close()


@pytest.fixture
def wall():
    return WallClock()


@pytest.fixture
def clinic(history, data, wall):
    return ClinicService(history, ProgramService(data), now=wall)


def play(history, clock, profile, program="d1-desk-break", programs=None, variants=None):
    sessions = SessionService(
        programs or ProgramService(None), clock, history=history, profile=profile, variants=variants
    )
    run = sessions.prepare(program)
    run.engine.start()
    while (deadline := run.engine.next_deadline()) is not None:
        clock.set(deadline)
        run.engine.tick()
    return run


def test_a_pin_hash_is_salted_and_checks_only_its_pin():
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first != second  # a fresh salt each time
    assert pin_matches("4821", first) and pin_matches("4821", second)
    assert not pin_matches("4822", first)
    assert not pin_matches("4821", "md5$abc") and not pin_matches("4821", "garbage")


def test_waits_grow_after_the_free_tries():
    waits = [wait_after(n) for n in range(1, 12)]
    assert waits[: FREE_TRIES - 1] == [0.0] * (FREE_TRIES - 1)
    assert all(b >= a for a, b in itertools.pairwise(waits))
    assert waits[FREE_TRIES] > waits[FREE_TRIES - 1] > 0
    assert max(waits) == 300.0


def test_without_a_clinician_pin_everything_is_open(clinic):
    assert not clinic.clinic_mode and clinic.unlocked
    assert [p.name for p in clinic.clients()] == []


def test_clinician_functions_refuse_without_the_pin(clinic, history):
    client = history.create_profile("Client A")
    clinic.set_clinician_pin(CLINICIAN_PIN)
    clinic.lock()
    guarded = [
        lambda: clinic.clients(),
        lambda: clinic.create_client("Client C"),
        lambda: clinic.rename_client(client, "Someone"),
        lambda: clinic.delete_client(client),
        lambda: clinic.assign(client, ["p1-foundations"]),
        lambda: clinic.set_idle_lock_min(10),
        lambda: clinic.set_thresholds(client, green_pain_max=3),
        lambda: clinic.set_weekly_target(client, 60),
        lambda: clinic.set_clinician_pin(None),
    ]
    for call in guarded:
        with pytest.raises(ClinicianLocked):
            call()
    assert [p.name for p in history.profiles()] == ["Client A"]
    assert not clinic.unlock("00000000").ok
    assert clinic.unlock(CLINICIAN_PIN).ok
    clinic.assign(client, ["p1-foundations"])
    assert clinic.assigned(client) == ["p1-foundations"]
    clinic.lock()
    with pytest.raises(ClinicianLocked):
        clinic.clients()


def test_wrong_pins_slow_down_and_the_wait_is_kept_across_restarts(clinic, history, data, wall):
    clinic.set_clinician_pin(CLINICIAN_PIN)
    clinic.lock()
    for _ in range(FREE_TRIES - 1):
        assert clinic.unlock("11112222").wait_s == 0
    third = clinic.unlock("11112222")
    assert not third.ok and third.wait_s == wait_after(FREE_TRIES) > 0
    # Even the right PIN is refused until the wait is over, and says how long is left.
    early = clinic.unlock(CLINICIAN_PIN)
    assert not early.ok and "wait" in early.message
    again = ClinicService(history, ProgramService(data), now=wall)  # a restart forgets nothing
    assert not again.unlock(CLINICIAN_PIN).ok
    wall.advance(third.wait_s + 0.1)
    fourth = clinic.unlock("11112222")
    assert fourth.wait_s == wait_after(FREE_TRIES + 1) > third.wait_s
    wall.advance(fourth.wait_s + 0.1)
    assert clinic.unlock(CLINICIAN_PIN).ok
    assert clinic.repo.failures("clinician") == (0, None)


def test_profile_pins_check_and_can_be_removed(clinic, history):
    client = clinic.set_profile_pin(history.create_profile("Client A"), CLIENT_PIN)
    assert client.has_pin
    assert clinic.check_profile(client, CLIENT_PIN).ok
    assert not clinic.check_profile(client, CLINICIAN_PIN).ok
    with pytest.raises(BadInput, match="4 to 12 digits"):
        clinic.set_profile_pin(client, "12a4")
    with pytest.raises(BadInput, match="repeated"):
        clinic.set_profile_pin(client, "1111")
    assert not clinic.set_profile_pin(client, None).has_pin


def test_the_database_never_holds_a_pin_in_clear(clinic, history, data):
    client = history.create_profile("Client A")
    clinic.set_clinician_pin(CLINICIAN_PIN)
    clinic.set_profile_pin(client, CLIENT_PIN)
    clinic.lock()
    clinic.unlock("55556666")
    history.db.close()
    raw = b"".join(p.read_bytes() for p in data.root.rglob("*") if p.is_file())
    if not history.db.sqlite:  # every row on the server as well as the laptop's files
        from tests.helpers.stored_rows import every_row

        raw += every_row(history.db).encode()
    for pin in (CLINICIAN_PIN, CLIENT_PIN):
        assert pin.encode() not in raw
        assert pin.encode("utf-16-le") not in raw
    assert b"scrypt$65536$8$1$" in raw


def _old_hash(pin: str) -> str:
    """A hash as an earlier version made them (N = 2^14)."""
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${salt.hex()}${digest.hex()}"


def test_a_pin_hash_costs_a_quarter_second_and_old_ones_are_upgraded(clinic, history):
    """Hashes made at the old cost still open, and are made again at today's cost on the
    next right PIN (never on a wrong one)."""
    assert hash_pin(CLIENT_PIN).startswith("scrypt$65536$8$1$")
    client = history.create_profile("Client A")
    history.repos.profiles.update(client.id, pin_hash=_old_hash(CLIENT_PIN))
    clinic.repo.set_setting("clinician_pin", _old_hash(CLINICIAN_PIN))
    assert not clinic.check_profile(client, "97531864").ok
    assert history.repos.profiles.pin_hash(client.id).startswith("scrypt$16384$")
    assert clinic.check_profile(client, CLIENT_PIN).ok
    upgraded = history.repos.profiles.pin_hash(client.id)
    assert upgraded.startswith("scrypt$65536$8$1$") and pin_matches(CLIENT_PIN, upgraded)
    clinic.lock()
    assert clinic.unlock(CLINICIAN_PIN).ok
    assert clinic.repo.setting("clinician_pin").startswith("scrypt$65536$8$1$")


def _fill(history, clock, profile, note, pain):
    run = play(history, clock, profile)
    history.log_symptoms(
        profile,
        run.recorder.session_id,
        SymptomEntry(pain_worst=pain, notes=note),
        ["saddle_bladder_bowel"],
    )
    clock.advance(86_400)
    return run.recorder.session_id


def test_two_profiles_never_see_each_others_rows(clinic, history, data, clock, place):
    a = history.create_profile("Client A")
    b = history.create_profile("Client B")
    programs = ProgramService(data)
    variants = VariantService(programs, history)
    a_ids = [_fill(history, clock, a, "alpha note", 1) for _ in range(2)]
    b_ids = [_fill(history, clock, b, "bravo note", 6) for _ in range(3)]
    variants.accept(b, "d1-desk-break", "progress")
    clinic.assign(b, ["p2-integrated"])

    assert [s.id for s in history.sessions(a)] == a_ids
    assert all(history.session(a, i) is None for i in b_ids)
    assert history.program_ids(a) == ["d1-desk-break"]
    assert variants.programs(a) == [] and clinic.assigned(a) == []
    safety = SafetyRepository(history.db)
    assert [e.flag for e in safety.entries(a.id)] == ["saddle_bladder_bowel"] * 2
    data_a = chart_data(history, a, "All", None)
    assert sorted(data_a.ids) == sorted(a_ids)
    assert all(v <= 1 for v in data_a.pain_worst)
    facts = report_facts(history, a, build_advice(history, programs), "All")
    assert facts.sessions == 2
    exported = json.dumps(export_json(history, [a], programs))
    assert "bravo" not in exported and not any(i in exported for i in b_ids)
    assert "p2-integrated" not in exported and "-v1" not in exported
    csv_text = export_csv(history, a)
    assert not any(i in csv_text for i in b_ids)
    # Writing through one profile into the other's session is refused.
    with pytest.raises(BadInput):
        history.save_symptoms(a, b_ids[0], SymptomEntry(notes="overwrite"))
    with pytest.raises(BadInput):
        history.save_morning(a, b_ids[-1], "same", 0)
    events_b = [e.id for e in safety.entries(b.id, open_only=True)]
    assert len(events_b) == 3
    assert safety.check(a.id, events_b) == 0  # one profile cannot check another's flags
    assert [e.id for e in safety.entries(b.id, open_only=True)] == events_b


def _client_document(clinic, history, data, clock) -> str:
    """An export of one client with a session, an own program, settings and a variant."""
    programs = ProgramService(data)
    client = history.create_profile("Client A")
    program = programs.program("d1-desk-break")
    from dataclasses import replace

    own = replace(program, id="clinic-desk", title="Clinic desk routine")
    programs.save_program(own)
    clinic.assign(client, ["clinic-desk", "p1-foundations"])
    history.set_weekly_target(client, 90)
    history.set_thresholds(client, {"green_pain_max": 3})
    _fill(history, clock, client, "first", 2)
    VariantService(programs, history).accept(client, "clinic-desk", "progress")
    return json.dumps(export_json(history, [history.profile("Client A")], programs))


def test_a_client_moves_home_with_programs_history_and_settings(
    clinic, history, data, clock, tmp_path, place
):
    document = _client_document(clinic, history, data, clock)
    home = place(tmp_path / "home")
    at_home = HistoryService(Repositories.on(open_database(home)))
    try:
        home_programs = ProgramService(home)
        parsed = read_export(document.encode(), "client.json")
        notes: list[str] = []
        assert import_export(at_home, parsed, None, None, home_programs, notes) == 1
        assert notes == []
        moved = at_home.profile("Client A")
        assert moved.weekly_target_min == 90
        assert at_home.thresholds(moved).green_pain_max == 3
        assert "clinic-desk" in home_programs.library.programs
        assert ClinicService(at_home, home_programs).assigned(moved) == [
            "clinic-desk",
            "p1-foundations",
        ]
        assert [p.id for p in VariantService(home_programs, at_home).programs(moved)] == [
            "clinic-desk-v1"
        ]
        # Importing again adds nothing (sessions merged by id, programs already there).
        assert import_export(at_home, parsed, None, None, home_programs, notes) == 0
        assert notes == [] and len(at_home.sessions(moved)) == 1
    finally:
        at_home.db.close()


def test_the_idle_lock_is_kept_in_range(clinic):
    assert clinic.idle_lock_min == 5
    clinic.set_idle_lock_min(15)
    assert clinic.idle_lock_min == 15
    with pytest.raises(BadInput):
        clinic.set_idle_lock_min(0)


def test_a_client_sees_assigned_programs_first_then_the_built_ins(clinic, history, data, place):
    programs = ProgramService(data)
    client = history.create_profile("Client A")
    own = programs.program("d1-desk-break")
    from dataclasses import replace

    programs.save_program(replace(own, id="someone-elses", title="Another client's program"))
    rows = programs.summaries()
    assert [r.id for r in clinic.visible(client, rows)] == [r.id for r in rows]  # at home: all
    clinic.set_clinician_pin(CLINICIAN_PIN)
    clinic.assign(client, ["p4-strength-first-back"])
    seen = [r.id for r in clinic.visible(client, rows)]
    assert seen[0] == "p4-strength-first-back" and "someone-elses" not in seen
    assert set(seen) == {r.id for r in rows if r.builtin}


def test_the_safety_questions_are_due_first_then_weekly(history):
    from datetime import date, timedelta

    from hamsession.services.safety import SafetyService

    profile = history.profile()
    today = date(2026, 12, 1)
    assert SafetyService.screening_due(profile, today)  # never answered
    profile = history.screened(profile, today)
    assert not SafetyService.screening_due(profile, today + timedelta(days=6))
    assert SafetyService.screening_due(profile, today + timedelta(days=7))
    broken = history.repos.profiles.update(profile.id, last_screening="not a date")
    assert SafetyService.screening_due(broken, today)


@pytest.mark.parametrize("thresholds", [{"profile": 1}, {"green_pain_max": 3, "made_up": 2}])
def test_a_client_part_with_unknown_thresholds_is_refused_before_anything(
    clinic, history, data, clock, thresholds
):
    document = json.loads(_client_document(clinic, history, data, clock))
    document["profiles"][0]["client"]["thresholds"] = thresholds
    with pytest.raises(FileProblems, match="unknown threshold"):
        read_export(json.dumps(document).encode(), "client.json")


def test_an_import_failing_in_its_client_part_adds_nothing(
    clinic, history, data, clock, tmp_path, monkeypatch, place
):
    """The sessions, the profile, its settings and the program files are one transaction."""
    document = _client_document(clinic, history, data, clock)
    home = place(tmp_path / "home")
    at_home = HistoryService(Repositories.on(open_database(home)))
    try:
        home_programs = ProgramService(home)
        parsed = read_export(document.encode(), "client.json")

        def broken(*_args):
            raise RuntimeError("the disk went away")

        monkeypatch.setattr(at_home.repos.clinic, "assign", broken)
        with pytest.raises(RuntimeError):
            import_export(at_home, parsed, None, None, home_programs, [])
        assert "Client A" not in [p.name for p in at_home.profiles()]
        assert sum(len(at_home.sessions(p)) for p in at_home.profiles()) == 0
        assert "clinic-desk" not in ProgramService(home).library.programs
        assert list(home.programs.glob("*.toml")) == []
        monkeypatch.undo()
        assert import_export(at_home, parsed, None, None, home_programs, []) == 1
        assert "clinic-desk" in ProgramService(home).library.programs
    finally:
        at_home.db.close()
