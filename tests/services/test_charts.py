"""Chart numbers follow the person's own calendar, not UTC's."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hamsession.services.charts import ChartData, weekly

AUCKLAND = ZoneInfo("Pacific/Auckland")


def _data(*moments: datetime) -> ChartData:
    data = ChartData()
    for moment in moments:
        data.t.append(moment.timestamp())
        data.minutes.append(10.0)
        data.tension_s.append(60.0)
    return data


def test_a_monday_just_after_midnight_in_auckland_starts_a_new_week():
    sunday = datetime(2026, 11, 29, 21, 0, tzinfo=AUCKLAND)
    monday = datetime(2026, 11, 30, 0, 5, tzinfo=AUCKLAND)  # still Sunday in UTC
    starts, sessions, minutes, tension = weekly(_data(sunday, monday), AUCKLAND)
    assert sessions == [1, 1]
    assert [datetime.fromtimestamp(s, AUCKLAND) for s in starts] == [
        datetime(2026, 11, 23, tzinfo=AUCKLAND),
        datetime(2026, 11, 30, tzinfo=AUCKLAND),
    ]
    assert minutes == [10.0, 10.0] and tension == [1.0, 1.0]


def test_a_week_that_changes_clocks_is_still_one_week():
    # New Zealand's clocks went forward on Sunday 27 September 2026.
    monday = datetime(2026, 9, 21, 7, 0, tzinfo=AUCKLAND)
    sunday = datetime(2026, 9, 27, 22, 0, tzinfo=AUCKLAND)
    starts, sessions, _, _ = weekly(_data(monday, sunday), AUCKLAND)
    assert sessions == [2]
    assert datetime.fromtimestamp(starts[0], AUCKLAND) == datetime(2026, 9, 21, tzinfo=AUCKLAND)
