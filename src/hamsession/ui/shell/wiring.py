"""Wiring the flows to each other once the history is open, and desk breaks when they come.

Each flow asks for what it needs through signals; here those signals meet the shell's
answers (switch the profile, hand the laptop over, lock, quit, bring the window forward).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from hamsession.ui.checkin.checkin_flow import CheckinFlow
from hamsession.ui.clinic.clinic_mode import ClinicMode
from hamsession.ui.history.history_flow import HistoryFlow

if TYPE_CHECKING:
    from hamsession.services.advice import AdviceService
    from hamsession.services.clinic import ClinicService
    from hamsession.services.history import HistoryService
    from hamsession.services.session import SessionService
    from hamsession.ui.desk_breaks.reminders import DeskBreaks


def connect(w: Any) -> None:
    """The connections between the window's own parts, made once."""
    w.pages.home_requested.connect(w.show_picker)
    w.current.changed.connect(w._on_current_changed)
    w.picker.program_chosen.connect(w.open_program)
    w.picker.something_wrong.connect(w.something_wrong)
    w.programs_list.said.connect(w.say)
    w.session.titled.connect(w._on_session_titled)
    w.session.said.connect(w.say)
    w.session.programs_changed.connect(w.programs_list.refresh_and_select)
    w.session.quit_confirmed.connect(w.quit_policy.quit_now)
    w.preferences.save_failed.connect(w.say)
    w.clinic_sign = QLabel()
    w.statusBar().addPermanentWidget(w.clinic_sign)


def attach(
    w: Any,
    history: HistoryService | None,
    sessions: SessionService,
    clinic: ClinicService | None,
    advice: AdviceService | None,
) -> None:
    """Give the window the opened history and everything that works on it."""
    w.history = w.profiles.history = history
    w.session.sessions = sessions
    if history is not None:
        _attach_history(w, history, sessions, advice)
    w.clinic = w.quit_policy.clinic = w.profiles.clinic = (
        None if clinic is None else _clinic_mode(w, clinic)
    )
    w.programs_list.attach(w.advice, clinic, sessions.variants)
    w.current.set(sessions.profile)
    show_clinic_sign(w)


def _attach_history(w: Any, history, sessions, advice) -> None:
    from hamsession.services.advice import AdviceService
    from hamsession.services.safety import SafetyService
    from hamsession.services.variants import VariantService

    if sessions.variants is None:
        sessions.variants = VariantService(w.programs, history)
    w.advice = advice or AdviceService(
        history, w.programs, SafetyService(history), sessions.variants
    )
    from hamsession.services.outcomes import OutcomeService

    w.checkin = CheckinFlow(
        w.pages, w.current, history, w.advice.safety, w.advice, w, OutcomeService(history)
    )
    w.checkin.said.connect(w.say)
    w.checkin.changed.connect(w.refresh_programs)
    w.session.checkin, w.session.advice = w.checkin, w.advice
    from hamsession.services.cards import CardService

    w.session.cards = CardService(history, w.programs.language)
    w.history_flow = HistoryFlow(w.pages, w.current, history, w.programs, w.advice, w, w.guard, w)
    w.history_flow.said.connect(w.say)
    w.history_flow.rendered.connect(w.history_rendered)
    w.history_flow.imported.connect(w.refresh_programs)
    w.history_flow.prepare(lambda: w.session_running() or not w.isVisible())
    w.current.changed.connect(lambda _p: w.history_flow.forget())


def _clinic_mode(w: Any, clinic: ClinicService) -> ClinicMode:
    mode = ClinicMode(clinic, w.pages, w, w.programs, lambda: w.text_scale, w.session_running)
    mode.client_view.connect(w.set_client_only)
    mode.locking.connect(w.session.discard_player)
    mode.locking.connect(lambda: w.setWindowTitle("Hamsession"))
    mode.locking.connect(lambda: w.history_flow and w.history_flow.forget())
    mode.profile_opened.connect(w.profiles.switch)
    mode.handover_requested.connect(lambda p, program: _hand_over(w, p, program))
    mode.handed_back.connect(lambda: (w.showNormal(), w.show_picker()))
    mode.export_requested.connect(lambda p: w.history_flow.export(p))
    mode.import_requested.connect(lambda: w.history_flow.import_into(None))
    mode.clients_changed.connect(w.profiles.list_changed)
    mode.programs_changed.connect(w.refresh_programs)
    mode.settings_saved.connect(w.current.set)
    mode.settings_saved.connect(lambda _p: show_clinic_sign(w))
    # A lent laptop: after the log of a hand-over session comes the locked screen.
    w.session.after_log = lambda summary: (
        mode.lock() if mode.handover else w.session.show_summary(summary)
    )
    return mode


def show_clinic_sign(w: Any) -> None:
    """A lasting sign in the status bar while clinic mode is on."""
    on = w.clinic is not None and w.clinic.clinic.clinic_mode
    sign = QCoreApplication.translate("Wiring", "Clinic mode: clinician functions need the PIN")
    w.clinic_sign.setText(sign if on else "")


def _hand_over(w: Any, profile, program_id: str) -> None:
    w.profiles.switch(profile)
    w.set_client_only(True)
    w.showFullScreen()
    if not w.open_program(program_id) and w.page is None:
        w.clinic.lock()


def attach_desk_breaks(w: Any, breaks: DeskBreaks) -> None:
    """Take the desk-break reminders: menu entries, and the tray keeps the app running."""
    from hamsession.ui.desk_breaks.desk_break_flow import DeskBreakFlow

    flow = DeskBreakFlow(breaks, w.session, w.history, w.current, w)
    flow.shows_data = w.shows_data
    if w.clinic is not None:
        w.clinic.client_view.connect(flow.set_locked)
        flow.set_locked(not w.clinic.shows_data)
    flow.said.connect(w.say)
    flow.raise_requested.connect(w.bring_forward)
    flow.program_requested.connect(lambda program: _my_program(w, program))
    flow.history_requested.connect(w.show_history)
    flow.quit_requested.connect(w.request_quit)
    flow.panel_closed.connect(w.quit_policy.on_panel_closed)
    flow.break_done.connect(lambda: w.page.refresh() if hasattr(w.page, "refresh") else None)
    flow.offer_requested.connect(w.picker.show_offer)
    w.picker.offer_answered.connect(flow.answer_first)
    w.desk_breaks = w.quit_policy.desk_breaks = flow
    w.rebuild_menus()
    breaks.show_panel()


def _my_program(w: Any, program_id: str) -> None:
    w.bring_forward()
    if not program_id or not w.open_program(program_id):
        w.show_picker_if_idle()
