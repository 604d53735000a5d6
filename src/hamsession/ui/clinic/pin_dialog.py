"""Asking for a PIN: wrong tries are told plainly and make the next try wait."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.pins import PinCheck
from hamsession.ui.widgets.text_scale import ScaledFonts


class PinDialog(QDialog):
    """Emits ``unlocked`` once ``checker`` accepts the PIN typed; Esc cancels."""

    unlocked = Signal()

    def __init__(
        self,
        prompt: str,
        checker: Callable[[str], PinCheck],
        parent: QWidget | None = None,
        scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hamsession: PIN"))
        self._checker = checker
        self._wait_left = 0
        self.fonts = f = ScaledFonts()
        layout = QVBoxLayout(self)
        layout.addWidget(f.add(QLabel(prompt), 15))
        self.field = f.add(QLineEdit(), 18)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,12}"), self.field)
        )
        self.field.setAccessibleName(self.tr("PIN"))
        layout.addWidget(self.field)
        self.message = f.add(QLabel(""), 13)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._count_down)
        f.apply(scale)
        self.field.setFocus()

    def try_pin(self) -> None:
        if self._wait_left > 0:
            return
        result = self._checker(self.field.text())
        self.field.clear()
        if result.ok:
            self.accept()
            self.unlocked.emit()
            return
        self.message.setText(result.message)
        if result.wait_s > 0:
            self._wait_left = math.ceil(result.wait_s)
            self._set_waiting(True)
            self._timer.start()

    def _count_down(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self.message.setText(self.tr("Too many wrong tries: wait %n s.", "", self._wait_left))
            return
        self._timer.stop()
        self._set_waiting(False)
        self.message.setText(self.tr("Try again."))
        self.field.setFocus()

    def _set_waiting(self, waiting: bool) -> None:
        self.field.setEnabled(not waiting)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not waiting)


def ask_pin(
    parent: QWidget,
    prompt: str,
    checker: Callable[[str], PinCheck],
    then: Callable[[], None],
    scale: float = 1.0,
) -> PinDialog:
    """Open a PIN dialog (window-modal, not blocking); ``then`` runs once it unlocks."""
    dialog = PinDialog(prompt, checker, parent, scale)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.unlocked.connect(then)
    dialog.open()
    return dialog
