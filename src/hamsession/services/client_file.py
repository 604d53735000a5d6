"""What moves with a client besides the history: settings, assigned programs and variants.

It rides in the export file (contracts §6) as an optional ``client`` object of each
profile, so one file carries a client from the clinic laptop to their own computer.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.program_file import parse_program
from hamsession.domain.progression import Thresholds
from hamsession.domain.words import translate
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService

ProgramId = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, allow_inf_nan=False)


class ProgramFileIn(_Strict):
    id: ProgramId
    toml: Annotated[str, Field(max_length=200_000)]
    base: ProgramId | None = None  # set for a profile's own variant


class ClientIn(_Strict):
    pelvic_floor_items: bool = False
    weekly_target_min: Annotated[int, Field(ge=1, le=1000)] | None = None
    thresholds: dict[str, Annotated[float, Field(ge=0, le=10)]] = {}
    assigned: list[ProgramId] = []
    programs: list[ProgramFileIn] = []
    variants: list[ProgramFileIn] = []
    flags: list[Annotated[str, Field(pattern=r"^[A-Za-z0-9_]{1,16}$")]] | None = None  # F1

    @field_validator("thresholds")
    @classmethod
    def _known_thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        known = {f.name for f in fields(Thresholds)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"unknown threshold {unknown[0]!r}")
        return value


def client_json(history: HistoryService, programs: ProgramService, profile: ProfileInfo) -> dict:
    """The client's settings, assigned programs (with the text of non-built-in ones)
    and own variants."""
    lib = programs.library
    assigned = history.repos.clinic.assigned(profile.id)
    files = []
    for program_id in assigned:
        path = lib.paths.get(program_id)
        if program_id not in lib.builtin_ids and path is not None:
            files.append({"id": program_id, "toml": path.read_text(encoding="utf-8")})
    return {
        "pelvic_floor_items": profile.pelvic_floor_items,
        "weekly_target_min": profile.weekly_target_min,
        "thresholds": history.repos.profiles.thresholds(profile.id),
        "flags": list(profile.flags),
        "assigned": assigned,
        "programs": files,
        "variants": [
            {"id": v.program_id, "base": v.base_id, "toml": v.body}
            for v in history.repos.variants.all(profile.id)
        ],
    }


def apply_client(
    history: HistoryService,
    programs: ProgramService,
    profile: ProfileInfo,
    client: ClientIn,
    written: list[Path] | None = None,
) -> list[str]:
    """Bring the client's settings and programs in; returns one line per thing left out.
    Program files saved are added to ``written`` (so a failed import can take them back).

    A program whose id already names a different program here is kept as it is here.
    """
    notes: list[str] = []
    lib = programs.library
    for item in client.programs:
        try:
            program = parse_program(item.toml.encode(), f"{item.id}.toml", lib.exercises)
        except FileProblems as err:
            said = translate("ClientFile", "program {program} left out: {reason}")
            notes.append(said.format(program=item.id, reason=err.problems[0].message))
            continue
        path = lib.paths.get(program.id)
        if path is None:
            saved = programs.save_program(program)
            if written is not None:
                written.append(saved)
            lib = programs.library
        elif path.read_text(encoding="utf-8") != item.toml:
            said = translate(
                "ClientFile", "program {program} left out: a different program has that id here"
            )
            notes.append(said.format(program=item.id))
    have = {v.program_id for v in history.repos.variants.all(profile.id)}
    for item in client.variants:
        if item.id in have:
            continue
        try:
            parse_program(item.toml.encode(), f"variant {item.id}", lib.exercises)
        except FileProblems as err:
            said = translate("ClientFile", "variant {variant} left out: {reason}")
            notes.append(said.format(variant=item.id, reason=err.problems[0].message))
            continue
        history.repos.variants.add(profile.id, item.id, item.base or item.id, item.toml)
    clinic = history.repos.clinic
    for program_id in client.assigned:
        if program_id in lib.programs:
            clinic.assign(profile.id, program_id)
        else:
            said = translate("ClientFile", "assigned program {program} is not on this computer")
            notes.append(said.format(program=program_id))
    history.repos.profiles.set_pelvic_floor_items(profile.id, client.pelvic_floor_items)
    history.repos.profiles.update(profile.id, weekly_target_min=client.weekly_target_min)
    if client.thresholds:
        history.set_thresholds(profile, client.thresholds)
    if client.flags is not None:
        history.repos.profiles.update(profile.id, flags=list(dict.fromkeys(client.flags)))
    return notes
