"""The About box: what Hamsession is, that it does not diagnose, where the data stays."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from hamsession import __version__

ABOUT_TEXT = (
    "<h3>Hamsession {version}</h3>"
    "<p>Guided hamstring, pelvic-control and low-back exercise sessions.</p>"
    "<p><b>Hamsession guides exercise; it does not diagnose.</b> If a session brings on "
    "new numbness, weakness, problems with bladder or bowel, or pain that is severe or "
    "getting worse, stop and get medical advice.</p>"
    "<p>Your history stays on this computer; nothing is sent over a network.</p>"
)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Hamsession", ABOUT_TEXT.format(version=__version__))
