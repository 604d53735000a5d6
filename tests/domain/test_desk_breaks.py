"""The desk-break scheduler on a fake clock."""

from __future__ import annotations

import pytest

from hamsession.domain.desk_breaks import AWAY_S, SNOOZE_S, BreakScheduler, Offer
from tests.conftest import FakeClock

LOOK_S = 5.0


def sit(scheduler: BreakScheduler, clock: FakeClock, seconds: float, idle_s: float = 0.0):
    """Pass time at the desk, looking every few seconds; the offers made on the way."""
    offers = []
    end = clock.now + seconds
    while clock.now < end - 1e-9:
        clock.advance(min(LOOK_S, end - clock.now))
        offer = scheduler.look(idle_s)
        if offer is not Offer.NOTHING:
            offers.append((round(clock.now - start_of(clock)), offer))
    return offers


def start_of(clock: FakeClock) -> float:
    return clock.start


@pytest.fixture
def clock():
    c = FakeClock(10_000.0)
    c.start = c.now
    return c


def test_off_until_turned_on(clock):
    scheduler = BreakScheduler(clock)
    assert sit(scheduler, clock, 3 * 3600) == []
    assert scheduler.status().due_in_s is None


def test_turning_them_on_starts_a_whole_interval(clock):
    scheduler = BreakScheduler(clock, interval_min=45)
    sit(scheduler, clock, 2 * 3600)  # hours at the desk with reminders off
    scheduler.configure(True, 45)
    start = clock.now
    offers = sit(scheduler, clock, 50 * 60)
    assert offers == [(round(start - clock.start) + 45 * 60, Offer.REMIND)]


def test_the_reminder_comes_at_the_set_time_and_once(clock):
    scheduler = BreakScheduler(clock, interval_min=45, enabled=True)
    offers = sit(scheduler, clock, 50 * 60)
    assert offers == [(45 * 60, Offer.REMIND)]  # not repeated while it is showing


def test_an_edited_interval_applies(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    scheduler.configure(True, 20)
    assert sit(scheduler, clock, 21 * 60) == [(20 * 60, Offer.REMIND)]
    with pytest.raises(ValueError):
        scheduler.configure(True, 5)


def test_snooze_asks_again_ten_minutes_later(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    sit(scheduler, clock, 45 * 60)
    scheduler.snooze()
    assert sit(scheduler, clock, SNOOZE_S - LOOK_S) == []
    assert sit(scheduler, clock, LOOK_S) == [(55 * 60, Offer.REMIND)]


def test_skip_waits_a_whole_interval(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    sit(scheduler, clock, 45 * 60)
    scheduler.skip()
    assert sit(scheduler, clock, 44 * 60) == []
    assert sit(scheduler, clock, 60)[0][1] is Offer.REMIND


def test_being_away_counts_as_a_break(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    sit(scheduler, clock, 40 * 60)
    sit(scheduler, clock, 30, idle_s=AWAY_S)  # no input for five minutes
    assert scheduler.used_s == 0
    assert sit(scheduler, clock, 44 * 60) == []  # counting from zero again


def test_short_idle_moments_do_not_reset(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    sit(scheduler, clock, 30 * 60)
    sit(scheduler, clock, 60, idle_s=AWAY_S - 60)  # reading, not away
    assert sit(scheduler, clock, 15 * 60)[0][1] is Offer.REMIND


def test_no_reminder_during_a_session_and_the_session_counts_as_a_break(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    sit(scheduler, clock, 40 * 60)
    scheduler.session_started()
    assert sit(scheduler, clock, 20 * 60) == []
    scheduler.session_ended()
    assert scheduler.used_s == 0
    assert sit(scheduler, clock, 44 * 60) == []


def test_sleep_counts_as_a_break_and_a_short_one_does_not(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    sit(scheduler, clock, 40 * 60)
    clock.advance(30)
    scheduler.asleep(30)
    assert scheduler.used_s > 0
    clock.advance(3600)  # the lid was shut for an hour
    scheduler.asleep(3600)
    assert scheduler.used_s == 0
    assert sit(scheduler, clock, 44 * 60) == []


def test_pause_for_an_hour_then_reminders_return(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    scheduler.pause_for(3600)
    assert scheduler.status().paused_for_s == 3600
    assert sit(scheduler, clock, 3600 - LOOK_S) == []
    offers = sit(scheduler, clock, 10 * 60)
    assert offers and offers[0] == (3600, Offer.REMIND)  # sat all the while: due at once


def test_status_counts_down(clock):
    scheduler = BreakScheduler(clock, enabled=True)
    sit(scheduler, clock, 15 * 60)
    assert scheduler.status().due_in_s == pytest.approx(30 * 60)
