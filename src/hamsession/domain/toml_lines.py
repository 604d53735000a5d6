"""Find the line on which each key of a TOML document is written.

``tomllib`` gives values without positions, but an error message must name the
line (``programs/my.toml:14: ...``). This scanner walks the text once and maps
key paths such as ``("step", 1, "hold_s")`` to 1-based line numbers. It only
needs to be right for documents that ``tomllib`` already parsed; for anything
it cannot place, :func:`line_for` falls back to the nearest enclosing key.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

Path = tuple[str | int, ...]


def _split_key(text: str) -> list[str]:
    """Split a dotted TOML key (``a."b.c".d``) into its parts."""
    parts, buf, quote = [], "", ""
    for ch in text:
        if quote:
            if ch == quote:
                quote = ""
            else:
                buf += ch
        elif ch in "\"'":
            quote = ch
        elif ch == ".":
            parts.append(buf.strip())
            buf = ""
        else:
            buf += ch
    parts.append(buf.strip())
    return parts


def _key_end(line: str) -> int:
    """Index of the ``=`` that ends the key on a key/value line, or -1."""
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "=":
            return i
        elif ch == "#":
            return -1
    return -1


class _ValueScanner:
    """Tracks open brackets and multi-line strings across the lines of one value."""

    def __init__(self) -> None:
        self.depth = 0
        self.multiline = ""  # the open delimiter, if inside a multi-line string

    @property
    def open(self) -> bool:
        return bool(self.depth or self.multiline)

    def feed(self, text: str) -> None:
        i, quote = 0, ""
        while i < len(text):
            if self.multiline:
                end = text.find(self.multiline, i)
                if end < 0:
                    return
                i = end + 3
                self.multiline = ""
                continue
            ch = text[i]
            if quote:
                if ch == "\\" and quote == '"':
                    i += 2
                    continue
                if ch == quote:
                    quote = ""
            elif text.startswith('"""', i) or text.startswith("'''", i):
                self.multiline = text[i : i + 3]
                i += 3
                continue
            elif ch in "\"'":
                quote = ch
            elif ch == "#":
                return
            elif ch in "[{":
                self.depth += 1
            elif ch in "]}":
                self.depth = max(0, self.depth - 1)
            i += 1


#: A key of more dotted parts than this is refused before the file is parsed: no program
#: file goes near it, and parsing (Python's own TOML reader included) or locating every
#: prefix of a long dotted key costs its length squared.
MAX_KEY_DEPTH = 32


def _keys(text: str) -> Iterator[tuple[int, str, list[str]]]:
    """(line, "aot" | "table" | "key", dotted parts) for each key written in ``text``,
    skipping values that run over several lines."""
    value = _ValueScanner()
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if value.open:
            value.feed(raw)
            continue
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[["):
            yield lineno, "aot", _split_key(line[2 : line.find("]]")])
        elif line.startswith("["):
            yield lineno, "table", _split_key(line[1 : line.find("]")])
        else:
            eq = _key_end(line)
            if eq < 0:
                continue
            yield lineno, "key", _split_key(line[:eq])
            value.feed(line[eq + 1 :])


def too_deep(text: str) -> int | None:
    """The line of the first key with more than :data:`MAX_KEY_DEPTH` dotted parts."""
    for lineno, _kind, parts in _keys(text):
        if len(parts) > MAX_KEY_DEPTH:
            return lineno
    return None


def key_lines(text: str) -> dict[Path, int]:
    """Map every key path in ``text`` to the line where it is written."""
    lines: dict[Path, int] = {}
    table: Path = ()
    aot_index: dict[tuple[str, ...], int] = {}

    def resolve(names: Sequence[str]) -> Path:
        path: list[str | int] = []
        for depth in range(1, len(names) + 1):
            path.append(names[depth - 1])
            prefix = tuple(names[:depth])
            if prefix in aot_index and depth < len(names):
                path.append(aot_index[prefix])
        return tuple(path)

    for lineno, kind, parts in _keys(text):
        parts = parts[:MAX_KEY_DEPTH]
        if kind == "aot":
            names = tuple(parts)
            aot_index[names] = aot_index.get(names, -1) + 1
            table = (*resolve(names), aot_index[names])
            lines.setdefault(table[:-1], lineno)
            lines[table] = lineno
        elif kind == "table":
            table = resolve(parts)
            lines.setdefault(table, lineno)
        else:
            for n in range(1, len(parts) + 1):
                lines.setdefault((*table, *parts[:n]), lineno)
    return lines


def line_for(lines: dict[Path, int], loc: Path, default: int = 1) -> int:
    """The line of ``loc``, or of its nearest enclosing key that has one."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return default
