"""Loading the chart library (and the database layer) while nobody waits for it.

pyqtgraph and the history view take a few hundred milliseconds to import. They are
imported on a background thread (the window stays responsive): at once when the app
starts on the history (``--view history``), otherwise once the window has been on screen
for a moment with no session playing, so the first opening of the history does not pay
for them. Nothing starts loading while a session plays: its timing comes first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

#: After the window shows, how long to wait before loading (ms), and how often to look
#: again while a session plays.
FIRST_WAIT_MS = 2000
RETRY_MS = 5000
POLL_MS = 50

_lock = threading.Lock()
_thread: threading.Thread | None = None
_failed: list[BaseException] = []


def _import_charts() -> None:
    try:
        from hamsession.services.history import HistoryService

        HistoryService.load_storage()  # the database layer, if the app opened without it
        import hamsession.services.charts
        import hamsession.ui.history.history_view  # noqa: F401  (pyqtgraph with it)
    except Exception as err:  # the history's own opening will say what is wrong
        _failed.append(err)


def begin() -> None:
    """Start loading now, on a background thread (once per process)."""
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_import_charts, name="hamsession-charts")
            _thread.daemon = True
            _thread.start()


def loading() -> bool:
    return _thread is not None and _thread.is_alive()


def loaded() -> bool:
    return _thread is not None and not _thread.is_alive() and not _failed


def wait(seconds: float = 5.0) -> None:
    """Until the loading that began ends (at exit: no import left running)."""
    if _thread is not None:
        _thread.join(seconds)


class ChartPreload(QObject):
    """Starts :func:`begin` once the window is idle and says when the charts are loaded."""

    #: The modules are loaded (emitted on the window's thread).
    ready = Signal()

    def __init__(self, busy: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = busy
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def start(self, wait_ms: int = FIRST_WAIT_MS) -> None:
        """Load after ``wait_ms`` (or later, once no session plays)."""
        self._timer.start(0 if _thread is not None else wait_ms)

    def _step(self) -> None:
        if _thread is None:
            if self._busy():
                self._timer.start(RETRY_MS)
                return
            begin()
        if loading():
            self._timer.start(POLL_MS)
        elif loaded():
            self.ready.emit()

    def stop(self) -> None:
        """Before the app exits: no timer left, and no import still running."""
        self._timer.stop()
        wait()
