"""The main window: lays out the page stack and the menus and wires the flows together.

The work is done elsewhere: sessions by :class:`SessionFlow`, the questions around them
by :class:`CheckinFlow`, the history by :class:`HistoryFlow`, clinic mode by
:class:`ClinicMode`, desk breaks by :class:`DeskBreakFlow`, the program list by
:class:`ProgramList`, the menus by the table in :mod:`actions`, quitting by
:class:`QuitPolicy` and the profile on screen by :class:`CurrentProfile`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from hamsession.ui.shell.navigator import Navigator
from hamsession.ui.widgets.focus_style import focus_style
from hamsession.ui.widgets.message_page import MessagePage
from hamsession.ui.widgets.theme_colours import dark_theme

if TYPE_CHECKING:
    from hamsession.services.advice import AdviceService
    from hamsession.services.clinic import ClinicService
    from hamsession.services.history import HistoryService
    from hamsession.services.preferences import Preferences
    from hamsession.services.programs import ProgramService
    from hamsession.services.session import SessionService
    from hamsession.ui.session.cue_output import CueOutput
    from hamsession.ui.session.session_summary import SessionSummary

APP_TITLE = "Hamsession"


class MainWindow(QMainWindow):
    #: The window was first exposed on screen (its contents can be seen).
    first_exposed = Signal()
    #: The history charts were drawn: sessions shown and milliseconds taken.
    history_rendered = Signal(int, float)

    def __init__(
        self,
        programs: ProgramService | None,
        sessions: SessionService | None,
        prefs: Preferences,
        make_cues: Callable[[], CueOutput],
        history: HistoryService | None = None,
        clinic: ClinicService | None = None,
        parent: QWidget | None = None,
        opening: bool = False,
    ) -> None:
        """With ``opening`` the window is only a frame saying it is opening, made from Qt
        and a few small modules so it is on screen at once; :meth:`assemble` then builds
        its parts behind that line and :meth:`attach` hands it the history."""
        super().__init__(parent)
        self.programs, self.preferences = programs, prefs
        self.history: HistoryService | None = None
        self.advice: AdviceService | None = None
        self.checkin = self.clinic = self.desk_breaks = self.history_flow = None
        self.session = self.quit_policy = self.current = None
        self.pelvic_action = None
        self._exposed = self._client_only = False
        self.setWindowTitle(APP_TITLE)
        self.setStyleSheet(focus_style(dark_theme(self)))
        self._fit_to_screen(1280, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.pages = Navigator(self.stack, lambda: prefs.text_scale, self)
        if opening:
            opening_line = self.tr("Opening your history…")
            self.pages.show_page(MessagePage(opening_line, prefs.text_scale), "opening")
        else:
            self.assemble(programs, sessions, make_cues)
            self.attach(history, sessions, clinic)

    def assemble(
        self,
        programs: ProgramService,
        sessions: SessionService,
        make_cues: Callable[[], CueOutput],
    ) -> None:
        """Build the window's parts (the program list, the session flow, quitting, profile
        switching, the menus) behind the page on screen."""
        from hamsession.ui.programs.program_list import ProgramList
        from hamsession.ui.session.session_flow import SessionFlow
        from hamsession.ui.shell import wiring
        from hamsession.ui.shell.profile_switch import ProfileSwitcher
        from hamsession.ui.shell.quit_policy import QuitPolicy
        from hamsession.ui.widgets.current_profile import CurrentProfile

        prefs = self.preferences
        self.programs = programs
        self.current = CurrentProfile(sessions.profile, self)
        self.programs_list = ProgramList(programs, self.current, self)
        self.picker = self.programs_list.picker
        self.session = SessionFlow(self.pages, self.current, sessions, prefs, make_cues, self)
        self.quit_policy = QuitPolicy(self, self.session)
        self.profiles = ProfileSwitcher(self, self.current, self.session, self.show_picker)
        wiring.connect(self)
        self.pages.keep(self.picker)
        self.rebuild_menus()

    def attach(
        self,
        history: HistoryService | None,
        sessions: SessionService,
        clinic: ClinicService | None = None,
        advice: AdviceService | None = None,
    ) -> None:
        """Take the opened history, the session service for its profile, the clinic and the
        advice (made here from the history when not given)."""
        from hamsession.ui.shell import wiring

        wiring.attach(self, history, sessions, clinic, advice)  # lists the programs too
        self.rebuild_menus()
        if history is None:  # no profile to follow: list them here
            self.refresh_programs()
        self.show_picker()
        for problem in self.programs.library.problems[:1] + self.preferences.problems[:1]:
            self.say(str(problem))

    def rebuild_menus(self) -> None:
        from hamsession.ui.shell.actions import build_menus, menu_table

        self.menu_actions = build_menus(self, menu_table(self))
        self.pelvic_action = self.menu_actions.get("pelvic")
        self.reduced_motion_action = self.menu_actions["reduced_motion"]
        self.voice_action = self.menu_actions["voice"]
        self.set_client_only(self._client_only)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """Most of a large screen; all of a small one, frame and panel included."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(max(width, int(room.width() * 0.8)), room.width() - 40)
            height = min(max(height, int(room.height() * 0.85)), room.height() - 60)
        self.resize(width, height)

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    # ----- what is on screen ------------------------------------------------------------------
    @property
    def page(self) -> QWidget | None:
        return self.pages.page

    @property
    def player(self):
        return self.session.player

    @property
    def summary(self) -> SessionSummary | None:
        from hamsession.ui.session.session_summary import SessionSummary

        return self.page if isinstance(self.page, SessionSummary) else None

    @property
    def profile(self):
        return None if self.current is None else self.current.profile

    @property
    def text_scale(self) -> float:
        return self.preferences.text_scale

    @property
    def quitting(self) -> bool:
        return self.quit_policy is not None and self.quit_policy.quitting

    def session_running(self) -> bool:
        return self.session is not None and self.session.running()

    def _title(self, extra: str = "") -> str:
        parts = [APP_TITLE]
        from hamsession.domain.history import DEFAULT_PROFILE

        if self.profile is not None and self.profile.name != DEFAULT_PROFILE:
            parts.append(self.profile.name)
        return " — ".join([*parts, extra] if extra else parts)

    def _on_session_titled(self, title: str) -> None:
        self.setWindowTitle(APP_TITLE if self._client_only else self._title(title))

    def _on_current_changed(self, profile) -> None:
        """Everything that shows or uses the profile follows it."""
        self.session.sessions.profile = profile
        if self.pelvic_action is not None and profile is not None:
            self.pelvic_action.blockSignals(True)
            self.pelvic_action.setChecked(profile.pelvic_floor_items)
            self.pelvic_action.blockSignals(False)
        if self.history is not None:
            self.refresh_programs()

    # ----- routes -----------------------------------------------------------------------------
    def show_picker(self) -> None:
        if self.clinic is not None and self.clinic.handover:
            self.clinic.lock()  # leaving the client's view ends on the locked screen
            return
        self.session.discard_player()
        self.pages.show_lasting(self.picker, "picker")
        self.setWindowTitle(self._title())

    def show_picker_if_idle(self) -> None:
        if not self.session_running():
            self.show_picker()

    def open_program(self, id_or_file: str) -> bool:
        return self.session.open_program(id_or_file)

    def refresh_programs(self) -> None:
        self.programs_list.refresh()

    def shows_data(self) -> bool:
        """The one guard for what shows or changes a profile's data (history, export,
        import, switching profile, starting a session from outside the page shown): no
        while the window is locked or a client has the laptop."""
        return self.clinic is None or self.clinic.shows_data

    def show_history(self) -> None:
        if self.history_flow is None or self.session_running() or not self.shows_data():
            return
        self.session.discard_player()
        self.history_flow.show()
        self.setWindowTitle(self._title(self.tr("history")))

    def something_wrong(self) -> None:
        """The safety questions, at any time. During a session it ends the session first:
        its log asks the same questions."""
        if self.checkin is None or not self.shows_data():
            return
        if self.session_running():
            self.player.confirm_end()
        else:
            self.checkin.something_wrong()

    def ask_morning(self, session_id: str, started) -> None:
        self.checkin.ask_morning(session_id, started, self.show_picker)

    def guard(self, then: Callable[[], None]) -> None:
        """Clinician functions: straight away outside clinic mode, else after the PIN."""
        if self.clinic is None:
            then()
        else:
            self.clinic.guarded(then)

    def _on_export_triggered(self) -> None:
        if self.shows_data():
            self.guard(lambda: self.history_flow.export())

    def _on_import_triggered(self) -> None:
        if not self.session_running() and self.shows_data():
            self.guard(lambda: self.history_flow.import_into(self.profile.name))

    def attach_desk_breaks(self, breaks) -> None:
        from hamsession.ui.shell import wiring

        wiring.attach_desk_breaks(self, breaks)

    def set_client_only(self, on: bool) -> None:
        """While a client has the laptop (or it is locked) only text size and quit remain."""
        self._client_only = on
        for action in self.menu_actions.values():
            action.setEnabled(not on or bool(action.property("for_client")))
        self.menuBar().setVisible(not on)

    # ----- window-wide actions ----------------------------------------------------------------
    def set_reduced_motion(self, on: bool) -> None:
        self.preferences.update(reduced_motion=on)
        self.session.set_reduced_motion(on)

    def set_high_contrast(self, on: bool) -> None:
        """White on black everywhere; the focus ring, warnings and charts follow."""
        from hamsession.ui.widgets import high_contrast

        self.preferences.update(high_contrast=on)
        high_contrast.apply(on)
        self.setStyleSheet(focus_style(dark_theme()))  # the application's new palette
        self.session.set_high_contrast(on)
        if self.history_flow is not None:
            self.history_flow.forget()  # charts drawn again in the new colours

    def set_voice(self, on: bool) -> None:
        self.preferences.update(voice=on)
        self.session.set_voice(on)

    def toggle_full_screen(self) -> None:
        if not self._client_only:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def scale_text(self, factor: float) -> None:
        from hamsession.ui.shell.actions import scale_menus

        self.preferences.update(text_scale=round(self.preferences.text_scale * factor, 3))
        self.pages.apply_scale(self.preferences.text_scale)
        scale_menus(self.menuBar(), self.preferences.text_scale)

    def choose_language(self) -> None:
        """Settings > Language: kept in the settings, used from the next start."""
        from hamsession.ui.shell.language_choice import choose_language

        chosen = choose_language(self, self.preferences.language, self.preferences.text_scale)
        if chosen is not None and chosen != self.preferences.language:
            self.preferences.update(language=chosen)
            self.say(self.tr("The new language is used from Hamsession's next start."))

    def show_about(self) -> None:
        from hamsession.ui.shell.about import show_about

        show_about(self)

    def show_why(self) -> None:
        """Help > Why these exercises: the ideas behind the programs, all of them."""
        from hamsession.services.cards import all_cards_text, every_card
        from hamsession.ui.shell.about import show_text

        text = all_cards_text(every_card(self.programs.language))
        self.why_dialog = show_text(self, self.tr("Why these exercises"), text, self.text_scale)
        self.pages.announce(self.why_dialog, "question")

    def show_references(self) -> None:
        """Help > References: every source, with the exercises each one supports."""
        from hamsession.services.about import references_text
        from hamsession.ui.shell.about import show_text

        text = references_text(self.programs.library.exercises.values())
        self.references_dialog = show_text(self, self.tr("References"), text, self.text_scale)
        self.pages.announce(self.references_dialog, "question")

    def bring_forward(self) -> None:
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def request_quit(self) -> None:
        if self.quit_policy is None:  # still opening: nothing to finish first
            self.close()
        else:
            self.quit_policy.request()

    def shutdown(self) -> None:
        """Stop every timer, sound and window of the flows; the app is about to exit."""
        if self.clinic is not None:
            self.clinic.shutdown()
        if self.desk_breaks is not None:
            self.desk_breaks.shutdown()
            self.desk_breaks = self.quit_policy.desk_breaks = None
        if self.session is not None:
            self.session.shutdown()
        if self.history_flow is not None:
            self.history_flow.shutdown()
        self.pages.discard_page()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.quit_policy is None:  # closed while still opening
            super().closeEvent(event)
        elif self.quit_policy.may_close(event):
            super().closeEvent(event)
            self.quit_policy.after_close()

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
