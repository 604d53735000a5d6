"""Profiles and the session history of one profile."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from hamsession.domain.desk_breaks import DESK_BREAK_ID, FEELS
from hamsession.domain.history import DEFAULT_PROFILE, SafetyEntry, SessionEntry, SymptomEntry
from hamsession.domain.profiles import NAME_RULE, ProfileInfo, checked_name
from hamsession.domain.progression import DEFAULT_THRESHOLDS, PRESSURE_DOWN, Thresholds
from hamsession.domain.safety import RedFlag, pelvic_floor_flagged, raised_by_log, triggered
from hamsession.domain.sit_bone import F1, SIT_BONE_REGION
from hamsession.domain.symptoms import MORNING, valid_score
from hamsession.domain.words import translate
from hamsession.services.errors import BadInput, NotSaved
from hamsession.storage.errors import write_problem

if TYPE_CHECKING:
    from hamsession.storage.repositories import Repositories


@dataclass(frozen=True)
class LogOutcome:
    """What saving a symptom log led to, for the pages that follow it."""

    profile: ProfileInfo  # as it now is (F1 may have been set)
    flags: tuple[RedFlag, ...]  # red flags raised, most urgent first
    pelvic: bool  # pelvic-floor signs that were not ticked as a red flag
    footstool: bool  # F1 was set just now: the footstool advice is due


def _taken(name: str) -> str:
    return translate("History", "a profile named '{name}' already exists").format(name=name)


def _checked_name(name: str) -> str:
    kept = checked_name(name)
    if kept is None:
        raise BadInput(NAME_RULE)
    return kept


class HistoryService:
    """Profiles and their sessions, over the repositories the composition root made."""

    def __init__(self, repos: Repositories) -> None:
        self.repos = repos  # or DeferredRepositories, which open on first need

    @property
    def db(self):
        return self.repos.db

    def open_storage(self) -> None:
        """Open the database layer now if it waits for its first need (the app opened on
        the start-up reads): called at idle time, so the history's first opening does
        not wait for it."""
        full = getattr(self.repos, "full", None)
        if full is not None:
            full()

    @staticmethod
    def load_storage() -> None:
        """Import the database layer ahead of need (on a background thread, say), so the
        first write after a start on the start-up reads does not wait for it."""
        import hamsession.storage.repositories  # noqa: F401

    def version(self) -> int | None:
        """Changes whenever the history changes (None: not known, read it again)."""
        return self.db.version()

    def close(self) -> None:
        self.repos.close()

    # ----- profiles ---------------------------------------------------------------------------
    def profile(self, name: str | None = None) -> ProfileInfo:
        """The named profile; without a name, the default one (created on first use)."""
        wanted = name or DEFAULT_PROFILE
        found = self.repos.profiles.find(wanted)
        if found is None and wanted == DEFAULT_PROFILE:
            found = self.repos.profiles.find_or_create(DEFAULT_PROFILE)
        if found is None:
            raise BadInput(translate("History", "unknown profile '{name}'").format(name=wanted))
        return found

    def create_profile(self, name: str) -> ProfileInfo:
        name = _checked_name(name)
        if self.repos.profiles.find(name) is not None:
            raise BadInput(_taken(name))
        return self.repos.profiles.create(name)

    def delete_profile(self, name: str) -> None:
        self.repos.profiles.delete(self.profile(name).id)

    def set_pelvic_floor_items(self, profile: ProfileInfo, on: bool) -> ProfileInfo:
        """Turn the optional pelvic-floor questions of the symptom log on or off."""
        return self.repos.profiles.set_pelvic_floor_items(profile.id, on)

    def profiles(self) -> list[ProfileInfo]:
        return self.repos.profiles.all()

    def rename_profile(self, profile: ProfileInfo, name: str) -> ProfileInfo:
        name = _checked_name(name)
        other = self.repos.profiles.find(name)
        if other is not None and other.id != profile.id:
            raise BadInput(_taken(name))
        return self.repos.profiles.rename(profile.id, name)

    def set_weekly_target(self, profile: ProfileInfo, minutes: int | None) -> ProfileInfo:
        """Minutes a week the profile aims for (None: no target); shown on the charts."""
        if minutes is not None and (not isinstance(minutes, int) or not 1 <= minutes <= 1000):
            raise BadInput(translate("History", "the weekly target is 1 to 1000 minutes"))
        return self.repos.profiles.update(profile.id, weekly_target_min=minutes)

    def screened(self, profile: ProfileInfo, on: date) -> ProfileInfo:
        """Remember the day the safety questions were last answered by this profile."""
        return self.repos.profiles.update(profile.id, last_screening=on.isoformat())

    # ----- sessions ---------------------------------------------------------------------------
    def sessions(self, profile: ProfileInfo, with_phases: bool = True) -> list[SessionEntry]:
        return self.repos.sessions.sessions(profile.id, with_phases)

    def session_batches(self, profile: ProfileInfo) -> Iterator[list[SessionEntry]]:
        """The profile's sessions with their phases, oldest first, a batch at a time."""
        return self.repos.sessions.session_batches(profile.id)

    def session(self, profile: ProfileInfo, session_id: str) -> SessionEntry | None:
        return self.repos.sessions.session(profile.id, session_id)

    def my_program(self, profile: ProfileInfo) -> str | None:
        """The program the profile played last, desk breaks aside (None before any)."""
        return self.repos.sessions.last_program(profile.id, DESK_BREAK_ID)

    def program_ids(self, profile: ProfileInfo) -> list[str]:
        return self.repos.sessions.program_ids(profile.id)

    def unfinished(self, profile: ProfileInfo) -> list[str]:
        """Sessions the app never saw end, to be logged at the next start (a desk break
        cut short needs no symptom log)."""
        return self.repos.sessions.unfinished(profile.id, other_than=DESK_BREAK_ID)

    def _own(self, profile: ProfileInfo, session_id: str) -> None:
        """Refuse to touch a session of another profile (or one that does not exist)."""
        if self.repos.sessions.owner(session_id) != profile.id:
            raise BadInput(
                translate("History", "no session {session} in this profile").format(
                    session=session_id
                )
            )

    def save_symptoms(self, profile: ProfileInfo, session_id: str, entry: SymptomEntry) -> None:
        self._own(profile, session_id)
        self.repos.sessions.save_symptoms(session_id, entry)

    def log_symptoms(
        self,
        profile: ProfileInfo,
        session_id: str,
        entry: SymptomEntry,
        flag_ids: Sequence[str] = (),
    ) -> LogOutcome:
        """Save a symptom log with the red flags it raises (the ones ticked, and nerve signs
        in a leg), in one transaction; ticking the sit-bone region sets flag F1."""
        self._own(profile, session_id)
        flags = self.flags_in(entry, flag_ids)
        now = datetime.now(UTC)
        raised = [SafetyEntry(f.id, f.urgency, now, session_id) for f in flags]
        footstool = SIT_BONE_REGION in entry.regions and F1 not in profile.flags
        with self.writing():
            self.repos.sessions.save_symptoms(session_id, entry, raised, profile.id)
            if footstool:
                profile = self.set_flag(profile, F1, True)
        pelvic = pelvic_floor_flagged(entry.pelvic_floor) or PRESSURE_DOWN in entry.form_signs
        return LogOutcome(
            profile, tuple(flags), pelvic and "pelvic_floor" not in flag_ids, footstool
        )

    @staticmethod
    def flags_in(entry: SymptomEntry, flag_ids: Sequence[str] = ()) -> tuple[RedFlag, ...]:
        """The red flags a log raises: the ones ticked, and nerve signs in a leg."""
        return tuple(triggered([*flag_ids, *raised_by_log(entry.leg_symptoms)]))

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One transaction; a storage failure in it becomes :class:`NotSaved`."""
        try:
            with self.repos.db.transaction():
                yield
        except Exception as err:
            reason = write_problem(err)
            if reason is None:
                raise
            raise NotSaved(reason) from err

    def set_flag(self, profile: ProfileInfo, flag: str, on: bool) -> ProfileInfo:
        """Set or clear a profile flag such as F1 (sit-bone pain)."""
        flags = [f for f in profile.flags if f != flag] + ([flag] if on else [])
        return self.repos.profiles.update(profile.id, flags=flags)

    def thresholds(self, profile: ProfileInfo) -> Thresholds:
        """The profile's progression thresholds: the defaults, with a clinician's changes."""
        return replace(DEFAULT_THRESHOLDS, **self.changed_thresholds(profile))

    def changed_thresholds(self, profile: ProfileInfo) -> dict:
        """Only the thresholds a clinician set to something other than the default."""
        known = {f.name: getattr(DEFAULT_THRESHOLDS, f.name) for f in fields(Thresholds)}
        stored = self.repos.profiles.thresholds(profile.id)
        return {k: v for k, v in stored.items() if k in known and v != known[k]}

    def set_thresholds(self, profile: ProfileInfo, changes: Mapping[str, float]) -> Thresholds:
        """Change some thresholds by name; unknown names and values outside 0-10 are refused."""
        current = asdict(self.thresholds(profile))
        unknown = set(changes) - set(current)
        if unknown:
            raise BadInput(
                translate("History", "unknown threshold {name}").format(
                    name=repr(sorted(unknown)[0])
                )
            )
        for name, value in changes.items():
            if not isinstance(value, int | float) or not 0 <= value <= 10:
                raise BadInput(
                    translate("History", "{name} must be a number from 0 to 10").format(name=name)
                )
        current.update(changes)
        defaults = asdict(DEFAULT_THRESHOLDS)
        self.repos.profiles.set_thresholds(
            profile.id, {k: v for k, v in current.items() if v != defaults[k]}
        )
        return self.thresholds(profile)

    def morning_question(
        self, profile: ProfileInfo, today: date | None = None
    ) -> tuple[str, datetime] | None:
        """The session to ask "how was the morning after?" about, if one is waiting."""
        latest = self.repos.sessions.latest_logged(profile.id)
        if latest is None:
            return None
        today = today or datetime.now().astimezone().date()
        if latest.morning is None and latest.started_at.astimezone().date() < today:
            return latest.session_id, latest.started_at
        return None

    def save_morning(
        self,
        profile: ProfileInfo,
        session_id: str,
        answer: str,
        pain: int | None,
        stiffness: str | None = None,
    ) -> None:
        self._own(profile, session_id)
        if answer not in MORNING or not valid_score(pain) or stiffness not in (*MORNING, None):
            raise BadInput(
                translate(
                    "History",
                    "the morning answer is better, same or worse, with pain 0 to 10 and "
                    "stiffness better, same or worse",
                )
            )
        with self.writing():
            self.repos.sessions.save_morning(session_id, answer, pain, stiffness)

    def save_feel(self, profile: ProfileInfo, session_id: str, feel: str) -> None:
        """A desk break's one-question log: better, same or worse."""
        self._own(profile, session_id)
        if feel not in FEELS:
            raise BadInput(
                translate("History", "after a desk break the answer is better, same or worse")
            )
        self.repos.sessions.save_symptoms(session_id, SymptomEntry(feel=feel))
