"""The program list at home: which programs this profile may see, each with its advice,
its stage lock and what a profile flag leaves out; and taking an advice from there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hamsession.services.programs import ProgramService
from hamsession.ui.programs.program_picker import ProgramPicker

if TYPE_CHECKING:
    from hamsession.services.advice import AdviceService
    from hamsession.services.clinic import ClinicService
    from hamsession.services.variants import VariantService
    from hamsession.ui.widgets.pages import Current


class ProgramList(QObject):
    #: A line for the status bar.
    said = Signal(str)

    def __init__(
        self, programs: ProgramService, current: Current, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.programs = programs
        self.current = current
        self.picker = ProgramPicker([], self._step_lines, figures=self._step_figures)
        self.picker.accept_requested.connect(self._on_picker_accept_requested)
        self.picker.about_requested.connect(self.show_about)
        self.about_dialog = None
        self.advice: AdviceService | None = None
        self.clinic: ClinicService | None = None
        self.variants: VariantService | None = None

    def attach(
        self,
        advice: AdviceService | None,
        clinic: ClinicService | None,
        variants: VariantService | None,
    ) -> None:
        self.advice, self.clinic, self.variants = advice, clinic, variants

    def _step_lines(self, program_id: str) -> list[str]:
        profile = self.current.profile
        return self.programs.step_lines(program_id, profile.flags if profile else ())

    def _program(self, program_id: str):
        profile = self.current.profile
        if self.variants is not None and profile is not None:
            own = self.variants.program(profile, program_id)
            if own is not None:
                return own
        return self.programs.program(program_id)

    def _step_figures(self, program_id: str) -> list:
        """Each step's figure, or None where the step is done elsewhere than the exercise's
        own position (its figure would show the wrong thing)."""
        steps = self._program(program_id).steps
        return [None if s.position else s.exercise.figure for s in steps]

    def show_about(self, program_id: str) -> None:
        """About the exercises of a program, in the order of its steps."""
        from hamsession.services.about import about_exercise, about_program
        from hamsession.ui.widgets.about_exercises import AboutExercises

        program = self._program(program_id)
        seen, exercises = set(), []
        for step in program.steps:
            if step.exercise.id not in seen:
                seen.add(step.exercise.id)
                exercises.append(step.exercise)
        dialog = AboutExercises(
            exercises,
            about_exercise,
            self.picker,
            self.picker.fonts.scale,
            (program.title, about_program(program)),
        )
        self.about_dialog = dialog
        dialog.open()

    def refresh(self) -> None:
        """The library, then this profile's own variants. In a clinic a client sees what was
        assigned to them and the built-ins, not other clients' programs."""
        profile = self.current.profile
        rows = self.programs.summaries()
        if self.clinic is not None and profile is not None:
            rows = self.clinic.visible(profile, rows)
        if self.variants is not None and profile is not None:
            rows += [self.programs.summary(p) for p in self.variants.programs(profile)]
        if self.advice is None or profile is None:
            self.picker.set_programs(rows)
            return
        ids = [r.id for r in rows]
        notes = self.advice.picker_notes(profile, ids)
        self.picker.set_programs(rows, notes, self.advice.hidden_line(profile, ids))

    def refresh_and_select(self, program_id: str) -> None:
        self.refresh()
        self.picker.select(program_id)

    def _on_picker_accept_requested(self, program_id: str) -> None:
        profile = self.current.profile
        got = self.advice.for_program(profile, program_id)
        chosen, said = self.advice.accept(profile, got)
        self.refresh_and_select(chosen)
        self.said.emit(said)
