""" "About this exercise" (key I in the player, a button in the picker): its figure, why
it is in the program, its breath cue, its dose with where each number comes from, and
its sources. With several exercises (a program's), a list beside chooses one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.programs import Exercise
from hamsession.ui.widgets.figure_still import FigureStill
from hamsession.ui.widgets.text_scale import ScaledFonts


class AboutExercises(QDialog):
    def __init__(
        self,
        exercises: Sequence[Exercise],
        text_for: Callable[[Exercise], str],
        parent: QWidget | None = None,
        scale: float = 1.0,
        program: tuple[str, str] | None = None,
    ) -> None:
        """``program``: a first entry (its title and text) about the program itself."""
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("About this exercise")
            if len(exercises) == 1
            else self.tr("About the exercises")
        )
        self.resize(900, 620)
        self._exercises, self._text_for = list(exercises), text_for
        self._program = program
        self.fonts = f = ScaledFonts()
        self.list = f.add(QListWidget(), 14)
        self.list.setAccessibleName(self.tr("Exercises"))
        if program is not None:
            self.list.addItem(f"The program: {program[0]}")
        for e in self._exercises:
            self.list.addItem(f"{e.code} {e.name}".strip())
        self.list.setVisible(self.list.count() > 1)
        self.list.setMaximumWidth(340)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figure = FigureStill()
        self.text = f.add(QLabel(), 14)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.figure)
        column.addWidget(self.text, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        f.apply(scale)
        self.list.setCurrentRow(0)
        self._show(0)

    def _show(self, row: int) -> None:
        if self._program is not None:
            if row == 0:
                self.text.setText(self._program[1])
                self.figure.set_figure(None)
                return
            row -= 1
        if 0 <= row < len(self._exercises):
            e = self._exercises[row]
            self.text.setText(self._text_for(e))
            self.figure.set_figure(e.figure, f"{e.name}, in its effort position")
