"""Contrast between two colours as WCAG 2 measures it (for the tests that keep every
text and chart mark readable, and for choosing colours)."""

from __future__ import annotations

#: WCAG 2.x: normal text at least 4.5:1; large text (18 pt, or 14 pt bold) and the
#: marks of a chart at least 3:1.
TEXT, LARGE_TEXT, MARKS = 4.5, 3.0, 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance of ``#RRGGBB``."""
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """From 1 (the same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
