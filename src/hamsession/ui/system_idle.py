"""How long since the user last touched the keyboard or mouse, anywhere on the desktop.

On X11 the MIT-SCREEN-SAVER extension (libXss) knows this for the whole display;
it is asked through ctypes, once every few seconds. Where it is not available
(Wayland, other platforms, the library missing) only input to Hamsession's own
windows is seen, which undercounts time at the computer but never invents it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


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


class SystemIdle(QObject):
    """``idle_s()``: seconds since the last input the app can see."""

    def __init__(self, parent: QObject | None = None, use_x11: bool = True) -> None:
        super().__init__(parent)
        self._last_input = time.monotonic()
        self._x11 = _X11Idle() if use_x11 else None
        self.display_wide = bool(self._x11 and self._x11.available)
        if not self.display_wide:
            QApplication.instance().installEventFilter(self)

    def idle_s(self) -> float:
        if self.display_wide:
            return self._x11.idle_s()
        return time.monotonic() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def close(self) -> None:
        if self._x11 is not None:
            self._x11.close()
        if not self.display_wide:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
