"""Clinic mode in the window: the PIN gate, the client list, hand-over and the locked screen.

The main window asks this object before leaving a client's view, quitting or
showing anything of another client; the rules themselves live in
:class:`hamsession.services.clinic.ClinicService`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hamsession.ui.clinic.idle_watch import IdleWatch
from hamsession.ui.clinic.locked_screen import CLINIC, HAND_BACK, IDLE, PROFILE_LOCKED, LockedScreen
from hamsession.ui.clinic.pin_dialog import PinDialog, ask_pin

if TYPE_CHECKING:
    from hamsession.services.clinic import ClinicService
    from hamsession.ui.shell.main_window import MainWindow

CLINICIAN_PROMPT = "Clinician PIN:"


class ClinicMode(QObject):
    def __init__(self, window: MainWindow, clinic: ClinicService) -> None:
        super().__init__(window)
        self.window = window
        self.clinic = clinic
        self.handover = False  # a client has the laptop: only their session is shown
        self.locked = False
        self.pin_dialog: PinDialog | None = None
        self.clients = None
        self.idle = IdleWatch(clinic.idle_lock_min * 60_000, self)
        self.idle.idle.connect(self.on_idle)

    # ----- the gate ---------------------------------------------------------------------------
    def guarded(self, then: Callable[[], None]) -> None:
        """Run ``then`` now if clinician functions are open, else after the clinician PIN."""
        if self.clinic.unlocked and not self.handover and not self.locked:
            then()
            return
        self.ask_clinician(then)

    def ask_clinician(self, then: Callable[[], None]) -> None:
        self._ask(CLINICIAN_PROMPT, self.clinic.unlock, then)

    # ----- the client list --------------------------------------------------------------------
    def show_clients(self) -> None:
        self.guarded(self._open_clients)

    def _open_clients(self) -> None:
        from hamsession.ui.clinic.client_list import ClientList

        if self.window.session_running():
            return
        w = self.window
        dialog = ClientList(self.clinic, w.programs.summaries(), w, w.text_scale)
        dialog.open_requested.connect(lambda p: (dialog.accept(), w.switch_profile(p)))
        dialog.handover_requested.connect(
            lambda p, program: (dialog.accept(), self.start_handover(p, program))
        )
        dialog.export_requested.connect(w.export_profile)
        dialog.import_requested.connect(lambda: (w.import_clients(), dialog.reload()))
        dialog.changed.connect(w.profile_list_changed)
        self.clients = dialog
        dialog.open()

    # ----- hand-over --------------------------------------------------------------------------
    def start_handover(self, profile, program_id: str) -> None:
        """Show only this client's session, full screen; leaving needs the clinician PIN."""
        w = self.window
        self.handover = True
        self.clinic.lock()
        w.switch_profile(profile)
        w.set_client_only(True)
        w.showFullScreen()
        if not w.open_program(program_id) and w.page is None:
            self.lock()

    def end_handover(self) -> None:
        self.handover = False
        self.locked = False
        w = self.window
        w.set_client_only(False)
        w.showNormal()
        w.show_picker()

    # ----- locking ----------------------------------------------------------------------------
    def lock(self, message: str | None = None) -> None:
        """The locked screen: no names, no data; the clinician PIN opens it again."""
        self.locked = True
        self.clinic.lock()
        w = self.window
        w.set_client_only(True)
        if message is None:
            message = HAND_BACK if self.handover else CLINIC
        screen = LockedScreen(message, "Unlock with the clinician PIN")
        screen.unlock_requested.connect(lambda: self.ask_clinician(self.end_handover))
        w.show_locked(screen)

    def lock_profile(self, profile, then: Callable[[], None]) -> None:
        """At start or on switching: a profile with a PIN opens only with it."""
        self.locked = True
        w = self.window
        w.set_client_only(True)
        screen = LockedScreen(PROFILE_LOCKED, "Unlock with its PIN")

        def unlocked() -> None:
            self.locked = False
            w.set_client_only(False)
            then()

        def check(pin: str):
            return self.clinic.check_profile(profile, pin)

        screen.unlock_requested.connect(lambda: self._ask("PIN for this profile:", check, unlocked))
        w.show_locked(screen)

    def _ask(self, prompt, checker, then) -> None:
        """One PIN dialog at a time: asking again while one is open just raises it."""
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            self.pin_dialog.raise_()
            self.pin_dialog.activateWindow()
            return
        dialog = ask_pin(self.window, prompt, checker, then, self.window.text_scale)
        dialog.finished.connect(self._on_pin_dialog_finished)
        self.pin_dialog = dialog

    def _on_pin_dialog_finished(self, _result: int) -> None:
        self.pin_dialog = None  # it deletes itself on closing

    def on_idle(self) -> None:
        if self.clinic.clinic_mode and not self.locked and not self.window.session_running():
            self.lock(IDLE)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_interval(minutes * 60_000)

    # ----- leaving ----------------------------------------------------------------------------
    def may_leave(self) -> bool:
        """Whether the window may close or quit without asking for the clinician PIN."""
        return not (self.handover or (self.locked and self.clinic.clinic_mode))

    def shutdown(self) -> None:
        self.idle.stop()
