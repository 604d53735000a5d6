"""The progression rule as a table of cases (content.md §4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hamsession.domain.history import SessionEntry, SymptomEntry
from hamsession.domain.progression import (
    AMBER,
    GREEN,
    RED,
    UNKNOWN,
    Thresholds,
    classify,
    suggest,
)

DAY0 = datetime(2026, 11, 1, 8, tzinfo=UTC)


def session(day: int = 0, **symptoms) -> SessionEntry:
    defaults = {"pain_worst": 1, "pain_now": 0, "effort": 4, "morning": "same", "morning_pain": 0}
    return SessionEntry(
        id=f"s{day}",
        program_id="p1",
        program_title="P1",
        started_at=DAY0 + timedelta(days=day),
        ended_at=None,
        status="completed",
        planned_s=600,
        symptoms=SymptomEntry(**{**defaults, **symptoms}),
    )


@pytest.mark.parametrize(
    ("symptoms", "zone"),
    [
        ({}, GREEN),
        ({"pain_worst": 2}, GREEN),  # the green boundary is inclusive
        ({"pain_worst": 3}, AMBER),
        ({"pain_worst": 5}, AMBER),  # 5/10 is still allowed (R13)
        ({"pain_worst": 6}, RED),
        ({"effort": 6}, GREEN),
        ({"effort": 7}, AMBER),
        ({"form_signs": ("ribs_flared",)}, AMBER),
        ({"morning": "better"}, GREEN),
        ({"morning": None, "morning_pain": None}, AMBER),  # not known yet: not green
        ({"morning": "worse", "morning_pain": 1, "pain_now": 0}, AMBER),
        ({"morning": "worse", "morning_pain": 2, "pain_now": 0}, RED),  # +2 = MCID
        ({"pelvic_floor": {"heaviness": "somewhat"}}, RED),
        ({"pelvic_floor": {"heaviness": "not at all"}}, GREEN),
        ({"pelvic_floor": {"leakage": "bridge"}}, RED),
        ({"leg_symptoms": ("numbness",)}, RED),
        ({"pain_worst": None}, UNKNOWN),
    ],
)
def test_zones(symptoms, zone):
    assert classify(session(**symptoms)).zone == zone


def test_thresholds_can_be_changed_per_profile():
    hamstring = Thresholds(amber_pain_max=4)
    assert classify(session(pain_worst=5), hamstring).zone == RED
    assert classify(session(pain_worst=5)).zone == AMBER


def test_a_leg_symptom_that_was_already_there_is_not_new():
    before = session(0, leg_symptoms=("numbness",))
    assert classify(session(1, leg_symptoms=("numbness",)), previous=before).zone == GREEN


@pytest.mark.parametrize(
    ("history", "action"),
    [
        ([{}], "repeat"),
        ([{}, {}], "progress"),
        ([{"pain_worst": 4}, {}], "repeat"),
        ([{}, {"pain_worst": 4}], "repeat"),
        ([{}, {"pain_worst": 7}], "step_back"),
        ([{"pain_worst": 7}, {"pain_worst": 8}], "review"),
        ([{"pain_worst": 7}, {}, {"pain_worst": 8}], "step_back"),
        ([{"pain_worst": None}], "none"),
    ],
)
def test_suggestions_from_runs_of_zones(history, action):
    sessions = [session(day, **s) for day, s in enumerate(history)]
    assert suggest(sessions).action == action


def test_green_reason_is_plain_words():
    got = suggest([session(0), session(1)])
    assert got.reason == (
        "in your last two sessions pain stayed at 1 or below and the morning after was same"
    )


def test_week_on_week_rise_is_red_even_when_each_day_was_amber():
    last_week = [session(day, pain_worst=2) for day in range(0, 7)]
    this_week = [session(day, pain_worst=4, morning="same") for day in range(7, 14)]
    got = suggest(last_week + this_week)
    assert classify(this_week[-1]).zone == AMBER
    assert got.action == "step_back" and got.reason.startswith("pain rose by 2.0 points")


def test_accepted_suggestions_make_a_varied_copy():
    from hamsession.domain.progression import varied
    from hamsession.storage.library import load_library

    p1 = load_library(None).programs["p1-foundations"]
    up = varied(p1, "progress", "p1-foundations-v1")
    assert up.id == "p1-foundations-v1" and up.title.endswith("(progressed)")
    assert [s.reps for s in up.steps] == [1, 6, 6, 7, 3, 1]
    assert [s.breaths for s in up.steps] == [s.breaths for s in p1.steps]
    down = varied(p1, "step_back", "p1-foundations-v2")
    assert [s.reps for s in down.steps] == [1, 3, 3, 3, 1, 1]
    assert [s.reps for s in p1.steps] == [1, 5, 5, 6, 2, 1]  # the original is unchanged
    with pytest.raises(ValueError):
        varied(p1, "repeat", "x")
