"""What a clinician's report says: the figures and lists, before any layout."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hamsession.domain.history import status_word
from hamsession.domain.outcomes import PSFS_REAL_CHANGE, PSFS_TOP, SBI, SBI_TOP, Outcome, sbi_items
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.safety import BY_ID, urgency_word
from hamsession.domain.words import QT_TRANSLATE_NOOP, Words, number, translate
from hamsession.services.advice import AdviceService
from hamsession.services.charts import RANGES, chart_data, range_label, rolling_mean
from hamsession.services.history import HistoryService

#: The months as the report's dates name them (English as "%b" writes them).
MONTHS = (
    QT_TRANSLATE_NOOP("Report", "Jan"),
    QT_TRANSLATE_NOOP("Report", "Feb"),
    QT_TRANSLATE_NOOP("Report", "Mar"),
    QT_TRANSLATE_NOOP("Report", "Apr"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "Jun"),
    QT_TRANSLATE_NOOP("Report", "Jul"),
    QT_TRANSLATE_NOOP("Report", "Aug"),
    QT_TRANSLATE_NOOP("Report", "Sep"),
    QT_TRANSLATE_NOOP("Report", "Oct"),
    QT_TRANSLATE_NOOP("Report", "Nov"),
    QT_TRANSLATE_NOOP("Report", "Dec"),
)


class Report(Words):
    """The context of the report's texts (its plurals: ``Report.tr(...)``)."""


@dataclass(frozen=True)
class ReportFacts:
    profile: str
    range_name: str
    first: datetime | None
    last: datetime | None
    sessions: int
    by_status: dict[str, int]
    minutes: float
    per_week: float
    programs: list[tuple[str, int]]
    pain_start: float | None
    pain_end: float | None
    safety: list[tuple[datetime, str, str, datetime | None]]  # when, urgency, message, checked
    notes: list[tuple[datetime, str]]
    advice: list[tuple[str, str]]  # program title, the advice in words
    checkins: list[tuple[datetime, str]]  # when, the check-in in words


def _finite(values: list[float]) -> list[float]:
    return [v for v in values if v == v]


def report_facts(
    history: HistoryService,
    profile: ProfileInfo,
    advice: AdviceService,
    range_name: str = "All",
    now: datetime | None = None,
) -> ReportFacts:
    now = now or datetime.now(UTC)
    data = chart_data(history, profile, range_name, now=now)
    days = RANGES[range_name]
    since = None if days is None else now - timedelta(days=days)
    first = datetime.fromtimestamp(data.t[0], UTC) if data.t else None
    last = datetime.fromtimestamp(data.t[-1], UTC) if data.t else None
    weeks = max(1.0, ((last - first).days + 1) / 7) if first and last else 1.0
    mean = _finite(rolling_mean(data.pain_worst))
    notes = [
        (e.started_at, e.symptoms.notes)
        for e in history.sessions(profile, with_phases=False)
        if e.symptoms and e.symptoms.notes and (since is None or e.started_at >= since)
    ]
    safety = [
        (
            e.raised_at,
            urgency_word(e.urgency, e.urgency),
            advice.safety.text(BY_ID[e.flag]) if e.flag in BY_ID else e.flag,
            e.checked_at,
        )
        for e in advice.safety.entries(profile, since)
    ]
    return ReportFacts(
        profile=profile.name,
        range_name=range_name,
        first=first,
        last=last,
        sessions=len(data),
        by_status=dict(Counter(data.status)),
        minutes=sum(data.minutes),
        per_week=len(data) / weeks,
        programs=Counter(data.program).most_common(),
        pain_start=mean[0] if mean else None,
        pain_end=mean[-1] if mean else None,
        safety=safety,
        notes=notes,
        advice=[(title, words) for a, title, words in advice.all(profile) if a.action != "none"],
        checkins=[
            (o.answered_at, checkin_words(o))
            for o in history.repos.outcomes.all(profile.id)
            if since is None or o.answered_at >= since
        ],
    )


def checkin_words(o: Outcome) -> str:
    """One check-in as a line of the report."""
    if o.kind == SBI:
        labels = dict(sbi_items(in_a_sentence=True))
        items = ", ".join(f"{labels.get(i, i.lower())} {s}" for i, s in o.scores)
        return translate("Report", "Leg symptoms (SBI): {score} of {top} ({items})").format(
            score=f"{o.value:.0f}", top=4 * SBI_TOP, items=items
        )
    items = ", ".join(f"{i} {s}" for i, s in o.scores)
    return translate(
        "Report",
        "Activities (PSFS): average {score} of {top} ({items}; a change of "
        "{change} in the average is real)",
    ).format(
        score=number(o.value, ".1f"), top=PSFS_TOP, items=items, change=number(PSFS_REAL_CHANGE)
    )


def _day(value: datetime | None) -> str:
    """A day as "01 Oct 2026" (in the language in use)."""
    if value is None:
        return "–"
    day = value.astimezone()
    return translate("Report", "{day} {month} {year}").format(
        day=f"{day.day:02d}", month=translate("Report", MONTHS[day.month - 1]), year=day.year
    )


def report_html(facts: ReportFacts, chart_resource: str | None) -> str:
    """The report as simple HTML for QTextDocument (escaped: notes are user text)."""
    e = html.escape
    status = ", ".join(
        translate("Report", "{count} {status}").format(count=n, status=status_word(s))
        for s, n in sorted(facts.by_status.items())
    )
    pain = (
        "–"
        if facts.pain_start is None
        else translate(
            "Report",
            "{start} at the start, {end} at the end "
            "(rolling mean of worst pain; changes under 2 points are not counted as real)",
        ).format(start=number(facts.pain_start, ".1f"), end=number(facts.pain_end, ".1f"))
    )
    period = translate("Report", "{first} to {last} ({range})")
    sessions = translate("Report", "{sessions} ({statuses})")
    adherence = Report.tr(
        "{per_week} sessions a week, %n minute(s) in all", "", round(facts.minutes)
    )
    rows = [
        (translate("Report", "Profile"), facts.profile),
        (
            translate("Report", "Period"),
            period.format(
                first=_day(facts.first), last=_day(facts.last), range=range_label(facts.range_name)
            ),
        ),
        (
            translate("Report", "Sessions"),
            sessions.format(
                sessions=facts.sessions, statuses=status or translate("Report", "none")
            ),
        ),
        (
            translate("Report", "Adherence"),
            adherence.format(per_week=number(facts.per_week, ".1f")),
        ),
        (translate("Report", "Pain during sessions"), pain),
    ]
    title = translate("Report", "Hamsession report")
    parts = [f"<h1>{e(title)}</h1>", "<table cellpadding='4'>"]
    parts += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows]
    parts.append("</table>" + _h2(translate("Report", "Programs")) + "<ul>")
    programs = [
        Report.tr("{program}: %n session(s)", "", n).format(program=p) for p, n in facts.programs
    ]
    parts += [f"<li>{e(line)}</li>" for line in programs] or ["<li>–</li>"]
    parts.append("</ul>")
    if chart_resource:
        # A page of its own, so the heading never ends a page without its charts.
        trends = translate("Report", "Trends")
        parts.append(
            f"<h2 style='page-break-before: always'>{e(trends)}</h2>"
            f"<img src='{chart_resource}' width='640'>"
        )
    parts.append(_h2(translate("Report", "Advice per program")) + "<ul>")
    parts += [f"<li><b>{e(p)}</b>: {e(a)}</li>" for p, a in facts.advice] or ["<li>–</li>"]
    parts.append("</ul>" + _h2(translate("Report", "Red flags")) + "<ul>")
    parts += [_flag(w, u, m, c) for w, u, m, c in facts.safety] or [
        "<li>" + e(translate("Report", "None recorded.")) + "</li>"
    ]
    nothing = "<li>" + e(translate("Report", "None.")) + "</li>"
    parts.append("</ul>" + _h2(translate("Report", "Check-ins")) + "<ul>")
    parts += [f"<li>{_day(w)}: {e(t)}</li>" for w, t in facts.checkins] or [nothing]
    parts.append("</ul>" + _h2(translate("Report", "Notes")) + "<ul>")
    parts += [f"<li>{_day(w)}: {e(n)}</li>" for w, n in facts.notes] or [nothing]
    disclaimer = translate("Report", "Hamsession guides exercise; it does not diagnose.")
    parts.append(f"</ul><p><i>{e(disclaimer)}</i></p>")
    return "\n".join(parts)


def _h2(heading: str) -> str:
    return f"<h2>{html.escape(heading)}</h2>"


def _flag(when: datetime, urgency: str, message: str, checked: datetime | None) -> str:
    """A red flag's line of the report, as HTML."""
    e = html.escape
    state = (
        translate("Report", "checked {day}").format(day=_day(checked))
        if checked
        else translate("Report", "not yet confirmed as checked")
    )
    return f"<li>{_day(when)} · {e(urgency)}: {e(message)} <i>({e(state)})</i></li>"
