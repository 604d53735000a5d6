"""Desk breaks in the app: play one, pass on what the tray asks for, ask at first start,
and the reminder settings dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from hamsession.domain.desk_breaks import DESK_BREAK_ID, INTERVAL_RANGE
from hamsession.domain.file_problems import FileProblems
from hamsession.services.errors import BadInput

if TYPE_CHECKING:
    from hamsession.services.history import HistoryService
    from hamsession.ui.desk_breaks.desk_break_window import DeskBreakWindow
    from hamsession.ui.desk_breaks.reminders import DeskBreaks
    from hamsession.ui.session.session_flow import SessionFlow
    from hamsession.ui.widgets.pages import Current

FIRST_START_QUESTION = QT_TRANSLATE_NOOP(
    "DeskBreakFlow",
    "Remind you to stand up for a three-minute desk break after {minutes} minutes at the "
    "computer? Time away from it counts as a break.",
)


KEEP_QUESTION = QT_TRANSLATE_NOOP(
    "DeskBreakFlow",
    "Desk-break reminders are on. Keep Hamsession running in the background to remind "
    "you? Starting Hamsession again brings its window back.",
)


class BreakSettingsDialog(QDialog):
    """Reminders on or off, and the minutes at the computer before one."""

    def __init__(self, enabled: bool, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desk-break reminders"))
        self.enabled = QCheckBox(self.tr("Remind me to take a desk break"))
        self.enabled.setChecked(enabled)
        self.minutes = QSpinBox()
        self.minutes.setRange(*INTERVAL_RANGE)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(minutes)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("After this long at the computer:"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DeskBreakFlow(QObject):
    """Desk breaks for the shell: plays D1 in its compact window (after the same checks as
    any session) and passes on what the tray or panel asks of the app."""

    said = Signal(str)  # a line for the status bar
    raise_requested = Signal()  # the main window is needed on screen
    program_requested = Signal(str)  # "start my program": its id, or "" for the list
    history_requested = Signal()
    quit_requested = Signal()
    panel_closed = Signal()  # the small panel, maybe the last way back, was closed
    break_done = Signal()  # a desk break ended (what shows the history may refresh)
    offer_requested = Signal(str)  # the first-start offer of reminders, in words

    def __init__(
        self,
        breaks: DeskBreaks,
        session: SessionFlow,
        history: HistoryService | None,
        current: Current,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.breaks = breaks
        self.session = session
        self.history = history
        self.current = current
        self._window = window  # the parent of the first-start question and the settings
        self.playing: DeskBreakWindow | None = None
        self._via_page = False
        #: The shell's guard: False while the window is locked or a client has it.
        self.shows_data: Callable[[], bool] = lambda: True
        breaks.break_requested.connect(self.play)
        breaks.program_requested.connect(self.start_my_program)
        breaks.history_requested.connect(self._on_breaks_history_requested)
        breaks.quit_requested.connect(self._on_breaks_quit_requested)
        breaks.session_running = self.in_session
        breaks.panel_closed.connect(self.panel_closed)
        # Reminders, the break window and the panel may be all that is on screen.
        QApplication.instance().setQuitOnLastWindowClosed(False)

    @property
    def prefs(self):
        return self.session.prefs

    def set_locked(self, on: bool) -> None:
        """While locked, the tray's and panel's ways into a profile's data are greyed out."""
        for action in (
            self.breaks.break_action,
            self.breaks.program_action,
            self.breaks.history_action,
        ):
            action.setEnabled(not on)

    def _refused(self) -> bool:
        """Whether the shell's guard refuses (then the window, with its lock, comes forward)."""
        if self.shows_data():
            return False
        self.raise_requested.emit()
        self.said.emit(self.tr("Hamsession is locked: unlock it first."))
        return True

    def play(self) -> None:
        """Open the compact window and start D1 (or bring the one playing forward). The
        screening when due and any open red flag come first, in the main window."""
        if self._refused():
            return
        if self.playing is not None:
            self.playing.raise_()
            self.playing.activateWindow()
            return
        if self.session.running():
            self.said.emit(self.tr("A session is playing: the desk break can wait."))
            return
        checkin = self.session.checkin
        if checkin is None:
            self._play_now()
            return
        self._via_page = False
        if not checkin.before_session(self._after_gate):
            self._via_page = True  # a page asks first: the main window must be seen
            self.raise_requested.emit()

    def _after_gate(self) -> None:
        if self._via_page:
            self.session.pages.home()
        self._play_now()

    def _play_now(self) -> None:
        sessions = self.session.sessions
        try:
            run = sessions.prepare(DESK_BREAK_ID)
        except (BadInput, FileProblems) as err:
            self.said.emit(str(err).splitlines()[0])
            return
        history, profile = self.history, self.current.profile

        def save_feel(session_id: str, feel: str) -> None:
            if history is not None:
                history.save_feel(profile, session_id, feel)

        if run.recorder is not None:
            self.session.saving.watch(run.recorder)
        from hamsession.ui.desk_breaks.desk_break_window import DeskBreakWindow

        self.playing = DeskBreakWindow(
            run,
            sessions.clock,
            self.session.cues(),
            self.prefs,
            save_feel,
            watch=sessions.sleep_watch(),
        )
        self.playing.done.connect(self._on_done)
        self.session.pages.announce(self.playing, "desk_break", self.playing.done)
        self.playing.start()
        self.breaks.look()  # a break is playing: no reminder on top of it

    def _on_done(self, _status: str) -> None:
        window, self.playing = self.playing, None
        if window is not None:
            window.deleteLater()
        self.breaks.break_ended()
        self.break_done.emit()

    def in_session(self) -> bool:
        return self.session.running() or (
            self.playing is not None and self.playing.player.engine.is_active
        )

    def start_my_program(self) -> None:
        """The tray's "start my program": the last one played, else the program list."""
        if self._refused():
            return
        if self.session.running():
            self.raise_requested.emit()
            return
        mine = self.history.my_program(self.current.profile) if self.history else None
        self.program_requested.emit(mine or "")

    def _on_breaks_history_requested(self) -> None:
        if self._refused():
            return
        self.raise_requested.emit()
        self.history_requested.emit()

    def _on_breaks_quit_requested(self) -> None:
        self.raise_requested.emit()
        self.quit_requested.emit()

    def ask_first(self) -> None:
        """Once, at first start: offer reminders as a quiet line on the program list (never a
        dialog over what the person is doing); they stay off unless the person says yes."""
        self.offer_requested.emit(
            QCoreApplication.translate("DeskBreakFlow", FIRST_START_QUESTION).format(
                minutes=self.prefs.break_interval_min
            )
        )

    def answer_first(self, on: bool) -> None:
        self.prefs.update(break_asked=True)
        self.breaks.configure(on, self.prefs.break_interval_min)

    def keep_in_background(self) -> bool:
        """The last window is closing while reminders are on and nothing else is on screen:
        ask once whether to keep reminding in the background (then the small window comes
        back, and a new launch brings the main window) or to quit."""
        if not self._ask_keep():
            return False
        self.breaks.show_panel()
        return True

    def _ask_keep(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Keep reminding you?"),
            QCoreApplication.translate("DeskBreakFlow", KEEP_QUESTION),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        keep = box.addButton(self.tr("Keep reminding me"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit Hamsession"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.session.pages.announce(box, "question")
        box.exec()
        return box.clickedButton() is keep

    def settings(self) -> None:
        prefs = self.prefs
        dialog = BreakSettingsDialog(prefs.break_reminders, prefs.break_interval_min, self._window)

        def save() -> None:
            prefs.update(break_asked=True)
            self.breaks.configure(dialog.enabled.isChecked(), dialog.minutes.value())

        dialog.accepted.connect(save)
        dialog.open()
        self.dialog = dialog

    def end_for_quit(self) -> None:
        """The app is quitting: a break that is playing ends (saved as ended early) and
        its window closes without asking, so it does not hold the quit up."""
        if self.playing is not None:
            self.playing.quitting = True
            self.playing.close()

    def shutdown(self) -> None:
        if self.playing is not None:
            if self.playing.player.engine.is_active:
                self.playing.player.engine.end()  # quitting mid-break: saved as ended early
            self.playing.player.shutdown()
            self.playing.hide()
            self.playing.deleteLater()
            self.playing = None
        self.breaks.shutdown()
        QApplication.instance().setQuitOnLastWindowClosed(True)
