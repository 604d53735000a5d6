"""The safety questions (content.md §5): before the first session, weekly after, and at
any time from "Something feels wrong…". Every item of every red flag is its own tick box,
grouped under the flag it belongs to; a history of cancer is asked as history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.safety import ASKED
from hamsession.ui.widgets.text_scale import ScaledFonts
from hamsession.ui.widgets.wrapping_check import WrappingCheck

FIRST, WEEKLY, WORRIED = "first", "weekly", "worried"
HEADINGS = {
    FIRST: QT_TRANSLATE_NOOP("Screening", "Before you begin"),
    WEEKLY: QT_TRANSLATE_NOOP("Screening", "Weekly check"),
    WORRIED: QT_TRANSLATE_NOOP("Screening", "Something feels wrong?"),
}
INTRO_FIRST = QT_TRANSLATE_NOOP(
    "Screening",
    "Hamsession guides exercise; it does not diagnose. Before your first session, "
    "please check the list below. If any of these is new for you, get medical advice "
    "before you exercise.",
)
INTRO_WEEKLY = QT_TRANSLATE_NOOP(
    "Screening", "A weekly check before you carry on: is any of these new for you?"
)
INTRO_WORRIED = QT_TRANSLATE_NOOP(
    "Screening",
    "Tick anything that is happening now. If something else worries you, stop and speak "
    "to a health professional.",
)
INTROS = {FIRST: INTRO_FIRST, WEEKLY: INTRO_WEEKLY, WORRIED: INTRO_WORRIED}
HISTORY_TITLE = QT_TRANSLATE_NOOP("Screening", "About your history")


def _shown(marked: str) -> str:
    """A text marked above, in the current language."""
    return QCoreApplication.translate("Screening", marked)


class Screening(QWidget):
    """Emits ``answered(item_ids)``; Enter answers with what is ticked (often nothing).
    Only the "Something feels wrong?" page can be left without answering (Esc)."""

    answered = Signal(list)
    cancelled = Signal()

    def __init__(self, mode: str = FIRST, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.fonts = f = ScaledFonts()
        heading = f.add(QLabel(_shown(HEADINGS[mode])), 26, True)
        intro = f.add(QLabel(_shown(INTROS[mode])), 16)
        intro.setWordWrap(True)
        self.items: dict[str, WrappingCheck] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        history = []
        for flag in ASKED:
            shown = [i for i in flag.items if not i.history and (mode != FIRST or not i.later)]
            group = QGroupBox(flag.shown_title)
            f.add(group, 15, bold=True)
            rows = QVBoxLayout(group)
            for item in shown:
                rows.addWidget(self._box(item.id, item.shown_text, flag.shown_title))
            column.addWidget(group)
            if mode == FIRST:
                history += [(i, flag) for i in flag.items if i.history]
        if history:
            group = f.add(QGroupBox(_shown(HISTORY_TITLE)), 15, bold=True)
            rows = QVBoxLayout(group)
            for item, flag in history:
                rows.addWidget(self._box(item.id, item.shown_text, flag.shown_title))
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.go = f.add(QPushButton(self.tr("Carry on (Enter)")), 16, bold=True)
        self.go.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(f.add(QLabel(self.tr("Nothing ticked means none of these apply.")), 13))
        buttons.addStretch(1)
        if mode == WORRIED:
            back = f.add(QPushButton(self.tr("Back (Esc)")), 14)
            back.clicked.connect(self.cancelled.emit)
            buttons.addWidget(back)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 20)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _box(self, item_id: str, text: str, group: str) -> WrappingCheck:
        check = self.fonts.add(WrappingCheck(text), 14)
        check.box.setAccessibleDescription(group)
        self.items[item_id] = check
        return check

    def tick(self, *item_ids: str) -> None:
        for item_id in item_ids:
            self.items[item_id].setChecked(True)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def submit(self) -> None:
        self.answered.emit([k for k, box in self.items.items() if box.isChecked()])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape and self.mode == WORRIED:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
