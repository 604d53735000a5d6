"""What counts as plain text: characters that are shown, not ones that act on a terminal
or turn the line around."""

from __future__ import annotations

from hamsession.domain.words import translate


def hidden_character(c: str) -> bool:
    """A character that changes what a terminal or a line of text shows instead of
    being shown: C0/C1 controls other than tab and line breaks, and bidi overrides."""
    code = ord(c)
    if c in "\t\n\r":
        return False
    controls = code < 0x20 or 0x7F <= code < 0xA0
    return controls or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069


def one_line(text: str) -> bool:
    """Plain text on one line (a name)."""
    return not any(hidden_character(c) or c in "\t\n\r" for c in text)


def plain_texts(value: object) -> object:
    """``value`` unchanged when every text in it (a string, or a list of them) is plain;
    line breaks and tabs are allowed. Raises ValueError naming the first hidden character."""
    for text in value if isinstance(value, list | tuple) else (value,):
        if isinstance(text, str):
            bad = next((c for c in text if hidden_character(c)), None)
            if bad is not None:
                raise ValueError(
                    translate("PlainText", "holds the control character {code}").format(
                        code=f"U+{ord(bad):04X}"
                    )
                )
    return value


def without_hidden(text: str) -> str:
    """``text`` with every hidden character taken out (what a form keeps of a paste)."""
    return "".join(c for c in text if not hidden_character(c))


def inert(text: str) -> str:
    """Text for a terminal: a character that would act on it instead of being shown (an
    escape sequence in a name kept from an older version, say) is written as \\uXXXX."""
    return "".join(c if one_line(c) else f"\\u{ord(c):04x}" for c in text)
