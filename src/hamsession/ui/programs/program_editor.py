"""The program editor: steps from the exercise library, checked as you type, saved as TOML."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.plain_text import without_hidden
from hamsession.domain.program_writer import slug
from hamsession.domain.programs import (
    DEFAULT_CUE_EVERY_S,
    DEFAULT_FOR_S,
    BreathPace,
    Program,
    Step,
    StepKind,
    first_step,
)
from hamsession.domain.timeline import compile_program
from hamsession.services.clinic import ClinicService
from hamsession.services.errors import BadInput
from hamsession.services.programs import ProgramService, dose_text
from hamsession.ui.programs.program_editor_view import NEW, SIDES, ProgramEditorView
from hamsession.ui.session.labels import elapsed_text


class ProgramEditor(ProgramEditorView):
    """Emits ``saved(program id)`` after a program was written to the data folder."""

    saved = Signal(str)

    def __init__(
        self,
        programs: ProgramService,
        clinic: ClinicService,
        parent: QWidget | None = None,
        scale: float = 1.0,
    ) -> None:
        self._clients = {p.id: p for p in clinic.clients()}
        super().__init__(programs.summaries(), self._clients.values(), parent, scale)
        self._programs = programs
        self._clinic = clinic
        self._steps: list[Step] = []
        self._loading = False
        self._id_edited = False
        self.checked: Program | None = None
        self._fill_exercises()
        self._connect()
        self._show_step(-1)
        self.validate()

    def _connect(self) -> None:
        self.start_from.activated.connect(lambda _i: self.load(self.start_from.currentData()))
        self.title.textEdited.connect(self._on_title_edited)
        self.program_id.textEdited.connect(self._on_id_edited)
        self.description.textEdited.connect(lambda _t: self.validate())
        for box in (self.get_ready, self.inhale, self.exhale):
            box.valueChanged.connect(lambda _v: self.validate())
        self.step_list.currentRowChanged.connect(self._show_step)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        for combo in (self.exercise, self.kind, self.sides, self.own_pace):
            combo.currentIndexChanged.connect(lambda _i: self._on_step_edited())
        for box in (
            self.breaths,
            self.sets,
            self.reps,
            self.hold,
            self.release,
            self.rep_s,
            self.for_s,
            self.rest,
            self.step_inhale,
            self.step_exhale,
        ):
            box.valueChanged.connect(lambda _v: self._on_step_edited())
        self.note.textEdited.connect(lambda _t: self._on_step_edited())
        self.own_exercise.clicked.connect(self._ask_exercise)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

    def _fill_exercises(self, select: str | None = None) -> None:
        self.fill_exercises(self._programs.library.exercises.values(), select)

    # ----- the program ------------------------------------------------------------------------
    def program(self) -> Program:
        return Program(
            id=self.program_id.text().strip() or slug(self.title.text()),
            title=without_hidden(self.title.text()).strip(),
            steps=tuple(self._steps),
            description=without_hidden(self.description.text()).strip(),
            get_ready_s=self.get_ready.value(),
            breath=BreathPace(self.inhale.value(), self.exhale.value()),
        )

    def load(self, program_id: str) -> None:
        """Fill the editor from a program (a built-in gets a new id, so it is kept)."""
        if program_id == NEW:
            program = Program(id="", title="", steps=())
        else:
            program = self._programs.program(program_id)
        self._loading = True
        builtin = program.id in self._programs.library.builtin_ids
        self.title.setText(program.title)
        self.program_id.setText(f"{program.id}-clinic" if builtin else program.id)
        self._id_edited = bool(program.id)
        self.description.setText(program.description)
        self.get_ready.setValue(program.get_ready_s)
        self.inhale.setValue(program.breath.inhale_s)
        self.exhale.setValue(program.breath.exhale_s)
        self._steps = list(program.steps)
        self._loading = False
        self._refresh_list(0 if self._steps else -1)

    def validate(self) -> bool:
        """Check the program as its file will read; show the first problem or the total time."""
        if self._loading:
            return False
        program = self.program()
        try:
            _text, self.checked = self._programs.as_saved(program)
        except FileProblems as err:
            self.checked = None
            first = err.problems[0]
            self.status.setText(
                self.tr("Not ready to save: {problem}").format(problem=first.message)
            )
            self.save_button.setEnabled(False)
            return False
        total = compile_program(self.checked).total_s
        steps = len(self.checked.steps)
        self.status.setText(
            self.tr("Ready to save: %n step(s), total {total} (min:s)", "", steps).format(
                total=elapsed_text(total)
            )
        )
        self.save_button.setEnabled(True)
        return True

    def save(self) -> bool:
        if not self.validate():
            return False
        try:
            path = self._clinic.save_program(self.checked)
            profile = self._clients.get(self.assign_to.currentData())
            if profile is not None:
                assigned = self._clinic.assigned(profile)
                if self.checked.id not in assigned:
                    self._clinic.assign(profile, [*assigned, self.checked.id])
        except (BadInput, OSError) as err:
            self.status.setText(self.tr("Not saved: {error}").format(error=err))
            return False
        self.status.setText(self.tr("Saved to {file}").format(file=f"programs/{path.name}"))
        self.saved.emit(self.checked.id)
        return True

    # ----- steps ------------------------------------------------------------------------------
    def add_step(self) -> None:
        exercise = self._programs.library.exercises[self.exercise.currentData()]
        pace = BreathPace(self.inhale.value(), self.exhale.value())
        step = first_step(exercise, pace)  # its own dose, as content.md gives it
        row = self.step_list.currentRow() + 1 if self._steps else 0
        self._steps.insert(row, step)
        self._refresh_list(row)

    def remove_step(self) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._refresh_list(min(row, len(self._steps) - 1))

    def move_step(self, by: int) -> None:
        row = self.step_list.currentRow()
        to = row + by
        if 0 <= row < len(self._steps) and 0 <= to < len(self._steps):
            self._steps[row], self._steps[to] = self._steps[to], self._steps[row]
            self._refresh_list(to)

    def _refresh_list(self, select: int) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for n, step in enumerate(self._steps, start=1):
            self.step_list.addItem(f"{n}. {step.exercise.name}: {dose_text(step)}")
        self.step_list.setCurrentRow(select)
        self.step_list.blockSignals(False)
        self._show_step(select)
        self.validate()

    def _show_step(self, row: int) -> None:
        has = 0 <= row < len(self._steps)
        self.step_group.setEnabled(has)
        if not has:
            return
        step = self._steps[row]
        self._loading = True
        self._fill_exercises(step.exercise.id)
        self.kind.setCurrentIndex(self.kind.findData(step.kind.value))
        self.breaths.setValue(step.breaths or 6)
        self.sets.setValue(step.sets)
        self.reps.setValue(step.reps)
        self.hold.setValue(step.hold_s or 5)
        self.release.setValue(step.release_s)
        self.rep_s.setValue(step.rep_s or 4)
        self.for_s.setValue(step.for_s or DEFAULT_FOR_S)
        self.rest.setValue(step.rest_s)
        key = next(k for k, v in SIDES.items() if v == step.sides)
        self.sides.setCurrentIndex(self.sides.findData(key))
        program_pace = BreathPace(self.inhale.value(), self.exhale.value())
        self.own_pace.setCurrentIndex(1 if step.breath != program_pace else 0)
        self.step_inhale.setValue(step.breath.inhale_s)
        self.step_exhale.setValue(step.breath.exhale_s)
        self.note.setText(step.note)
        self._loading = False
        self._show_fields_for(step.kind)

    def _show_fields_for(self, kind: StepKind) -> None:
        wanted = {
            StepKind.BREATHING: {"breaths"},
            StepKind.HOLD: {"sets", "reps", "hold", "release", "rest", "sides"},
            StepKind.MOVE: {"sets", "reps", "rep_s", "rest", "sides"},
            StepKind.CONTINUOUS: {"sets", "for_s", "rest"},
        }[kind] | {"exercise", "kind", "own_pace", "note"}
        own = self.own_pace.currentData()
        if own:
            wanted |= {"step_inhale", "step_exhale"}
        form: QFormLayout = self.step_group.layout()
        for key, (_label, widget) in self._rows.items():
            form.setRowVisible(widget, key in wanted)

    def _on_step_edited(self) -> None:
        row = self.step_list.currentRow()
        if self._loading or not 0 <= row < len(self._steps):
            return
        kind = StepKind(self.kind.currentData())
        program_pace = BreathPace(self.inhale.value(), self.exhale.value())
        pace = (
            BreathPace(self.step_inhale.value(), self.step_exhale.value())
            if self.own_pace.currentData()
            else program_pace
        )
        breathing = kind is StepKind.BREATHING
        walk = kind is StepKind.CONTINUOUS
        exercise = self._programs.library.exercises[self.exercise.currentData()]
        before = self._steps[row]
        if exercise.id != before.exercise.id:  # the old exercise's own position and cues go
            before = replace(before, position="", how=())
        self._steps[row] = replace(
            before,
            exercise=exercise,
            kind=kind,
            breaths=self.breaths.value() if breathing else 0,
            sets=1 if breathing else self.sets.value(),
            reps=1 if breathing or walk else self.reps.value(),
            hold_s=self.hold.value() if kind is StepKind.HOLD else 0.0,
            release_s=self.release.value(),
            rep_s=self.rep_s.value() if kind is StepKind.MOVE else 0.0,
            for_s=self.for_s.value() if walk else 0.0,
            cue_every_s=(before.cue_every_s or DEFAULT_CUE_EVERY_S)
            if walk and exercise.cues
            else 0.0,
            rest_s=self.rest.value(),
            sides=(None,) if breathing or walk else SIDES[self.sides.currentData()],
            breath=pace,
            note=without_hidden(self.note.text()).strip(),
        )
        self.step_list.item(row).setText(
            f"{row + 1}. {self._steps[row].exercise.name}: {dose_text(self._steps[row])}"
        )
        self._show_fields_for(kind)
        self.validate()

    # ----- the header -------------------------------------------------------------------------
    def _on_title_edited(self, text: str) -> None:
        if not self._id_edited:
            self.program_id.setText(slug(text))
        self.validate()

    def _on_id_edited(self, _text: str) -> None:
        self._id_edited = True
        self.validate()

    def _ask_exercise(self) -> None:
        from hamsession.ui.programs.exercise_form import ExerciseForm

        form = ExerciseForm(self._clinic, self, self.fonts.scale)
        form.saved.connect(self._on_exercise_saved)
        self.exercise_form = form
        form.open()

    def _on_exercise_saved(self, exercise_id: str) -> None:
        self._fill_exercises(exercise_id)
        self.status.setText(self.tr("Exercise saved; choose it for a step, or Add a step with it."))
