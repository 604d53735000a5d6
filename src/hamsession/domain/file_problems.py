"""Problems found in a file, each reported as ``FILE:LINE: message``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from hamsession.domain.toml_lines import MAX_KEY_DEPTH, Path, key_lines, line_for, too_deep
from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

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


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to what was written, when one is close enough to suggest."""
    import difflib  # only when a file has a mistake

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


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
        return translate("FileProblems", "a list")
    if isinstance(value, dict):
        return translate("FileProblems", "a table")
    return type(value).__name__


_DECODE_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def read_toml(data: bytes, file: str) -> tuple[dict[str, Any], str]:
    """Decode and parse a TOML file, turning every failure into a :class:`FileProblems`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        message = translate(
            "FileProblems", "not UTF-8 text (byte {byte}); save the file as UTF-8"
        ).format(byte=f"0x{data[err.start]:02x}")
        raise FileProblems([Problem(file, line, message)]) from None
    deep = too_deep(text)
    if deep is not None:
        message = translate(
            "FileProblems", "not valid here: a key of more than {parts} dotted parts"
        ).format(parts=MAX_KEY_DEPTH)
        raise FileProblems([Problem(file, deep, message)])
    import tomllib  # read with the first file, not when the app starts

    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as err:
        found = _DECODE_LINE.search(str(err))
        line = int(found.group(1)) if found else max(1, text.count("\n") + 1)
        reason = _DECODE_LINE.sub("", str(err)).replace("(at end of document)", "").strip()
        message = translate("FileProblems", "not valid TOML: {reason}").format(reason=reason)
        raise FileProblems([Problem(file, line, message)]) from None
    except RecursionError:
        message = translate("FileProblems", "not valid here: nested too deeply")
        raise FileProblems([Problem(file, 1, message)]) from None
    except ValueError as err:  # a number of thousands of digits
        message = translate("FileProblems", "not valid here: {reason}")
        raise FileProblems([Problem(file, 1, message.format(reason=first_clause(err)))]) from None


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


#: What a value of the wrong kind should have been (the messages are translated where used).
_FIELD_HINTS = {
    "float_type": QT_TRANSLATE_NOOP("FileProblems", "{key} must be a number, got {value}"),
    "int_type": QT_TRANSLATE_NOOP("FileProblems", "{key} must be a whole number, got {value}"),
    "int_from_float": QT_TRANSLATE_NOOP(
        "FileProblems", "{key} must be a whole number, got {value}"
    ),
    "string_type": QT_TRANSLATE_NOOP("FileProblems", "{key} must be text in quotes, got {value}"),
    "list_type": QT_TRANSLATE_NOOP("FileProblems", "{key} must be a list, got {value}"),
    "dict_type": QT_TRANSLATE_NOOP("FileProblems", "{key} must be a table, got {value}"),
    "model_type": QT_TRANSLATE_NOOP("FileProblems", "{key} must be a table, got {value}"),
    "bool_type": QT_TRANSLATE_NOOP("FileProblems", "{key} must be {true} or {false}, got {value}"),
    "finite_number": QT_TRANSLATE_NOOP(
        "FileProblems", "{key} must be a finite number, got {value}"
    ),
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


def unknown_key(key: str, allowed: Iterable[str]) -> str:
    """``unknown key 'x'``, with the allowed key closest to it when one is."""
    close = did_you_mean(key, allowed)
    if close is None:
        return translate("FileProblems", "unknown key '{key}'").format(key=key_name(key))
    return translate("FileProblems", "unknown key '{key}' (did you mean '{suggestion}'?)").format(
        key=key_name(key), suggestion=close
    )


def _at_most(subject: str, name: str, limit: Any, value: Any) -> str:
    """``x must be at most 30 s, got 40``: seconds for keys in seconds (``_s``)."""
    if not name.endswith("_s"):
        text = translate("FileProblems", "{key} must be at most {limit}, got {value}")
    elif limit == 600:
        text = translate(
            "FileProblems", "{key} must be at most {limit} s (10 minutes), got {value}"
        )
    else:
        text = translate("FileProblems", "{key} must be at most {limit} s, got {value}")
    return text.format(key=subject, limit=show(limit), value=show(value))


def describe(prefix: str, loc: Path, err: dict[str, Any], model: type[BaseModel] | None) -> str:
    """A plain-words message for one pydantic error. ``prefix`` names the part of the
    document (``"step 2: "``), already in the language in use."""
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    name = _dotted(loc)
    subject = f"{prefix}{name}".rstrip()
    got = show(value)
    if kind == "extra_forbidden":
        allowed = list(model.model_fields) if model else []
        table = _dotted(loc[:-1])
        where = f"{prefix}{table}: " if table else prefix
        return f"{where}{unknown_key(str(loc[-1]), allowed)}"
    if kind == "missing":
        return prefix + translate("FileProblems", "missing required key '{key}'").format(key=name)
    bound = ctx.get("gt", ctx.get("ge"))
    if kind in ("greater_than", "greater_than_equal") and bound in (0, 0.0):
        text = translate("FileProblems", "{key} must be a positive number, got {value}")
        return text.format(key=subject, value=got)
    if kind in ("greater_than", "greater_than_equal"):
        text = translate("FileProblems", "{key} must be at least {bound}, got {value}")
        return text.format(key=subject, bound=show(bound), value=got)
    if kind in ("less_than_equal", "less_than"):
        return _at_most(subject, name, ctx.get("le", ctx.get("lt")), value)
    if kind == "literal_error":
        # pydantic's list of the allowed values ("'each', 'left' or 'right'") as it is
        expected = (
            ctx["expected"] if "expected" in ctx else translate("FileProblems", "an allowed value")
        )
        text = translate("FileProblems", "{key} must be {allowed}, got {value}")
        return text.format(key=subject, allowed=expected, value=got)
    if kind == "string_pattern_mismatch":
        text = translate(
            "FileProblems",
            "{key} must use lowercase letters, digits and single hyphens, got {value}",
        )
        return text.format(key=subject, value=got)
    if kind in ("too_short", "string_too_short"):
        return translate("FileProblems", "{key} must not be empty").format(key=subject)
    if kind in ("too_long", "string_too_long"):
        return translate("FileProblems", "{key} is too long").format(key=subject)
    if kind in _FIELD_HINTS:
        text = translate("FileProblems", _FIELD_HINTS[kind])
        return text.format(key=subject, value=got, true="true", false="false")
    if kind == "value_error":  # a validator's own words, without pydantic's prefix
        return f"{subject} {str(err['msg']).removeprefix('Value error, ')}"
    return f"{subject}: {err['msg']}"  # pydantic's own words


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
