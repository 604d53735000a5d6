"""A clinician's own exercise: name, position, how to do it, what to watch for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.program_writer import slug
from hamsession.domain.programs import Exercise
from hamsession.services.clinic import ClinicService
from hamsession.services.errors import BadInput
from hamsession.ui.widgets.text_scale import ScaledFonts


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class ExerciseForm(QDialog):
    """Emits ``saved(exercise id)`` once the exercise file is written."""

    saved = Signal(str)

    def __init__(
        self, clinic: ClinicService, parent: QWidget | None = None, scale: float = 1.0
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hamsession: new exercise"))
        self._clinic = clinic
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.position = QLineEdit()
        self.how = QPlainTextEdit()
        self.how.setPlaceholderText(self.tr("One instruction per line"))
        self.watch_for = QPlainTextEdit()
        self.watch_for.setPlaceholderText(self.tr("One thing to watch for per line"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Starting position"), self.position)
        form.addRow(self.tr("How to do it"), self.how)
        form.addRow(self.tr("Watch for"), self.watch_for)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fonts = ScaledFonts()
        for widget in self.findChildren(QWidget):
            fonts.add(widget, 13)
        fonts.apply(scale)

    def save(self) -> bool:
        name = self.name.text().strip()
        exercise = Exercise(
            id=slug(name),
            name=name,
            position=self.position.text().strip(),
            how=_lines(self.how),
            watch_for=_lines(self.watch_for),
        )
        if not exercise.id:
            self.message.setText(self.tr("Give the exercise a name (letters or digits)."))
            return False
        try:
            self._clinic.save_exercise(exercise)
        except FileProblems as err:
            self.message.setText(err.problems[0].message)
            return False
        except (BadInput, OSError) as err:
            self.message.setText(str(err))
            return False
        self.saved.emit(exercise.id)
        self.accept()
        return True
