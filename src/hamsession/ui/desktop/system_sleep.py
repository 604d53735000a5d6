"""The system's own word that it is about to sleep (logind over D-Bus), where there is one.

logind sends ``PrepareForSleep(true)`` on the system bus just before a suspend or
hibernate and ``PrepareForSleep(false)`` after waking. Hearing the first lets a
running session pause at the exact moment, before the machine goes down. Where
there is no system bus (other platforms, containers) this stays silent and the
clock comparison in :mod:`hamsession.domain.sleep_watch` still notices the gap.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"


class SystemSleep(QObject):
    """Emits ``going_to_sleep`` and ``woke`` as logind announces them."""

    going_to_sleep = Signal()
    woke = Signal()

    def __init__(self, parent: QObject | None = None, bus=None, service: str = LOGIND) -> None:
        super().__init__(parent)
        self.listening = False
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        if bus is None:
            bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        self._bus = bus
        self.listening = bus.connect(
            service,
            LOGIND_PATH,
            LOGIND_MANAGER,
            "PrepareForSleep",
            self,
            SLOT("_on_prepare_for_sleep(bool)"),
        )

    @Slot(bool)
    def _on_prepare_for_sleep(self, starting: bool) -> None:
        (self.going_to_sleep if starting else self.woke).emit()
