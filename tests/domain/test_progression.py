"""The zones of one session (content.md §4) and the levels of a program."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hamsession.domain.history import SessionEntry, SymptomEntry
from hamsession.domain.levels import base_title, eased, level_title, progressed
from hamsession.domain.progression import (
    AMBER,
    GREEN,
    PENDING,
    RED,
    UNKNOWN,
    Thresholds,
    classify,
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
        ({"effort": None}, GREEN),  # an unanswered effort does not hold green back
        ({"form_signs": ("ribs_flared",)}, AMBER),
        ({"form_signs": ("ribs_flared", "back_arched")}, AMBER),
        ({"form_signs": ("pressure_down",)}, RED),  # a pelvic-floor sign
        ({"morning": "better"}, GREEN),
        ({"morning": None, "morning_pain": None}, PENDING),  # not known yet: pending
        ({"morning": None, "pain_worst": 4}, AMBER),  # in-session signs count at once
        ({"morning": None, "pain_worst": 7}, RED),
        ({"morning": "worse", "morning_pain": 1, "pain_now": 0}, AMBER),
        ({"morning": "worse", "morning_pain": 2, "pain_now": 0}, RED),  # +2 = MCID
        ({"morning": "worse", "morning_pain": None}, AMBER),
        ({"pelvic_floor": {"heaviness": "somewhat"}}, RED),
        ({"pelvic_floor": {"heaviness": "not at all"}}, GREEN),
        ({"pelvic_floor": {"leakage": "bridge"}}, RED),
        ({"pelvic_floor": {"bulge": "quite a bit"}}, RED),
        ({"leg_symptoms": ("numbness",)}, RED),  # new
        ({"pain_worst": None}, UNKNOWN),
        ({"pain_worst": None, "form_signs": ("breath_held",)}, AMBER),
    ],
)
def test_zones(symptoms, zone):
    assert classify(session(**symptoms)).zone == zone


def test_a_desk_break_answer_is_not_a_log_the_rule_reads():
    entry = SessionEntry(
        "d", "d1", "D1", DAY0, None, "completed", 180, symptoms=SymptomEntry(feel="same")
    )
    assert classify(entry).zone == UNKNOWN


def test_thresholds_can_be_changed_per_profile():
    hamstring = Thresholds(amber_pain_max=4)
    assert classify(session(pain_worst=5), hamstring).zone == RED
    assert classify(session(pain_worst=5)).zone == AMBER


def test_a_leg_symptom_that_was_already_there_is_amber_not_green():
    before = session(0, leg_symptoms=("shooting_pain",))
    got = classify(session(1, leg_symptoms=("shooting_pain",)), previous=before)
    assert got.zone == AMBER and got.legs


def test_pelvic_signs_name_the_pelvic_health_physiotherapist():
    got = classify(session(form_signs=("pressure_down",)))
    assert got.pelvic and "pelvic-health physiotherapist" in got.reasons[0]


def p1():
    from hamsession.storage.library import load_library

    return load_library(None).programs["p1-foundations"]


def test_progress_adds_reps_within_each_range_and_never_on_breathing_or_top_stretches():
    base = p1()
    up = progressed(base, "p1-foundations-v1")
    assert up.title == "Foundations: supported positions and breath · level 2" and up.level == 2
    assert [(s.sets, s.reps) for s in up.steps] == [(1, 1), (2, 6), (2, 6), (2, 7), (1, 2), (1, 1)]
    assert [s.breaths for s in up.steps] == [s.breaths for s in base.steps]
    assert [(s.sets, s.reps) for s in base.steps][1] == (2, 5)  # the original is unchanged


def test_progress_stops_at_the_top_of_every_range_and_titles_never_pile_up():
    program, levels = p1(), 0
    while (nxt := progressed(program, "x")) is not None:
        program, levels = nxt, levels + 1
    doses = [(s.exercise.id, s.sets, s.reps) for s in program.steps]
    assert ("ninety-ninety-hip-lift", 3, 8) in doses and ("heel-bridge", 2, 12) in doses
    assert ("supine-hamstring-stretch", 1, 2) in doses  # the stretch never past its range
    assert program.title.count("level") == 1 and program.title.endswith(f"level {levels + 1}")


def test_hip_swings_stay_within_ten_to_twenty():
    from hamsession.storage.library import load_library

    program = load_library(None).programs["d1-desk-break"]
    swings = []
    while (nxt := progressed(program, "x")) is not None:
        program = nxt
        swings.append(program.steps[1].reps)
    assert swings and max(swings) == 20 and all(10 <= r <= 20 for r in swings)
    down = program
    while (lower := eased(down, "y")) is not None:
        down = lower
    assert down.steps[1].reps == 10  # never below the stated lower limit


def test_step_back_halves_the_volume_but_not_below_the_lower_limit():
    easier = eased(p1(), "p1-foundations-v1")
    assert easier.title == "Foundations: supported positions and breath · eased"
    assert [(s.sets, s.reps) for s in easier.steps] == [
        (1, 1),
        (1, 5),
        (1, 5),
        (1, 6),
        (1, 1),
        (1, 1),
    ]
    lowest = eased(easier, "a")
    assert [(s.sets, s.reps) for s in lowest.steps][1:4] == [(1, 3), (1, 3), (1, 6)]
    assert eased(lowest, "b") is None  # nothing can come down further


@pytest.mark.parametrize(
    ("title", "base"),
    [
        ("Desk break (progressed) (progressed) (progressed)", "Desk break"),
        ("Foundations · level 4", "Foundations"),
        ("Foundations · eased", "Foundations"),
        ("Foundations", "Foundations"),
    ],
)
def test_old_and_new_level_words_come_off_the_title(title, base):
    assert base_title(title) == base
    assert level_title(title, 3) == f"{base} · level 3"
