"""The advice per program (content.md §4-5) for the window and ``hamsession advice``.

One rule for both: :func:`hamsession.domain.advice.advise` over the profile's logged
sessions, with the open red flags, the program's pain cap, its stages and its levels.
Everything the rule reads is read once per question (a :class:`Reading`), so the program
list's notes for every program cost one pass over the history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
from hamsession.domain.history import SessionEntry
from hamsession.domain.levels import progressed, shown_title
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.programs import Program
from hamsession.domain.progression import Thresholds
from hamsession.domain.sit_bone import hidden, regressed, why
from hamsession.domain.words import QT_TRANSLATE_NOOP, translate
from hamsession.services.errors import BadInput
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService
from hamsession.services.safety import SafetyService
from hamsession.services.variants import VariantService, root_id

#: The advice's first words per action, in English; translated where they are used.
LEADS = {
    "progress": QT_TRANSLATE_NOOP("Advice", "Ready to progress"),
    "repeat": QT_TRANSLATE_NOOP("Advice", "Next time, repeat this dose"),
    "step_back": QT_TRANSLATE_NOOP("Advice", "Next time, step back"),
    "review": QT_TRANSLATE_NOOP("Advice", "Please ask your physiotherapist for a review"),
    "stop": QT_TRANSLATE_NOOP("Advice", "Stop"),
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


@dataclass(frozen=True)
class Reading:
    """What the rule reads of one profile, read once."""

    profile: ProfileInfo
    programs: dict[str, Program]  # the library and this profile's own variants
    sessions: list[SessionEntry]
    history: list[Scored]
    thresholds: Callable[[str], Thresholds]
    stops: list[str]  # the messages of open red flags
    assigned: list[str]

    def title(self, program_id: str) -> str:
        """A program's title as a person reads it (its id when it is not known)."""
        found = self.programs.get(program_id)
        return shown_title(found.title) if found else program_id


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

    def read(self, profile: ProfileInfo) -> Reading:
        programs = dict(self._programs.library.programs)
        programs.update({p.id: p for p in self._variants.programs(profile)})
        sessions = self._history.sessions(profile, with_phases=False)
        thresholds = self._thresholds(profile, programs)
        return Reading(
            profile,
            programs,
            sessions,
            scored(sessions, thresholds),
            thresholds,
            self.safety.stops(profile),
            self._history.repos.clinic.assigned(profile.id),
        )

    def _thresholds(
        self, profile: ProfileInfo, programs: dict[str, Program]
    ) -> Callable[[str], Thresholds]:
        """Per program: the profile's thresholds, with the program's own pain cap unless a
        clinician changed the cap for this profile."""
        base = self._history.thresholds(profile)
        if "amber_pain_max" in self._history.changed_thresholds(profile):
            return lambda _program_id: base

        def lookup(program_id: str) -> Thresholds:
            found = programs.get(program_id)
            cap = found.pain_cap if found else None
            return base if cap is None else replace(base, amber_pain_max=cap)

        return lookup

    # ----- stages -----------------------------------------------------------------------------
    def _next_stage(self, program_id: str) -> str | None:
        root = root_id(program_id)
        later = sorted(p.id for p in self._programs.library.programs.values() if root in p.after)
        return later[0] if later else None

    @staticmethod
    def _previous_stage(r: Reading, program: Program | None) -> str | None:
        """The stage to drop to: only from a program as written (level 1) with an earlier
        stage; the one of those played last, else the first named."""
        if program is None or program.level != 1 or not program.after:
            return None
        for session in reversed(r.sessions):
            if root_id(session.program_id) in program.after:
                return root_id(session.program_id)
        return program.after[0]

    def stage_lock(self, profile: ProfileInfo, program_id: str, r: Reading | None = None):
        """Why a later stage is not open yet (None when it is): it opens after two green
        sessions in a row of an earlier stage, once played, or when a clinician assigns it."""
        program = self._programs.library.programs.get(root_id(program_id))
        if program is None or not program.after:
            return None
        r = r or self.read(profile)
        if program.id in r.assigned or any(root_id(s.program_id) == program.id for s in r.sessions):
            return None
        earlier = {
            x.session.program_id
            for x in r.history
            if root_id(x.session.program_id) in program.after
        }
        if stage_gate_met(r.history, earlier):
            return None
        quoted = [translate("Advice", "“{title}”").format(title=r.title(p)) for p in program.after]
        names = quoted[0]
        for other in quoted[1:]:
            names = translate("Advice", "{one} or {other}").format(one=names, other=other)
        return translate(
            "Advice",
            "Opens after two green sessions in a row of {programs}, "
            "or when your physiotherapist opens it",
        ).format(programs=names)

    # ----- advice -----------------------------------------------------------------------------
    def for_program(self, profile: ProfileInfo, program_id: str, r: Reading | None = None):
        r = r or self.read(profile)
        program = r.programs.get(program_id)
        return advise(
            program_id,
            r.history,
            r.thresholds(program_id),
            stops=r.stops,
            can_progress=program is None or progressed(program, program.id) is not None,
            next_stage=self._next_stage(program_id),
            previous_stage=self._previous_stage(r, program),
        )

    def all(self, profile: ProfileInfo) -> list[tuple[Advice, str, str]]:
        """One advice for each program with a logged session, by program id, each with the
        program's title and the advice in words."""
        r = self.read(profile)
        ids = sorted({s.program_id for s in r.sessions if s.symptoms is not None})
        found = [self.for_program(profile, program_id, r) for program_id in ids]
        return [(a, r.title(a.program), self._words(r, a)) for a in found]

    def explain(self, profile: ProfileInfo, program_id: str) -> tuple[Advice, str, Offer | None]:
        """One program's advice, in words, with what accepting it would do."""
        r = self.read(profile)
        got = self.for_program(profile, program_id, r)
        return got, self._words(r, got), self._offer(r, got)

    def picker_notes(self, profile: ProfileInfo, program_ids: Iterable[str]):
        """For the program list: each program's advice, offer, stage lock and F1 line.
        Programs hidden by a profile flag are left out."""
        r = self.read(profile)
        played = {s.program_id for s in r.sessions if s.symptoms is not None}
        notes: dict[str, PickerNote] = {}
        for program_id in program_ids:
            program = r.programs.get(program_id)
            if program is not None and hidden(program, profile.flags):
                continue
            got = self.for_program(profile, program_id, r) if program_id in played else None
            offer = self._offer(r, got) if got else None
            gone = regressed(program, profile.flags)[1] if program else ()
            notes[program_id] = PickerNote(
                self._words(r, got) if got else "",
                offer.label if offer else None,
                self.stage_lock(profile, program_id, r),
                why(gone) if gone else "",
            )
        return notes

    def hidden_line(self, profile: ProfileInfo, program_ids: Iterable[str]) -> str:
        """One line naming the programs a profile flag hides ("" when none)."""
        library = self._programs.library.programs
        titles = [
            library[i].title
            for i in program_ids
            if i in library and hidden(library[i], profile.flags)
        ]
        if not titles:
            return ""
        return translate(
            "Advice", "Hidden while sit-bone pain (F1) is flagged: {programs}."
        ).format(programs=", ".join(shown_title(t) for t in titles))

    # ----- in words, and accepting ------------------------------------------------------------
    @staticmethod
    def _words(r: Reading, advice: Advice) -> str:
        lead = LEADS.get(advice.action)
        if lead is None:
            return ""
        if advice.next_program and advice.action == PROGRESS:
            lead = translate("Advice", "Ready for the next stage, {program}").format(
                program=r.title(advice.next_program)
            )
        elif advice.next_program and advice.action == STEP_BACK:
            lead = translate("Advice", "Next time, go back to {program}").format(
                program=r.title(advice.next_program)
            )
        else:
            lead = translate("Advice", lead)
        reasons = "; ".join(advice.reasons)
        if not reasons:
            return translate("Advice", "{advice}.").format(advice=lead)
        if reasons.endswith((".", "!", "?")):  # a sentence of its own (a red flag's message)
            return translate("Advice", "{advice}: {reasons}").format(advice=lead, reasons=reasons)
        return translate("Advice", "{advice}: {reasons}.").format(advice=lead, reasons=reasons)

    @staticmethod
    def _offer(r: Reading, advice: Advice) -> Offer | None:
        if advice.action not in (PROGRESS, STEP_BACK):
            return None
        if advice.next_program:
            label = translate("Advice", "Choose {program} next time")
            return Offer(label.format(program=r.title(advice.next_program)), advice.next_program)
        if advice.action == PROGRESS:
            return Offer(translate("Advice", "Use the next level from next time"), None)
        return Offer(translate("Advice", "Use an easier version from next time"), None)

    def accept(self, profile: ProfileInfo, advice: Advice) -> tuple[str, str]:
        """Take the offer: (the program to choose next time, a sentence saying what happened)."""
        r = self.read(profile)
        offer = self._offer(r, advice)
        if offer is None:
            raise BadInput(
                translate("Advice", "there is nothing to accept for '{program}'").format(
                    program=advice.program
                )
            )
        if offer.next_program:
            said = translate("Advice", "Next time, choose “{program}”.")
            return offer.next_program, said.format(program=r.title(offer.next_program))
        made = self._variants.accept(profile, advice.program, advice.action)
        if made is None:
            return advice.program, translate(
                "Advice", "Every step is already at the end of its range: nothing changed."
            )
        said = translate(
            "Advice", "Saved as “{program}” in your programs. The original stays as it was."
        )
        return made.id, said.format(program=shown_title(made.title))
