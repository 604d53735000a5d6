"""The pain-monitoring zones of content.md §4, one logged session at a time.

A session is green, amber or red from its symptom log. Red and amber signs count
as soon as the log is saved; a session that shows neither is *pending* until the
next morning is known, and green after a same-or-better morning. A session with
no pain score and no other sign is unknown. Every threshold is a default a
clinician may change per profile; a program may lower the pain cap (hamstring
programs use 4, R14).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from hamsession.domain.history import SessionEntry
from hamsession.domain.safety import pelvic_floor_flagged
from hamsession.domain.symptoms import FORM_SIGNS, LEG_SYMPTOMS, shown
from hamsession.domain.words import QT_TRANSLATE_NOOP, Words, translate

GREEN, AMBER, RED, PENDING, UNKNOWN = "green", "amber", "red", "pending", "unknown"
#: The form sign that is a pelvic-floor sign: red, with the pelvic-health message.
PRESSURE_DOWN = "pressure_down"
PELVIC_HEALTH = QT_TRANSLATE_NOOP("Zones", "a pelvic-health physiotherapist can help with these")


class Zones(Words):
    """The context of the zones' reasons (its plurals: ``Zones.tr("%n ...", "", n)``)."""


@dataclass(frozen=True)
class Thresholds:
    green_pain_max: int = 2  # A
    green_effort_max: int = 6  # A
    amber_pain_max: int = 5  # R13 (hamstring programs use 4, R14)
    morning_rise_red: int = 2  # MCID, R10/R11
    weekly_rise_red: float = 2.0  # week-on-week rise of the mean worst pain (R13, as MCID)


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Zone:
    zone: str
    reasons: tuple[str, ...]
    pelvic: bool = False  # pelvic-floor signs were part of it
    legs: bool = False  # leg symptoms were present


def logged(session: SessionEntry) -> bool:
    """A session with a symptom log the rule can read (a desk break's one question is not)."""
    s = session.symptoms
    return s is not None and s.feel is None


def _names(keys: Sequence[str], names: dict[str, str]) -> str:
    """The ticked items as they read inside a sentence, in the language in use."""
    words = shown(names, in_a_sentence=True)
    return ", ".join(words.get(k, k.lower()) for k in keys)


def classify(
    session: SessionEntry, t: Thresholds = DEFAULT_THRESHOLDS, previous: SessionEntry | None = None
) -> Zone:
    """The zone of one session, with the reasons in plain words.

    ``previous`` is the profile's logged session before this one (for new leg symptoms).
    """
    s = session.symptoms
    if s is None or not logged(session):
        return Zone(UNKNOWN, (translate("Zones", "the session has no symptom log"),))
    red: list[str] = []
    amber: list[str] = []
    pain = s.pain_worst
    if pain is not None and pain > t.amber_pain_max:
        red.append(
            translate(
                "Zones", "pain during the session reached {pain} (the limit is {limit})"
            ).format(pain=pain, limit=t.amber_pain_max)
        )
    elif pain is not None and pain > t.green_pain_max:
        amber.append(translate("Zones", "pain during the session was {pain}").format(pain=pain))
    if s.morning == "worse":
        before = s.pain_now if s.pain_now is not None else pain
        rise = None if s.morning_pain is None or before is None else s.morning_pain - before
        if rise is not None and rise >= t.morning_rise_red:
            red.append(Zones.tr("the next morning was worse by %n point(s)", "", rise))
        else:
            amber.append(translate("Zones", "the next morning felt worse"))
    if s.morning_stiffness == "worse":
        amber.append(translate("Zones", "the next morning was stiffer than usual"))
    pelvic = pelvic_floor_flagged(s.pelvic_floor) or PRESSURE_DOWN in s.form_signs
    if pelvic:
        red.append(
            translate("Zones", "there were pelvic-floor symptoms: {advice}").format(
                advice=translate("Zones", PELVIC_HEALTH)
            )
        )
    legs = tuple(s.leg_symptoms)
    earlier = previous.symptoms.leg_symptoms if previous and previous.symptoms else ()
    new_legs = [k for k in legs if k not in earlier]
    if new_legs:
        red.append(
            translate("Zones", "a new leg symptom: {symptoms}").format(
                symptoms=_names(new_legs, LEG_SYMPTOMS)
            )
        )
    elif legs:
        amber.append(
            translate("Zones", "leg symptoms were present: {symptoms}").format(
                symptoms=_names(legs, LEG_SYMPTOMS)
            )
        )
    form = [k for k in s.form_signs if k != PRESSURE_DOWN]
    if form:
        amber.append(
            translate("Zones", "form signs were ticked: {signs}").format(
                signs=_names(form, FORM_SIGNS)
            )
        )
    if s.effort is not None and s.effort > t.green_effort_max:
        amber.append(translate("Zones", "effort was {effort}").format(effort=s.effort))
    flags = {"pelvic": pelvic, "legs": bool(legs)}
    if red:
        return Zone(RED, tuple(red), **flags)
    if amber:
        return Zone(AMBER, tuple(amber), **flags)
    if pain is None:
        return Zone(UNKNOWN, (translate("Zones", "the session has no pain score"),), **flags)
    if s.morning is None:
        pending = translate(
            "Zones", "pain stayed at {pain} or below; the next morning is not known yet"
        )
        return Zone(PENDING, (pending.format(pain=pain),), **flags)
    if s.morning == "better":
        green = translate(
            "Zones", "pain stayed at {pain} or below and the next morning felt better"
        )
    else:
        green = translate(
            "Zones", "pain stayed at {pain} or below and the next morning felt as usual"
        )
    return Zone(GREEN, (green.format(pain=pain),), **flags)


def stiffer_mornings(sessions: Sequence[SessionEntry], now: datetime) -> tuple[int, int]:
    """Mornings stiffer than usual in the 7 days up to ``now``, and in the 7 days before."""
    week = timedelta(days=7)

    def count(start: datetime, end: datetime) -> int:
        return sum(
            1
            for e in sessions
            if e.symptoms
            and e.symptoms.morning_stiffness == "worse"
            and start < e.started_at <= end
        )

    return count(now - week, now), count(now - 2 * week, now - week)


def stiffness_climbing(sessions: Sequence[SessionEntry], now: datetime) -> int | None:
    """How many mornings were stiffer than usual this week, when that is a climb (R13:
    stiffness must not rise week on week): at least two, and more than the week
    before. None otherwise."""
    this_week, last_week = stiffer_mornings(sessions, now)
    return this_week if this_week >= 2 and this_week > last_week else None


def weekly_rise(sessions: Sequence[SessionEntry], now: datetime) -> float | None:
    """Mean worst pain of the 7 days up to ``now`` minus that of the 7 days before."""

    def mean(start: datetime, end: datetime) -> float | None:
        scores = [
            e.symptoms.pain_worst
            for e in sessions
            if e.symptoms and e.symptoms.pain_worst is not None and start < e.started_at <= end
        ]
        return sum(scores) / len(scores) if scores else None

    week = timedelta(days=7)
    this_week = mean(now - week, now)
    last_week = mean(now - 2 * week, now - week)
    if this_week is None or last_week is None:
        return None
    return this_week - last_week
