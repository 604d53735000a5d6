"""The next-morning question about the last logged session (content.md §4)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.symptoms import MORNING, parse_score, scale_hint
from hamsession.ui.widgets.text_scale import ScaledFonts

#: The words shown for each stored pain answer (domain.symptoms.MORNING).
PAIN_WORDS = {
    "better": QT_TRANSLATE_NOOP("MorningQuestion", "Better"),
    "same": QT_TRANSLATE_NOOP("MorningQuestion", "Same"),
    "worse": QT_TRANSLATE_NOOP("MorningQuestion", "Worse"),
}
#: Stiffness compared with usual: the stored answer, the words shown, the key.
STIFFNESS = (
    ("better", QT_TRANSLATE_NOOP("MorningQuestion", "Less stiff"), Qt.Key.Key_L),
    ("same", QT_TRANSLATE_NOOP("MorningQuestion", "As usual"), Qt.Key.Key_A),
    ("worse", QT_TRANSLATE_NOOP("MorningQuestion", "Stiffer"), Qt.Key.Key_M),
)


class MorningQuestion(QWidget):
    """Emits ``answered(answer, pain, stiffness)`` or ``skipped()``. Keys: B, S, W for the
    pain, L, A, M for the stiffness (it may stay unanswered), then Enter."""

    answered = Signal(str, object, object)
    skipped = Signal()

    def __init__(self, session_started: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fonts = f = ScaledFonts()
        when = QLocale().toString(session_started.astimezone().date(), self.tr("dddd dd MMMM"))
        question = f.add(
            QLabel(
                self.tr(
                    "After your session on {day}: how are your pain and stiffness "
                    "this morning, compared with usual?"
                ).format(day=when)
            ),
            22,
            True,
        )
        question.setWordWrap(True)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(f.add(QLabel(self.tr("Pain:")), 18))
        self.choices: dict[str, QRadioButton] = {}
        for answer in MORNING:
            words = PAIN_WORDS.get(answer)
            words = answer.capitalize() if words is None else self._words(words)
            button = f.add(QRadioButton(self._choice(words, answer[0].upper())), 20)
            self.group.addButton(button)
            self.choices[answer] = button
            row.addWidget(button)
        stiff_row = QHBoxLayout()
        stiff_row.addWidget(f.add(QLabel(self.tr("Stiffness:")), 18))
        self.stiffness_group = QButtonGroup(self)
        self.stiffness: dict[str, QRadioButton] = {}
        for answer, words, key in STIFFNESS:
            letter = Qt.Key(key).name[-1]
            button = f.add(QRadioButton(self._choice(self._words(words), letter)), 18)
            self.stiffness_group.addButton(button)
            self.stiffness[answer] = button
            stiff_row.addWidget(button)
        stiff_row.addStretch(1)
        self.pain = QLineEdit()
        self.pain.setValidator(QIntValidator(0, 10, self.pain))
        self.pain.setMaxLength(2)
        self.pain.setFixedWidth(90)
        self.pain.setPlaceholderText("0-10")
        f.add(self.pain, 18, bold=True)
        pain_row = QHBoxLayout()
        pain_label = self.tr("Pain this morning ({scale})").format(scale=scale_hint())
        pain_row.addWidget(f.add(QLabel(pain_label), 16))
        pain_row.addWidget(self.pain)
        pain_row.addStretch(1)
        save = f.add(QPushButton(self.tr("Save (Enter)")), 15, bold=True)
        skip = f.add(QPushButton(self.tr("Not now (Esc)")), 13)
        save.clicked.connect(self.submit)
        skip.clicked.connect(self.skipped.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(skip)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 30)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addLayout(stiff_row)
        layout.addLayout(pain_row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pain.installEventFilter(self)

    @staticmethod
    def _words(marked: str) -> str:
        """An answer's words, marked where they are defined, in the current language."""
        return QCoreApplication.translate("MorningQuestion", marked)

    def _choice(self, words: str, letter: str) -> str:
        """An answer with the key that picks it, e.g. "Less stiff (L)"."""
        return self.tr("{answer} ({key})").format(answer=words, key=letter)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def submit(self) -> None:
        chosen = next((a for a, b in self.choices.items() if b.isChecked()), None)
        if chosen is None:
            return
        try:
            pain = parse_score(self.pain.text())
        except ValueError:
            return
        stiff = next((a for a, b in self.stiffness.items() if b.isChecked()), None)
        self.answered.emit(chosen, pain, stiff)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """The answer letters work while the pain box has the cursor too (it takes
        digits only)."""
        pressed = watched is self.pain and event.type() == QEvent.Type.KeyPress
        if pressed and self._letter(event.key()):
            return True
        return super().eventFilter(watched, event)

    def _letter(self, key: int) -> bool:
        keys = {Qt.Key.Key_B: "better", Qt.Key.Key_S: "same", Qt.Key.Key_W: "worse"}
        stiff_keys = {k: answer for answer, _words, k in STIFFNESS}
        if key in keys:
            self.choices[keys[Qt.Key(key)]].setChecked(True)
            self.pain.setFocus()
        elif key in stiff_keys:
            self.stiffness[stiff_keys[Qt.Key(key)]].setChecked(True)
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if self._letter(key):
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self.skipped.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
