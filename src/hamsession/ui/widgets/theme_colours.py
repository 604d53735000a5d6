"""Colours that stay readable in a light and in a dark desktop theme: each coloured text
has one for each, chosen by the window's own background."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hamsession.domain.contrast import luminance

#: Error and warning text: at least 4.5:1 on a light window (#efefef or lighter) and on
#: a dark one (#353535 or darker), checked by tests/ui/test_contrast.py.
ERROR = ("#B3261E", "#FF8A80")
AMBER = ("#8A4B00", "#FFB74D")
INFO = ("#005A9C", "#8AB4F8")


def dark_theme(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return luminance(palette.color(QPalette.ColorRole.Window).name()) <= 0.18


def pick(pair: tuple[str, str], widget: QWidget | None = None) -> str:
    """The light-theme or the dark-theme colour of ``pair``, for this widget's window."""
    return pair[1] if dark_theme(widget) else pair[0]
