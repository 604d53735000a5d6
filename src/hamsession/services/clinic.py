"""Clinic mode: the clinician PIN, profile PINs, the idle lock and assigned programs.

Clinic mode is on while a clinician PIN is set. Then the clinician functions
(the list of clients, creating, renaming and deleting them, assigning and
editing programs, settings) refuse until :meth:`ClinicService.unlock` got the
PIN, and :meth:`ClinicService.lock` closes them again (hand-over, idle lock).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from hamsession.domain.history import DEFAULT_PROFILE
from hamsession.domain.pins import (
    PinCheck,
    hash_pin,
    needs_rehash,
    pin_matches,
    pin_problem,
    wait_after,
)
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.programs import Exercise, Program
from hamsession.domain.sit_bone import F1
from hamsession.domain.words import Words, translate
from hamsession.services.errors import BadInput
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService, ProgramSummary
from hamsession.services.safety import SafetyService

CLINICIAN = "clinician"
_CLINICIAN_PIN = "clinician_pin"
_IDLE_LOCK = "idle_lock_min"
DEFAULT_IDLE_LOCK_MIN = 5
IDLE_LOCK_RANGE = (1, 120)


class Clinic(Words):
    """The context of the clinic's messages (its plurals: ``Clinic.tr(...)``)."""


class ClinicianLocked(BadInput):
    """A clinician function was asked for without the clinician PIN."""


def _now() -> datetime:
    return datetime.now(UTC)


class ClinicService:
    def __init__(
        self,
        history: HistoryService,
        programs: ProgramService,
        now: Callable[[], datetime] = _now,
    ) -> None:
        self._history = history
        self._programs = programs
        self.repo = history.repos.clinic
        self._now = now
        self._unlocked = False

    # ----- the clinician PIN ------------------------------------------------------------------
    @property
    def clinic_mode(self) -> bool:
        return self.repo.setting(_CLINICIAN_PIN) is not None

    @property
    def unlocked(self) -> bool:
        """Whether clinician functions may run now (always, outside clinic mode)."""
        return self._unlocked or not self.clinic_mode

    def unlock(self, pin: str) -> PinCheck:
        result = self._check(
            CLINICIAN,
            self.repo.setting(_CLINICIAN_PIN),
            pin,
            lambda new: self.repo.set_setting(_CLINICIAN_PIN, new),
        )
        self._unlocked = self._unlocked or result.ok
        return result

    def lock(self) -> None:
        self._unlocked = False

    def require(self) -> None:
        if not self.unlocked:
            raise ClinicianLocked(translate("Clinic", "this needs the clinician PIN"))

    def set_clinician_pin(self, pin: str | None) -> None:
        """Set or change the clinician PIN (None turns clinic mode off). Needs the old PIN."""
        self.require()
        if pin is None:
            self.repo.set_setting(_CLINICIAN_PIN, None)
            return
        problem = pin_problem(pin)
        if problem:
            raise BadInput(problem)
        self.repo.set_setting(_CLINICIAN_PIN, hash_pin(pin))
        self.repo.clear_failures(CLINICIAN)
        self._unlocked = True

    # ----- profile PINs -----------------------------------------------------------------------
    def set_profile_pin(self, profile: ProfileInfo, pin: str | None) -> ProfileInfo:
        if pin is not None:
            problem = pin_problem(pin)
            if problem:
                raise BadInput(problem)
        self.repo.clear_failures(_subject(profile))
        return self._history.repos.profiles.update(
            profile.id, pin_hash=None if pin is None else hash_pin(pin)
        )

    def check_profile(self, profile: ProfileInfo, pin: str) -> PinCheck:
        return self._check(
            _subject(profile),
            self._history.repos.profiles.pin_hash(profile.id),
            pin,
            lambda new: self._history.repos.profiles.update(profile.id, pin_hash=new),
        )

    def _check(
        self, subject: str, stored: str | None, pin: str, store: Callable[[str], object]
    ) -> PinCheck:
        """One try; a right PIN hashed at a lower cost is hashed again at today's."""
        failures, last = self.repo.failures(subject)
        now = self._now()
        if last is not None:
            left = wait_after(failures) - (now - last).total_seconds()
            if left > 0:
                said = Clinic.tr("Too many wrong tries: wait %n s.", "", math.ceil(left))
                return PinCheck(False, left, said)
        if stored is not None and pin_matches(pin, stored):
            if failures:
                self.repo.clear_failures(subject)
            if needs_rehash(stored):
                store(hash_pin(pin))
            return PinCheck(True)
        wait = wait_after(self.repo.record_failure(subject, now))
        if not wait:
            return PinCheck(False, wait, translate("Clinic", "Wrong PIN."))
        return PinCheck(
            False, wait, Clinic.tr("Wrong PIN. Try again in %n s.", "", math.ceil(wait))
        )

    # ----- clinician functions ----------------------------------------------------------------
    def clients(self) -> list[ProfileInfo]:
        """Every client; the automatic "default" profile only once it holds sessions."""
        self.require()
        return [
            p
            for p in self._history.profiles()
            if p.name != DEFAULT_PROFILE or self._history.program_ids(p)
        ]

    def create_client(self, name: str) -> ProfileInfo:
        self.require()
        return self._history.create_profile(name)

    def rename_client(self, profile: ProfileInfo, name: str) -> ProfileInfo:
        self.require()
        return self._history.rename_profile(profile, name)

    def delete_client(self, profile: ProfileInfo) -> None:
        self.require()
        self._history.repos.profiles.delete(profile.id)

    def visible(self, profile: ProfileInfo, rows: list[ProgramSummary]) -> list[ProgramSummary]:
        """The programs a profile may see, in order. In clinic mode a client sees the ones
        assigned to them first, then the built-ins, never another client's programs;
        outside clinic mode everyone sees every program."""
        if not self.clinic_mode:
            return list(rows)
        assigned = set(self.assigned(profile))
        return [r for r in rows if r.id in assigned] + [
            r for r in rows if r.builtin and r.id not in assigned
        ]

    def assigned(self, profile: ProfileInfo) -> list[str]:
        """Ids of the programs assigned to a profile (the profile itself may read these)."""
        return self.repo.assigned(profile.id)

    def assign(self, profile: ProfileInfo, program_ids: list[str]) -> None:
        """Make ``program_ids`` exactly the programs assigned to the profile."""
        self.require()
        known = self._programs.library.programs
        unknown = [p for p in program_ids if p not in known]
        if unknown:
            raise BadInput(
                translate("Clinic", "unknown program '{program}'").format(program=unknown[0])
            )
        current = self.repo.assigned(profile.id)
        for program_id in current:
            if program_id not in program_ids:
                self.repo.unassign(profile.id, program_id)
        for program_id in program_ids:
            self.repo.assign(profile.id, program_id)

    def save_program(self, program: Program) -> Path:
        """Save a program made in the editor to the data folder (see ProgramService)."""
        self.require()
        return self._programs.save_program(program)

    def save_exercise(self, exercise: Exercise) -> Path:
        self.require()
        return self._programs.save_exercise(exercise)

    @property
    def idle_lock_min(self) -> int:
        raw = self.repo.setting(_IDLE_LOCK)
        try:
            value = int(raw) if raw is not None else DEFAULT_IDLE_LOCK_MIN
        except ValueError:
            return DEFAULT_IDLE_LOCK_MIN
        low, high = IDLE_LOCK_RANGE
        return min(max(value, low), high)

    def set_idle_lock_min(self, minutes: int) -> None:
        self.require()
        low, high = IDLE_LOCK_RANGE
        if not isinstance(minutes, int) or not low <= minutes <= high:
            raise BadInput(
                translate("Clinic", "the idle lock is {low} to {high} minutes").format(
                    low=low, high=high
                )
            )
        self.repo.set_setting(_IDLE_LOCK, str(minutes))

    def set_thresholds(self, profile: ProfileInfo, /, **changes: float):
        self.require()
        return self._history.set_thresholds(profile, changes)

    def set_weekly_target(self, profile: ProfileInfo, minutes: int | None) -> ProfileInfo:
        self.require()
        return self._history.set_weekly_target(profile, minutes)

    def set_sit_bone_flag(self, profile: ProfileInfo, on: bool) -> ProfileInfo:
        """Set or clear F1 (sit-bone pain) for a client."""
        self.require()
        return self._history.set_flag(profile, F1, on)

    def emergency_words(self) -> str:
        return SafetyService(self._history).clinic_words()

    def set_emergency_words(self, text: str) -> None:
        """The clinic's own words for where to get emergency care ("" for the default)."""
        self.require()
        try:
            SafetyService(self._history).set_clinic_words(text)
        except ValueError as err:
            raise BadInput(str(err)) from None


def _subject(profile: ProfileInfo) -> str:
    return f"profile:{profile.id}"
