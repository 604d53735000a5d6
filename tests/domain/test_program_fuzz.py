"""Property tests: whatever TOML document arrives, the loader ends in a program or FileProblems."""

from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.program_file import StepModel, parse_program
from hamsession.domain.timeline import compile_program
from hamsession.storage.assets import resources_dir

STEP_KEYS = list(StepModel.model_fields)
TOP_KEYS = [
    "format",
    "id",
    "title",
    "description",
    "stage",
    "get_ready_s",
    "breath",
    "hidden_with_flags",
    "basis",
]
EXERCISES = ["ninety-ninety-hip-lift", "hip-swings", "breathing-rib-stack", "calf-warm-up", "nope"]


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_document(top: dict, steps: list[dict]) -> str:
    lines = [f"{json.dumps(k)} = {toml_value(v)}" for k, v in top.items()]
    for step in steps:
        lines.append("[[step]]")
        lines += [f"{json.dumps(k)} = {toml_value(v)}" for k, v in step.items()]
    return "\n".join(lines) + "\n"


scalars = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=20),
    st.sampled_from(EXERCISES),
    st.sampled_from([1, 2, 5, 30, 0.5, 601, "each", "left", "both"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["inhale_s", "exhale_s", "id", "name", "how", "x"]), inner, max_size=3
        ),
    ),
    max_leaves=6,
)
keys_for_step = st.one_of(st.sampled_from(STEP_KEYS), st.text(min_size=1, max_size=8))
keys_for_top = st.one_of(st.sampled_from(TOP_KEYS), st.text(min_size=1, max_size=8))
steps = st.lists(st.dictionaries(keys_for_step, values, max_size=6), max_size=4)
tops = st.dictionaries(keys_for_top, values, max_size=6).map(
    lambda d: {"format": 1, "id": "fuzz", "title": "Fuzz", **d}
)


def check(data: bytes, library) -> None:
    try:
        program = parse_program(data, "fuzz.toml", library.exercises)
    except FileProblems as err:
        assert err.problems
        line_count = data.count(b"\n") + 1
        for problem in err.problems:
            assert problem.file == "fuzz.toml"
            assert 1 <= problem.line <= line_count, problem
            assert problem.message and "\n" not in problem.message
        return
    timeline = compile_program(program)
    assert timeline.total_s > 0


@given(top=tops, step_list=steps)
def test_random_documents_end_in_a_program_or_problems(top, step_list, builtin_library):
    check(toml_document(top, step_list).encode(), builtin_library)


BUILTIN = sorted((resources_dir() / "programs").glob("*.toml"))


@given(
    which=st.integers(min_value=0, max_value=len(BUILTIN) - 1),
    edits=st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=1),
            st.integers(0, 2),
            st.binary(min_size=0, max_size=3),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_mutated_builtin_files_end_in_a_program_or_problems(which, edits, builtin_library):
    data = bytearray(BUILTIN[which].read_bytes())
    for where, cut, insert in edits:
        at = int(where * len(data))
        data[at : at + cut] = insert
    check(bytes(data), builtin_library)


@given(data=st.binary(max_size=200))
def test_random_bytes_end_in_problems(data, builtin_library):
    check(data, builtin_library)
