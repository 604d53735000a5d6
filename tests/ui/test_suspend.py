"""A session in the window when the laptop sleeps, freezes or has its clock changed."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from hamsession.domain.engine import EngineState
from hamsession.domain.timeline import PhaseKind
from hamsession.services.session import SessionService
from hamsession.ui.session.engine_timer import HEARTBEAT_MS
from tests.conftest import FakeClock
from tests.helpers.private_bus import private_bus
from tests.ui.conftest import advance


@pytest.fixture
def wall():
    """The sleep-counting clock, moved by the tests alongside the monotonic one."""
    return FakeClock(5_000.0)


@pytest.fixture
def sleepy_window(qtbot, programs, clock, wall, prefs, cues, history):
    from hamsession.ui.shell.main_window import MainWindow

    sessions = SessionService(
        programs, clock, history=history, profile=history.profile(), sleep_clock=wall
    )
    win = MainWindow(programs, sessions, prefs, lambda: cues, history)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def _into_first_hold(qtbot, win, clock, wall):
    win.open_program("p1-foundations")
    player = win.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    hold = next(p for p in player.run.timeline.phases if p.kind is PhaseKind.HOLD)
    for _ in range(round((hold.offset_s + 2.0) / 0.5)):
        advance(player.engine, clock, 0.5)
        wall.advance(0.5)
        assert not player.timer.look()  # the heartbeat's look, both clocks in step
    return player, hold


def test_sleep_mid_hold_pauses_there_and_says_so(qtbot, sleepy_window, clock, wall, history):
    player, hold = _into_first_hold(qtbot, sleepy_window, clock, wall)
    assert player.engine.phase is hold
    position = player.engine.plan_position()
    wall.advance(40 * 60)  # asleep for 40 minutes: the monotonic clock stood still
    clock.advance(0.1)
    wall.advance(0.1)
    # The heartbeat notices within a second of waking, without any key pressed.
    qtbot.waitUntil(lambda: player.engine.state is EngineState.PAUSED, timeout=3 * HEARTBEAT_MS)
    assert player.engine.phase is hold
    assert player.engine.plan_position() == pytest.approx(position)
    hint = player.view.state_hint.text()
    assert hint == "Paused: the computer was asleep for 40 min · Space to resume"
    assert player.view.state_hint.isVisible()

    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.engine.state is EngineState.RUNNING
    assert player.view.state_hint.text() == ""
    assert player.engine.snapshot().phase_remaining_s == pytest.approx(hold.planned_s - 2.0)
    advance(player.engine, clock, player.run.timeline.total_s)
    assert player.engine.state is EngineState.FINISHED

    session = history.sessions(history.profile())[0]
    # Stored times are UTC and include the 40 minutes asleep; the first phase's do not.
    assert session.started_at.utcoffset().total_seconds() == 0
    assert (session.phases[-1].started_at - session.phases[0].started_at).total_seconds() > 40 * 60
    assert session.paused_s >= 40 * 60
    assert session.minutes < 40  # the time asleep is not counted as exercise


def test_a_key_pressed_on_waking_is_not_a_resume(qtbot, sleepy_window, clock, wall):
    player, hold = _into_first_hold(qtbot, sleepy_window, clock, wall)
    wall.advance(600)
    qtbot.keyClick(player, Qt.Key.Key_Space)  # before the heartbeat: the gap wins
    assert player.engine.state is EngineState.PAUSED and player.engine.phase is hold
    assert "asleep for 10 min" in player.view.state_hint.text()


def test_right_pressed_on_waking_skips_nothing(qtbot, sleepy_window, clock, wall):
    player, hold = _into_first_hold(qtbot, sleepy_window, clock, wall)
    wall.advance(600)
    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert player.engine.state is EngineState.PAUSED and player.engine.phase is hold


def test_the_system_announcing_sleep_pauses_at_once(qtbot, sleepy_window, clock, wall):
    player, _hold = _into_first_hold(qtbot, sleepy_window, clock, wall)
    sleepy_window.session._system_sleep.going_to_sleep.emit()
    assert player.engine.state is EngineState.PAUSED
    assert player.view.state_hint.text() == "Paused for sleep · Space to resume"
    wall.advance(3 * 3600 + 60)
    qtbot.waitUntil(lambda: "asleep" in player.view.state_hint.text(), timeout=3 * HEARTBEAT_MS)
    assert player.view.state_hint.text().startswith("Paused: the computer was asleep for 3 h 1")
    assert player.engine.uncounted_s == pytest.approx(3 * 3600 + 60)


def test_a_wall_clock_change_on_the_sleep_clock_side_only_pauses(qtbot, sleepy_window, clock, wall):
    """Without CLOCK_BOOTTIME the wall clock stands in: a jump pauses, timing is unchanged."""
    player, _hold = _into_first_hold(qtbot, sleepy_window, clock, wall)
    remaining = player.engine.snapshot().phase_remaining_s
    wall.advance(3600)  # the clock set forward an hour
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.engine.state is EngineState.RUNNING
    assert player.engine.snapshot().phase_remaining_s == pytest.approx(remaining)


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
def test_logind_prepare_for_sleep_reaches_the_listener(qtbot, tmp_path):
    """A private bus stands in for the system bus; a peer plays logind."""
    from PySide6.QtDBus import QDBusMessage

    from hamsession.ui.desktop.system_sleep import LOGIND, LOGIND_MANAGER, LOGIND_PATH, SystemSleep

    with private_bus(tmp_path, "hamsession-test-listener", "hamsession-test-logind") as buses:
        listener_bus, logind_bus = buses
        assert logind_bus.registerService(LOGIND)
        listener = SystemSleep(bus=listener_bus)
        assert listener.listening
        heard = []
        listener.going_to_sleep.connect(lambda: heard.append("sleep"))
        listener.woke.connect(lambda: heard.append("woke"))
        for starting in (True, False):
            message = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
            message.setArguments([starting])
            assert logind_bus.send(message)
        qtbot.waitUntil(lambda: heard == ["sleep", "woke"], timeout=5000)


def test_without_a_system_bus_the_listener_stays_quiet(qtbot):
    from hamsession.ui.desktop.system_sleep import SystemSleep

    listener = SystemSleep(service="org.example.nobody")
    assert listener.listening in (True, False)  # no error either way
