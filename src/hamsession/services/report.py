"""What a clinician's report says: the figures and lists, before any layout."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hamsession.domain.outcomes import PSFS_REAL_CHANGE, PSFS_TOP, SBI, SBI_ITEMS, SBI_TOP, Outcome
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.safety import BY_ID, URGENCY_WORDS
from hamsession.services.advice import AdviceService
from hamsession.services.charts import RANGES, chart_data, rolling_mean
from hamsession.services.history import HistoryService


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
            URGENCY_WORDS.get(e.urgency, e.urgency),
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
        labels = dict(SBI_ITEMS)
        items = ", ".join(f"{labels.get(i, i).lower()} {s}" for i, s in o.scores)
        return f"Leg symptoms (SBI): {o.value:.0f} of {4 * SBI_TOP} ({items})"
    items = ", ".join(f"{i} {s}" for i, s in o.scores)
    return (
        f"Activities (PSFS): average {o.value:.1f} of {PSFS_TOP} ({items}; a change of "
        f"{PSFS_REAL_CHANGE:g} in the average is real)"
    )


def _day(value: datetime | None) -> str:
    return "–" if value is None else value.astimezone().strftime("%d %b %Y")


def report_html(facts: ReportFacts, chart_resource: str | None) -> str:
    """The report as simple HTML for QTextDocument (escaped: notes are user text)."""
    e = html.escape
    status = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in sorted(facts.by_status.items()))
    pain = (
        "–"
        if facts.pain_start is None
        else f"{facts.pain_start:.1f} at the start, {facts.pain_end:.1f} at the end "
        "(rolling mean of worst pain; changes under 2 points are not counted as real)"
    )
    rows = [
        ("Profile", facts.profile),
        ("Period", f"{_day(facts.first)} to {_day(facts.last)} ({facts.range_name})"),
        ("Sessions", f"{facts.sessions} ({status or 'none'})"),
        ("Adherence", f"{facts.per_week:.1f} sessions a week, {facts.minutes:.0f} minutes in all"),
        ("Pain during sessions", pain),
    ]
    parts = ["<h1>Hamsession report</h1>", "<table cellpadding='4'>"]
    parts += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows]
    parts.append("</table><h2>Programs</h2><ul>")
    parts += [f"<li>{e(p)}: {n} session(s)</li>" for p, n in facts.programs] or ["<li>–</li>"]
    parts.append("</ul>")
    if chart_resource:
        # A page of its own, so the heading never ends a page without its charts.
        parts.append(
            "<h2 style='page-break-before: always'>Trends</h2>"
            f"<img src='{chart_resource}' width='640'>"
        )
    parts.append("<h2>Advice per program</h2><ul>")
    parts += [f"<li><b>{e(p)}</b>: {e(a)}</li>" for p, a in facts.advice] or ["<li>–</li>"]
    parts.append("</ul><h2>Red flags</h2><ul>")
    parts += [
        f"<li>{_day(w)} · {e(u)}: {e(m)} "
        f"<i>({'checked ' + _day(c) if c else 'not yet confirmed as checked'})</i></li>"
        for w, u, m, c in facts.safety
    ] or ["<li>None recorded.</li>"]
    parts.append("</ul><h2>Check-ins</h2><ul>")
    parts += [f"<li>{_day(w)}: {e(t)}</li>" for w, t in facts.checkins] or ["<li>None.</li>"]
    parts.append("</ul><h2>Notes</h2><ul>")
    parts += [f"<li>{_day(w)}: {e(n)}</li>" for w, n in facts.notes] or ["<li>None.</li>"]
    parts.append("</ul><p><i>Hamsession guides exercise; it does not diagnose.</i></p>")
    return "\n".join(parts)
