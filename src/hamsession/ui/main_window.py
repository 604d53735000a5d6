"""The main window: composes the views and routes between them; it does no work itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from hamsession import __version__
from hamsession.domain.file_problems import FileProblems
from hamsession.services.errors import BadInput
from hamsession.services.preferences import Preferences
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.ui.cue_output import CueOutput
from hamsession.ui.player import Player
from hamsession.ui.program_picker import ProgramPicker
from hamsession.ui.session_summary import SessionSummary
from hamsession.ui.text_scale import SCALE_STEP

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

    def __init__(
        self,
        programs: ProgramService,
        sessions: SessionService,
        prefs: Preferences,
        make_cues: Callable[[], CueOutput],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._programs = programs
        self._sessions = sessions
        self._prefs = prefs
        self._make_cues = make_cues
        self._cues: CueOutput | None = None
        self._exposed = False
        self.player: Player | None = None
        self.summary: SessionSummary | None = None
        self.setWindowTitle(APP_TITLE)
        self._fit_to_screen(1280, 800)
        self.stack = QStackedWidget()
        self.picker = ProgramPicker(programs.summaries(), programs.step_lines)
        self.picker.program_chosen.connect(self.open_program)
        self.stack.addWidget(self.picker)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.picker.apply_scale(prefs.text_scale)
        self.picker.setFocus()
        prefs.save_failed.connect(self._on_prefs_save_failed)
        for problem in programs.library.problems[:1] + prefs.problems[:1]:
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
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        session = bar.addMenu("&Session")
        self._add_action(session, "&Programs", None, self.show_picker_if_idle)
        self._add_action(session, "&Quit", "Ctrl+Q", self.request_quit)
        view = bar.addMenu("&View")
        self._add_action(view, "&Full screen", "F11", self.toggle_full_screen)
        self._add_action(
            view, "&Larger text", ("Ctrl+=", "Ctrl++"), lambda: self.scale_text(SCALE_STEP)
        )
        self._add_action(view, "&Smaller text", "Ctrl+-", lambda: self.scale_text(1 / SCALE_STEP))
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
        help_menu = bar.addMenu("&Help")
        self._add_action(help_menu, "&About Hamsession", None, self.show_about)

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
        """Open the player on a program, ready to start. Returns False if it cannot."""
        try:
            run = self._sessions.prepare(id_or_file)
        except (BadInput, FileProblems) as err:
            self.statusBar().showMessage(str(err).splitlines()[0], 15000)
            return False
        if self._cues is None:
            self._cues = self._make_cues()
            notes = self._cues.notices()
            if notes:
                self.statusBar().showMessage("  ".join(notes))
        self._discard_player()
        self.player = Player(run, self._sessions.clock, self._cues, self._prefs)
        self.player.session_over.connect(self._on_player_session_over)
        self.player.left.connect(self.show_picker)
        self.player.quit_confirmed.connect(self._quit_now)
        self.stack.addWidget(self.player)
        self.stack.setCurrentWidget(self.player)
        self.player.setFocus()
        self.setWindowTitle(f"{APP_TITLE} — {run.program.title}")
        return True

    def show_picker(self) -> None:
        self._discard_player()
        self._discard_summary()
        self.stack.setCurrentWidget(self.picker)
        self.picker.setFocus()
        self.setWindowTitle(APP_TITLE)

    def _on_player_session_over(self, status: str) -> None:
        player = self.player
        engine = player.engine
        self._discard_summary()
        self.summary = SessionSummary(
            player.run.program.title,
            status,
            (engine.ended_at or 0) - (engine.started_at or 0),
            player.records,
        )
        self.summary.apply_scale(self._prefs.text_scale)
        self.summary.back.connect(self.show_picker)
        self.stack.addWidget(self.summary)
        self.stack.setCurrentWidget(self.summary)
        self.summary.setFocus()

    def _discard_player(self) -> None:
        if self.player is not None:
            self.player.shutdown()
            self.stack.removeWidget(self.player)
            self.player.deleteLater()
            self.player = None

    def _discard_summary(self) -> None:
        if self.summary is not None:
            self.stack.removeWidget(self.summary)
            self.summary.deleteLater()
            self.summary = None

    def _on_prefs_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    # ----- window-wide actions ----------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def scale_text(self, factor: float) -> None:
        self._prefs.update(text_scale=round(self._prefs.text_scale * factor, 3))
        scale = self._prefs.text_scale
        for view in (self.picker, self.player, self.summary):
            if view is not None:
                view.apply_scale(scale)

    def session_running(self) -> bool:
        return self.player is not None and self.player.engine.is_active

    def request_quit(self) -> None:
        """Ctrl+Q: quit, asking first (as Esc does) while a session runs."""
        if self.session_running():
            self.stack.setCurrentWidget(self.player)
            self.player.ask_end(then_quit=True)
            self.player.setFocus()
            return
        self._quit_now()

    def shutdown(self) -> None:
        """Stop the player's timers and sounds; the app is about to exit."""
        self._discard_player()
        self._discard_summary()

    def _quit_now(self) -> None:
        self._discard_player()
        QApplication.instance().quit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.session_running():
            event.ignore()
            self.request_quit()
            return
        self._discard_player()
        super().closeEvent(event)

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
