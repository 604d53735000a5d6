"""Every number in the built-in library says where it comes from (content.md §0): S, E or
A in a ``basis`` that names it. Exercises tag their own dose; a program step tags each
number that differs from its exercise's dose; a program tags a get-ready time other than
the default."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
TAG = re.compile(r"(?<![A-Za-z])[SEA](?![A-Za-z])")
DOSE_KEYS = ("sets", "reps", "hold_s", "rest_s", "rep_s", "breaths", "for_s")


def _effective(step: dict) -> dict[str, float]:
    """The numbers a step plays with, its file's defaults filled in (a stretch written
    without reps is one hold; a rest counts only between sets)."""
    if "breaths" in step:
        return {"breaths": step["breaths"]}
    found = {"sets": step.get("sets", 1)}
    if "for_s" not in step:  # a walk or a run has no reps
        found["reps"] = step.get("reps", 1)
    if found["sets"] > 1:
        found["rest_s"] = step.get("rest_s", 30)
    found |= {k: step[k] for k in ("hold_s", "rep_s", "for_s", "cue_every_s") if k in step}
    return found


def _shown(value: float) -> str:
    return f"{value:g}"


def _untagged(numbers: dict[str, float], basis: str) -> list[str]:
    """The numbers that neither appear in ``basis`` nor have a tag there at all."""
    if not TAG.search(basis):
        return [f"{key} = {_shown(v)} (no S/E/A tag)" for key, v in numbers.items()]
    mentioned = set(re.findall(r"\d+(?:\.\d+)?", basis))
    return [f"{key} = {_shown(v)}" for key, v in numbers.items() if _shown(v) not in mentioned]


def _pace_numbers(pace: dict | None) -> dict[str, float]:
    if not pace:
        return {}
    return {"breath.inhale_s": pace["inhale_s"], "breath.exhale_s": pace["exhale_s"]}


def _exercises() -> dict[str, dict]:
    found = {}
    for path in sorted((RESOURCES / "exercises").glob("*.toml")):
        raw = tomllib.loads(path.read_text())
        found[raw["id"]] = raw
    return found


def test_every_exercise_number_is_tagged():
    missing = []
    for ex_id, raw in _exercises().items():
        dose = raw.get("dose", {})
        numbers = {k: dose[k] for k in DOSE_KEYS if k in dose}
        numbers |= _pace_numbers(dose.get("breath"))
        for problem in _untagged(numbers, dose.get("basis", "")):
            missing.append(f"{raw.get('code', ex_id)}: {problem}")
    assert missing == []


def test_every_program_number_that_differs_from_its_exercise_is_tagged():
    exercises = _exercises()
    missing = []
    for path in sorted((RESOURCES / "programs").glob("*.toml")):
        raw = tomllib.loads(path.read_text())
        if raw.get("get_ready_s", 5) != 5:
            for problem in _untagged({"get_ready_s": raw["get_ready_s"]}, raw.get("basis", "")):
                missing.append(f"{path.name}: {problem}")
        for n, step in enumerate(raw["step"], start=1):
            if not isinstance(step["exercise"], str):
                continue
            dose = exercises[step["exercise"]].get("dose", {})
            numbers = {
                k: v
                for k, v in _effective(step).items()
                if v != dose.get(k, 1 if k in ("sets", "reps") else None)
            }
            pace = step.get("breath")
            if pace and pace != dose.get("breath"):
                numbers |= _pace_numbers(pace)
            for problem in _untagged(numbers, step.get("basis", "")):
                missing.append(f"{path.name} step {n} ({step['exercise']}): {problem}")
    assert missing == []
