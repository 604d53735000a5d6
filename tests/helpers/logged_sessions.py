"""A short logged session at a given time, for tests of what follows the logs."""

from __future__ import annotations

from datetime import datetime, timedelta

from hamsession.domain.history import PhaseEntry, SessionEntry, SymptomEntry


def logged_session(started: datetime, **symptoms) -> SessionEntry:
    """A completed ten-minute P1 session with one hold and a log (worst pain 2 unless
    ``symptoms`` say otherwise), its id made from its start."""
    return SessionEntry(
        id=f"s-{started.isoformat()}",
        program_id="p1-foundations",
        program_title="Foundations",
        started_at=started,
        ended_at=started + timedelta(minutes=10),
        status="completed",
        planned_s=600,
        phases=(PhaseEntry(1, "x", "hold", 1, 1, None, 5.0, 5.0, started),),
        symptoms=SymptomEntry(**{"pain_worst": 2, "logged_at": started, **symptoms}),
    )
