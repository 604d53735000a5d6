"""``hamsession advice`` after ``hamsession import``: the same rule the window uses, with
red flags, nerve signs, stages and the pain cap travelling in the export file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from hamsession.cli import main

DAY0 = datetime(2026, 10, 1, 9, tzinfo=UTC)
GREEN = {"pain_worst": 1, "pain_now": 0, "effort": 4, "morning": "same", "morning_pain": 0}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def session(n: int, program: str = "p1-foundations", **symptoms) -> dict:
    start = DAY0 + timedelta(days=n)
    logged = {**GREEN, **symptoms}
    return {
        "id": f"00000000-0000-0000-0000-{n:012d}",
        "program": {"id": program, "title": program},
        "started_at": start.isoformat(),
        "ended_at": (start + timedelta(minutes=13)).isoformat(),
        "status": "completed",
        "phases": [],
        "symptoms": None if symptoms.get("unlogged") else logged,
    }


def document(*sessions, **profile) -> dict:
    return {
        "format": "hamsession-export",
        "version": 1,
        "profiles": [{"name": "default", "sessions": list(sessions), **profile}],
    }


def advice_after_import(capsys, tmp_path, doc: dict) -> dict:
    data = str(tmp_path / "data")
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc))
    code, _out, err = run(capsys, "import", str(path), "--data-dir", data)
    assert code == 0, err
    code, out, err = run(capsys, "advice", "--json", "--data-dir", data)
    assert code == 0, err
    return json.loads(out)


def rows(body: dict) -> dict[str, dict]:
    return {r["program"]: r for r in body["programs"]}


@pytest.mark.parametrize(
    ("sessions", "action"),
    [
        ([GREEN, GREEN], "progress"),
        ([GREEN], "repeat"),
        ([GREEN, {"pain_worst": 4}], "repeat"),
        ([GREEN, {"pain_worst": 6}], "step_back"),
        ([{"pain_worst": 6}, {"pain_worst": 7}], "review"),
        ([GREEN, {"morning": "worse", "morning_pain": 3}], "step_back"),
        ([GREEN, {"pelvic_floor": {"leakage": "bridge"}}], "step_back"),
        ([GREEN, {"form_signs": ["pressure_down"]}], "step_back"),
        ([GREEN, {"form_signs": ["ribs_flared"]}], "repeat"),
        ([GREEN, GREEN, {"morning": None, "morning_pain": None}], "progress"),
        ([GREEN, GREEN, {"leg_symptoms": ["numbness"]}], "stop"),  # nerve signs: stop at once
        ([GREEN, GREEN, {"leg_symptoms": ["shooting_pain"]}], "step_back"),
        ([{"leg_symptoms": ["shooting_pain"]}, {"leg_symptoms": ["shooting_pain"]}], "review"),
        ([GREEN, GREEN, {"red_flags": ["saddle_bladder_bowel"]}], "stop"),
        ([GREEN, GREEN, {"red_flags": ["pelvic_floor"]}], "stop"),
        ([{"pain_worst": None}], "none"),
    ],
)
def test_advice_json_follows_the_rule(capsys, tmp_path, sessions, action):
    doc = document(*(session(i, **s) for i, s in enumerate(sessions)))
    body = advice_after_import(capsys, tmp_path, doc)
    assert body["profile"] == "default"
    (row,) = body["programs"]
    assert row["program"] == "p1-foundations" and row["action"] == action
    assert isinstance(row["reasons"], list) and all(isinstance(r, str) for r in row["reasons"])
    assert row["next_program"] is None


def test_a_red_flag_stops_every_program_until_checked(capsys, tmp_path):
    doc = document(
        session(0),
        session(1),
        session(2, program="p4-strength-first-back"),
        red_flags=[
            {"flag": "leg_weakness", "raised_at": "2026-10-03T10:00:00+00:00", "checked_at": None}
        ],
    )
    body = advice_after_import(capsys, tmp_path, doc)
    assert {r["program"]: r["action"] for r in body["programs"]} == {
        "p1-foundations": "stop",
        "p4-strength-first-back": "stop",
    }
    reason = rows(body)["p1-foundations"]["reasons"][0]
    assert reason.startswith("Stop the session and contact a doctor today")


def test_a_flag_that_was_checked_no_longer_stops(capsys, tmp_path):
    doc = document(
        session(0),
        session(1, red_flags=["hamstring_tear"]),
        session(2),
        red_flags=[
            {
                "flag": "hamstring_tear",
                "session": session(1)["id"],
                "raised_at": "2026-10-02T10:00:00+00:00",
                "checked_at": "2026-10-02T18:00:00+00:00",
            }
        ],
    )
    assert (
        rows(advice_after_import(capsys, tmp_path, doc))["p1-foundations"]["action"] == "progress"
    )


def test_hamstring_programs_cap_pain_at_four_and_progress_names_the_next_stage(capsys, tmp_path):
    doc = document(session(0, program="p2-integrated", pain_worst=5))
    assert (
        rows(advice_after_import(capsys, tmp_path, doc))["p2-integrated"]["action"] == "step_back"
    )
    top = tmp_path / "top"
    top.mkdir()
    doc = document(session(0, program="p3-loaded-hinge", pain_worst=4))
    assert rows(advice_after_import(capsys, top, doc))["p3-loaded-hinge"]["action"] == "repeat"


def test_step_back_on_a_later_stage_names_the_earlier_one(capsys, tmp_path):
    doc = document(session(0), session(1), session(2, program="p2-integrated", pain_worst=6))
    row = rows(advice_after_import(capsys, tmp_path, doc))["p2-integrated"]
    assert (row["action"], row["next_program"]) == ("step_back", "p1-foundations")


def test_the_plain_output_and_an_empty_history(capsys, tmp_path):
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "advice", "--data-dir", data)
    assert code == 0 and out.strip() == "no logged sessions in profile 'default' yet"
    code, out, _ = run(capsys, "advice", "--json", "--data-dir", data)
    assert json.loads(out) == {"profile": "default", "programs": []}
    code, _, err = run(capsys, "advice", "--profile", "ghost", "--data-dir", data)
    assert code == 2 and "unknown profile 'ghost'" in err


def test_red_flags_travel_in_the_export_and_import_adds_nothing_twice(capsys, tmp_path):
    doc = document(
        session(0, red_flags=["saddle_bladder_bowel"]),
        session(1, leg_symptoms=["weakness"], regions=["sit_bone"]),
    )
    advice_after_import(capsys, tmp_path, doc)
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "export", "--data-dir", data)
    assert code == 0
    body = json.loads(out)["profiles"][0]
    first, second = body["sessions"]
    assert first["symptoms"]["red_flags"] == ["saddle_bladder_bowel"]
    assert second["symptoms"]["red_flags"] == ["leg_nerve"]  # raised by the nerve signs
    assert [(f["flag"], f["checked_at"]) for f in body["red_flags"]] == [
        ("saddle_bladder_bowel", None),
        ("leg_nerve", None),
    ]
    assert body["client"]["flags"] == ["F1"]  # the sit-bone region set F1
    again = tmp_path / "again.json"
    again.write_text(out)
    assert run(capsys, "import", str(again), "--data-dir", data)[0] == 0
    code, out2, _ = run(capsys, "export", "--data-dir", data)
    assert code == 0 and json.loads(out2)["profiles"][0]["red_flags"] == body["red_flags"]


def test_a_file_written_before_red_flags_existed_imports_as_before(capsys, tmp_path):
    old = session(0)
    old["symptoms"] = {k: v for k, v in old["symptoms"].items() if k != "red_flags"}
    body = advice_after_import(capsys, tmp_path, document(old))
    assert rows(body)["p1-foundations"]["action"] == "repeat"


def test_the_emergency_words_follow_the_locale(capsys, tmp_path, monkeypatch):
    doc = document(session(0, red_flags=["saddle_bladder_bowel"]))
    for lang, number in (("en_US.UTF-8", "911"), ("de_DE.UTF-8", "112"), ("en_GB.UTF-8", "999")):
        monkeypatch.setenv("LANG", lang)
        monkeypatch.delenv("LANGUAGE", raising=False)
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        folder = tmp_path / lang
        folder.mkdir()
        reason = rows(advice_after_import(capsys, folder, doc))["p1-foundations"]["reasons"][0]
        assert number in reason, (lang, reason)


def test_the_report_lists_red_flags_with_their_checked_state_and_the_advice(capsys, tmp_path):
    from hamsession.app import build_advice
    from hamsession.services.history import HistoryService
    from hamsession.services.programs import ProgramService
    from hamsession.services.report import report_facts, report_html
    from hamsession.storage.database import open_database
    from hamsession.storage.datadir import DataDir
    from hamsession.storage.repositories import Repositories

    doc = document(
        session(0, red_flags=["hamstring_tear"]),
        session(1),
        red_flags=[
            {
                "flag": "hamstring_tear",
                "session": session(0)["id"],
                "raised_at": "2026-10-01T10:00:00+00:00",
                "checked_at": "2026-10-01T18:00:00+00:00",
            },
            {"flag": "pregnancy_warning", "raised_at": "2026-10-02T08:00:00+00:00"},
        ],
    )
    advice_after_import(capsys, tmp_path, doc)
    data = DataDir(tmp_path / "data")
    history = HistoryService(Repositories.on(open_database(data)))
    try:
        profile = history.profile()
        text = report_html(
            report_facts(history, profile, build_advice(history, ProgramService(data))), None
        )
    finally:
        history.db.close()
    assert "Red flags" in text and "significant hamstring injury" in text
    assert "(checked 01 Oct 2026)" in text
    assert "contact your maternity team." in text and "not yet confirmed as checked" in text
    assert "Advice per program" in text and "Stop: Stop exercising and contact" in text
