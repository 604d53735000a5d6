"""Safety messages: the stop page after an answer that calls for one, and the page that
stands before every session while a red flag is open.

On the stop page Enter means "I have read this". Before a session nothing happens by
accident: there is no default button, Enter and Space do nothing until the person Tabs
to a button or clicks it, and "It has been checked" is the only way past a blocking flag.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.safety import EMERGENCY, URGENT, urgency_word
from hamsession.ui.widgets.scrolling import quiet_scroll
from hamsession.ui.widgets.text_scale import ScaledFonts
from hamsession.ui.widgets.theme_colours import AMBER, ERROR, INFO, pick

if TYPE_CHECKING:
    from hamsession.services.safety import Notice

#: Badge colours (light theme, dark theme), each at least 4.5:1 against its window.
URGENCY_COLOURS = {
    EMERGENCY: ERROR,
    URGENT: ERROR,
    "same_day": AMBER,
    "soon": AMBER,
    "routine": INFO,
}
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "SafetyNotice", "Hamsession guides exercise; it does not diagnose."
)


def _not_a_diagnosis() -> str:
    return QCoreApplication.translate("SafetyNotice", NOT_A_DIAGNOSIS)


def _scrolling(page: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
    """The page's layouts: one for the words, which scroll when large text needs more room
    than the window has, and one below them for the buttons, always in sight."""
    body = QWidget()
    words = QVBoxLayout(body)
    words.setContentsMargins(0, 0, 0, 0)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(40, 30, 40, 30)
    outer.addWidget(quiet_scroll(body), 1)
    return words, outer


def _messages(layout: QVBoxLayout, fonts: ScaledFonts, notices: Sequence[Notice]) -> list[QLabel]:
    shown = []
    for notice in notices:
        badge = fonts.add(QLabel(urgency_word(notice.urgency)), 16, bold=True)
        if notice.urgency in URGENCY_COLOURS:
            badge.setStyleSheet(f"color: {pick(URGENCY_COLOURS[notice.urgency], badge)};")
        text = fonts.add(QLabel(notice.text), 24, bold=notice.urgency == EMERGENCY)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(
            QCoreApplication.translate("SafetyNotice", "{urgency}: {message}").format(
                urgency=badge.text(), message=notice.text
            )
        )
        shown.append(text)
        layout.addWidget(badge)
        layout.addWidget(text)
        layout.addSpacing(12)
    return shown


class SafetyNotice(QWidget):
    """The stop page: emits ``accepted`` on Enter or its button."""

    accepted = Signal()

    def __init__(
        self,
        notices: Sequence[Notice],
        accept_text: str | None = None,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fonts = f = ScaledFonts()
        layout, outer = _scrolling(self)
        if intro:
            lead = f.add(QLabel(intro), 18)
            lead.setWordWrap(True)
            layout.addWidget(lead)
        self.messages = _messages(layout, f, notices)
        layout.addWidget(f.add(QLabel(_not_a_diagnosis()), 13))
        layout.addStretch(1)
        layout = outer
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if accept_text is None:
            ok_text = self.tr("I have read this (Enter)")
        else:
            ok_text = self.tr("{action} (Enter)").format(action=accept_text)
        self.ok = f.add(QPushButton(ok_text), 15, bold=True)
        self.ok.clicked.connect(self.accepted.emit)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


GATE_INTRO = QT_TRANSLATE_NOOP(
    "SafetyGate",
    "Before you start: you told Hamsession about symptoms that need a professional to "
    "look at them first.",
)
GATE_BLOCKED = QT_TRANSLATE_NOOP(
    "SafetyGate",
    "Sessions stay closed until a doctor, physiotherapist or maternity team has checked "
    "this. When they have, Tab to \u201cIt has been checked\u201d and press Space or Enter.",
)
GATE_OPEN = QT_TRANSLATE_NOOP(
    "SafetyGate",
    "Until then the advice is to stop progressing. When it has been checked, Tab to "
    "\u201cIt has been checked\u201d and press Space or Enter.",
)


class SafetyGate(QWidget):
    """Stands before a session while a flag is open.

    Emits ``checked`` (the person confirms a professional checked it), ``declined`` (back
    to the programs; Esc) or, for flags that do not block, ``start_anyway``.
    """

    checked = Signal()
    declined = Signal()
    start_anyway = Signal()

    def __init__(
        self, notices: Sequence[Notice], blocking: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fonts = f = ScaledFonts()
        layout, outer = _scrolling(self)
        heading = f.add(QLabel(self.tr("Please check this first")), 28, bold=True)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = f.add(QLabel(QCoreApplication.translate("SafetyGate", GATE_INTRO)), 18)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.messages = _messages(layout, f, notices)
        how = GATE_BLOCKED if blocking else GATE_OPEN
        self.how = f.add(QLabel(QCoreApplication.translate("SafetyGate", how)), 15)
        self.how.setWordWrap(True)
        layout.addWidget(self.how)
        layout.addWidget(f.add(QLabel(_not_a_diagnosis()), 13))
        layout.addStretch(1)
        layout = outer
        buttons = QHBoxLayout()
        self.back = f.add(QPushButton(self.tr("Back to programs (Esc)")), 15)
        self.back.clicked.connect(self.declined.emit)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        self.anyway: QPushButton | None = None
        if not blocking:
            self.anyway = f.add(QPushButton(self.tr("Not checked yet: start anyway")), 15)
            self.anyway.clicked.connect(self.start_anyway.emit)
            buttons.addWidget(self.anyway)
        self.confirm = f.add(QPushButton(self.tr("It has been checked")), 15, bold=True)
        self.confirm.clicked.connect(self.checked.emit)
        buttons.addWidget(self.confirm)
        for button in (self.back, self.anyway, self.confirm):
            if button is not None:
                button.setAutoDefault(False)
                button.setDefault(False)
        layout.addLayout(buttons)
        # The page itself holds the focus, so Enter and Space reach no button by accident.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.declined.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            # Only a button the person moved to acts; on the page itself, nothing happens.
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self and focused.isVisible():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)
