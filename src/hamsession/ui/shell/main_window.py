"""The main window: composes the views and routes between them; it does no work itself."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from hamsession import __version__
from hamsession.domain.file_problems import FileProblems
from hamsession.domain.history import DEFAULT_PROFILE
from hamsession.services.errors import BadInput
from hamsession.services.preferences import Preferences
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.ui.clinic.clinic_mode import ClinicMode
from hamsession.ui.programs.program_picker import ProgramPicker
from hamsession.ui.session.cue_output import CueOutput
from hamsession.ui.session.player import Player
from hamsession.ui.session.session_summary import SessionSummary
from hamsession.ui.widgets.text_scale import SCALE_STEP

if TYPE_CHECKING:
    from hamsession.services.advice import AdviceService
    from hamsession.services.clinic import ClinicService
    from hamsession.services.history import HistoryService
    from hamsession.ui.checkin.checkin_flow import CheckinFlow

APP_TITLE = "Hamsession"
ABOUT_TEXT = (
    "<h3>Hamsession {version}</h3>"
    "<p>Guided hamstring, pelvic-control and low-back exercise sessions.</p>"
    "<p><b>Hamsession guides exercise; it does not diagnose.</b> If a session brings on "
    "new numbness, weakness, problems with bladder or bowel, or pain that is severe or "
    "getting worse, stop and get medical advice.</p>"
    "<p>Your history stays on this computer; nothing is sent over a network.</p>"
)


class MainWindow(QMainWindow):
    #: The window was first exposed on screen (its contents can be seen).
    first_exposed = Signal()
    #: The history charts were drawn: sessions shown and milliseconds taken.
    history_rendered = Signal(int, float)

    def __init__(
        self,
        programs: ProgramService,
        sessions: SessionService,
        prefs: Preferences,
        make_cues: Callable[[], CueOutput],
        history: HistoryService | None = None,
        clinic: ClinicService | None = None,
        parent: QWidget | None = None,
        opening: bool = False,
    ) -> None:
        """With ``opening`` the window shows only a short "opening" line until
        :meth:`attach` hands it the history, so it can be on screen before the database
        (and the libraries behind it) are loaded."""
        super().__init__(parent)
        self._programs = programs
        self._sessions = sessions
        self._prefs = prefs
        self._make_cues = make_cues
        self._cues: CueOutput | None = None
        self._exposed = False
        self.player: Player | None = None
        self.page: QWidget | None = None
        self._history = history
        from hamsession.ui.widgets.current_profile import CurrentProfile

        self.current = CurrentProfile(sessions.profile, self)
        self.current.changed.connect(self._on_current_changed)
        self.checkin: CheckinFlow | None = None
        self.advice: AdviceService | None = None
        self._client_only = False
        self._quitting = False
        self._system_sleep = None
        self.desk_breaks = None
        self._actions: list[QAction] = []
        self._open_actions: list[QAction] = []  # stay usable while a client has the laptop
        self.clinic: ClinicMode | None = None
        self.setWindowTitle(APP_TITLE)
        self._fit_to_screen(1280, 800)
        self.stack = QStackedWidget()
        self.picker = ProgramPicker([], self._step_lines)
        self.picker.program_chosen.connect(self.open_program)
        self.picker.accept_requested.connect(self._on_picker_accept_requested)
        self.picker.something_wrong.connect(self.something_wrong)
        self.stack.addWidget(self.picker)
        self.setCentralWidget(self.stack)
        self.picker.apply_scale(prefs.text_scale)
        prefs.save_failed.connect(self._on_prefs_save_failed)
        self.opening: QLabel | None = None
        if opening:
            self.opening = QLabel("Opening your history…")
            self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = self.opening.font()
            font.setPointSizeF(font.pointSizeF() * 1.5 * prefs.text_scale)
            self.opening.setFont(font)
            self.stack.addWidget(self.opening)
            self.stack.setCurrentWidget(self.opening)
            self._build_menus()
        else:
            self.attach(history, sessions, clinic)

    def attach(
        self,
        history: HistoryService | None,
        sessions: SessionService,
        clinic: ClinicService | None = None,
        advice: AdviceService | None = None,
    ) -> None:
        """Take the opened history, the session service for its profile, the clinic and the
        advice (made here from the history when not given)."""
        self._history = history
        self._sessions = sessions
        if history is not None and sessions.variants is None:
            from hamsession.services.variants import VariantService

            sessions.variants = VariantService(self._programs, history)
        self.current.set(sessions.profile)
        if history is not None:
            from hamsession.services.advice import AdviceService
            from hamsession.services.safety import SafetyService
            from hamsession.ui.checkin.checkin_flow import CheckinFlow

            self.advice = advice or AdviceService(
                history, self._programs, SafetyService(history), sessions.variants
            )
            self.checkin = CheckinFlow(
                self, self.current, history, self.advice.safety, self.advice, self
            )
            self.checkin.said.connect(self._say)
            self.checkin.changed.connect(self.refresh_programs)
        self.clinic = None if clinic is None else ClinicMode(self, clinic)
        self.menuBar().clear()
        for action in self._actions:
            self.removeAction(action)
            action.deleteLater()
        self._actions = []
        self._build_menus()
        self.refresh_programs()
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        self.stack.setCurrentWidget(self.picker)
        self.picker.setFocus()
        for problem in self._programs.library.problems[:1] + self._prefs.problems[:1]:
            self.statusBar().showMessage(str(problem), 15000)

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width())
            height = min(height, room.height())
        self.resize(width, height)

    def _add_action(self, menu: QMenu, text: str, keys, slot, checked: bool | None = None):
        action = QAction(text, self)
        keys = () if keys is None else (keys,) if isinstance(keys, str) else keys
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if checked is not None:
            action.setCheckable(True)
            action.setChecked(checked)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        self._actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        session = bar.addMenu("&Session")
        self._session_menu = session
        self._add_action(session, "&Programs", None, self.show_picker_if_idle)
        if self._history is not None:
            self._add_action(session, "Something feels &wrong…", None, self.something_wrong)
            self.pelvic_action = self._add_action(
                session,
                "Ask &pelvic-floor questions after sessions",
                None,
                self._on_pelvic_floor_toggled,
                checked=self.current.profile.pelvic_floor_items,
            )
            self._add_action(session, "&Export history…", None, self._on_export_triggered)
            self._add_action(session, "&Import history…", None, self._on_import_triggered)
            self._add_action(session, "S&witch profile…", "Ctrl+P", self.ask_switch_profile)
        quit_action = self._add_action(session, "&Quit", "Ctrl+Q", self.request_quit)
        view = bar.addMenu("&View")
        if self._history is not None:
            self._add_action(view, "&History", "Ctrl+H", self.show_history)
        self._add_action(view, "&Full screen", "F11", self.toggle_full_screen)
        larger = self._add_action(
            view, "&Larger text", ("Ctrl+=", "Ctrl++"), lambda: self.scale_text(SCALE_STEP)
        )
        smaller = self._add_action(
            view, "&Smaller text", "Ctrl+-", lambda: self.scale_text(1 / SCALE_STEP)
        )
        self.reduced_motion_action = self._add_action(
            view,
            "&Reduced motion (a filling bar for the pacer)",
            None,
            self._on_reduced_motion_toggled,
            checked=self._prefs.reduced_motion,
        )
        sound = bar.addMenu("S&ound")
        self.voice_action = self._add_action(
            sound, "&Spoken cues", None, self._on_voice_toggled, checked=self._prefs.voice
        )
        self._open_actions = [quit_action, larger, smaller]
        if self.clinic is not None:
            clinic = bar.addMenu("&Clinic")
            self._add_action(clinic, "&Clients…", "Ctrl+K", self.clinic.show_clients)
            self._add_action(clinic, "&Program editor…", "Ctrl+E", self.show_program_editor)
            self._add_action(clinic, "Clinic &settings…", None, self.show_clinic_settings)
            self._add_action(clinic, "&Lock now", "Ctrl+L", self._lock_now)
        help_menu = bar.addMenu("&Help")
        self._add_action(help_menu, "&About Hamsession", None, self.show_about)

    def _on_pelvic_floor_toggled(self, on: bool) -> None:
        self.current.set(self._history.set_pelvic_floor_items(self.current.profile, on))

    def _guarded(self, then: Callable[[], None]) -> None:
        """Clinician functions: straight away outside clinic mode, else after the PIN."""
        if self.clinic is None:
            then()
        else:
            self.clinic.guarded(then)

    def _on_export_triggered(self) -> None:
        self._guarded(lambda: self.export_profile(self.current.profile))

    def export_profile(self, profile) -> None:
        from hamsession.ui.history.transfer_dialogs import export_history

        result = export_history(self, self._history, profile, self._programs)
        if result:
            self.statusBar().showMessage(result, 15000)

    def _on_import_triggered(self) -> None:
        if self.session_running():
            return

        def run() -> None:
            from hamsession.ui.history.transfer_dialogs import import_history

            result = import_history(self, self._history, self.current.profile.name, self._programs)
            if result:
                self.statusBar().showMessage(result, 15000)
            self.refresh_programs()

        self._guarded(run)

    def import_clients(self) -> None:
        """Import a client's file as that client (created, or merged by session id)."""
        from hamsession.ui.history.transfer_dialogs import import_history

        result = import_history(self, self._history, None, self._programs)
        if result:
            self.statusBar().showMessage(result, 15000)

    # ----- profiles and clinic ----------------------------------------------------------------
    @property
    def programs(self) -> ProgramService:
        return self._programs

    @property
    def text_scale(self) -> float:
        return self._prefs.text_scale

    @property
    def profile(self):
        return self.current.profile

    def _step_lines(self, program_id: str) -> list[str]:
        profile = self.current.profile
        return self._programs.step_lines(program_id, profile.flags if profile else ())

    def _on_current_changed(self, profile) -> None:
        """Everything that shows or uses the profile follows it."""
        self._sessions.profile = profile
        if hasattr(self, "pelvic_action") and profile is not None:
            self.pelvic_action.blockSignals(True)
            self.pelvic_action.setChecked(profile.pelvic_floor_items)
            self.pelvic_action.blockSignals(False)
        if self._history is not None:
            self.refresh_programs()

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    @property
    def history(self) -> HistoryService | None:
        return self._history

    @property
    def sessions(self) -> SessionService:
        return self._sessions

    @property
    def preferences(self) -> Preferences:
        return self._prefs

    def cues(self) -> CueOutput:
        """The sound and voice output, made on first use (QtMultimedia loads then)."""
        if self._cues is None:
            self._cues = self._make_cues()
            notes = self._cues.notices()
            if notes:
                self.statusBar().showMessage("  ".join(notes))
        return self._cues

    def bring_forward(self) -> None:
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # ----- desk breaks ------------------------------------------------------------------------
    def attach_desk_breaks(self, breaks) -> None:
        """Take the desk-break reminders: menu entries, and the tray keeps the app running."""
        from hamsession.ui.desk_breaks.desk_break_flow import DeskBreakFlow

        self.desk_breaks = DeskBreakFlow(self, breaks)
        menu = self._session_menu
        first = menu.actions()[-1] if menu.actions() else None
        for text, keys, slot in (
            ("&Desk break now", "Ctrl+B", self.desk_breaks.play),
            ("Desk-break &reminders…", None, self.desk_breaks.settings),
        ):
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            menu.insertAction(first, action)
            self.addAction(action)
            self._actions.append(action)
        menu.insertSeparator(first)
        breaks.show_panel()

    def switch_profile(self, profile) -> None:
        """Show another profile's programs and history from now on."""
        if self.session_running():
            return
        self.current.set(profile)
        self.show_picker()

    def ask_switch_profile(self) -> None:
        if self.session_running():
            return
        if self.clinic is not None and self.clinic.clinic.clinic_mode:
            self.clinic.show_clients()  # in a clinic, the list of clients is the clinician's
            return
        names = [p.name for p in self._history.profiles()]
        current = (
            names.index(self.current.profile.name) if self.current.profile.name in names else 0
        )
        name, ok = QInputDialog.getItem(self, "Switch profile", "Profile:", names, current, False)
        if ok:
            self.open_profile(self._history.profile(name))

    def open_profile(self, profile) -> None:
        """Switch to a profile the user chose; its PIN first, if it has one."""
        if profile.has_pin and self.clinic is not None:
            self.clinic.lock_profile(profile, lambda: self.switch_profile(profile))
        else:
            self.switch_profile(profile)

    def profile_list_changed(self) -> None:
        """After clients were added, renamed or deleted: keep showing a profile that exists."""
        found = {p.id: p for p in self._history.profiles()}
        self.switch_profile(found.get(self.current.profile.id) or self._history.profile())

    def set_client_only(self, on: bool) -> None:
        """While a client has the laptop (or it is locked) only text size and quit remain."""
        self._client_only = on
        for action in self._actions:
            action.setEnabled(not on or action in self._open_actions)
        self.menuBar().setVisible(not on)

    def show_locked(self, screen: QWidget) -> None:
        self._discard_player()
        self._show_page(screen)
        self.setWindowTitle(APP_TITLE)

    def _lock_now(self) -> None:
        if not self.session_running() and self.clinic.clinic.clinic_mode:
            self.clinic.lock()

    def show_program_editor(self) -> None:
        def run() -> None:
            from hamsession.ui.programs.program_editor import ProgramEditor

            editor = ProgramEditor(self._programs, self.clinic.clinic, self, self.text_scale)
            editor.saved.connect(lambda _id: self.refresh_programs())
            self.editor = editor
            editor.open()

        self._guarded(run)

    def show_clinic_settings(self) -> None:
        def run() -> None:
            from hamsession.ui.clinic.clinic_settings import ClinicSettings

            dialog = ClinicSettings(
                self.clinic.clinic, self._history, self.current.profile, self, self.text_scale
            )
            dialog.saved.connect(self._on_settings_saved)
            self.settings_dialog = dialog
            dialog.open()

        self._guarded(run)

    def _on_settings_saved(self, profile) -> None:
        self.current.set(profile)
        self.clinic.set_idle_minutes(self.clinic.clinic.idle_lock_min)

    def _on_reduced_motion_toggled(self, on: bool) -> None:
        self._prefs.update(reduced_motion=on)
        if self.player is not None:
            self.player.pacer.set_reduced_motion(on)

    def _on_voice_toggled(self, on: bool) -> None:
        self._prefs.update(voice=on)
        if self._cues is not None:
            self._cues.configure(self._prefs.volume, self._prefs.muted, on)

    def show_about(self) -> None:
        QMessageBox.about(self, "About Hamsession", ABOUT_TEXT.format(version=__version__))

    def show_picker_if_idle(self) -> None:
        if not self.session_running():
            self.show_picker()

    # ----- routing ----------------------------------------------------------------------------
    def open_program(self, id_or_file: str) -> bool:
        """Open the player on a program, ready to start. Returns False if it is not open now.

        The screening (when due), any open red flag and the program's stage come first.
        """
        if self.checkin is None:
            return self._start_program(id_or_file)
        started: list[bool] = []
        self.checkin.before_session(
            lambda: started.append(self._start_program(id_or_file)), id_or_file
        )
        return bool(started and started[0])

    def _start_program(self, id_or_file: str) -> bool:
        try:
            run = self._sessions.prepare(id_or_file)
        except (BadInput, FileProblems) as err:
            self.statusBar().showMessage(str(err).splitlines()[0], 15000)
            return False
        self.cues()
        self._discard_player()
        self._discard_page()
        self.player = Player(
            run, self._sessions.clock, self._cues, self._prefs, watch=self._sessions.sleep_watch()
        )
        self._listen_for_sleep()
        self.player.session_over.connect(self._on_player_session_over)
        self.player.left.connect(self.show_picker)
        self.player.quit_confirmed.connect(self._quit_now)
        if run.recorder is not None:
            run.recorder.problem.connect(self._on_recorder_problem)
        self.stack.addWidget(self.player)
        self.stack.setCurrentWidget(self.player)
        self.player.setFocus()
        self.setWindowTitle(APP_TITLE if self._client_only else self._title(run.program.title))
        return True

    def _listen_for_sleep(self) -> None:
        """Hear the system announce a suspend (from the first session on; D-Bus is not
        needed before that)."""
        if self._system_sleep is None:
            from hamsession.ui.desktop.system_sleep import SystemSleep

            self._system_sleep = SystemSleep(self)
            self._system_sleep.going_to_sleep.connect(self._on_system_going_to_sleep)

    def _on_system_going_to_sleep(self) -> None:
        if self.player is not None:
            self.player.system_sleeping()

    def show_picker(self) -> None:
        if self.clinic is not None and self.clinic.handover:
            self.clinic.lock()  # leaving the client's view ends on the locked screen
            return
        self._discard_player()
        self._discard_page()
        self.stack.setCurrentWidget(self.picker)
        self.picker.setFocus()
        self.setWindowTitle(self._title())

    def _title(self, extra: str = "") -> str:
        parts = [APP_TITLE]
        if self.current.profile is not None and self.current.profile.name != DEFAULT_PROFILE:
            parts.append(self.current.profile.name)
        if extra:
            parts.append(extra)
        return " — ".join(parts)

    @property
    def summary(self) -> SessionSummary | None:
        return self.page if isinstance(self.page, SessionSummary) else None

    def show_page(self, page: QWidget, name: str) -> None:
        """Pages of the flows: show ``page`` in place of the current one."""
        self._show_page(page, name)

    def home(self) -> None:
        self.show_picker()

    def _show_page(self, page: QWidget, name: str = "") -> None:
        """Show a one-off view (log, notice, summary) in place of the current one."""
        self._discard_page()
        self.page = page
        page.apply_scale(self._prefs.text_scale)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.setFocus()

    def _discard_page(self) -> None:
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None

    def show_history(self) -> None:
        """The history charts (pyqtgraph is loaded the first time this opens)."""
        if self._history is None or self.session_running():
            return
        began = time.perf_counter()
        from hamsession.services.charts import chart_data
        from hamsession.ui.history.history_view import HistoryView

        history, profile = self._history, self.current.profile
        view = HistoryView(
            lambda r, p: chart_data(history, profile, r, p),
            history.program_ids(profile),
            target_min=profile.weekly_target_min,
        )
        view.back.connect(self.show_picker)
        view.session_clicked.connect(self._on_history_session_clicked)
        view.rendered.connect(self.history_rendered)
        view.report_requested.connect(self._on_history_report_requested)
        self._discard_player()
        self._show_page(view)
        self.setWindowTitle(self._title("history"))
        view.refresh(began)

    def _on_history_report_requested(self, range_name: str) -> None:
        self._guarded(lambda: self._write_report(range_name))

    def _write_report(self, range_name: str) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from hamsession.ui.history.report_pdf import write_report

        suggested = str(Path.home() / f"hamsession-report-{self.current.profile.name}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, "Save the report", suggested, "PDF (*.pdf)")
        if not path:
            return
        try:
            write_report(Path(path), self._history, self.current.profile, self.advice, range_name)
        except BadInput as err:
            self.statusBar().showMessage(str(err), 15000)
            return
        self.statusBar().showMessage(f"Report saved to {path}", 15000)

    def _on_history_session_clicked(self, session_id: str) -> None:
        from hamsession.ui.history.session_detail import SessionDetail

        entry = self._history.session(self.current.profile, session_id)
        if entry is not None:
            self.detail = SessionDetail(entry, self)
            self.detail.open()

    def _on_prefs_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def _on_recorder_problem(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def _on_player_session_over(self, status: str) -> None:
        player = self.player
        engine = player.engine
        summary = SessionSummary(
            player.run.program.id,
            player.run.program.title,
            status,
            (engine.ended_at or 0) - (engine.started_at or 0),
            player.records,
        )
        summary.back.connect(self.show_picker)
        recorder = player.run.recorder
        if recorder is None or self._history is None:
            self._show_page(summary)
            return
        self.ask_symptoms(recorder.session_id, "How did that go?", then=summary)

    def ask_symptoms(self, session_id: str, heading: str, then: QWidget | None = None) -> None:
        """The symptom log for a session; afterwards any safety message, then ``then``."""
        next_page = then

        def finish() -> None:
            if self.clinic is not None and self.clinic.handover:
                self.clinic.lock()
                return
            if next_page is None:
                self.show_picker()
                return
            if isinstance(next_page, SessionSummary):
                self._offer_advice(next_page)
                self._show_page(next_page, "summary")
                return
            self._show_page(next_page)

        self.checkin.ask_symptoms(session_id, heading, finish)

    def something_wrong(self) -> None:
        if self.checkin is not None and not self.session_running():
            self.checkin.something_wrong()

    def _offer_advice(self, summary: SessionSummary) -> None:
        """The advice for the program just played; a change can be accepted from here."""
        profile = self.current.profile
        got = self.advice.for_program(profile, summary.program_id)
        offer = self.advice.offer(profile, got)
        summary.show_advice(self.advice.words(profile, got), offer.label if offer else None)

        def accept() -> None:
            chosen, said = self.advice.accept(self.current.profile, got)
            self.refresh_programs()
            self.picker.select(chosen)
            summary.show_advice(said)

        summary.accepted.connect(accept)

    def refresh_programs(self) -> None:
        """The picker's list: the library, then this profile's own variants, each with its
        advice and, for a later stage, why it is not open yet. In a clinic a client sees
        the built-ins and what was assigned to them, not other clients' programs."""
        profile = self.current.profile
        rows = self._programs.summaries()
        if self.clinic is not None:
            rows = self.clinic.clinic.visible(profile, rows)
        variants = self._sessions.variants
        if variants is not None and profile is not None:
            rows += [self._programs.summary(p) for p in variants.programs(profile)]
        if self.advice is None or profile is None:
            self.picker.set_programs(rows)
            return
        ids = [r.id for r in rows]
        notes = self.advice.picker_notes(profile, ids)
        self.picker.set_programs(rows, notes, self.advice.hidden_line(profile, ids))

    def _on_picker_accept_requested(self, program_id: str) -> None:
        profile = self.current.profile
        got = self.advice.for_program(profile, program_id)
        chosen, said = self.advice.accept(profile, got)
        self.refresh_programs()
        self.picker.select(chosen)
        self._say(said)

    def ask_morning(self, session_id: str, started) -> None:
        self.checkin.ask_morning(session_id, started, self.show_picker)

    def _discard_player(self) -> None:
        if self.player is not None:
            self.player.shutdown()
            self.stack.removeWidget(self.player)
            self.player.deleteLater()
            self.player = None

    # ----- window-wide actions ----------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self._client_only:
            return
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def scale_text(self, factor: float) -> None:
        self._prefs.update(text_scale=round(self._prefs.text_scale * factor, 3))
        scale = self._prefs.text_scale
        for view in (self.picker, self.player, self.page):
            if view is not None:
                view.apply_scale(scale)

    def session_running(self) -> bool:
        return self.player is not None and self.player.engine.is_active

    def request_quit(self) -> None:
        """Ctrl+Q: quit, asking first (as Esc does) while a session runs; while a client
        has the laptop, only with the clinician PIN."""
        if self.clinic is not None and not self.clinic.may_leave():
            self.clinic.ask_clinician(self._quit_confirmed_by_clinician)
            return
        self._quit_or_ask_end()

    def _quit_confirmed_by_clinician(self) -> None:
        self.clinic.handover = False
        self._quit_or_ask_end()

    def _quit_or_ask_end(self) -> None:
        if self.session_running():
            self.stack.setCurrentWidget(self.player)
            self.player.ask_end(then_quit=True)
            self.player.setFocus()
            return
        self._quit_now()

    def shutdown(self) -> None:
        """Stop the player's timers and sounds; the app is about to exit."""
        if self.clinic is not None:
            self.clinic.shutdown()
        if self.desk_breaks is not None:
            self.desk_breaks.shutdown()
            self.desk_breaks = None
        self._discard_player()
        self._discard_page()

    @property
    def quitting(self) -> bool:
        return self._quitting

    def _quit_now(self) -> None:
        self._quitting = True
        if self.desk_breaks is not None:
            self.desk_breaks.end_for_quit()
        self._discard_player()
        QApplication.instance().quit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._quitting:
            super().closeEvent(event)
            return
        if self.clinic is not None and not self.clinic.may_leave():
            event.ignore()
            self.request_quit()
            return
        if self.session_running():
            event.ignore()
            self.request_quit()
            return
        if self.desk_breaks is not None and self.desk_breaks.breaks.keeps_running:
            event.ignore()  # reminders are on: keep running in the tray (or its small window)
            self.hide()
            return
        self._discard_player()
        super().closeEvent(event)
        if self.desk_breaks is not None:
            QApplication.instance().quit()  # the tray does not keep the app alive

    # ----- first exposure (the trace's window_shown) -----------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._exposed:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Expose
            and not self._exposed
            and watched is self.windowHandle()
            and watched.isExposed()
        ):
            self._exposed = True
            watched.removeEventFilter(self)
            self.first_exposed.emit()
        return super().eventFilter(watched, event)
