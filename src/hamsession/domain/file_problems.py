"""Problems found in a file, each reported as ``FILE:LINE: message``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from hamsession.domain.toml_lines import MAX_KEY_DEPTH, Path, key_lines, line_for, too_deep

if TYPE_CHECKING:  # pydantic is loaded only when a file is read
    from pydantic import BaseModel, ValidationError


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        if self.line <= 0:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"


class FileProblems(Exception):
    """A file could not be used. ``problems`` lists everything wrong with it."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    import difflib  # only when a file has a mistake

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def show(value: Any) -> str:
    """A value as the user wrote it in TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        import json

        return json.dumps(value if len(value) <= 40 else value[:37] + "...", ensure_ascii=False)
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


_DECODE_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def read_toml(data: bytes, file: str) -> tuple[dict[str, Any], str]:
    """Decode and parse a TOML file, turning every failure into a :class:`FileProblems`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        message = f"not UTF-8 text (byte 0x{data[err.start]:02x}); save the file as UTF-8"
        raise FileProblems([Problem(file, line, message)]) from None
    deep = too_deep(text)
    if deep is not None:
        message = f"not valid here: a key of more than {MAX_KEY_DEPTH} dotted parts"
        raise FileProblems([Problem(file, deep, message)])
    import tomllib  # read with the first file, not when the app starts

    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as err:
        found = _DECODE_LINE.search(str(err))
        line = int(found.group(1)) if found else max(1, text.count("\n") + 1)
        reason = _DECODE_LINE.sub("", str(err)).replace("(at end of document)", "").strip()
        raise FileProblems([Problem(file, line, f"not valid TOML: {reason}")]) from None
    except RecursionError:
        raise FileProblems([Problem(file, 1, "not valid here: nested too deeply")]) from None
    except ValueError as err:  # a number of thousands of digits
        raise FileProblems([Problem(file, 1, f"not valid here: {first_clause(err)}")]) from None


def first_clause(err: Exception) -> str:
    """The start of an error's text, up to its first semicolon (Python's advice after it
    is for programmers)."""
    return str(err).split(";")[0].strip().lower() or type(err).__name__


@dataclass
class Locator:
    """Turns key paths of one document into ``Problem`` rows."""

    file: str
    text: str

    @cached_property
    def lines(self) -> dict:
        """Where each key is written: worked out only when a problem is to be placed."""
        return key_lines(self.text)

    def at(self, loc: Path, message: str) -> Problem:
        return Problem(self.file, line_for(self.lines, loc), message)


_FIELD_HINTS = {
    "float_type": "must be a number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "string_type": "must be text in quotes",
    "list_type": "must be a list",
    "dict_type": "must be a table",
    "model_type": "must be a table",
    "bool_type": "must be true or false",
    "finite_number": "must be a finite number",
}


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def key_name(key: object) -> str:
    """A key as TOML would need it written: bare when it can be, quoted otherwise."""
    import json

    text = str(key)
    return text if _BARE_KEY.fullmatch(text) else json.dumps(text, ensure_ascii=False)


def _dotted(loc: Path) -> str:
    """``("breath", "inhale_s")`` as ``breath.inhale_s``; list items as ``how[2]``."""
    return ".".join(key_name(p) if isinstance(p, str) else f"[{p + 1}]" for p in loc).replace(
        ".[", "["
    )


def describe(prefix: str, loc: Path, err: dict[str, Any], model: type[BaseModel] | None) -> str:
    """A plain-words message for one pydantic error."""
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    name = _dotted(loc)
    subject = f"{prefix}{name}".rstrip()
    if kind == "extra_forbidden":
        allowed = list(model.model_fields) if model else []
        table = _dotted(loc[:-1])
        where = f"{prefix}{table}: " if table else prefix
        return f"{where}unknown key '{key_name(loc[-1])}'{did_you_mean(str(loc[-1]), allowed)}"
    if kind == "missing":
        return f"{prefix}missing required key '{name}'"
    bound = ctx.get("gt", ctx.get("ge"))
    if kind in ("greater_than", "greater_than_equal") and bound in (0, 0.0):
        return f"{subject} must be a positive number, got {show(value)}"
    if kind in ("greater_than", "greater_than_equal"):
        return f"{subject} must be at least {show(bound)}, got {show(value)}"
    if kind in ("less_than_equal", "less_than"):
        limit = ctx.get("le", ctx.get("lt"))
        unit = " s" if name.endswith("_s") else ""
        if limit == 600 and unit:
            unit = " s (10 minutes)"
        return f"{subject} must be at most {show(limit)}{unit}, got {show(value)}"
    if kind == "literal_error":
        return f"{subject} must be {ctx.get('expected', 'an allowed value')}, got {show(value)}"
    if kind == "string_pattern_mismatch":
        return f"{subject} must use lowercase letters, digits and single hyphens, got {show(value)}"
    if kind in ("too_short", "string_too_short"):
        return f"{subject} must not be empty"
    if kind in ("too_long", "string_too_long"):
        return f"{subject} is too long"
    if kind in _FIELD_HINTS:
        return f"{subject} {_FIELD_HINTS[kind]}, got {show(value)}"
    if kind == "value_error":  # a validator's own words, without pydantic's prefix
        return f"{subject} {str(err['msg']).removeprefix('Value error, ')}"
    return f"{subject}: {err['msg']}"


def validation_problems(
    error: ValidationError,
    where: Locator,
    prefix_for: Any,
    model_for: Any,
) -> list[Problem]:
    """Convert a pydantic error into problems.

    ``prefix_for(loc)`` returns ``(prefix, local_loc)``: the words that name the
    part of the document (``"step 2: "``) and the rest of the path;
    ``model_for(loc)`` returns the model whose keys are allowed at ``loc``.
    """
    problems = []
    for err in error.errors():
        loc = tuple(err["loc"])
        prefix, local = prefix_for(loc)
        problems.append(where.at(loc, describe(prefix, local, err, model_for(loc))))
    return problems
