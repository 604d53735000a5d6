"""How long since the user last touched the keyboard or mouse, anywhere on the desktop.

On X11 the MIT-SCREEN-SAVER extension (libXss) knows this for the whole display;
it is asked through ctypes, once every few seconds. Where it is not available
(a Wayland session, where XWayland would see only X11 windows' input; other
platforms; the library missing) the user is taken to be present all the time:
reminders then follow the clock, and only sleep counts as time away.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

from PySide6.QtCore import QObject


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


class SystemIdle(QObject):
    """``idle_s()``: seconds since the last keyboard or mouse input on the desktop
    (0 where that cannot be known)."""

    def __init__(self, parent: QObject | None = None, use_x11: bool = True) -> None:
        super().__init__(parent)
        self._x11 = _X11Idle() if use_x11 else None
        self.display_wide = bool(self._x11 and self._x11.available)

    def idle_s(self) -> float:
        return self._x11.idle_s() if self.display_wide else 0.0

    def close(self) -> None:
        if self._x11 is not None:
            self._x11.close()
