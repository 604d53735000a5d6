"""The user's D-Bus session bus, for the desktop services Hamsession asks about
(notifications, idle time); None where there is none, so callers fall back quietly."""

from __future__ import annotations

import os


def session_bus():
    """The connected session bus, or None (no bus address, QtDBus missing, not connected).
    Without an address and a runtime folder nothing is started: no bus is launched for us."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not os.environ.get("XDG_RUNTIME_DIR"):
        return None
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return None
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None
