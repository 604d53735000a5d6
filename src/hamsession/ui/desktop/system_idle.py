"""How long since the user last touched the keyboard or mouse, anywhere on the desktop.

On X11 the MIT-SCREEN-SAVER extension (libXss) knows this for the whole display;
it is asked through ctypes, once every few seconds. On Wayland (where XWayland would
see only X11 windows' input) the compositor knows it and says so on the session bus:
GNOME's Mutter idle monitor, or the ``GetSessionIdleTime`` of KDE's screen saver
service; both answer in milliseconds. The bus is asked without waiting, so a slow
or missing compositor never holds up the window; the answer is at most one look
old. Where none of these answers (other platforms, the library missing, no bus)
the user is taken to be present all the time: reminders then follow the clock,
and only sleep counts as time away.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

from PySide6.QtCore import QObject

from hamsession.ui.desktop.session_bus import session_bus


class _XssInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    ]


class _X11Idle:
    """The display-wide idle time from XScreenSaverQueryInfo, or unavailable."""

    def __init__(self) -> None:
        self.available = False
        if not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return
        if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
            return
        x11_name, xss_name = ctypes.util.find_library("X11"), ctypes.util.find_library("Xss")
        if not x11_name or not xss_name:
            return
        try:
            self._x11 = ctypes.cdll.LoadLibrary(x11_name)
            self._xss = ctypes.cdll.LoadLibrary(xss_name)
        except OSError:
            return
        self._x11.XOpenDisplay.restype = ctypes.c_void_p
        self._x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._x11.XFree.argtypes = [ctypes.c_void_p]
        self._xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XssInfo)
        self._xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        self._xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XssInfo),
        ]
        self._display = self._x11.XOpenDisplay(None)
        if not self._display:
            return
        event, error = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event), ctypes.byref(error)
        ):
            self.close()
            return
        self._info = self._xss.XScreenSaverAllocInfo()
        self._root = self._x11.XDefaultRootWindow(self._display)
        self.available = bool(self._info)

    def idle_s(self) -> float:
        self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info)
        return self._info.contents.idle / 1000.0

    def close(self) -> None:
        if getattr(self, "_info", None):
            self._x11.XFree(self._info)
            self._info = None
        if getattr(self, "_display", None):
            self._x11.XCloseDisplay(self._display)
            self._display = None
        self.available = False


# (service, object path, interface, method); each answers milliseconds since the last input
IDLE_MONITORS = (
    (
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "org.gnome.Mutter.IdleMonitor",
        "GetIdletime",
    ),
    (
        "org.freedesktop.ScreenSaver",
        "/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "GetSessionIdleTime",
    ),
)
BUS_TIMEOUT_MS = 2000


class _BusIdle(QObject):
    """The first idle monitor on the session bus that answers; asked without waiting."""

    def __init__(self, bus, monitors=IDLE_MONITORS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._monitors = list(monitors)
        self._asking = None
        self._latest_s = 0.0
        self.available = False  # true from the first answer
        self._ask()

    def _ask(self) -> None:
        if self._asking is not None or not self._monitors:
            return
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        service, path, interface, method = self._monitors[0]
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        self._asking = QDBusPendingCallWatcher(self._bus.asyncCall(message, BUS_TIMEOUT_MS), self)
        self._asking.finished.connect(self._answered)

    def _answered(self, watcher) -> None:
        self._asking = None
        watcher.deleteLater()
        answer = watcher.reply().arguments()
        if watcher.isError() or not answer or not isinstance(answer[0], int):
            self._latest_s = 0.0  # unknown counts as present
            if not self.available:  # not on this desktop: the next monitor, once
                self._monitors.pop(0)
                self._ask()
            return
        self.available = True
        self._latest_s = max(0, answer[0]) / 1000.0

    def idle_s(self) -> float:
        self._ask()
        return self._latest_s


class SystemIdle(QObject):
    """``idle_s()``: seconds since the last keyboard or mouse input on the desktop
    (0 where that cannot be known).

    ``bus``: the session bus to ask where X11 cannot say (None: the user's own;
    False: none)."""

    def __init__(self, parent: QObject | None = None, use_x11: bool = True, bus=None) -> None:
        super().__init__(parent)
        self._x11 = _X11Idle() if use_x11 else None
        self._bus_idle: _BusIdle | None = None
        if not (self._x11 and self._x11.available):
            if bus is None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
                bus = session_bus()
            if bus:
                self._bus_idle = _BusIdle(bus, parent=self)

    @property
    def display_wide(self) -> bool:
        """Whether the idle time is known for the whole desktop (not only this app)."""
        if self._x11 is not None and self._x11.available:
            return True
        return self._bus_idle is not None and self._bus_idle.available

    def idle_s(self) -> float:
        if self._x11 is not None and self._x11.available:
            return self._x11.idle_s()
        return self._bus_idle.idle_s() if self._bus_idle is not None else 0.0

    def close(self) -> None:
        if self._x11 is not None:
            self._x11.close()
