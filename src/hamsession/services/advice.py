"""The advice per program (content.md §4-5) for the window and ``hamsession advice``.

One rule for both: :func:`hamsession.domain.advice.advise` over the profile's logged
sessions, with the open red flags, the program's pain cap, its stages and its levels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from hamsession.domain.advice import (
    PROGRESS,
    STEP_BACK,
    Advice,
    Scored,
    advise,
    scored,
    stage_gate_met,
)
from hamsession.domain.levels import progressed
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.programs import Program
from hamsession.domain.progression import Thresholds
from hamsession.domain.sit_bone import hidden, regressed, why
from hamsession.services.errors import BadInput
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService
from hamsession.services.safety import SafetyService
from hamsession.services.variants import VariantService, root_id

LEADS = {
    "progress": "Ready to progress",
    "repeat": "Next time, repeat this dose",
    "step_back": "Next time, step back",
    "review": "Please ask your physiotherapist for a review",
    "stop": "Stop",
}


@dataclass(frozen=True)
class PickerNote:
    """What the program list says about one program."""

    advice: str  # the advice in words ("" when there is none yet)
    offer: str | None  # what accepting it does, when something can be accepted
    lock: str | None  # why a later stage is not open yet
    left_out: str  # which steps a profile flag leaves out, and why ("" when none)


@dataclass(frozen=True)
class Offer:
    """What accepting an advice does: a button's words, and the program it leads to."""

    label: str
    next_program: str | None  # an existing program to choose next time (else a new level)


class AdviceService:
    def __init__(
        self,
        history: HistoryService,
        programs: ProgramService,
        safety: SafetyService,
        variants: VariantService | None = None,
    ) -> None:
        self._history = history
        self._programs = programs
        self.safety = safety
        self._variants = variants or VariantService(programs, history)

    # ----- programs, stages, thresholds -------------------------------------------------------
    def program(self, profile: ProfileInfo, program_id: str) -> Program | None:
        own = self._variants.program(profile, program_id)
        return own or self._programs.library.programs.get(program_id)

    def title(self, profile: ProfileInfo, program_id: str) -> str:
        found = self.program(profile, program_id)
        return found.title if found else program_id

    def thresholds_for(self, profile: ProfileInfo) -> Callable[[str], Thresholds]:
        """Per program: the profile's thresholds, with the program's own pain cap unless a
        clinician changed the cap for this profile."""
        base = self._history.thresholds(profile)
        own_cap = "amber_pain_max" in self._history.changed_thresholds(profile)
        caps: dict[str, int | None] = {}

        def lookup(program_id: str) -> Thresholds:
            if program_id not in caps:
                found = self.program(profile, program_id)
                caps[program_id] = found.pain_cap if found else None
            cap = caps[program_id]
            return base if own_cap or cap is None else replace(base, amber_pain_max=cap)

        return lookup

    def next_stage(self, program_id: str) -> str | None:
        root = root_id(program_id)
        later = sorted(p.id for p in self._programs.library.programs.values() if root in p.after)
        return later[0] if later else None

    def previous_stage(self, profile: ProfileInfo, program: Program | None) -> str | None:
        """The stage to drop to: only from a program as written (level 1) with an earlier
        stage; the one of those played last, else the first named."""
        if program is None or program.level != 1 or not program.after:
            return None
        played = [s.program_id for s in self._history.sessions(profile, with_phases=False)]
        for program_id in reversed(played):
            if root_id(program_id) in program.after:
                return root_id(program_id)
        return program.after[0]

    def stage_lock(
        self,
        profile: ProfileInfo,
        program_id: str,
        sessions: list | None = None,
        history: list[Scored] | None = None,
    ) -> str | None:
        """Why a later stage is not open yet (None when it is): it opens after two green
        sessions in a row of an earlier stage, once played, or when a clinician assigns it."""
        program = self._programs.library.programs.get(root_id(program_id))
        if program is None or not program.after:
            return None
        if root_id(program_id) in self._history.repos.clinic.assigned(profile.id):
            return None
        if sessions is None:
            sessions = self._history.sessions(profile, with_phases=False)
        if any(root_id(s.program_id) == program.id for s in sessions):
            return None
        if history is None:
            history = scored(sessions, self.thresholds_for(profile))
        earlier = {
            s.session.program_id for s in history if root_id(s.session.program_id) in program.after
        }
        if stage_gate_met(history, earlier):
            return None
        names = " or ".join(f"\u201c{self.title(profile, p)}\u201d" for p in program.after)
        return (
            f"Opens after two green sessions in a row of {names}, "
            "or when your physiotherapist opens it"
        )

    # ----- advice -----------------------------------------------------------------------------
    def history(self, profile: ProfileInfo) -> list[Scored]:
        return scored(
            self._history.sessions(profile, with_phases=False), self.thresholds_for(profile)
        )

    def for_program(
        self, profile: ProfileInfo, program_id: str, history: list[Scored] | None = None
    ) -> Advice:
        history = self.history(profile) if history is None else history
        program = self.program(profile, program_id)
        return advise(
            program_id,
            history,
            self.thresholds_for(profile)(program_id),
            stops=self.safety.stops(profile),
            can_progress=program is None or progressed(program, program.id) is not None,
            next_stage=self.next_stage(program_id),
            previous_stage=self.previous_stage(profile, program),
        )

    def all(self, profile: ProfileInfo) -> list[Advice]:
        """One advice for each program with a logged session, by program id."""
        sessions = self._history.sessions(profile, with_phases=False)
        history = scored(sessions, self.thresholds_for(profile))
        ids = sorted({s.program_id for s in sessions if s.symptoms is not None})
        return [self.for_program(profile, program_id, history) for program_id in ids]

    def picker_notes(self, profile: ProfileInfo, program_ids: list[str]) -> dict[str, PickerNote]:
        """For the program list: each program's advice, offer, stage lock and F1 line, read
        from one pass over the history. Programs hidden by a profile flag are left out."""
        sessions = self._history.sessions(profile, with_phases=False)
        history = scored(sessions, self.thresholds_for(profile))
        played = {s.program_id for s in sessions if s.symptoms is not None}
        notes = {}
        for program_id in program_ids:
            program = self.program(profile, program_id)
            if program is not None and hidden(program, profile.flags):
                continue
            got = self.for_program(profile, program_id, history) if program_id in played else None
            offer = self.offer(profile, got) if got else None
            gone = regressed(program, profile.flags)[1] if program else ()
            notes[program_id] = PickerNote(
                self.words(profile, got) if got else "",
                offer.label if offer else None,
                self.stage_lock(profile, program_id, sessions, history),
                why(gone) if gone else "",
            )
        return notes

    def hidden_line(self, profile: ProfileInfo, program_ids: list[str]) -> str:
        """One line naming the programs a profile flag hides ("" when none)."""
        titles = [
            p.title
            for p in (self.program(profile, i) for i in program_ids)
            if p is not None and hidden(p, profile.flags)
        ]
        return f"Hidden while sit-bone pain (F1) is flagged: {', '.join(titles)}." if titles else ""

    def words(self, profile: ProfileInfo, advice: Advice) -> str:
        """The advice as one paragraph in plain words ("" when there is none)."""
        lead = LEADS.get(advice.action)
        if lead is None:
            return ""
        if advice.next_program and advice.action == PROGRESS:
            lead = f"Ready for the next stage, {self.title(profile, advice.next_program)}"
        elif advice.next_program and advice.action == STEP_BACK:
            lead = f"Next time, go back to {self.title(profile, advice.next_program)}"
        reasons = "; ".join(advice.reasons)
        if not reasons:
            return f"{lead}."
        return f"{lead}: {reasons}" + ("" if reasons.endswith((".", "!", "?")) else ".")

    def offer(self, profile: ProfileInfo, advice: Advice) -> Offer | None:
        """What the person may accept, if anything (only progress and step back change a dose)."""
        if advice.action not in (PROGRESS, STEP_BACK):
            return None
        if advice.next_program:
            title = self.title(profile, advice.next_program)
            return Offer(f"Choose {title} next time", advice.next_program)
        if advice.action == PROGRESS:
            return Offer("Use the next level from next time", None)
        return Offer("Use an easier version from next time", None)

    def accept(self, profile: ProfileInfo, advice: Advice) -> tuple[str, str]:
        """Take the offer: (the program to choose next time, a sentence saying what happened)."""
        offer = self.offer(profile, advice)
        if offer is None:
            raise BadInput(f"there is nothing to accept for '{advice.program}'")
        if offer.next_program:
            title = self.title(profile, offer.next_program)
            return offer.next_program, f"Next time, choose \u201c{title}\u201d."
        made = self._variants.accept(profile, advice.program, advice.action)
        if made is None:
            return advice.program, "Every step is already at the end of its range: nothing changed."
        return made.id, (
            f"Saved as \u201c{made.title}\u201d in your programs. The original stays as it was."
        )
