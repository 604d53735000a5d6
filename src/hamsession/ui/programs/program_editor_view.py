"""The program editor's layout: the header, the step list, the form of one step and the
buttons. :class:`hamsession.ui.programs.program_editor.ProgramEditor` brings it to life."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.programs import Exercise, Side, StepKind
from hamsession.services.programs import ProgramSummary
from hamsession.ui.widgets.text_scale import ScaledFonts

KINDS = {
    StepKind.HOLD: QT_TRANSLATE_NOOP("ProgramEditorView", "Holds (isometric or stretch)"),
    StepKind.MOVE: QT_TRANSLATE_NOOP("ProgramEditorView", "Moving reps"),
    StepKind.BREATHING: QT_TRANSLATE_NOOP("ProgramEditorView", "Paced breaths"),
    StepKind.CONTINUOUS: QT_TRANSLATE_NOOP("ProgramEditorView", "A walk or a run for a time"),
}
SIDES = {"": (None,), "each": (Side.LEFT, Side.RIGHT), "left": (Side.LEFT,), "right": (Side.RIGHT,)}
SIDE_WORDS = {
    "": QT_TRANSLATE_NOOP("ProgramEditorView", "no sides"),
    "each": QT_TRANSLATE_NOOP("ProgramEditorView", "each side, left then right"),
    "left": QT_TRANSLATE_NOOP("ProgramEditorView", "left"),
    "right": QT_TRANSLATE_NOOP("ProgramEditorView", "right"),
}
NEW = ""


def _seconds_box(low: float, high: float, value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSuffix(QCoreApplication.translate("ProgramEditorView", " s"))
    box.setValue(value)
    return box


def _count_box(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


class ProgramEditorView(QDialog):
    """Widgets only; the editor fills them in and listens to them."""

    def __init__(
        self,
        summaries: Iterable[ProgramSummary],
        clients: Iterable[ProfileInfo],
        parent: QWidget | None = None,
        scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hamsession: program editor"))
        self.resize(1100, 720)
        self.fonts = ScaledFonts()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top(summaries))
        body = QHBoxLayout()
        body.addWidget(self._build_steps(), 2)
        body.addWidget(self._build_step_form(), 3)
        layout.addLayout(body, 1)
        layout.addLayout(self._build_bottom(clients))
        for widget in self.findChildren(QWidget):
            self.fonts.add(widget, 13)
        self.fonts.add(self.status, 14, bold=True)
        self.fonts.apply(scale)

    # ----- building ---------------------------------------------------------------------------
    def _build_top(self, summaries: Iterable[ProgramSummary]) -> QGridLayout:
        grid = QGridLayout()
        self.start_from = QComboBox()
        self.start_from.addItem(self.tr("A new, empty program"), NEW)
        for summary in summaries:
            self.start_from.addItem(
                self.tr("Start from: {title}").format(title=summary.title), summary.id
            )
        grid.addWidget(self.start_from, 0, 0, 1, 4)
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("What the client will see, e.g. Hamstring holds, week 2")
        )
        self.program_id = QLineEdit()
        self.program_id.setPlaceholderText(self.tr("made from the title"))
        self.description = QLineEdit()
        self.get_ready = _seconds_box(1, 120, 5)
        self.inhale = _seconds_box(1, 30, 4)
        self.exhale = _seconds_box(1, 30, 6)
        for row, (label, widget) in enumerate(
            ((self.tr("Title"), self.title), (self.tr("Id (file name)"), self.program_id)), start=1
        ):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(widget, row, 1)
        grid.addWidget(QLabel(self.tr("Description")), 3, 0)
        grid.addWidget(self.description, 3, 1)
        grid.addWidget(QLabel(self.tr("Get ready before each step")), 1, 2)
        grid.addWidget(self.get_ready, 1, 3)
        grid.addWidget(QLabel(self.tr("Breath: in / out")), 2, 2)
        pace = QHBoxLayout()
        pace.addWidget(self.inhale)
        pace.addWidget(self.exhale)
        grid.addLayout(pace, 2, 3)
        grid.setColumnStretch(1, 3)
        return grid

    def _build_steps(self) -> QGroupBox:
        group = QGroupBox(self.tr("Steps"))
        layout = QVBoxLayout(group)
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setWordWrap(True)
        layout.addWidget(self.step_list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("&Up"))
        self.down_button = QPushButton(self.tr("Do&wn"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        layout.addLayout(row)
        return group

    def _build_step_form(self) -> QGroupBox:
        self.step_group = group = QGroupBox(self.tr("The highlighted step"))
        form = QFormLayout(group)
        self.exercise = QComboBox()
        self.kind = QComboBox()
        for kind, text in KINDS.items():
            self.kind.addItem(QCoreApplication.translate("ProgramEditorView", text), kind.value)
        self.breaths = _count_box(1, 50, 6)
        self.sets = _count_box(1, 10, 1)
        self.reps = _count_box(1, 50, 5)
        self.hold = _seconds_box(1, 600, 5)
        self.release = _seconds_box(0.5, 60, 2)
        self.rep_s = _seconds_box(1, 60, 4)
        self.rest = _seconds_box(1, 600, 30)
        self.for_s = _seconds_box(10, 3600, 300)
        self.sides = QComboBox()
        for key, text in SIDE_WORDS.items():
            self.sides.addItem(QCoreApplication.translate("ProgramEditorView", text), key)
        self.own_pace = QComboBox()
        self.own_pace.addItem(self.tr("the program's breath pace"), False)
        self.own_pace.addItem(self.tr("its own pace (below)"), True)
        self.step_inhale = _seconds_box(1, 30, 4)
        self.step_exhale = _seconds_box(1, 30, 6)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A cue for this client, shown during the step"))
        self._rows = {
            "exercise": (self.tr("Exercise"), self.exercise),
            "kind": (self.tr("Timed as"), self.kind),
            "breaths": (self.tr("Breaths"), self.breaths),
            "sets": (self.tr("Sets"), self.sets),
            "reps": (self.tr("Reps per set"), self.reps),
            "hold": (self.tr("Hold each rep"), self.hold),
            "release": (self.tr("Release after each hold"), self.release),
            "rep_s": (self.tr("Seconds per rep"), self.rep_s),
            "for_s": (self.tr("Seconds each set"), self.for_s),
            "rest": (self.tr("Rest between sets"), self.rest),
            "sides": (self.tr("Sides"), self.sides),
            "own_pace": (self.tr("Breath pace"), self.own_pace),
            "step_inhale": (self.tr("Own pace: in"), self.step_inhale),
            "step_exhale": (self.tr("Own pace: out"), self.step_exhale),
            "note": (self.tr("Note"), self.note),
        }
        for label, widget in self._rows.values():
            form.addRow(label, widget)
        return group

    def _build_bottom(self, clients: Iterable[ProfileInfo]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.status, 1)
        self.assign_to = QComboBox()
        self.assign_to.addItem(self.tr("Assign to nobody yet"), 0)
        for profile in clients:
            self.assign_to.addItem(
                self.tr("Assign to {name}").format(name=profile.name), profile.id
            )
        row.addWidget(self.assign_to)
        self.own_exercise = QPushButton(self.tr("New e&xercise…"))
        row.addWidget(self.own_exercise)
        self.save_button = QPushButton(self.tr("&Save"))
        row.addWidget(self.save_button)
        self.close_button = QPushButton(self.tr("Close"))
        row.addWidget(self.close_button)
        return row

    def fill_exercises(self, exercises: Iterable[Exercise], select: str | None = None) -> None:
        keep = select or self.exercise.currentData()
        self.exercise.blockSignals(True)
        self.exercise.clear()
        usable = [e for e in exercises if not e.placeholder]
        for exercise in sorted(usable, key=lambda e: (e.code or "~", e.name)):
            code = f"{exercise.code} " if exercise.code else ""
            self.exercise.addItem(f"{code}{exercise.name}", exercise.id)
        index = self.exercise.findData(keep)
        self.exercise.setCurrentIndex(max(index, 0))
        self.exercise.blockSignals(False)
