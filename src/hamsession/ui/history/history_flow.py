"""The history view and what starts from it or beside it: a session's phases, the
clinician's report, and exporting and importing a history."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from hamsession.domain.profiles import file_safe
from hamsession.services.errors import BadInput
from hamsession.services.programs import ProgramService

if TYPE_CHECKING:
    from hamsession.domain.profiles import ProfileInfo
    from hamsession.services.advice import AdviceService
    from hamsession.services.history import HistoryService
    from hamsession.ui.widgets.pages import Current

#: Clinician functions run through this: straight away, or after the clinician PIN.
Guard = Callable[[Callable[[], None]], None]


class HistoryFlow(QObject):
    #: A line for the status bar.
    said = Signal(str)
    #: The charts were drawn: sessions shown and milliseconds taken.
    rendered = Signal(int, float)
    #: Sessions were imported (the program list may change).
    imported = Signal()

    def __init__(
        self,
        pages,
        current: Current,
        history: HistoryService,
        programs: ProgramService,
        advice: AdviceService,
        window: QWidget,
        guard: Guard,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pages, self.current = pages, current
        self.history, self.programs, self.advice = history, programs, advice
        self._window = window  # the parent of file and detail dialogs
        self._guard = guard
        self.detail = None

    def show(self) -> None:
        """The history charts (pyqtgraph is loaded the first time this opens)."""
        began = time.perf_counter()
        from hamsession.services.charts import chart_data
        from hamsession.ui.history.history_view import HistoryView

        history, profile = self.history, self.current.profile
        view = HistoryView(
            lambda r, p: chart_data(history, profile, r, p),
            history.program_ids(profile),
            target_min=profile.weekly_target_min,
        )
        view.back.connect(self.pages.home)
        view.session_clicked.connect(self._on_view_session_clicked)
        view.rendered.connect(self.rendered)
        view.report_requested.connect(lambda r: self._guard(lambda: self._write_report(r)))
        self.pages.show_page(view, "history")
        view.refresh(began)

    def _write_report(self, range_name: str) -> None:
        from hamsession.ui.history.report_pdf import write_report

        profile = self.current.profile
        suggested = str(Path.home() / f"hamsession-report-{file_safe(profile.name)}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self._window, "Save the report", suggested, "PDF (*.pdf)"
        )
        if not path:
            return
        try:
            write_report(Path(path), self.history, profile, self.advice, range_name)
        except BadInput as err:
            self.said.emit(str(err))
            return
        self.said.emit(f"Report saved to {path}")

    def _on_view_session_clicked(self, session_id: str) -> None:
        from hamsession.ui.history.session_detail import SessionDetail

        entry = self.history.session(self.current.profile, session_id)
        if entry is not None:
            self.detail = SessionDetail(entry, self._window)
            self.detail.open()

    # ----- export and import ------------------------------------------------------------------
    def export(self, profile: ProfileInfo | None = None) -> None:
        from hamsession.ui.history.transfer_dialogs import export_history

        profile = profile or self.current.profile
        result = export_history(self._window, self.history, profile, self.programs)
        if result:
            self.said.emit(result)

    def import_into(self, name: str | None) -> None:
        """Import a file into the profile ``name``, or each profile of the file into the
        profile of the same name (created, or merged by session id) with None."""
        from hamsession.ui.history.transfer_dialogs import import_history

        result = import_history(self._window, self.history, name, self.programs)
        if result:
            self.said.emit(result)
        self.imported.emit()
