"""The repositories over one database, one per aggregate, made together by the composition
root (``app.py``, ``cli.py``) and handed to the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hamsession.storage.cards_repo import CardRepository
from hamsession.storage.chart_repo import ChartRepository
from hamsession.storage.clinic_repo import ClinicRepository
from hamsession.storage.database import Database
from hamsession.storage.forwarding import ForwardedRecording
from hamsession.storage.import_repo import ImportRepository
from hamsession.storage.journal import Journal
from hamsession.storage.library_repo import LibraryRepository
from hamsession.storage.outcomes_repo import OutcomeRepository
from hamsession.storage.profiles_repo import ProfileRepository
from hamsession.storage.safety_repo import SafetyRepository
from hamsession.storage.sessions_repo import SessionRepository
from hamsession.storage.variants_repo import VariantRepository


@dataclass(frozen=True)
class Repositories:
    db: Database
    profiles: ProfileRepository
    sessions: SessionRepository
    safety: SafetyRepository
    variants: VariantRepository
    clinic: ClinicRepository  # clinic settings, PIN counters, assigned programs
    imports: ImportRepository
    charts: ChartRepository  # the summary rows the charts and the CSV export read
    outcomes: OutcomeRepository  # the periodic check-ins
    #: Where a session being played is written: the sessions themselves, or, on a
    #: clinic's server, the laptop's journal that forwards them.
    recording: SessionRepository | ForwardedRecording
    library: LibraryRepository  # the clinician's own files, shared through a server
    cards: CardRepository  # the "why" cards each profile has seen

    @classmethod
    def on(
        cls,
        db: Database,
        journal: Journal | None = None,
        told: Callable[[str], None] = lambda _line: None,
    ) -> Repositories:
        sessions = SessionRepository(db)
        return cls(
            db,
            ProfileRepository(db),
            sessions,
            SafetyRepository(db),
            VariantRepository(db),
            ClinicRepository(db),
            ImportRepository(db),
            ChartRepository(db),
            OutcomeRepository(db),
            sessions if journal is None else ForwardedRecording(journal, sessions, told),
            LibraryRepository(db),
            CardRepository(db),
        )

    @property
    def warnings(self) -> list[str]:
        """What opening the database could not do (today's backup, say)."""
        return self.db.warnings

    def close(self) -> None:
        if isinstance(self.recording, ForwardedRecording):
            self.recording.close()  # what waits is sent first, if the server answers
        self.db.close()
