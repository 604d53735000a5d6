"""Fuzzing every input the app reads besides program files (tests/domain/test_program_fuzz.py):
import files, the settings file and typed form values. Each ends in success or a clear
one-line error; a failed import leaves the database exactly as it was."""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.pins import pin_problem
from hamsession.domain.symptoms import parse_score
from hamsession.services.clinic import ClinicService
from hamsession.services.errors import BadInput
from hamsession.services.history import HistoryService
from hamsession.services.import_file import import_export, read_export
from hamsession.services.programs import ProgramService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.import_repo import ImportWriter
from hamsession.storage.repositories import Repositories
from hamsession.storage.settings_file import LIMITS, Settings, load_settings

module_fixtures = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message


def valid_export() -> dict:
    phase = {
        "step": 1,
        "exercise": "ninety-ninety-hip-lift",
        "kind": "hold",
        "set": 1,
        "rep": 1,
        "side": None,
        "planned_s": 5.0,
        "actual_s": 5.01,
        "started_at": "2026-03-01T08:00:05+00:00",
        "completed": True,
    }
    session = {
        "id": "00000000-0000-4000-8000-000000000001",
        "program": {"id": "p1-foundations", "title": "Foundations"},
        "started_at": "2026-03-01T08:00:00+00:00",
        "ended_at": "2026-03-01T08:10:00+00:00",
        "status": "completed",
        "planned_s": 600.0,
        "paused_s": 0.0,
        "phases": [phase, {**phase, "rep": 2, "started_at": "2026-03-01T08:00:13+00:00"}],
        "symptoms": {"pain_worst": 2, "pain_now": 1, "effort": 5, "notes": "fine"},
    }
    second = {**session, "id": "00000000-0000-4000-8000-000000000002"}
    return {
        "format": "hamsession-export",
        "version": 1,
        "profiles": [{"name": "Fuzz", "sessions": [session, second]}],
    }


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    service = HistoryService(
        Repositories.on(open_database(DataDir(tmp_path_factory.mktemp("fuzz") / "data")))
    )
    yield service
    service.db.close()


def fingerprint(history: HistoryService) -> list:
    """Every row of every table, read straight from the file."""
    conn = sqlite3.connect(history.db.path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"')))) for t in tables]
    finally:
        conn.close()


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**80), max_value=2**80),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=30),
        st.sampled_from(
            [
                "",
                "hold",
                "left",
                "completed",
                "2026-13-01T00:00:00",
                "9999-12-31T23:59:59+14:00",
                "0001-01-01T00:00:00-12:00",
                "1e400",
                "NaN",
            ]
        ),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=5,
)


def paths(body, prefix=()):
    """Every place in a JSON body where a value sits."""
    yield prefix
    if isinstance(body, dict):
        for key, value in body.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(body, list):
        for i, value in enumerate(body):
            yield from paths(value, (*prefix, i))


ALL_PATHS = [p for p in paths(valid_export()) if p]


def replaced(body, path, value):
    body = copy.deepcopy(body)
    target = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return body


def try_import(history: HistoryService, data: bytes) -> None:
    before = fingerprint(history)
    try:
        parsed = read_export(data, "fuzz.json")
        import_export(history, parsed, programs=ProgramService(None), notes=[])
    except FileProblems as err:
        assert err.problems
        for problem in err.problems:
            one_line(problem.message)
        assert fingerprint(history) == before
    except BadInput as err:
        one_line(str(err))
        assert fingerprint(history) == before


@module_fixtures
@given(edits=st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values), min_size=1, max_size=3))
@example(edits=[(("profiles", 0, "sessions", 0, "phases", 0, "step"), 2**70)])
@example(edits=[(("profiles", 0, "sessions", 1, "phases"), [{"\n": None}])])
@example(edits=[(("profiles", 0, "sessions", 0, "phases", 1, "rep"), -(2**64))])
@example(edits=[(("profiles", 0, "sessions", 0, "started_at"), "0001-01-01T00:00:00-12:00")])
def test_import_files_with_changed_values(history, edits):
    body = valid_export()
    for path, value in edits:
        try:
            body = replaced(body, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed the place
    try:  # a fresh id, so the edited session is really inserted, not skipped as known
        first = body["profiles"][0]["sessions"][0]
        if isinstance(first["id"], str) and first["id"]:
            first["id"] = str(uuid.uuid4())
    except (KeyError, IndexError, TypeError):
        pass
    try_import(history, json.dumps(body).encode())


@module_fixtures
@given(
    edits=st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 4), st.binary(max_size=4)), min_size=1, max_size=4
    )
)
def test_import_files_with_damaged_bytes(history, edits):
    data = bytearray(json.dumps(valid_export(), indent=1).encode())
    for where, cut, insert in edits:
        at = int(where * len(data))
        data[at : at + cut] = insert
    try_import(history, bytes(data))


@module_fixtures
@given(text=st.text(max_size=300), binary=st.binary(max_size=100))
def test_any_settings_file_loads_with_defaults_for_what_it_cannot_read(tmp_path, text, binary):
    path = tmp_path / "settings.ini"
    for content in ("[hamsession]\n" + text, text, binary):
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        else:
            path.write_bytes(content)
        loaded, problems = load_settings(path)
        assert isinstance(loaded, Settings)
        for problem in problems:
            one_line(problem)
        for name, (low, high) in LIMITS.items():
            assert low <= getattr(loaded, name) <= high


@module_fixtures
@given(
    key=st.sampled_from(["volume", "muted", "voice", "text_scale", "reduced_motion", "other"]),
    raw=st.one_of(
        st.text(max_size=20),
        st.sampled_from(["nan", "inf", "-inf", "1e309", "  80 ", "on", "0x10", "1_0", "²"]),
    ),
)
def test_any_settings_value_loads_or_falls_back(tmp_path, key, raw):
    path = tmp_path / "settings.ini"
    path.write_text(f"[hamsession]\n{key} = {raw}\n", encoding="utf-8", errors="surrogatepass")
    loaded, problems = load_settings(path)
    for problem in problems:
        one_line(problem)
    for name, (low, high) in LIMITS.items():
        assert low <= getattr(loaded, name) <= high


@given(text=st.text(max_size=12))
@example(text="²")
@example(text="٣")
@example(text="1" * 5000)
def test_typed_scores_are_a_score_or_a_plain_message(text):
    try:
        value = parse_score(text)
    except ValueError as err:
        one_line(str(err))
        assert "is not a whole number from 0 to 10" in str(err)
        return
    assert value is None or 0 <= value <= 10


@given(text=st.text(max_size=20))
def test_typed_pins_are_accepted_or_refused_in_words(text):
    problem = pin_problem(text)
    if problem is not None:
        one_line(problem)
    else:
        assert text.isascii() and text.isdigit() and 4 <= len(text) <= 12


form_numbers = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.text(max_size=5),
)


@module_fixtures
@given(target=form_numbers, idle=form_numbers, threshold=form_numbers)
def test_clinic_form_values_are_stored_or_refused(history, target, idle, threshold):
    clinic = ClinicService(history, ProgramService(None))
    profile = history.profile()
    before = fingerprint(history)
    for change in (
        lambda: clinic.set_weekly_target(profile, target),
        lambda: clinic.set_idle_lock_min(idle),
        lambda: clinic.set_thresholds(profile, amber_pain_max=threshold),
    ):
        try:
            change()
        except BadInput as err:
            one_line(str(err))
            assert fingerprint(history) == before
        before = fingerprint(history)
    assert 1 <= clinic.idle_lock_min <= 120
    stored = history.profile().weekly_target_min
    assert stored is None or 1 <= stored <= 1000


def test_an_import_that_fails_part_way_writes_nothing(history, monkeypatch):
    body = valid_export()
    body["profiles"].append(
        {"name": "Second", "sessions": copy.deepcopy(body["profiles"][0]["sessions"])}
    )
    for session in (s for p in body["profiles"] for s in p["sessions"]):
        session["id"] = str(uuid.uuid4())
    parsed = read_export(json.dumps(body).encode(), "two.json")
    before = fingerprint(history)
    real_insert = ImportWriter._insert
    calls = []

    def failing_insert(writer, profile_id, entries):
        calls.append([e.id for e in entries])
        if len(calls) == 2:  # the second profile's sessions: the disk fills up
            raise OSError(28, "No space left on device")
        real_insert(writer, profile_id, entries)

    monkeypatch.setattr(ImportWriter, "_insert", failing_insert)
    with pytest.raises(OSError):
        import_export(history, parsed)
    assert [len(ids) for ids in calls] == [2, 2]  # the first profile's were written
    assert fingerprint(history) == before  # no session, no new profile
    assert "Second" not in {p.name for p in history.profiles()}
    monkeypatch.undo()
    assert import_export(history, parsed) == 4


# ----- the review's shapes: nesting, huge numbers, control characters, deep dotted keys -------
SHAPE_EXAMPLES = max(20, settings.default.max_examples // 5)


@st.composite
def shapes(draw) -> tuple[str, str]:
    """A value's text as JSON and as TOML, of one of the shapes that once broke a reader."""
    kind = draw(st.sampled_from(["nested", "number", "control", "long"]))
    size = draw(st.integers(1, 60_000))
    if kind == "nested":
        json_text = "[" * size + "]" * size
        return json_text, json_text
    if kind == "number":
        digits = str(draw(st.integers(1, 9))) * min(size, 20_000)
        return digits, digits
    if kind == "control":
        chars = draw(st.text(st.characters(codec="utf-8", categories=["Cc", "Cf"]), min_size=1))
        return json.dumps(chars), json.dumps(chars)  # JSON escapes are TOML escapes too
    return json.dumps("x" * size), json.dumps("x" * size)


@settings(max_examples=SHAPE_EXAMPLES, suppress_health_check=list(HealthCheck))
@given(shape=shapes(), where=st.sampled_from(["title", "name", "notes", "pain_worst"]))
def test_import_files_with_hostile_shapes(history, shape, where):
    body = json.dumps(valid_export())
    marker = {"title": '"title": "', "name": '"name": "', "notes": '"notes": "'}
    if where in marker and marker[where] in body:
        start = body.index(marker[where]) + len(marker[where]) - 1
        end = body.index('"', start + 1) + 1
        body = body[:start] + shape[0] + body[end:]
    elif '"pain_worst": ' in body:
        start = body.index('"pain_worst": ') + len('"pain_worst": ')
        end = start + len(body[start:].split(",", 1)[0].split("}", 1)[0])
        body = body[:start] + shape[0] + body[end:]
    try_import(history, body.encode())


@settings(max_examples=SHAPE_EXAMPLES, suppress_health_check=list(HealthCheck))
@given(shape=shapes(), dotted=st.sampled_from([0, 0, 0, 10, 33, 3000]))
def test_program_files_with_hostile_shapes(builtin_library, shape, dotted):
    from hamsession.domain.program_file import parse_program

    text = 'format = 1\nid = "fuzzed"\ntitle = ' + shape[1] + "\n"
    if dotted:
        text += ".".join(["k"] * dotted) + " = 1\n"
    text += '[[step]]\nexercise = "breathing-rib-stack"\nbreaths = 4\n'
    try:
        parse_program(text.encode(), "fuzzed.toml", builtin_library.exercises)
    except FileProblems as err:
        assert err.problems
        for problem in err.problems:
            one_line(problem.message)
