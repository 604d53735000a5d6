"""When the app may close or quit, and what it asks first.

Quitting while a session plays asks the same question as Esc; while a client has the
laptop it needs the clinician PIN; with desk-break reminders on, closing the window
keeps the app running in the tray (or its small window).
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget

from hamsession.ui.session.session_flow import SessionFlow


class QuitPolicy:
    def __init__(self, window: QWidget, session: SessionFlow) -> None:
        self.window = window
        self.session = session
        self.clinic = None  # ClinicMode, once a clinic is attached
        self.desk_breaks = None  # DeskBreakFlow, once reminders are attached
        self.quitting = False

    def request(self) -> None:
        """Ctrl+Q: quit, asking first (as Esc does) while a session runs; while a client
        has the laptop, only with the clinician PIN."""
        if self.clinic is not None and not self.clinic.may_leave():
            self.clinic.ask_clinician(self._confirmed_by_clinician)
            return
        self._quit_or_ask_end()

    def _confirmed_by_clinician(self) -> None:
        self.clinic.handover = False
        self._quit_or_ask_end()

    def _quit_or_ask_end(self) -> None:
        if self.session.running():
            self.session.ask_end_for_quit()
            return
        self.quit_now()

    def quit_now(self) -> None:
        self.quitting = True
        if self.desk_breaks is not None:
            self.desk_breaks.end_for_quit()
        self.session.discard_player()
        QApplication.instance().quit()

    def may_close(self, event: QCloseEvent) -> bool:
        """Whether the window closes now; otherwise the event is ignored and the right
        question is asked (or the window only hides, with reminders on)."""
        if self.quitting:
            return True
        if (self.clinic is not None and not self.clinic.may_leave()) or self.session.running():
            event.ignore()
            self.request()
            return False
        breaks = self.desk_breaks
        if breaks is not None and breaks.breaks.keeps_running:
            # Reminders are on: keep running in the tray or its small window, but never
            # with nothing on screen unless the person says so.
            if breaks.breaks.reachable or breaks.keep_in_background():
                event.ignore()
                self.window.hide()
                return False
            self.quit_now()
            return True
        self.session.discard_player()
        return True

    def after_close(self) -> None:
        if self.desk_breaks is not None and not self.quitting:
            QApplication.instance().quit()  # the tray does not keep the app alive

    def on_panel_closed(self) -> None:
        """The desk-break panel was closed: if it was the last way back, quit."""
        if not self.window.isVisible() and not self.quitting:
            self.request()
