"""Clinic mode in the window: the PIN gate, the client list, hand-over and the locked screen.

The shell asks this object before leaving a client's view, quitting or showing anything
of another client, and carries out what it asks for through its signals; the rules
themselves live in :class:`hamsession.services.clinic.ClinicService`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from hamsession.ui.clinic.idle_watch import IdleWatch
from hamsession.ui.clinic.locked_screen import CLINIC, HAND_BACK, IDLE, PROFILE_LOCKED, LockedScreen
from hamsession.ui.clinic.pin_dialog import PinDialog, ask_pin

if TYPE_CHECKING:
    from hamsession.services.clinic import ClinicService
    from hamsession.services.programs import ProgramService

CLINICIAN_PROMPT = QT_TRANSLATE_NOOP("ClinicMode", "Clinician PIN:")


def _locked_message(message: str) -> str:
    """A message of the locked screen (marked in locked_screen.py), in the current language."""
    return QCoreApplication.translate("LockedScreen", message)


class ClinicMode(QObject):
    #: Only the client's session (or the locked screen) is to be reachable: menus off.
    client_view = Signal(bool)
    #: The locked screen is about to show: whatever plays ends first.
    locking = Signal()
    #: Open the app as this profile (the client list's "Open as this client").
    profile_opened = Signal(object)
    #: Hand the laptop over to this profile for this program.
    handover_requested = Signal(object, str)
    #: The clinician took the laptop back.
    handed_back = Signal()
    export_requested = Signal(object)  # a client's file
    import_requested = Signal()  # a client's file, as that client
    clients_changed = Signal()  # clients were added, renamed or deleted
    programs_changed = Signal()  # the editor saved a program
    settings_saved = Signal(object)  # the current profile as the settings left it

    def __init__(
        self,
        clinic: ClinicService,
        pages,
        window: QWidget,
        programs: ProgramService,
        scale: Callable[[], float],
        session_running: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.pages = pages
        self._window = window  # the parent of the PIN dialog and the client list
        self._programs = programs
        self._scale = scale
        self._session_running = session_running
        self.clinic = clinic
        self.handover = False  # a client has the laptop: only their session is shown
        self.locked = False
        self.pin_dialog: PinDialog | None = None
        self.clients = None
        self.idle = IdleWatch(clinic.idle_lock_min * 60_000, self)
        self.idle.idle.connect(self.on_idle)

    # ----- the gate ---------------------------------------------------------------------------
    @property
    def shows_data(self) -> bool:
        """Whether anything beyond the locked screen or the client's own session may be shown:
        the one rule every way to history, export, import, profiles and sessions asks."""
        return not (self.locked or self.handover)

    def guarded(self, then: Callable[[], None]) -> None:
        """Run ``then`` now if clinician functions are open, else after the clinician PIN."""
        if self.clinic.unlocked and not self.handover and not self.locked:
            then()
            return
        self.ask_clinician(then)

    def ask_clinician(self, then: Callable[[], None]) -> None:
        self._ask(
            QCoreApplication.translate("ClinicMode", CLINICIAN_PROMPT), self.clinic.unlock, then
        )

    # ----- the client list --------------------------------------------------------------------
    def show_clients(self) -> None:
        self.guarded(self._open_clients)

    def _open_clients(self) -> None:
        from hamsession.ui.clinic.client_list import ClientList

        if self._session_running():
            return
        dialog = ClientList(self.clinic, self._programs.summaries(), self._window, self._scale())
        dialog.open_requested.connect(lambda p: (dialog.accept(), self._open_as(p)))
        dialog.handover_requested.connect(
            lambda p, program: (dialog.accept(), self.start_handover(p, program))
        )
        dialog.export_requested.connect(self.export_requested)
        dialog.import_requested.connect(lambda: (self.import_requested.emit(), dialog.reload()))
        dialog.changed.connect(self.clients_changed)
        self.clients = dialog
        dialog.open()
        self.pages.announce(dialog, "clients")

    def _open_as(self, profile) -> None:
        """The app as this client: clinician functions close again (the PIN opens them)."""
        self.clinic.lock()
        self.profile_opened.emit(profile)

    # ----- the editor and the settings --------------------------------------------------------
    def show_program_editor(self) -> None:
        def run() -> None:
            from hamsession.ui.programs.program_editor import ProgramEditor

            editor = ProgramEditor(self._programs, self.clinic, self._window, self._scale())
            editor.saved.connect(lambda _id: self.programs_changed.emit())
            self.editor = editor
            editor.open()
            self.pages.announce(editor, "editor")

        self.guarded(run)

    def show_settings(self, history, profile) -> None:
        def run() -> None:
            from hamsession.ui.clinic.clinic_settings import ClinicSettings

            dialog = ClinicSettings(
                self.clinic,
                history,
                profile,
                self._window,
                self._scale(),
                getattr(self._window, "preferences", None),
            )
            dialog.saved.connect(self._on_settings_saved)
            self.settings_dialog = dialog
            dialog.open()
            self.pages.announce(dialog, "question")

        self.guarded(run)

    def _on_settings_saved(self, profile) -> None:
        self.set_idle_minutes(self.clinic.idle_lock_min)
        notes = getattr(self.settings_dialog, "notes", "")
        if notes and hasattr(self._window, "say"):
            self._window.say(notes)
        self.settings_saved.emit(profile)

    def lock_now(self) -> None:
        if not self._session_running() and self.clinic.clinic_mode:
            self.lock()

    # ----- hand-over --------------------------------------------------------------------------
    def start_handover(self, profile, program_id: str) -> None:
        """Show only this client's session, full screen; leaving needs the clinician PIN."""
        self.handover = True
        self.clinic.lock()
        self.handover_requested.emit(profile, program_id)

    def end_handover(self) -> None:
        self.handover = False
        self.locked = False
        self.client_view.emit(False)
        self.handed_back.emit()

    # ----- locking ----------------------------------------------------------------------------
    def lock(self, message: str | None = None) -> None:
        """The locked screen: no names, no data; the clinician PIN opens it again."""
        self.locked = True
        self.clinic.lock()
        self.client_view.emit(True)
        if message is None:
            message = HAND_BACK if self.handover else CLINIC
        screen = LockedScreen(_locked_message(message), self.tr("Unlock with the clinician PIN"))
        screen.unlock_requested.connect(lambda: self.ask_clinician(self.end_handover))
        self.locking.emit()
        self.pages.show_page(screen, "locked")

    def lock_profile(self, profile, then: Callable[[], None]) -> None:
        """At start or on switching: a profile with a PIN opens only with it."""
        self.locked = True
        self.client_view.emit(True)
        screen = LockedScreen(_locked_message(PROFILE_LOCKED), self.tr("Unlock with its PIN"))

        def unlocked() -> None:
            self.locked = False
            self.client_view.emit(False)
            then()

        def check(pin: str):
            return self.clinic.check_profile(profile, pin)

        screen.unlock_requested.connect(
            lambda: self._ask(self.tr("PIN for this profile:"), check, unlocked)
        )
        self.locking.emit()
        self.pages.show_page(screen, "locked")

    def _ask(self, prompt, checker, then) -> None:
        """One PIN dialog at a time: asking again while one is open just raises it."""
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            self.pin_dialog.raise_()
            self.pin_dialog.activateWindow()
            return
        dialog = ask_pin(self._window, prompt, checker, then, self._scale())
        dialog.finished.connect(self._on_pin_dialog_finished)
        self.pin_dialog = dialog
        self.pages.announce(dialog, "question")

    def _on_pin_dialog_finished(self, _result: int) -> None:
        self.pin_dialog = None  # it deletes itself on closing

    def on_idle(self) -> None:
        if self.clinic.clinic_mode and not self.locked and not self._session_running():
            self.lock(IDLE)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_interval(minutes * 60_000)

    # ----- leaving ----------------------------------------------------------------------------
    def may_leave(self) -> bool:
        """Whether the window may close or quit without asking for the clinician PIN."""
        return not (self.handover or (self.locked and self.clinic.clinic_mode))

    def shutdown(self) -> None:
        self.idle.stop()
