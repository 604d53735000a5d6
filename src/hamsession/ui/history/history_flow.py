"""The history view and what starts from it or beside it: a session's phases, the
clinician's report, and exporting and importing a history."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from hamsession.domain.profiles import file_safe
from hamsession.services.errors import BadInput
from hamsession.services.programs import ProgramService

if TYPE_CHECKING:
    from hamsession.domain.profiles import ProfileInfo
    from hamsession.services.advice import AdviceService
    from hamsession.services.history import HistoryService
    from hamsession.ui.widgets.pages import Current

#: After the history is drawn, when to build the next empty view (ms); how often to look
#: again while a session plays.
SPARE_AFTER_MS = 1500
SPARE_RETRY_MS = 5000

#: Clinician functions run through this: straight away, or after the clinician PIN.
Guard = Callable[[Callable[[], None]], None]


class HistoryFlow(QObject):
    #: A line for the status bar.
    said = Signal(str)
    #: The charts were drawn: sessions shown and milliseconds taken.
    rendered = Signal(int, float)
    #: Sessions were imported (the program list may change).
    imported = Signal()
    #: The charts are loaded and an empty view is ready: the app has finished starting.
    prepared = Signal()

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
        self._preload = None
        self._spare = None
        self._view = None  # the view shown last, kept while its profile is on screen
        self._shows: tuple = ()  # whose history it shows: profile, programs, target
        self._version: tuple | None = None  # the history's version and the day it was read
        self._stopped = False
        self._busy: Callable[[], bool] = lambda: True

    def prepare(self, busy: Callable[[], bool]) -> None:
        """Load the charts in the background once the window is idle, then keep an empty
        view ready, so the history opens without waiting for either. ``busy`` is true
        while a session plays (nothing is loaded or built then)."""
        from hamsession.ui.history.chart_preload import ChartPreload

        self._busy = busy
        self._preload = ChartPreload(busy, self)
        self._preload.ready.connect(self._build_spare)
        self._preload.start()

    def _build_spare(self) -> None:
        """An empty history view for the next opening: it holds nobody's data until
        :meth:`show` hands it the profile on screen."""
        from hamsession.ui.history import chart_preload

        if self._stopped or self._spare is not None or not chart_preload.loaded():
            return
        if self._busy():
            QTimer.singleShot(SPARE_RETRY_MS, self._build_spare)
            return
        from hamsession.ui.history.history_view import HistoryView

        self.history.open_storage()  # its modules loaded with the charts: quick now
        self._spare = HistoryView(parent=self._window)
        self._spare.hide()
        # Laid out and painted once off screen at the window's size: its first showing
        # then only paints the data.
        self._spare.resize(self._window.centralWidget().size())
        self._spare.grab()
        self._draw_ahead()
        self.prepared.emit()

    def _draw_ahead(self) -> None:
        """The charts of the profile on screen, drawn out of sight while the window is
        idle, so the first opening shows them at once. Kept as a shown view is: only
        while that profile stays on screen (see :meth:`forget`)."""
        profile = self.current.profile
        if profile is None or self._view is not None or self._spare is None:
            return
        view, self._spare = self._spare, None
        self._version = self._read_at()  # before the history is read
        self._adopt(view, profile).refresh(ahead=True)
        QTimer.singleShot(SPARE_AFTER_MS, self._build_spare)  # the next empty one

    def shutdown(self) -> None:
        self._stopped = True  # a view still due to be made ahead is not made
        if self._preload is not None:
            self._preload.stop()
        self.forget()
        if self._spare is not None:
            self._spare.deleteLater()
            self._spare = None

    def forget(self) -> None:
        """Drop the view last shown (another profile is on screen, or the window locks):
        nobody's charts are kept out of sight."""
        view, self._view = self._view, None
        self._version = None
        if view is None:
            return
        if self.pages.page is view:
            self.pages.discard_page()
        view.deleteLater()

    def show(self) -> None:
        """The history charts. The view shown last is shown again while the profile stays
        (redrawn only when its history changed); otherwise an empty view made ahead of
        need, or a new one (pyqtgraph loads then, unless the window loaded it idle)."""
        began = time.perf_counter()
        from hamsession.ui.history.history_view import HistoryView

        profile = self.current.profile
        if self._view is not None and self._shows != self._key(profile):
            self.forget()
        if self._view is None:
            view, self._spare = self._spare or HistoryView(), None
            self._adopt(view, profile)
        version = self._read_at()  # before the history is read
        unchanged = version is not None and version == self._version
        self.pages.show_page(self._view, "history", kept=True)
        self._view.refresh(began, load=not unchanged)
        self._version = version

    def _read_at(self) -> tuple | None:
        """The history's version and today's date: the charts are read again when either
        changes (a range such as "4 weeks" moves with the day), or always when the
        history has no version (a server)."""
        version = self.history.version()
        return None if version is None else (version, date.today())

    def _key(self, profile: ProfileInfo) -> tuple:
        """Whose history a view shows: the profile, its programs and its weekly target."""
        ids = tuple(self.history.program_ids(profile))
        return (profile.id, ids, profile.weekly_target_min)

    def _adopt(self, view, profile: ProfileInfo):
        """``view`` becomes the one showing ``profile``'s history."""
        from hamsession.services.charts import chart_data

        history, shows = self.history, self._key(profile)
        view.table.program_name = self._window.programs.title_of  # in the language in use
        view.use(
            lambda r, p: chart_data(history, profile, r, p),
            list(shows[1]),
            target_min=profile.weekly_target_min,
        )
        view.back.connect(self.pages.home)
        view.session_clicked.connect(self._on_view_session_clicked)
        view.rendered.connect(self.rendered)
        view.rendered.connect(lambda *_: QTimer.singleShot(SPARE_AFTER_MS, self._build_spare))
        view.report_requested.connect(lambda r: self._guard(lambda: self._write_report(r)))
        self._view, self._shows = view, shows
        return view

    def _write_report(self, range_name: str) -> None:
        from hamsession.ui.history.report_pdf import write_report

        profile = self.current.profile
        suggested = str(Path.home() / f"hamsession-report-{file_safe(profile.name)}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save the report"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            write_report(Path(path), self.history, profile, self.advice, range_name)
        except BadInput as err:
            self.said.emit(str(err))
            return
        self.said.emit(self.tr("Report saved to {path}").format(path=path))

    def _on_view_session_clicked(self, session_id: str) -> None:
        from hamsession.ui.history.session_detail import SessionDetail

        entry = self.history.session(self.current.profile, session_id)
        if entry is not None:
            self.detail = SessionDetail(entry, self._window, self._window.programs)
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
