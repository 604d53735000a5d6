"""Changing the profile on screen: from the Session menu, the client list or a PIN."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from hamsession.ui.session.session_flow import SessionFlow
from hamsession.ui.widgets.current_profile import CurrentProfile

if TYPE_CHECKING:
    from hamsession.domain.profiles import ProfileInfo


class ProfileSwitcher:
    def __init__(
        self,
        window: QWidget,
        current: CurrentProfile,
        session: SessionFlow,
        show_home: Callable[[], None],
    ) -> None:
        self.window = window  # the parent of the question
        self.current = current
        self.session = session
        self.show_home = show_home
        self.history = None  # HistoryService, once the history is open
        self.clinic = None  # ClinicMode, once a clinic is attached

    def switch(self, profile: ProfileInfo) -> None:
        """Show another profile's programs and history from now on."""
        if self.session.running():
            return
        self.current.set(profile)
        self.show_home()

    def ask(self) -> None:
        if self.session.running() or (self.clinic is not None and not self.clinic.shows_data):
            return
        if self.clinic is not None and self.clinic.clinic.clinic_mode:
            self.clinic.show_clients()  # in a clinic, the list of clients is the clinician's
            return
        names = [p.name for p in self.history.profiles()]
        now = self.current.profile.name
        index = names.index(now) if now in names else 0
        name, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("ProfileSwitcher", "Switch profile"),
            QCoreApplication.translate("ProfileSwitcher", "Profile:"),
            names,
            index,
            False,
        )
        if ok:
            self.open(self.history.profile(name))

    def open(self, profile: ProfileInfo) -> None:
        """Switch to a profile the person chose; its PIN first, if it has one."""
        if profile.has_pin and self.clinic is not None:
            self.clinic.lock_profile(profile, lambda: self.switch(profile))
        else:
            self.switch(profile)

    def list_changed(self) -> None:
        """After clients were added, renamed or deleted: keep showing a profile that exists."""
        found = {p.id: p for p in self.history.profiles()}
        self.switch(found.get(self.current.profile.id) or self.history.profile())

    def set_pelvic_floor_items(self, on: bool) -> None:
        self.current.set(self.history.set_pelvic_floor_items(self.current.profile, on))
