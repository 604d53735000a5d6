"""Profiles and the session history of one profile."""

from __future__ import annotations

import re

from hamsession.domain.history import SessionEntry, SymptomEntry
from hamsession.services.errors import BadInput
from hamsession.services.recording import SessionRecorder
from hamsession.services.session import SessionRun
from hamsession.services.trace import NO_TRACE, Trace
from hamsession.storage.database import Database
from hamsession.storage.history_repo import HistoryRepository, ProfileInfo

DEFAULT_PROFILE = "default"
_NAME = re.compile(r"^[^\x00-\x1f]{1,80}$")


class HistoryService:
    def __init__(self, db: Database, trace: Trace = NO_TRACE) -> None:
        self.db = db
        self.repo = HistoryRepository(db)
        self._trace = trace

    # ----- profiles ---------------------------------------------------------------------------
    def profile(self, name: str | None = None) -> ProfileInfo:
        """The named profile; without a name, the default one (created on first use)."""
        wanted = name or DEFAULT_PROFILE
        found = self.repo.find_profile(wanted)
        if found is None and wanted == DEFAULT_PROFILE:
            found = self.repo.create_profile(DEFAULT_PROFILE)
        if found is None:
            raise BadInput(f"unknown profile '{wanted}'")
        return found

    def create_profile(self, name: str) -> ProfileInfo:
        name = name.strip()
        if not _NAME.match(name):
            raise BadInput("a profile name is 1 to 80 characters of text")
        if self.repo.find_profile(name) is not None:
            raise BadInput(f"a profile named '{name}' already exists")
        return self.repo.create_profile(name)

    def delete_profile(self, name: str) -> None:
        self.repo.delete_profile(self.profile(name).id)

    def profiles(self) -> list[ProfileInfo]:
        return self.repo.profiles()

    # ----- sessions ---------------------------------------------------------------------------
    def record(self, run: SessionRun, profile: ProfileInfo) -> SessionRecorder:
        """Start writing ``run`` to the history of ``profile`` as it plays."""
        return SessionRecorder(self.repo, profile.id, run.program, run.engine, self._trace)

    def sessions(self, profile: ProfileInfo) -> list[SessionEntry]:
        return self.repo.sessions(profile.id)

    def unfinished(self, profile: ProfileInfo) -> list[str]:
        return self.repo.unfinished(profile.id)

    def save_symptoms(self, session_id: str, entry: SymptomEntry) -> None:
        self.repo.save_symptoms(session_id, entry)
