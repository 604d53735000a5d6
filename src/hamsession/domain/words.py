"""Texts the domain and the services write for people, translatable without Qt.

The app hands over Qt's translation function when it starts (:func:`use`); until then,
and in the commands that run without one, every text is the English it is written in.
``pyside6-lupdate`` finds the texts by their markers, as it does in the interface:

* ``translate("Context", "text")`` where a text is written at call time;
* ``QT_TRANSLATE_NOOP("Context", "text")`` for texts kept in constants, translated where
  they are used with ``translate`` and the same context;
* ``SomeWords.tr("%n text(s)", "", n)`` for plurals, where ``SomeWords`` subclasses
  :class:`Words` and names their context.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: (context, text, disambiguation, n) -> the text in the language in use.
Translator = Callable[[str, str, str | None, int], str]

_in_use: list[Translator] = []
_decimal_point: list[str] = ["."]


def use(translator: Translator | None, decimal_point: str = ".") -> None:
    """Translate with ``translator`` from now on (None: English again), writing numbers
    with ``decimal_point`` (a comma in German)."""
    _in_use[:] = [translator] if translator is not None else []
    _decimal_point[:] = [decimal_point or "."]


def number(value: float, spec: str = "g") -> str:
    """``value`` as people of the language in use write it: ``format(value, spec)`` with
    the language's decimal point (2.5 → "2,5" in German). Never for files or stored text."""
    return format(value, spec).replace(".", _decimal_point[0])


def translate(context: str, text: str) -> str:
    return _in_use[0](context, text, None, -1) if _in_use else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the marker's name)
    """Marks a text kept in a constant; :func:`translate` it where it is used."""
    return text


def english_forms(text: str) -> tuple[str, str]:
    """``%n rep(s)`` as English's two forms: ``%n rep`` and ``%n reps``."""
    return re.sub(r"\((e?s)\)", "", text), re.sub(r"\((e?s)\)", r"\1", text)


def english_plural(text: str, n: int) -> str:
    """``%n rep(s)`` as English writes it for ``n``: ``1 rep``, ``3 reps``."""
    return english_forms(text)[n != 1].replace("%n", str(n))


class Words:
    """The base of a context of plurals: ``class DoseWords(Words)``, then
    ``DoseWords.tr("%n breath(s)", "", n)``."""

    @classmethod
    def tr(cls, text: str, disambiguation: str = "", n: int = -1) -> str:
        if _in_use:
            return _in_use[0](cls.__name__, text, disambiguation or None, n)
        return english_plural(text, n)
