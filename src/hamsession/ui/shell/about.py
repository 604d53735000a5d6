"""The About box (what Hamsession is, that it does not diagnose, where the data stays),
Help > References and Help > Why these exercises."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hamsession import __version__

ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "About",
    "<h3>Hamsession {version}</h3>"
    "<p>Guided hamstring, pelvic-control and low-back exercise sessions.</p>"
    "<p><b>Hamsession guides exercise; it does not diagnose.</b> If a session brings on "
    "new numbness, weakness, problems with bladder or bowel, or pain that is severe or "
    "getting worse, stop and get medical advice.</p>"
    "<p>Your history stays on this computer, or on your clinic's own database server if "
    "the clinic set one up; it is sent nowhere else.</p>",
)


def show_about(parent: QWidget) -> None:
    text = QCoreApplication.translate("About", ABOUT_TEXT).format(version=__version__)
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Hamsession"), text)


def show_text(parent: QWidget, title: str, text: str, scale: float = 1.0) -> QDialog:
    """A window of text to read and copy from (references, the ideas behind the programs)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(880, 600)
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    view.setAccessibleName(title)
    font = view.font()
    font.setPointSizeF(13 * scale)
    view.setFont(font)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.open()
    return dialog
