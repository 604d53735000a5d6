"""A profile's own program variants, made when a progression suggestion is accepted."""

from __future__ import annotations

import re

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.levels import eased, progressed
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.program_writer import to_toml
from hamsession.domain.programs import Program
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService

_VERSION = re.compile(r"-v\d+$")


def root_id(program_id: str) -> str:
    """The program a variant was first made from (``p1-foundations-v3`` → ``p1-foundations``)."""
    return _VERSION.sub("", program_id)


class VariantService:
    def __init__(self, programs: ProgramService, history: HistoryService) -> None:
        self._programs = programs
        self._history = history

    def programs(self, profile: ProfileInfo) -> list[Program]:
        """The profile's variants that still read (a variant naming an exercise that is
        gone is left out rather than breaking the list)."""
        found = []
        for row in self._history.repos.variants.all(profile.id):
            from hamsession.domain.program_file import parse_program  # pydantic: on first use

            try:
                found.append(
                    parse_program(
                        row.body.encode(),
                        f"variant {row.program_id}",
                        self._programs.library.exercises,
                    )
                )
            except FileProblems:
                continue
        return found

    def program(self, profile: ProfileInfo, program_id: str) -> Program | None:
        return next((p for p in self.programs(profile) if p.id == program_id), None)

    def accept(self, profile: ProfileInfo, program_id: str, action: str) -> Program | None:
        """Save the next level ("progress") or an eased copy ("step_back") of a program for
        this profile only; None when the dose cannot change that way."""
        if action not in ("progress", "step_back"):
            raise ValueError(f"no program change for {action!r}")
        base = self.program(profile, program_id) or self._programs.program(program_id)
        root = root_id(base.id)[:58]
        taken = {p.id for p in self.programs(profile)}
        number = 1
        while f"{root}-v{number}" in taken:
            number += 1
        change = progressed if action == "progress" else eased
        variant = change(base, f"{root}-v{number}")
        if variant is None:
            return None
        from hamsession.domain.program_file import parse_program

        text = to_toml(variant, set(self._programs.library.exercises))
        checked = parse_program(text.encode(), variant.id, self._programs.library.exercises)
        self._history.repos.variants.add(profile.id, checked.id, base.id, text)
        return checked
