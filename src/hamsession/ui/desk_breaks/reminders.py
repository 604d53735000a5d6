"""Desk-break reminders on the desktop: the tray icon (or a small window), the timer
that feeds the scheduler, and the reminder. The main window plays the break itself."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.desk_breaks import BreakScheduler, Offer
from hamsession.domain.sleep_watch import SleepWatch
from hamsession.services.preferences import Preferences
from hamsession.ui.desk_breaks.break_reminder import REMINDER_TEXT, BreakReminder
from hamsession.ui.desktop.desktop_notification import DesktopNotification

#: How often the scheduler looks at the clock and the idle time (ms).
LOOK_MS = 5000


def app_icon() -> QIcon:
    """The app's icon (set at start from the one shipped); a plain drawn mark without it."""
    shipped = QApplication.windowIcon()
    if not shipped.isNull():
        return shipped
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#009E73"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 60, 60)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(40)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "H")
    painter.end()
    return QIcon(pixmap)


def seconds_until_tomorrow(now: datetime | None = None) -> float:
    """Until 06:00 local time on the next morning (or this morning, before 06:00)."""
    now = now or datetime.now()
    morning = now.replace(hour=6, minute=0, second=0, microsecond=0)
    if morning <= now:
        morning += timedelta(days=1)
    return (morning - now).total_seconds()


def status_text(scheduler: BreakScheduler) -> str:
    s = scheduler.status()
    if not s.enabled:
        return QCoreApplication.translate("DeskBreaks", "Desk-break reminders are off")
    if s.in_session:
        return QCoreApplication.translate("DeskBreaks", "A session is playing: no reminders")
    if s.paused_for_s:
        return QCoreApplication.translate(
            "DeskBreaks", "Reminders paused for {minutes} min"
        ).format(minutes=round(s.paused_for_s / 60))
    return QCoreApplication.translate("DeskBreaks", "Next desk break in {minutes} min").format(
        minutes=max(0, round((s.due_in_s or 0) / 60))
    )


class BreakPanel(QWidget):
    """The small always-available window used where the desktop has no tray."""

    closed = Signal()

    def __init__(self, actions: list[QAction], scale: float = 1.0) -> None:
        super().__init__(None, Qt.WindowType.Window)
        # It comes up beside the app without taking the keyboard from what the person does.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle(self.tr("Hamsession desk breaks"))
        self.setWindowIcon(app_icon())
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        self.setFont(font)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        bold = QFont(font)
        bold.setBold(True)
        self.status.setFont(bold)
        layout.addWidget(self.status)
        self.buttons: list[QPushButton] = []
        for action in actions:
            if action.isSeparator():
                continue
            button = QPushButton(action.text().replace("&", ""))
            button.clicked.connect(action.trigger)
            action.changed.connect(
                lambda b=button, a=action: (
                    b.setEnabled(a.isEnabled()),
                    b.setVisible(a.isVisible()),
                )
            )
            button.setEnabled(action.isEnabled())
            button.setVisible(action.isVisible())
            layout.addWidget(button)
            self.buttons.append(button)

    def place(self) -> None:
        """Out of the way, in the bottom-right corner, sized to what it says."""
        self.adjustSize()
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            size = self.sizeHint()
            self.move(room.right() - size.width() - 16, room.bottom() - size.height() - 48)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().closeEvent(event)
        self.closed.emit()


class DeskBreaks(QObject):
    """Looks every few seconds; shows the reminder; offers the tray menu's actions."""

    break_requested = Signal()
    program_requested = Signal()
    history_requested = Signal()
    quit_requested = Signal()
    panel_closed = Signal()  # the small window was closed

    def __init__(
        self,
        prefs: Preferences,
        clock: Callable[[], float],
        idle_s: Callable[[], float],
        session_running: Callable[[], bool] = lambda: False,
        mono: Callable[[], float] = time.monotonic,
        tray: bool | QSystemTrayIcon | None = None,
        parent: QObject | None = None,
        notifier: DesktopNotification | bool | None = None,
    ) -> None:
        """``tray``: None to use the system tray if the desktop has one, False for the
        small window, or a tray icon object to use (tests pass a stand-in).
        ``notifier``: None to use desktop notifications where the desktop has them,
        False for Hamsession's own reminder window, or the notifier to use."""

        super().__init__(parent)
        self._prefs = prefs
        self._idle_s = idle_s
        self.session_running = session_running
        self._in_session = False
        self.scheduler = BreakScheduler(clock, prefs.break_interval_min, prefs.break_reminders)
        self._watch = SleepWatch(mono, clock, stall_s=3 * LOOK_MS / 1000)
        self._watch.reset()
        self.reminder: BreakReminder | None = None
        if notifier is None:
            notifier = DesktopNotification.if_available(self)
        self.notifier: DesktopNotification | None = notifier or None
        if self.notifier is not None:
            self.notifier.answered.connect(self._on_notification_answered)
        self.menu = QMenu()
        self.status_action = self._action("", None)
        self.status_action.setEnabled(False)
        self.menu.addSeparator()
        self.break_action = self._action(
            self.tr("Start a desk break now"), self.break_requested.emit
        )
        self.program_action = self._action(self.tr("Start my program"), self.program_requested.emit)
        self.history_action = self._action(self.tr("Open history"), self.history_requested.emit)
        self.menu.addSeparator()
        self.hour_action = self._action(self.tr("Pause reminders for an hour"), self.pause_hour)
        self.tomorrow_action = self._action(
            self.tr("Pause reminders until tomorrow"), self.pause_tomorrow
        )
        self.resume_action = self._action(self.tr("Resume reminders"), self.resume)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit Hamsession"), self.quit_requested.emit)
        if tray is None:
            tray = QSystemTrayIcon.isSystemTrayAvailable()
        # The tray icon or the small window is made when first shown (reminders are off
        # until someone turns them on, and the window alone holds a few megabytes).
        self._tray_wanted = tray is True
        self._panel_wanted = not tray
        self.tray: QSystemTrayIcon | None = None
        self._panel: BreakPanel | None = None
        if tray and tray is not True:  # a tray icon object handed in
            self._use_tray(tray)
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()
        self.refresh()

    @property
    def panel(self) -> BreakPanel | None:
        """The small window, where the desktop has no tray (made on first use)."""
        if self._panel is None and self._panel_wanted:
            shown = [a for a in self.menu.actions() if a is not self.status_action]
            self._panel = BreakPanel(shown, self._prefs.text_scale)
            self._panel.closed.connect(self.panel_closed)
            self._panel.status.setText(self.status_action.text())
        return self._panel

    def _use_tray(self, tray: QSystemTrayIcon) -> None:
        self.tray = tray
        tray.setContextMenu(self.menu)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.menu)
        if slot is not None:
            action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # ----- looking ------------------------------------------------------------------------------
    def look(self) -> None:
        gap = self._watch.look()
        if gap is not None:
            self.scheduler.asleep(gap.away_s)
        running = self.session_running()
        if running and not self._in_session:
            self.scheduler.session_started()
            self._close_reminder()
        elif self._in_session and not running:
            self.scheduler.session_ended()
        self._in_session = running
        # Time at the desk is counted only while reminders are on (turning them on
        # starts a fresh interval), so the desktop's idle time is not asked for before.
        idle = self._idle_s() if self.scheduler.enabled else 0.0
        if self.scheduler.look(idle) is Offer.REMIND:
            self.remind()
        self.refresh()

    def remind(self) -> None:
        minutes = round(self.scheduler.used_s / 60)
        if self.notifier is not None:
            self.notifier.show(
                self.tr("Time for a desk break"),
                QCoreApplication.translate("BreakReminder", REMINDER_TEXT).format(minutes=minutes),
                [
                    ("start", self.tr("Start")),
                    ("snooze", self.tr("Snooze 10 min")),
                    ("skip", self.tr("Skip")),
                ],
            )
            return
        self.reminder = BreakReminder(minutes, self._prefs.text_scale)
        self.reminder.start.connect(self.break_requested.emit)
        self.reminder.snooze.connect(self.scheduler.snooze)
        self.reminder.skip.connect(self.scheduler.skip)
        screen = self.reminder.screen()
        if screen is not None:  # in the middle of the screen, where it is seen
            frame = self.reminder.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            self.reminder.move(frame.topLeft())
        self.reminder.show()
        self.reminder.raise_()
        self.reminder.activateWindow()

    def _on_notification_answered(self, key: str) -> None:
        if key == "start":
            self.break_requested.emit()
        elif key == "skip":
            self.scheduler.skip()
        else:  # snoozed, dismissed or expired: ask again in ten minutes
            self.scheduler.snooze()
        self.refresh()

    def _close_reminder(self) -> None:
        if self.notifier is not None:
            self.notifier.close()
        if self.reminder is not None and self.reminder.isVisible():
            self.reminder.blockSignals(True)  # withdrawn, not answered
            self.reminder.close()
        self.reminder = None

    # ----- the menu's own actions ---------------------------------------------------------------
    def pause_hour(self) -> None:
        self.scheduler.pause_for(3600)
        self.refresh()

    def pause_tomorrow(self) -> None:
        self.scheduler.pause_for(seconds_until_tomorrow())
        self.refresh()

    def resume(self) -> None:
        self.scheduler.resume()
        self.refresh()

    def configure(self, enabled: bool, interval_min: int) -> None:
        self._prefs.update(break_reminders=enabled, break_interval_min=interval_min)
        self.scheduler.configure(enabled, self._prefs.break_interval_min)
        self.refresh()
        self.show_panel()

    def break_ended(self) -> None:
        """A desk break (or any session) ended: the count starts again."""
        self.scheduler.session_ended()
        self.refresh()

    def refresh(self) -> None:
        text = status_text(self.scheduler)
        status = self.scheduler.status()
        paused = status.paused_for_s > 0
        self.status_action.setText(text)
        for action in (self.hour_action, self.tomorrow_action):
            action.setVisible(status.enabled and not paused)
        self.resume_action.setVisible(status.enabled and paused)
        if self.tray is not None:
            self.tray.setToolTip(self.tr("Hamsession: {status}").format(status=text))
        if self._panel is not None:
            self._panel.status.setText(text)
            if self._panel.isVisible():
                self._panel.place()

    @property
    def keeps_running(self) -> bool:
        """Reminders are on: closing the main window hides it instead of quitting."""
        return self.scheduler.enabled

    @property
    def reachable(self) -> bool:
        """Whether the tray icon or the small window is on screen: a way back to the app."""
        tray = self.tray is not None and self.tray.isVisible()
        return tray or (self._panel is not None and self._panel.isVisible())

    def show_panel(self) -> None:
        """The tray icon (or the small window) is there while reminders are on."""
        on = self.scheduler.enabled
        if on and self.tray is None and self._tray_wanted:
            self._use_tray(QSystemTrayIcon(app_icon(), self))
            self.refresh()  # its tooltip
        if self.tray is not None:
            self.tray.setVisible(on)
        panel = self.panel if on else self._panel
        if panel is not None:
            if on and not panel.isVisible():
                panel.place()
            panel.setVisible(on)

    def shutdown(self) -> None:
        self._timer.stop()
        self._close_reminder()
        if self.notifier is not None:
            self.notifier.shutdown()
        if self.tray is not None:
            self.tray.hide()
        if self._panel is not None:
            self._panel.blockSignals(True)  # going away with the app, not closed by the user
            self._panel.close()
            self._panel.deleteLater()
        self.menu.deleteLater()
