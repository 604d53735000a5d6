"""The advice rule as a table: every row of content.md §4 and every flag of §5, each with
the action a clinician would accept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hamsession.domain.advice import (
    NONE,
    PROGRESS,
    REPEAT,
    REVIEW,
    STEP_BACK,
    STOP,
    advise,
    scored,
    stage_gate_met,
)
from hamsession.domain.history import SessionEntry, SymptomEntry
from hamsession.domain.progression import Thresholds
from hamsession.domain.safety import ASKED, BLOCKING, BY_ID, RED_FLAGS, message

DAY0 = datetime(2026, 11, 1, 8, tzinfo=UTC)
GREEN = {}  # the defaults below are a settled green session
PENDING = {"morning": None, "morning_pain": None}


def entry(day: int, program: str = "p1", **symptoms) -> SessionEntry:
    defaults = {"pain_worst": 1, "pain_now": 0, "effort": 4, "morning": "same", "morning_pain": 0}
    return SessionEntry(
        id=f"s{day}",
        program_id=program,
        program_title=program.upper(),
        started_at=DAY0 + timedelta(days=day),
        ended_at=None,
        status="completed",
        planned_s=600,
        symptoms=SymptomEntry(**{**defaults, **symptoms}),
    )


def run(*specs, program: str = "p1", thresholds: Thresholds | None = None, **kw):
    sessions = []
    for day, spec in enumerate(specs):
        spec = dict(spec)
        sessions.append(entry(day, spec.pop("program", "p1"), **spec))
    t = thresholds or Thresholds()
    return advise(program, scored(sessions, lambda _p: t), t, **kw)


# (history of sessions, oldest first) -> the action a clinician would accept
TABLE = [
    # Green: worst pain <= 2, morning same or better, no form ticks, no pelvic signs, effort <= 6
    pytest.param([GREEN], REPEAT, id="one green: one more before progressing"),
    pytest.param([GREEN, GREEN], PROGRESS, id="two greens in a row: progress"),
    pytest.param([GREEN, {"morning": "better"}], PROGRESS, id="morning better counts as green"),
    pytest.param([GREEN, {"morning_stiffness": "worse"}], REPEAT, id="a stiffer morning is amber"),
    pytest.param(
        [GREEN, {"morning_stiffness": "better"}], PROGRESS, id="a less stiff morning is green"
    ),
    pytest.param(
        [GREEN] * 6
        + [{"morning_stiffness": "worse"}, GREEN, {"morning_stiffness": "worse"}]
        + [GREEN] * 4
        + [{"morning_stiffness": "worse"}],
        STEP_BACK,
        id="stiffness climbing week on week steps back",
    ),
    pytest.param([GREEN, {"effort": 6}], PROGRESS, id="effort 6 is still green"),
    pytest.param([GREEN, {"effort": 7}], REPEAT, id="effort above 6 is amber"),
    pytest.param([GREEN, {"pain_worst": 2}], PROGRESS, id="pain 2 is still green"),
    # Amber: pain 3-5, settles by the morning; a single form tick
    pytest.param([GREEN, {"pain_worst": 3}], REPEAT, id="pain 3: repeat"),
    pytest.param([GREEN, {"pain_worst": 5}], REPEAT, id="pain 5: repeat (R13)"),
    pytest.param([GREEN, {"form_signs": ("ribs_flared",)}], REPEAT, id="one form tick: repeat"),
    pytest.param([GREEN, {"form_signs": ("breath_held",)}], REPEAT, id="breath held: repeat"),
    pytest.param(
        [GREEN, {"morning": "worse", "morning_pain": 1}], REPEAT, id="morning a bit worse: repeat"
    ),
    pytest.param([{"pain_worst": 4}, GREEN], REPEAT, id="amber then green: not two greens"),
    # Red: pain > 5; morning worse by >= 2; leakage, heaviness or bulge; a new leg symptom
    pytest.param([GREEN, {"pain_worst": 6}], STEP_BACK, id="pain 6: step back"),
    pytest.param(
        [GREEN, {"morning": "worse", "morning_pain": 2}], STEP_BACK, id="morning worse by 2"
    ),
    pytest.param(
        [GREEN, {"pelvic_floor": {"leakage": "bridge"}}], STEP_BACK, id="leakage: step back"
    ),
    pytest.param(
        [GREEN, {"pelvic_floor": {"heaviness": "somewhat"}}], STEP_BACK, id="heaviness: step back"
    ),
    pytest.param([GREEN, {"pelvic_floor": {"bulge": "moderately"}}], STEP_BACK, id="bulge"),
    pytest.param(
        [GREEN, {"form_signs": ("pressure_down",)}],
        STEP_BACK,
        id="pressure downward is a pelvic-floor sign: red",
    ),
    pytest.param(
        [GREEN, {"leg_symptoms": ("shooting_pain",)}], STEP_BACK, id="a new leg symptom: red"
    ),
    # Two reds in a row: review; review beats the weekly rise
    pytest.param([{"pain_worst": 7}, {"pain_worst": 8}], REVIEW, id="two reds: review"),
    pytest.param([{"pain_worst": 7}, GREEN, {"pain_worst": 8}], STEP_BACK, id="reds not in a row"),
    pytest.param(
        [{"pelvic_floor": {"leakage": "lunge"}}, {"form_signs": ("pressure_down",)}],
        REVIEW,
        id="persistent pelvic-floor signs: review",
    ),
    # Leg symptoms: never followed by progress; in two sessions in a row, review
    pytest.param(
        [GREEN, GREEN, {"leg_symptoms": ("shooting_pain",)}], STEP_BACK, id="new leg: no progress"
    ),
    pytest.param(
        [{"leg_symptoms": ("shooting_pain",)}, {"leg_symptoms": ("shooting_pain",)}],
        REVIEW,
        id="leg symptoms twice in a row, not new: review",
    ),
    pytest.param(
        [GREEN, GREEN, {"leg_symptoms": ("shooting_pain",), "program": "p4"}],
        REPEAT,
        id="leg symptoms in another program's session: no progress here",
    ),
    # The next morning not known yet: pending, not amber
    pytest.param([GREEN, GREEN, PENDING], PROGRESS, id="two settled greens then a pending green"),
    pytest.param([PENDING], REPEAT, id="only a pending session: repeat for now"),
    pytest.param([GREEN, PENDING], REPEAT, id="one settled green and a pending one"),
    pytest.param(
        [GREEN, GREEN, {**PENDING, "pain_worst": 4}], REPEAT, id="pending but amber in-session"
    ),
    pytest.param(
        [GREEN, GREEN, {**PENDING, "pain_worst": 8}], STEP_BACK, id="pending but red in-session"
    ),
    pytest.param([GREEN, PENDING, GREEN], PROGRESS, id="an unanswered morning is left out"),
    # Nothing to go on
    pytest.param([{"pain_worst": None}], NONE, id="no pain score: no advice"),
    pytest.param(
        [{"program": "p4"}, {"program": "p4"}, {"pain_worst": 6, "program": "p4"}],
        NONE,
        id="no session of this program",
    ),
    # Another program's red: no progress here
    pytest.param(
        [GREEN, GREEN, {"pain_worst": 7, "program": "p4"}],
        REPEAT,
        id="red in another program's last session",
    ),
]


@pytest.mark.parametrize(("specs", "action"), TABLE)
def test_the_rule(specs, action):
    assert run(*specs).action == action


def test_the_week_on_week_rise_steps_back_even_when_each_day_was_amber():
    last_week = [{"pain_worst": 2} for _ in range(7)]
    this_week = [{"pain_worst": 4} for _ in range(7)]
    got = run(*last_week, *this_week)
    assert got.action == STEP_BACK and got.reasons[0].startswith("pain rose by 2.0 points")


def test_two_reds_in_a_row_give_review_even_when_the_weekly_rise_is_met():
    history = [{"pain_worst": 1} for _ in range(7)] + [{"pain_worst": 6}] * 2
    assert run(*history).action == REVIEW


def test_the_next_morning_can_turn_a_progress_around():
    assert run(GREEN, GREEN, PENDING).action == PROGRESS
    assert run(GREEN, GREEN, {"morning": "worse", "morning_pain": 3}).action == STEP_BACK


def test_hamstring_programs_cap_pain_at_four():
    assert run(GREEN, {"pain_worst": 5}, thresholds=Thresholds(amber_pain_max=4)).action == (
        STEP_BACK
    )
    assert run(GREEN, {"pain_worst": 4}, thresholds=Thresholds(amber_pain_max=4)).action == REPEAT


def test_progress_at_the_top_of_a_stage_names_the_next_program():
    got = run(GREEN, GREEN, can_progress=False, next_stage="p2-integrated")
    assert (got.action, got.next_program) == (PROGRESS, "p2-integrated")
    last = run(GREEN, GREEN, can_progress=False)
    assert last.action == REPEAT and "top of its range" in last.reasons[-1]


def test_step_back_names_the_earlier_stage_when_there_is_one():
    got = run({"pain_worst": 7}, previous_stage="p1-foundations")
    assert (got.action, got.next_program) == (STEP_BACK, "p1-foundations")


@pytest.mark.parametrize("flag", RED_FLAGS, ids=lambda f: f.id)
@pytest.mark.parametrize(
    "before", [[GREEN, GREEN], [GREEN, {"pain_worst": 4}], [{"pain_worst": 8}]]
)
def test_every_red_flag_stops_the_advice_whatever_the_zones_say(flag, before):
    stops = [message(flag, "Call 112 or go to an emergency department now.")]
    got = run(*before, stops=stops)
    assert got.action == STOP and got.reasons == tuple(stops) and got.next_program is None


@pytest.mark.parametrize(
    ("flag", "blocks"),
    [
        ("saddle_bladder_bowel", True),
        ("leg_weakness", True),
        ("general_illness", True),
        ("hamstring_tear", True),
        ("postpartum_warning", True),
        ("pregnancy_warning", True),
        ("pelvic_floor", False),
        ("leg_nerve", True),
    ],
)
def test_which_flags_keep_sessions_from_starting(flag, blocks):
    assert (BY_ID[flag].urgency in BLOCKING) is blocks


def test_every_item_of_content_section_five_is_asked():
    texts = " ".join(i.text.lower() for f in ASKED for i in f.items)
    for words in (
        "when wiping",
        "starting or stopping a wee",
        "pads",
        "bowels",
        "sexual sensation",
        "foot that drags",
        "both legs",
        "fever",
        "cancer",
        "weight loss",
        "night",
        "accident",
        "pop",
        "bruising",
        "walk normally",
        "headache",
        "fainting",
        "racing heart",
        "breathing",
        "swollen",
        "discharge",
        "38 °c",
        "belly",
        "tiredness",
        "harming yourself",
        "bleeding from the vagina",
        "contractions",
        "fluid leaking",
        "short of breath",
        "balance",
        "calf",
        "leaking urine",
        "dragging",
        "bulge",
        "8 weeks",
    ):
        assert words in texts, words
    cancer = [i for f in ASKED for i in f.items if "cancer" in i.text]
    assert any(i.history for i in cancer)  # asked as history, not as "new today"


def test_the_stage_gate_needs_two_greens_in_a_row_of_the_earlier_stage():
    def scored_of(*specs):
        return scored([entry(d, **s) for d, s in enumerate(specs)], lambda _p: Thresholds())

    assert not stage_gate_met(scored_of(GREEN), {"p1"})
    assert not stage_gate_met(scored_of(GREEN, {"pain_worst": 4}, GREEN), {"p1"})
    assert stage_gate_met(scored_of(GREEN, GREEN), {"p1"})
    assert not stage_gate_met(scored_of(GREEN, PENDING), {"p1"})


# ----- stiffness the next morning (content.md §4: pain and stiffness must not climb) ------
def test_a_stiffer_morning_makes_the_session_amber():
    assert run(GREEN, {"morning_stiffness": "worse"}).action == REPEAT
    assert run(GREEN, {"morning_stiffness": "better"}).action == PROGRESS


def test_stiffness_climbing_week_on_week_steps_back():
    # days 0-6: one stiffer morning; days 7-13: three, though every pain stays green
    week1 = [GREEN] * 6 + [{"morning_stiffness": "worse"}]
    week2 = [GREEN, {"morning_stiffness": "worse"}, GREEN, {"morning_stiffness": "worse"}]
    week2 += [GREEN, GREEN, {"morning_stiffness": "worse"}]
    advice = run(*week1, *week2)
    assert advice.action == STEP_BACK
    assert advice.reasons == (
        "3 mornings this week were stiffer than usual, more than the week before",
    )


def test_as_many_stiff_mornings_as_last_week_is_no_climb():
    week = [GREEN, {"morning_stiffness": "worse"}, GREEN, {"morning_stiffness": "worse"}]
    week += [GREEN, GREEN, GREEN]
    assert run(*week, *week).action != STEP_BACK
