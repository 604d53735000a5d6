"""Red flags of one profile: raising them, the messages in local words, and checking them.

A flag answered yes (at the screening, in the symptom log, or from "Something feels
wrong…") stays open until the person confirms that a professional has checked it.
While any flag is open every program's advice is "stop" and each start shows the
messages again; flags of a blocking urgency keep sessions from starting until then.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from hamsession.domain.emergency import emergency_words, out_of_hours_words, territory
from hamsession.domain.history import SafetyEntry
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.safety import (
    BY_ID,
    ROUTINE,
    SAME_DAY,
    RedFlag,
    flags_of_items,
    message,
    triggered,
)
from hamsession.domain.sit_bone import footstool
from hamsession.domain.words import translate
from hamsession.services.history import HistoryService, LogOutcome

SCREENING_EVERY = timedelta(days=7)
#: The clinic setting holding a clinic's own words for where to get emergency care.
EMERGENCY_TEXT = "emergency_text"


@dataclass(frozen=True)
class Notice:
    """One message to show: its urgency (for the badge) and its words."""

    urgency: str
    text: str


class SafetyService:
    def __init__(self, history: HistoryService, environ: Mapping[str, str] | None = None) -> None:
        self._history = history
        self.repo = history.repos.safety
        self._clinic = history.repos.clinic
        self._environ = os.environ if environ is None else environ

    # ----- words ------------------------------------------------------------------------------
    def where(self) -> str:
        """Where to go for emergency care, for this desktop's country or in the clinic's words."""
        own = self._clinic.setting(EMERGENCY_TEXT) or ""
        return emergency_words(territory(self._environ), own)

    def clinic_words(self) -> str:
        return self._clinic.setting(EMERGENCY_TEXT) or ""

    def set_clinic_words(self, text: str) -> None:
        """A clinic's own words for where to get emergency care ("" goes back to the default)."""
        text = " ".join(text.split())
        if len(text) > 300:
            raise ValueError(
                translate("SafetyService", "the emergency words are at most 300 characters")
            )
        self._clinic.set_setting(EMERGENCY_TEXT, text or None)

    def text(self, flag: RedFlag) -> str:
        """The flag's message; one that asks for a doctor today also says where to call
        when the practice is closed (the country's out-of-hours number, if it has one)."""
        text = message(flag, self.where())
        if flag.urgency == SAME_DAY:
            after = out_of_hours_words(territory(self._environ))
            text = f"{text} {after}" if after else text
        return text

    def notices(self, flags: Sequence[RedFlag]) -> list[Notice]:
        return [Notice(f.urgency, self.text(f)) for f in flags]

    def after_log(self, outcome: LogOutcome) -> list[Notice]:
        """What to show after a symptom log: its red flags, the pelvic-health message for
        pelvic-floor signs, and the footstool advice when sit-bone pain was first ticked."""
        found = self.notices(outcome.flags)
        if outcome.pelvic:
            found.append(Notice(ROUTINE, self.text(BY_ID["pelvic_floor"])))
        if outcome.footstool:
            found.append(Notice(ROUTINE, footstool()))
        return found

    # ----- the screening ----------------------------------------------------------------------
    @staticmethod
    def screening_due(profile: ProfileInfo, today: date | None = None) -> bool:
        """The safety questions come before the first session, then once a week."""
        today = today or date.today()
        try:
            last = date.fromisoformat(profile.last_screening)
        except ValueError:
            return True
        return today - last >= SCREENING_EVERY

    def screened(
        self, profile: ProfileInfo, item_ids: Sequence[str], today: date | None = None
    ) -> tuple[ProfileInfo, list[RedFlag]]:
        """The screening was answered: remember the day and raise what was ticked."""
        profile = self._history.screened(profile, today or date.today())
        return profile, self.raise_items(profile, item_ids)

    # ----- raising and checking ---------------------------------------------------------------
    def raise_items(self, profile: ProfileInfo, item_ids: Sequence[str]) -> list[RedFlag]:
        """Ticked safety questions outside a session (the screening, "Something feels
        wrong…"): each flag they belong to is raised; returns those flags."""
        flags = triggered(flags_of_items(item_ids))
        now = datetime.now(UTC)
        self.repo.add(profile.id, [SafetyEntry(f.id, f.urgency, now) for f in flags])
        return flags

    def open_flags(self, profile: ProfileInfo) -> list[RedFlag]:
        """Flags not yet confirmed as checked, most urgent first."""
        return triggered(e.flag for e in self.repo.entries(profile.id, open_only=True))

    def stops(self, profile: ProfileInfo) -> list[str]:
        """The messages of the open flags: while there are any, the advice is "stop"."""
        return [self.text(f) for f in self.open_flags(profile)]

    def blocked(self, profile: ProfileInfo) -> bool:
        """Whether an open flag keeps sessions from starting until it has been checked."""
        return any(f.blocking for f in self.open_flags(profile))

    def check(self, profile: ProfileInfo) -> int:
        """The person confirms a professional has checked every open flag."""
        return self.repo.check(profile.id)

    def entries(self, profile: ProfileInfo, since: datetime | None = None) -> list[SafetyEntry]:
        return self.repo.entries(profile.id, since)
