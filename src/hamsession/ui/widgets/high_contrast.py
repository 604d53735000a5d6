"""The high-contrast option (View > High contrast): white on black everywhere, yellow
for what is selected, for people who cannot read the usual greys."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_ROLES = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#FFFFFF",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1A1A1A",
    QPalette.ColorRole.Text: "#FFFFFF",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#FFFFFF",
    QPalette.ColorRole.Highlight: "#FFFF00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#FFFFFF",
    QPalette.ColorRole.PlaceholderText: "#D0D0D0",
    QPalette.ColorRole.Link: "#FFFF00",
    QPalette.ColorRole.Mid: "#808080",
}
_usual: QPalette | None = None


def apply(on: bool) -> None:
    """Switch the whole application's colours to high contrast, or back to the desktop's."""
    global _usual
    app = QApplication.instance()
    if _usual is None:
        _usual = QPalette(app.palette())
    if not on:
        app.setPalette(_usual)
        return
    palette = QPalette(_usual)
    for role, colour in _ROLES.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#B0B0B0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#B0B0B0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#B0B0B0"))
    app.setPalette(palette)
