"""Desk breaks in the window: the tray menu (as its fallback window, offscreen has no
tray), the reminder on a fake clock, and the compact window playing and logging D1."""

from __future__ import annotations

import json
import shutil
import time

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QApplication

from hamsession.domain.desk_breaks import DESK_BREAK_ID, SNOOZE_S
from hamsession.domain.engine import EngineState
from hamsession.services.charts import breaks_per_day, chart_data
from hamsession.services.export_file import export_json
from hamsession.services.history import HistoryService
from hamsession.services.import_file import import_export, read_export
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.repositories import Repositories
from hamsession.ui.desk_breaks.reminders import LOOK_MS, DeskBreaks, seconds_until_tomorrow
from hamsession.ui.desktop.desktop_notification import DesktopNotification
from tests.conftest import FakeClock
from tests.helpers.private_bus import private_bus
from tests.ui.conftest import advance


class Desk:
    """The clock the reminders run on, and how long the user has not touched anything."""

    def __init__(self) -> None:
        self.clock = FakeClock(50_000.0)
        self.idle = 0.0

    def sit(self, breaks: DeskBreaks, seconds: float) -> None:
        for _ in range(round(seconds / (LOOK_MS / 1000))):
            self.clock.advance(LOOK_MS / 1000)
            breaks.look()


@pytest.fixture
def desk():
    return Desk()


@pytest.fixture
def breaks(window, prefs, desk):
    made = DeskBreaks(
        prefs,
        desk.clock,
        lambda: desk.idle,
        mono=desk.clock,
        tray=False,
        parent=window,
        notifier=False,
    )
    window.attach_desk_breaks(made)
    return made


def test_reminders_are_off_until_turned_on(qtbot, breaks, desk, prefs):
    assert prefs.break_reminders is False
    desk.sit(breaks, 2 * 3600)
    assert breaks.reminder is None
    assert breaks.panel.status.text() == "Desk-break reminders are off"


def test_the_small_window_is_made_only_when_reminders_are_first_turned_on(qtbot, breaks, desk):
    desk.sit(breaks, 60)
    assert breaks._panel is None and not breaks.reachable  # reminders off: nothing made
    breaks.configure(True, 45)
    assert breaks._panel is not None and breaks.panel.isVisible() and breaks.reachable
    assert breaks.panel.status.text() == "Next desk break in 45 min"


def test_the_desktops_idle_time_is_asked_for_only_while_reminders_are_on(qtbot, prefs, desk):
    asked = []
    made = DeskBreaks(
        prefs, desk.clock, lambda: asked.append(1) or 0.0, mono=desk.clock, tray=False,
        notifier=False,
    )  # fmt: skip
    desk.sit(made, 60)
    assert asked == []
    made.configure(True, 45)
    desk.sit(made, 60)
    assert asked
    made.deleteLater()


def test_the_first_start_offer_turns_them_on_only_on_yes(qtbot, window, breaks, prefs):
    from PySide6.QtWidgets import QMessageBox

    window.desk_breaks.ask_first()
    picker = window.picker
    assert picker.offer.isVisible() and "45 minutes" in picker.offer_text.text()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not any(box.isVisible() for box in boxes)  # a line on the list, not a dialog
    picker.offer_no.click()
    assert prefs.break_asked and not prefs.break_reminders and not picker.offer.isVisible()
    window.desk_breaks.ask_first()
    picker.offer_yes.click()
    assert prefs.break_reminders and breaks.scheduler.enabled


def test_reminder_at_the_set_time_then_snooze_and_skip(qtbot, breaks, desk):
    breaks.configure(True, 30)
    desk.sit(breaks, 30 * 60 - 5)
    assert breaks.reminder is None
    assert breaks.panel.status.text() == "Next desk break in 0 min"
    desk.sit(breaks, 5)
    reminder = breaks.reminder
    assert reminder is not None and reminder.isVisible()
    assert reminder.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    qtbot.keyClick(reminder, Qt.Key.Key_S)  # snooze
    assert not reminder.isVisible()
    desk.sit(breaks, SNOOZE_S - 5)
    assert breaks.reminder is reminder  # no new one yet
    desk.sit(breaks, 5)
    assert breaks.reminder is not reminder and breaks.reminder.isVisible()
    qtbot.keyClick(breaks.reminder, Qt.Key.Key_Escape)  # skip
    assert breaks.scheduler.used_s == 0


def test_being_away_resets_the_count(qtbot, breaks, desk):
    breaks.configure(True, 45)
    desk.sit(breaks, 40 * 60)
    desk.idle = 6 * 60  # no input anywhere for six minutes
    desk.sit(breaks, 5)
    desk.idle = 0
    desk.sit(breaks, 40 * 60)
    assert breaks.reminder is None


def test_sleep_resets_the_count(qtbot, breaks, desk):
    breaks.configure(True, 45)
    desk.sit(breaks, 40 * 60)
    desk.clock.advance(2 * 3600)  # the lid was shut: nothing looked for two hours
    desk.sit(breaks, 5)
    assert breaks.scheduler.used_s < 60


def test_pause_actions(qtbot, breaks, desk):
    breaks.configure(True, 45)
    assert breaks.hour_action.isVisible() and not breaks.resume_action.isVisible()
    breaks.hour_action.trigger()
    assert breaks.panel.status.text() == "Reminders paused for 60 min"
    assert breaks.resume_action.isVisible() and not breaks.hour_action.isVisible()
    desk.sit(breaks, 59 * 60)
    assert breaks.reminder is None
    breaks.resume_action.trigger()
    breaks.tomorrow_action.trigger()
    assert breaks.scheduler.status().paused_for_s == pytest.approx(seconds_until_tomorrow(), abs=5)


def test_the_panel_offers_every_action(qtbot, breaks):
    labels = [b.text() for b in breaks.panel.buttons]
    for wanted in (
        "Start a desk break now",
        "Start my program",
        "Open history",
        "Pause reminders for an hour",
        "Pause reminders until tomorrow",
        "Quit Hamsession",
    ):
        assert wanted in labels


def test_desk_break_plays_in_a_compact_window_and_is_logged(
    qtbot, window, breaks, clock, history, tmp_path
):
    breaks.break_action.trigger()
    playing = window.desk_breaks.playing
    assert playing is not None and playing.isVisible()
    assert playing.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert playing.width() < window.width()
    engine = playing.player.engine
    assert engine.state is EngineState.RUNNING  # asked for: it starts at once
    assert window.desk_breaks.in_session()
    advance(engine, clock, engine.timeline.total_s)
    assert playing.asking
    assert playing.prompt.text() == "How do your back and hamstrings feel?"
    qtbot.keyClick(playing, Qt.Key.Key_2)
    assert playing.answer == "same" and not playing.isVisible()
    assert window.desk_breaks.playing is None
    profile = history.profile()
    [session] = history.sessions(profile)
    assert session.program_id == DESK_BREAK_ID and session.status == "completed"
    assert session.symptoms.feel == "same"
    assert history.morning_question(profile) is None  # a desk break asks nothing next day
    _days, counts = breaks_per_day(chart_data(history, profile))
    assert counts == [1]
    exported = export_json(history, [profile])
    assert exported["profiles"][0]["sessions"][0]["symptoms"]["feel"] == "same"
    other = HistoryService(Repositories.on(open_database(DataDir(tmp_path / "other"))))
    try:
        import_export(other, read_export(json.dumps(exported).encode(), "x.json"))
        [copied] = other.sessions(other.profile())
        assert copied.symptoms.feel == "same"
    finally:
        other.db.close()


def test_closing_the_break_window_mid_way_ends_it_and_still_asks(qtbot, window, breaks, clock):
    breaks.break_action.trigger()
    playing = window.desk_breaks.playing
    advance(playing.player.engine, clock, 20)
    playing.close()
    assert playing.isVisible() and playing.asking
    assert playing.player.engine.state is EngineState.ENDED_EARLY
    qtbot.keyClick(playing, Qt.Key.Key_Escape)
    assert not playing.isVisible()


def test_no_reminder_while_the_desk_break_plays(qtbot, window, breaks, desk, clock):
    breaks.configure(True, 10)
    desk.sit(breaks, 9 * 60)
    breaks.break_action.trigger()
    desk.sit(breaks, 5 * 60)
    assert breaks.reminder is None
    assert breaks.panel.status.text() == "A session is playing: no reminders"


def test_start_my_program_and_open_history(qtbot, window, breaks, clock):
    window.open_program("p4-strength-first-back")
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    advance(player.engine, clock, 30)
    player.confirm_end()
    window.show_picker()
    breaks.program_action.trigger()
    assert window.player is not None and window.player.run.program.id == "p4-strength-first-back"
    window.show_picker()
    breaks.history_action.trigger()
    assert type(window.page).__name__ == "HistoryView"


def test_quit_from_the_menu(qtbot, window, breaks, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    breaks.quit_action.trigger()
    assert quits == [True]


def test_closing_the_window_with_reminders_on_keeps_running(qtbot, window, breaks):
    breaks.configure(True, 45)
    window.close()
    assert not window.isVisible() and window.desk_breaks is not None
    breaks.history_action.trigger()  # the panel brings it back
    assert window.isVisible()


def test_closing_every_window_never_leaves_an_unseen_app(qtbot, window, breaks, monkeypatch):
    from hamsession.ui.desk_breaks.desk_break_flow import DeskBreakFlow

    quits, asked = [], []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    breaks.configure(True, 45)
    breaks.panel.close()  # the small window first: the main window is still there
    assert quits == [] and window.isVisible()
    monkeypatch.setattr(DeskBreakFlow, "_ask_keep", lambda self: asked.append(1) or True)
    window.close()  # nothing else on screen: asked once, and kept
    assert asked == [1] and not window.isVisible() and breaks.panel.isVisible()
    window.show()
    breaks.panel.close()
    monkeypatch.setattr(DeskBreakFlow, "_ask_keep", lambda self: asked.append(2) or False)
    window.close()  # this time: quit
    assert asked == [1, 2] and quits == [True]


def test_the_reminder_settings_dialog(qtbot, window, breaks, prefs):
    window.desk_breaks.settings()
    dialog = window.desk_breaks.dialog
    dialog.enabled.setChecked(True)
    dialog.minutes.setValue(300)  # above the range: the box holds 240
    dialog.accept()
    assert prefs.break_reminders and prefs.break_interval_min == 240
    assert breaks.scheduler.interval_s == 240 * 60


def test_the_small_window_is_there_while_reminders_are_on(qtbot, breaks):
    assert not breaks.panel.isVisible()
    breaks.configure(True, 45)
    assert breaks.panel.isVisible()
    breaks.configure(False, 45)
    assert not breaks.panel.isVisible()


class StandInTray:
    """What DeskBreaks asks of a QSystemTrayIcon (offscreen Qt has no tray to show)."""

    def __init__(self) -> None:
        self.menu, self.visible, self.tip = None, False, ""

    def setContextMenu(self, menu):  # noqa: N802 (Qt's name)
        self.menu = menu

    def contextMenu(self):  # noqa: N802
        return self.menu

    def setVisible(self, on):  # noqa: N802
        self.visible = on

    def hide(self):
        self.visible = False

    def setToolTip(self, tip):  # noqa: N802
        self.tip = tip

    def toolTip(self):  # noqa: N802
        return self.tip

    def __bool__(self) -> bool:
        return True


def test_with_a_tray_its_menu_holds_the_actions(qtbot, window, prefs, desk):
    tray = StandInTray()
    made = DeskBreaks(prefs, desk.clock, lambda: desk.idle, mono=desk.clock, tray=tray)
    try:
        assert made.panel is None and not tray.visible
        assert made.tray.contextMenu() is made.menu
        texts = [a.text() for a in made.menu.actions() if not a.isSeparator()]
        assert "Start a desk break now" in texts and "Quit Hamsession" in texts
        made.configure(True, 45)
        assert tray.visible  # the icon is there while reminders are on
        assert made.tray.toolTip() == "Hamsession: Next desk break in 45 min"
        requested = []
        made.break_requested.connect(lambda: requested.append(True))
        made.break_action.trigger()
        assert requested == [True]
    finally:
        made.shutdown()


def test_a_desk_break_cut_short_by_a_crash_asks_no_symptom_log(qtbot, window, breaks, clock):
    history = window.history
    breaks.break_action.trigger()
    advance(window.desk_breaks.playing.player.engine, clock, 10)
    profile = history.profile()
    # As the next start would find it after a crash: still running in the database.
    assert len(history.repos.sessions.unfinished(profile.id)) == 1
    assert history.unfinished(profile) == []


def test_quitting_during_a_break_ends_it_and_does_not_hang(
    qtbot, window, breaks, clock, history, monkeypatch
):
    """Qt 6 aborts a quit if any window refuses to close: the break window must not."""
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    breaks.break_action.trigger()
    playing = window.desk_breaks.playing
    advance(playing.player.engine, clock, 15)
    window.request_quit()
    assert quits == [True]
    assert not playing.isVisible()
    [session] = history.sessions(history.profile())
    assert session.status == "ended_early"


@pytest.mark.parametrize("choice", ["start", "snooze", "skip", ""])
def test_the_reminder_as_a_desktop_notification(qtbot, window, prefs, desk, tmp_path, choice):
    """A stand-in notify-send records its arguments and 'clicks' one action."""
    script = tmp_path / "notify-send"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path}/args"\necho {choice}\n')
    script.chmod(0o755)
    notifier = DesktopNotification(str(script))
    made = DeskBreaks(
        prefs, desk.clock, lambda: desk.idle, mono=desk.clock, tray=False, notifier=notifier
    )
    requested = []
    made.break_requested.connect(lambda: requested.append(True))
    try:
        made.configure(True, 10)
        with qtbot.waitSignal(notifier.answered, timeout=10_000):
            desk.sit(made, 10 * 60)
        assert made.reminder is None  # no window of our own
        args = (tmp_path / "args").read_text().splitlines()
        assert "--action=snooze=Snooze 10 min" in args and "Time for a desk break" in args
        if choice == "start":
            assert requested == [True]
        elif choice == "skip":
            assert made.scheduler.used_s == 0
        else:  # snoozed or dismissed: ten more minutes
            assert made.scheduler.status().due_in_s == pytest.approx(10 * 60, abs=10)
    finally:
        made.shutdown()


def test_idle_time_where_it_cannot_be_read_is_zero(qtbot, monkeypatch):
    from hamsession.ui.desktop.system_idle import SystemIdle

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")  # XWayland sees only X11 input
    idle = SystemIdle(bus=False)
    assert not idle.display_wide and idle.idle_s() == 0.0
    idle.close()


def _idle_monitor(desktop: str, milliseconds: list[int]):
    """A compositor's idle monitor answering with the next of ``milliseconds`` each time."""
    from PySide6.QtCore import ClassInfo, QObject, Slot

    def next_answer() -> int:
        return milliseconds.pop(0) if len(milliseconds) > 1 else milliseconds[0]

    @ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
    class Mutter(QObject):
        @Slot(result="qulonglong")
        def GetIdletime(self):  # noqa: N802 (the D-Bus method name)
            return next_answer()

    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class KdeScreenSaver(QObject):
        @Slot(result="uint")
        def GetSessionIdleTime(self):  # noqa: N802 (the D-Bus method name)
            return next_answer()

    return Mutter() if desktop == "gnome" else KdeScreenSaver()


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
@pytest.mark.parametrize("desktop", ["gnome", "kde"])
def test_idle_time_on_wayland_comes_from_the_compositor_on_the_session_bus(
    qtbot, tmp_path, desktop
):
    """GNOME's Mutter idle monitor, or KDE's screen saver service when Mutter is absent;
    the bus is asked without waiting, so the answer arrives by the next look."""
    from PySide6.QtDBus import QDBusConnection

    from hamsession.ui.desktop.system_idle import IDLE_MONITORS, SystemIdle

    service, path, _interface, _method = IDLE_MONITORS[0 if desktop == "gnome" else 1]
    with private_bus(tmp_path, "idle-test-app", "idle-test-compositor") as buses:
        app_bus, compositor_bus = buses
        monitor = _idle_monitor(desktop, [0, 95_000, 1_500])
        assert compositor_bus.registerService(service)
        assert compositor_bus.registerObject(
            path, monitor, QDBusConnection.RegisterOption.ExportAllSlots
        )
        idle = SystemIdle(use_x11=False, bus=app_bus)
        qtbot.waitUntil(lambda: idle.display_wide, timeout=5000)
        seen = []
        for _look in range(2):
            before = idle.idle_s()  # asks again; the answer comes by the next look
            qtbot.waitUntil(lambda b=before: idle.idle_s() != b, timeout=5000)
            seen.append(idle.idle_s())
        assert seen == [95.0, 1.5]
        idle.close()


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
def test_a_bus_without_an_idle_monitor_means_present(qtbot, tmp_path):
    from hamsession.ui.desktop.system_idle import SystemIdle

    with private_bus(tmp_path, "idle-test-alone") as (bus,):
        idle = SystemIdle(use_x11=False, bus=bus)
        qtbot.wait(300)
        assert not idle.display_wide and idle.idle_s() == 0.0
        idle.close()


def test_a_withdrawn_notification_is_interrupted_so_it_closes_its_notice(qtbot, tmp_path):
    """notify-send closes its notice when interrupted; a kill would leave it on screen."""
    script = tmp_path / "notify-send"
    script.write_text(
        f"#!/bin/sh\ntrap 'echo interrupted > \"{tmp_path}/closed\"; exit 0' INT\n"
        "while true; do sleep 0.05; done\n"
    )
    script.chmod(0o755)
    notifier = DesktopNotification(str(script))
    answered = []
    notifier.answered.connect(answered.append)
    notifier.show("Time for a desk break", "Stand up", [("start", "Start")])
    qtbot.waitUntil(lambda: notifier.showing, timeout=5000)
    qtbot.wait(300)  # the shell has set its trap
    notifier.close()
    assert not notifier.showing  # nothing waits for it
    qtbot.waitUntil(lambda: (tmp_path / "closed").exists(), timeout=5000)
    qtbot.wait(100)
    assert answered == []  # withdrawn, not answered


def test_a_notify_send_stuck_on_a_silent_server_never_holds_up_quitting(qtbot, tmp_path):
    """As notify-send waiting on a notification server that never replies: it ignores the
    interrupt. Quitting kills it at once instead of leaving it running."""
    script = tmp_path / "notify-send"
    script.write_text("#!/bin/sh\ntrap '' INT\nwhile true; do sleep 0.05; done\n")
    script.chmod(0o755)
    notifier = DesktopNotification(str(script))
    notifier.show("Time for a desk break", "Stand up", [("start", "Start")])
    qtbot.waitUntil(lambda: notifier.showing, timeout=5000)
    qtbot.wait(300)  # the shell has set its trap
    process = notifier._process
    began = time.monotonic()
    notifier.shutdown()
    assert time.monotonic() - began < 1.0
    assert process.state() == QProcess.ProcessState.NotRunning
