"""The flows on their own, with stand-ins for the pages they are handed (no main window)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hamsession.services.advice import AdviceService
from hamsession.services.programs import ProgramService
from hamsession.services.safety import SafetyService
from hamsession.ui.checkin.checkin_flow import CheckinFlow
from hamsession.ui.checkin.safety_notice import SafetyGate, SafetyNotice
from hamsession.ui.checkin.screening import Screening
from hamsession.ui.widgets.current_profile import CurrentProfile


class FakePages:
    """Keeps the pages a flow shows, in order, and counts the ways home."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.shown: list[tuple[str, QWidget]] = []
        self.homes = 0

    @property
    def page(self) -> QWidget | None:
        return self.shown[-1][1] if self.shown else None

    def show_page(self, page: QWidget, name: str) -> None:
        self.qtbot.addWidget(page)
        self.shown.append((name, page))

    def home(self) -> None:
        self.homes += 1

    def announce(self, window: QWidget, name: str, closed=None) -> None:
        self.shown.append((name, window))


@pytest.fixture
def flow(qtbot, history):
    pages = FakePages(qtbot)
    current = CurrentProfile(history.profile())
    safety = SafetyService(history, environ={"LANG": "en_AU.UTF-8"})
    advice = AdviceService(history, ProgramService(None), safety)
    return CheckinFlow(pages, current, history, safety, advice), pages, current


def test_a_session_waits_for_the_first_screening(flow, history, qtbot):
    checkin, pages, current = flow
    current.set(history.repos.profiles.update(current.profile.id, last_screening=None))
    started = []
    assert checkin.before_session(lambda: started.append(True), "p1-foundations") is False
    name, page = pages.shown[-1]
    assert name == "screening" and isinstance(page, Screening) and started == []
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert started == [True] and current.profile.last_screening == date.today().isoformat()


def test_an_open_flag_stands_before_the_session_until_checked(flow, history, qtbot):
    checkin, pages, current = flow
    SafetyService(history).raise_items(current.profile, ["postpartum.1"])
    started = []
    checkin.before_session(lambda: started.append(True))
    name, gate = pages.shown[-1]
    assert name == "safety" and isinstance(gate, SafetyGate)
    assert "Call 000" in gate.messages[0].text()  # the emergency number of the locale
    qtbot.keyClick(gate, Qt.Key.Key_Escape)
    assert pages.homes == 1 and started == []
    checkin.before_session(lambda: started.append(True))
    pages.page.confirm.click()
    assert started == [True]
    assert SafetyService(history).open_flags(current.profile) == []


def test_a_later_stage_is_said_and_not_started(flow):
    checkin, pages, _current = flow
    said, started = [], []
    checkin.said.connect(said.append)
    assert not checkin.before_session(lambda: started.append(True), "p3-loaded-hinge")
    assert started == [] and pages.homes == 1 and said[0].startswith("Opens after two green")


def test_a_log_with_a_red_flag_shows_the_message_then_goes_on(flow, history, qtbot, clock):
    from hamsession.services.session import SessionService

    checkin, pages, current = flow
    run = SessionService(
        ProgramService(None), clock, history=history, profile=current.profile
    ).prepare("d1-desk-break")
    run.engine.start()
    run.engine.end()
    done = []
    checkin.ask_symptoms(run.recorder.session_id, "How did that go?", lambda: done.append(1))
    name, log = pages.shown[-1]
    assert name == "symptom_log"
    log.flags["leg_weakness"].setChecked(True)
    log.save()
    name, notice = pages.shown[-1]
    assert name == "safety" and isinstance(notice, SafetyNotice) and done == []
    qtbot.keyClick(notice, Qt.Key.Key_Return)
    assert done == [1]


def test_clinic_mode_locks_through_the_pages_and_asks_the_shell_by_signals(qtbot, history):
    from hamsession.services.clinic import ClinicService
    from hamsession.ui.clinic.clinic_mode import ClinicMode
    from hamsession.ui.clinic.locked_screen import CLINIC, LockedScreen

    pages, parent = FakePages(qtbot), QWidget()
    qtbot.addWidget(parent)
    service = ClinicService(history, ProgramService(None))
    service.set_clinician_pin("24681357")
    mode = ClinicMode(service, pages, parent, ProgramService(None), lambda: 1.0, lambda: False)
    views, locking = [], []
    mode.client_view.connect(views.append)
    mode.locking.connect(lambda: locking.append(True))
    handovers = []
    mode.handover_requested.connect(lambda p, program: handovers.append((p.name, program)))
    mode.lock()
    name, screen = pages.shown[-1]
    assert name == "locked" and isinstance(screen, LockedScreen)
    assert screen.message.text() == CLINIC and views == [True] and locking == [True]
    assert not mode.may_leave() and not service.unlocked
    mode.start_handover(history.profile(), "p1-foundations")
    assert handovers == [("default", "p1-foundations")] and mode.handover
    mode.end_handover()
    assert views == [True, False] and not mode.handover and not mode.locked
    mode.shutdown()


def test_a_doctor_today_comes_with_the_out_of_hours_number_of_the_country(history):
    from hamsession.domain.safety import BY_ID

    german = SafetyService(history, environ={"LANG": "de_DE.UTF-8"})
    for flag in ("leg_weakness", "general_illness", "hamstring_tear"):
        assert german.text(BY_ID[flag]).endswith("out-of-hours service on 116 117.")
    for flag in ("saddle_bladder_bowel", "pregnancy_warning", "pelvic_floor", "leg_nerve"):
        assert "116 117" not in german.text(BY_ID[flag])
    assert "116 117" not in SafetyService(history, environ={"LANG": "fr_FR.UTF-8"}).text(
        BY_ID["leg_weakness"]
    )
