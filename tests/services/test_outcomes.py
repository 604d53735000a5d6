"""The periodic check-ins (content.md §4): the Sciatica Bothersomeness Index weekly
while leg symptoms are about, the Patient-Specific Functional Scale every four weeks;
each kept, exported and imported, charted and in the clinician's report."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.history import SessionEntry
from hamsession.domain.outcomes import PSFS, SBI, Outcome, psfs_due, sbi_due, score_problem
from hamsession.services.charts import chart_data
from hamsession.services.errors import BadInput
from hamsession.services.export_file import export_json
from hamsession.services.history import HistoryService
from hamsession.services.import_file import import_export, read_export
from hamsession.services.outcomes import OutcomeService
from hamsession.services.report import checkin_words
from hamsession.storage.database import open_database
from hamsession.storage.repositories import Repositories
from tests.helpers.logged_sessions import logged_session

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SBI_ANSWERS = [("leg_pain", 4), ("numbness", 2), ("weakness", 0), ("sitting", 5)]


@pytest.fixture
def history(tmp_path, place):
    service = HistoryService(Repositories.on(open_database(place(tmp_path / "data"))))
    yield service
    service.db.close()


def session(days_ago: float, legs: tuple[str, ...] = ()) -> SessionEntry:
    return logged_session(NOW - timedelta(days=days_ago), leg_symptoms=legs)


def test_the_leg_index_is_weekly_only_while_leg_symptoms_are_about():
    legs = [NOW - timedelta(days=3)]
    assert sbi_due(None, legs, NOW)
    assert not sbi_due(None, [NOW - timedelta(hours=2)], NOW)  # the day of the log: enough
    assert not sbi_due(None, [NOW - timedelta(days=15)], NOW)  # two weeks without any
    assert not sbi_due(NOW - timedelta(days=6), legs, NOW)
    assert sbi_due(NOW - timedelta(days=7), legs, NOW)


def test_the_activity_scale_starts_the_day_after_the_first_session_then_every_4_weeks():
    assert not psfs_due(None, None, NOW)  # before any session
    assert not psfs_due(None, NOW - timedelta(hours=1), NOW)  # the first day
    assert psfs_due(None, NOW - timedelta(days=1), NOW)
    assert not psfs_due(NOW - timedelta(days=27), NOW - timedelta(days=60), NOW)
    assert psfs_due(NOW - timedelta(days=28), NOW - timedelta(days=60), NOW)


def test_answers_out_of_range_are_refused_with_a_reason():
    assert score_problem(SBI, SBI_ANSWERS) is None
    assert "four items" in score_problem(SBI, SBI_ANSWERS[:3])
    assert "0 to 6" in score_problem(SBI, [*SBI_ANSWERS[:3], ("sitting", 7)])
    assert score_problem(PSFS, [("Sitting through a film", 4)]) is None
    assert "between one and 3" in score_problem(PSFS, [])
    assert "between one and 3" in score_problem(PSFS, [(f"a{i}", 1) for i in range(4)])
    assert "0 to 10" in score_problem(PSFS, [("Gardening", 11)])
    assert "0 to 10" in score_problem(PSFS, [("Gardening", True)])
    assert "plain text" in score_problem(PSFS, [("Garden\x1b[2Jing", 4)])
    assert "plain text" in score_problem(PSFS, [("Gardening\u202e", 4)])


def test_the_service_asks_what_is_due_and_keeps_the_answers(history):
    profile = history.profile()
    outcomes = OutcomeService(history)
    assert outcomes.due(profile, NOW) == []
    history.repos.imports.add_sessions(profile.id, [session(20), session(2, ("numbness",))])
    assert outcomes.due(profile, NOW) == [SBI, PSFS]
    outcomes.save(profile, SBI, SBI_ANSWERS, now=NOW)
    outcomes.save(profile, PSFS, [(" Sitting through a film ", 3), ("Gardening", 6)], now=NOW)
    assert outcomes.due(profile, NOW) == []
    assert outcomes.activities(profile) == ["Sitting through a film", "Gardening"]
    assert outcomes.due(profile, NOW + timedelta(days=7)) == [SBI]
    assert outcomes.due(profile, NOW + timedelta(days=28)) == [PSFS]  # legs long settled
    with pytest.raises(BadInput, match="0 to 10"):
        outcomes.save(profile, PSFS, [("Gardening", 12)], now=NOW)


def test_check_ins_travel_with_the_export_and_import_once(history, tmp_path, place):
    profile = history.profile()
    history.repos.imports.add_sessions(profile.id, [session(3)])
    outcomes = OutcomeService(history)
    outcomes.save(profile, SBI, SBI_ANSWERS, now=NOW)
    outcomes.save(profile, PSFS, [("Gardening", 6)], now=NOW)
    body = export_json(history, [profile])
    assert body["profiles"][0]["outcomes"] == [
        {
            "kind": "sbi",
            "answered_at": NOW.isoformat(),
            "scores": [{"item": i, "score": s} for i, s in SBI_ANSWERS],
        },
        {
            "kind": "psfs",
            "answered_at": NOW.isoformat(),
            "scores": [{"item": "Gardening", "score": 6}],
        },
    ]
    other = HistoryService(Repositories.on(open_database(place(tmp_path / "other"))))
    data = json.dumps(body).encode()
    for _ in range(2):  # the second import adds nothing
        import_export(other, read_export(data, "out.json"))
    assert OutcomeService(other).all(other.profile()) == outcomes.all(profile)
    other.db.close()


def test_two_check_ins_at_the_same_moment_keep_the_first(history):
    profile = history.profile()
    twice = [Outcome(PSFS, NOW, (("Gardening", 5),)), Outcome(PSFS, NOW, (("Cycling", 2),))]
    assert history.repos.outcomes.add(profile.id, twice) == 1
    assert history.repos.outcomes.all(profile.id) == twice[:1]


def test_a_check_in_out_of_range_in_a_file_is_named(history):
    body = export_json(history, [history.profile()])
    body["profiles"][0]["outcomes"] = [
        {
            "kind": "sbi",
            "answered_at": NOW.isoformat(),
            "scores": [{"item": "leg_pain", "score": 3}],
        }
    ]
    with pytest.raises(FileProblems, match=r"profiles\[1\]\.outcomes\[1\]: .*four items"):
        read_export(json.dumps(body).encode(), "bad.json")


def test_check_ins_are_charted_and_reported(history):
    profile = history.profile()
    history.repos.imports.add_sessions(profile.id, [session(30), session(3)])
    outcomes = OutcomeService(history)
    outcomes.save(profile, SBI, SBI_ANSWERS, now=NOW - timedelta(days=2))
    outcomes.save(profile, PSFS, [("Gardening", 6), ("Sitting", 3)], now=NOW - timedelta(days=2))
    data = chart_data(history, profile, now=NOW)
    assert data.sbi == [11.0] and data.psfs == [4.5]
    assert data.sbi_t == [(NOW - timedelta(days=2)).timestamp()]
    (sbi,) = [o for o in outcomes.all(profile) if o.kind == SBI]
    assert checkin_words(sbi) == (
        "Leg symptoms (SBI): 11 of 24 (pain in the leg 4, numbness or tingling in the leg, "
        "foot or toes 2, weakness in the leg or foot 0, pain in the back or leg when sitting 5)"
    )
    (psfs,) = [o for o in outcomes.all(profile) if o.kind == PSFS]
    assert checkin_words(psfs).startswith("Activities (PSFS): average 4.5 of 10 (Gardening 6")


def test_a_profile_deleted_takes_its_check_ins_with_it(history):
    profile = history.create_profile("Ana")
    history.repos.outcomes.add(profile.id, [Outcome(PSFS, NOW, (("Gardening", 5),))])
    history.delete_profile("Ana")
    with history.db.session() as s:
        from sqlalchemy import func, select

        from hamsession.storage.models import OutcomeRow

        assert s.scalar(select(func.count(OutcomeRow.id))) == 0
