"""The window icon, from the PNG sizes shipped with the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

#: The drawn sizes in resources/desktop (hamsession-SIZE.png).
SIZES = (16, 24, 32, 48, 64, 128, 256)


def shipped_icon(folder: Path) -> QIcon:
    """The icon from its PNGs: the SVG would load Qt's SVG module (about 1 MB) for the
    title bar alone; the desktop entry installs the SVG for docks and menus."""
    icon = QIcon()
    for size in SIZES:
        path = folder / f"hamsession-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
