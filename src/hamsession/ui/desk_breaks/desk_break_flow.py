"""What the main window does for desk breaks: play one, start the user's program,
ask at first start, and the reminder settings dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from hamsession.ui.desk_breaks.desk_break_window import DeskBreakWindow

if TYPE_CHECKING:
    from hamsession.ui.desk_breaks.reminders import DeskBreaks
    from hamsession.ui.shell.main_window import MainWindow

FIRST_START_QUESTION = (
    "Hamsession can remind you to take a three-minute standing break at your desk "
    "after {minutes} minutes at the computer. Time away from the computer counts as a "
    "break. Turn desk-break reminders on?"
)


class BreakSettingsDialog(QDialog):
    """Reminders on or off, and the minutes at the computer before one."""

    def __init__(self, enabled: bool, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Desk-break reminders")
        self.enabled = QCheckBox("Remind me to take a desk break")
        self.enabled.setChecked(enabled)
        self.minutes = QSpinBox()
        self.minutes.setRange(*INTERVAL_RANGE)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(minutes)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow("After this long at the computer:", self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DeskBreakFlow:
    def __init__(self, window: MainWindow, breaks: DeskBreaks) -> None:
        self.window = window
        self.breaks = breaks
        self.playing: DeskBreakWindow | None = None
        self._via_page = False
        breaks.break_requested.connect(self.play)
        breaks.program_requested.connect(self.start_my_program)
        breaks.history_requested.connect(self.open_history)
        breaks.quit_requested.connect(self.quit)
        breaks.session_running = self.in_session
        if breaks.panel is not None:
            breaks.panel.closed.connect(self._on_panel_closed)
        # Reminders, the break window and the panel may be all that is on screen.
        QApplication.instance().setQuitOnLastWindowClosed(False)

    def _on_panel_closed(self) -> None:
        if not self.window.isVisible() and not self.window.quitting:
            self.window.request_quit()  # the last way back to the app was closed

    def play(self) -> None:
        """Open the compact window and start D1 (or bring the one playing forward). The
        screening when due and any open red flag come first, in the main window."""
        w = self.window
        if self.playing is not None:
            self.playing.raise_()
            self.playing.activateWindow()
            return
        if w.session_running():
            w.statusBar().showMessage("A session is playing: the desk break can wait.", 10000)
            return
        if w.checkin is None:
            self._play_now()
            return
        self._via_page = False
        if not w.checkin.before_session(self._after_gate):
            self._via_page = True  # a page asks first: the main window must be seen
            w.bring_forward()

    def _after_gate(self) -> None:
        if self._via_page:
            self.window.show_picker()
        self._play_now()

    def _play_now(self) -> None:
        w = self.window
        try:
            run = w.sessions.prepare(DESK_BREAK_ID)
        except (BadInput, FileProblems) as err:
            w.statusBar().showMessage(str(err).splitlines()[0], 15000)
            return
        history, profile = w.history, w.profile

        def save_feel(session_id: str, feel: str) -> None:
            if history is not None:
                history.save_feel(profile, session_id, feel)

        self.playing = DeskBreakWindow(
            run,
            w.sessions.clock,
            w.cues(),
            w.preferences,
            save_feel,
            watch=w.sessions.sleep_watch(),
        )
        self.playing.done.connect(self._on_done)
        self.playing.start()
        self.breaks.look()  # a break is playing: no reminder on top of it

    def _on_done(self, _status: str) -> None:
        window, self.playing = self.playing, None
        if window is not None:
            window.deleteLater()
        self.breaks.break_ended()
        if self.window.page is not None and hasattr(self.window.page, "refresh"):
            self.window.page.refresh()

    def in_session(self) -> bool:
        return self.window.session_running() or (
            self.playing is not None and self.playing.player.engine.is_active
        )

    def start_my_program(self) -> None:
        w = self.window
        w.bring_forward()
        if w.session_running():
            return
        mine = w.history.my_program(w.profile) if w.history is not None else None
        if mine is None or not w.open_program(mine):
            w.show_picker_if_idle()

    def open_history(self) -> None:
        self.window.bring_forward()
        self.window.show_history()

    def quit(self) -> None:
        self.window.bring_forward()
        self.window.request_quit()

    def ask_first(self) -> None:
        """Once, at first start: reminders stay off unless the user says yes."""
        prefs = self.window.preferences
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Desk-break reminders",
            FIRST_START_QUESTION.format(minutes=prefs.break_interval_min),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(code: int) -> None:
            on = code == QMessageBox.StandardButton.Yes
            prefs.update(break_asked=True)
            self.breaks.configure(on, prefs.break_interval_min)

        box.finished.connect(answered)
        box.open()
        self.question = box

    def settings(self) -> None:
        prefs = self.window.preferences
        dialog = BreakSettingsDialog(prefs.break_reminders, prefs.break_interval_min, self.window)

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
