"""The periodic check-ins asked at start (domain/outcomes.py): the leg-symptom index,
four rows of 0-6, and the activity scale, up to three activities scored 0-10."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.outcomes import (
    PSFS_HINT,
    PSFS_MOST,
    PSFS_QUESTION,
    PSFS_TOP,
    SBI_HINT,
    SBI_QUESTION,
    SBI_TOP,
    sbi_items,
    shown,
)
from hamsession.domain.plain_text import without_hidden
from hamsession.ui.widgets.text_scale import ScaledFonts


class _CheckinPage(QWidget):
    """A heading, a hint, the rows a subclass adds, a line for what is missing, and
    Save (Enter) / Not now (Esc). Emits ``answered(scores)`` or ``skipped()``."""

    answered = Signal(list)  # [(item, score), ...]
    skipped = Signal()

    def __init__(self, title: str, question: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.fonts = f = ScaledFonts()
        heading = f.add(QLabel(title), 24, True)
        ask = f.add(QLabel(question), 17)
        ask.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(12)
        self.problem = f.add(QLabel(" "), 14)
        self.problem.setWordWrap(True)
        save = f.add(QPushButton(self.tr("Save (Enter)")), 15, bold=True)
        skip = f.add(QPushButton(self.tr("Not now (Esc)")), 13)
        save.clicked.connect(self.submit)
        skip.clicked.connect(self.skipped.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(skip)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 36, 40, 30)
        layout.addWidget(heading)
        layout.addWidget(ask)
        layout.addWidget(f.add(QLabel(hint), 15, True))
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def scores(self) -> list[tuple[str, int]] | str:
        """The answers, or a sentence saying what is missing."""
        raise NotImplementedError

    def submit(self) -> None:
        found = self.scores()
        if isinstance(found, str):
            self.problem.setText(found)
            return
        self.answered.emit(found)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.skipped.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class LegSymptomCheck(_CheckinPage):
    """The Sciatica Bothersomeness Index: each item 0-6 (arrow keys within a row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your leg symptoms this week"), shown(SBI_QUESTION), shown(SBI_HINT), parent
        )
        f = self.fonts
        self.rows: dict[str, QButtonGroup] = {}
        for r, (item, label) in enumerate(sbi_items()):
            name = f.add(QLabel(label), 16)
            name.setWordWrap(True)
            self.grid.addWidget(name, r, 0)
            group = QButtonGroup(self)
            for score in range(SBI_TOP + 1):
                button = f.add(QRadioButton(str(score)), 16)
                button.setAccessibleName(
                    self.tr("{item}: {score} of {top}").format(item=label, score=score, top=SBI_TOP)
                )
                group.addButton(button, score)
                self.grid.addWidget(button, r, 1 + score)
            self.rows[item] = group
        self.grid.setColumnStretch(0, 1)

    def scores(self) -> list[tuple[str, int]] | str:
        labels = sbi_items(in_a_sentence=True)
        missing = [label for item, label in labels if self.rows[item].checkedId() < 0]
        if missing:
            items = ", ".join(missing)
            return self.tr("Choose a number for: {items}.").format(items=items)
        return [(item, self.rows[item].checkedId()) for item, _label in labels]


class ActivityCheck(_CheckinPage):
    """The Patient-Specific Functional Scale: up to three activities, each 0-10; the ones
    named last time are filled in."""

    def __init__(self, activities: list[str], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Activities that matter to you"), shown(PSFS_QUESTION), shown(PSFS_HINT), parent
        )
        f = self.fonts
        self.rows: list[tuple[QLineEdit, QLineEdit]] = []
        for r in range(PSFS_MOST):
            name = f.add(QLineEdit(activities[r] if r < len(activities) else ""), 16)
            name.setMaxLength(120)
            name.setPlaceholderText(
                self.tr("for example: sitting through a film")
                if r == 0
                else self.tr("another activity")
            )
            name.setAccessibleName(self.tr("Activity {number}").format(number=r + 1))
            score = f.add(QLineEdit(), 16, bold=True)
            score.setValidator(QIntValidator(0, PSFS_TOP, score))
            score.setMaxLength(2)
            score.setFixedWidth(90)
            score.setPlaceholderText(f"0-{PSFS_TOP}")
            score.setAccessibleName(
                self.tr("Score for activity {number}, {scale}").format(
                    number=r + 1, scale=shown(PSFS_HINT)
                )
            )
            self.grid.addWidget(f.add(QLabel(f"{r + 1}."), 16), r, 0)
            self.grid.addWidget(name, r, 1)
            self.grid.addWidget(score, r, 2)
            self.rows.append((name, score))
        self.grid.setColumnStretch(1, 1)

    def scores(self) -> list[tuple[str, int]] | str:
        found = []
        for n, (name, score) in enumerate(self.rows, 1):
            text, number = without_hidden(name.text()).strip(), score.text().strip()
            if not text and not number:
                continue
            if not text:
                return self.tr("Name activity {number}, or clear its score.").format(number=n)
            if not number:
                return self.tr("Score activity {number} from 0 to {top}.").format(
                    number=n, top=PSFS_TOP
                )
            found.append((text, int(number)))
        return found or self.tr("Name at least one activity and score it.")
