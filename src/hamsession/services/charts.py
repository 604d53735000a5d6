"""The numbers behind the history charts, for one profile, a date range and a program."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from hamsession.domain.desk_breaks import DESK_BREAK_ID
from hamsession.domain.history import read_status
from hamsession.domain.outcomes import PSFS, SBI
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.words import QT_TRANSLATE_NOOP, translate
from hamsession.services.history import HistoryService

# The chart ranges by name, in days. The names are keys (the history view's buttons, the
# report's ``--range``): English always; :func:`range_label` gives the words shown.
RANGES = {
    QT_TRANSLATE_NOOP("ChartRange", "4 weeks"): 28,
    QT_TRANSLATE_NOOP("ChartRange", "3 months"): 91,
    QT_TRANSLATE_NOOP("ChartRange", "1 year"): 365,
    QT_TRANSLATE_NOOP("ChartRange", "All"): None,
}
#: Points either side of a score that count as no real change (MCID about 2, R10-R12).
CHANGE_BAND = 2.0
ROLLING = 7  # sessions in the rolling mean


@dataclass
class ChartData:
    """Columns of equal length, one entry per session (oldest first)."""

    ids: list[str] = field(default_factory=list)
    t: list[float] = field(default_factory=list)  # POSIX seconds, for a date axis
    program: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    pain_worst: list[float] = field(default_factory=list)  # NaN where unanswered
    pain_now: list[float] = field(default_factory=list)
    effort: list[float] = field(default_factory=list)
    minutes: list[float] = field(default_factory=list)
    tension_s: list[float] = field(default_factory=list)
    form_signs: list[int] = field(default_factory=list)
    leg_symptoms: list[int] = field(default_factory=list)
    pelvic_floor: list[bool] = field(default_factory=list)
    morning: list[str | None] = field(default_factory=list)
    morning_pain: list[float] = field(default_factory=list)
    safety_events: list[int] = field(default_factory=list)
    stiffer: list[bool] = field(default_factory=list)  # stiffer than usual the next morning
    # The periodic check-ins, each on its own times: the leg-symptom index's total and
    # the activity scale's average.
    sbi_t: list[float] = field(default_factory=list)
    sbi: list[float] = field(default_factory=list)
    psfs_t: list[float] = field(default_factory=list)
    psfs: list[float] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)


#: The one NaN every unanswered score is, so two loads of the same history compare equal
#: (a list compares its items by identity first, and NaN is never equal to itself).
NAN = float("nan")


def _values(scores: tuple[int | None, ...]) -> list[float]:
    return [NAN if score is None else float(score) for score in scores]


def range_label(range_name: str) -> str:
    """A range's name (a key of :data:`RANGES`) as a person reads it."""
    return translate("ChartRange", range_name)


def chart_data(
    history: HistoryService,
    profile: ProfileInfo,
    range_name: str = "All",
    program_id: str | None = None,
    now: datetime | None = None,
) -> ChartData:
    days = RANGES[range_name]
    since = None if days is None else (now or datetime.now(UTC)) - timedelta(days=days)
    columns = history.repos.charts.chart_columns(profile.id, since, program_id)
    checkins = [
        o for o in history.repos.outcomes.all(profile.id) if since is None or o.answered_at >= since
    ]
    sbi = [o for o in checkins if o.kind == SBI]
    psfs = [o for o in checkins if o.kind == PSFS]
    (
        ids,
        started,
        programs,
        status,
        active_s,
        tension_s,
        _holds,
        pain_worst,
        pain_now,
        effort,
        form_signs,
        leg_symptoms,
        pelvic_floor,
        morning,
        morning_pain,
        morning_stiffness,
        safety_events,
    ) = columns
    return ChartData(
        ids=list(ids),
        t=[when.timestamp() for when in started],
        program=list(programs),
        status=[read_status(s) for s in status],
        pain_worst=_values(pain_worst),
        pain_now=_values(pain_now),
        effort=_values(effort),
        minutes=[s / 60.0 for s in active_s],
        tension_s=list(tension_s),
        form_signs=list(form_signs),
        leg_symptoms=list(leg_symptoms),
        pelvic_floor=list(pelvic_floor),
        morning=list(morning),
        morning_pain=_values(morning_pain),
        safety_events=list(safety_events),
        stiffer=[answer == "worse" for answer in morning_stiffness],
        sbi_t=[o.answered_at.timestamp() for o in sbi],
        sbi=[o.value for o in sbi],
        psfs_t=[o.answered_at.timestamp() for o in psfs],
        psfs=[o.value for o in psfs],
    )


def rolling_mean(values: list[float], window: int = ROLLING) -> list[float]:
    """Mean of the last ``window`` answered values at each point (NaN until one exists)."""
    out, recent = [], []
    for v in values:
        if v == v:  # not NaN
            recent.append(v)
            recent = recent[-window:]
        out.append(sum(recent) / len(recent) if recent else float("nan"))
    return out


def local_midnight(t: float, tz: tzinfo | None = None, back_days: int = 0) -> float:
    """The midnight (POSIX s) starting the day of ``t`` in ``tz`` (the person's own time
    zone when None), less ``back_days`` calendar days."""
    day = datetime.fromtimestamp(t, tz).date() - timedelta(days=back_days)
    return datetime(day.year, day.month, day.day, tzinfo=tz).timestamp()


def weekly(
    data: ChartData, tz: tzinfo | None = None
) -> tuple[list[float], list[int], list[float], list[float]]:
    """Per ISO week in the person's time zone: the week's Monday (POSIX seconds of its local
    midnight), sessions, minutes, tension minutes."""
    weeks: dict[float, list[float]] = {}
    for t, minutes, tension in zip(data.t, data.minutes, data.tension_s, strict=True):
        weekday = datetime.fromtimestamp(t, tz).weekday()
        row = weeks.setdefault(local_midnight(t, tz, weekday), [0, 0.0, 0.0])
        row[0] += 1
        row[1] += minutes
        row[2] += tension / 60.0
    keys = sorted(weeks)
    return (
        keys,
        [int(weeks[k][0]) for k in keys],
        [weeks[k][1] for k in keys],
        [weeks[k][2] for k in keys],
    )


def breaks_per_day(data: ChartData) -> tuple[list[float], list[int]]:
    """Desk breaks on each day that had any: the day's local midnight (POSIX s), count."""
    days: dict[float, int] = {}
    for t, program in zip(data.t, data.program, strict=True):
        if program != DESK_BREAK_ID:
            continue
        midnight = local_midnight(t)
        days[midnight] = days.get(midnight, 0) + 1
    keys = sorted(days)
    return keys, [days[k] for k in keys]
