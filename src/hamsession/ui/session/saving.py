"""Keeping each session's record writing while another program (a command-line import)
holds the history file: kept writes are tried again every few seconds, the status bar says
so once, and whatever is still kept when the app ends is written then, waiting if need be."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from hamsession.services.recording import SessionRecorder

RETRY_MS = 2000


class Saving(QObject):
    said = Signal(str)  # a line for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recorders: list[SessionRecorder] = []

    def watch(self, recorder: SessionRecorder) -> None:
        """Look after this session's writes (earlier sessions that are all written are let go)."""
        self._recorders = [r for r in self._recorders if r.pending]
        recorder.problem.connect(self.said.emit)
        recorder.waiting.connect(self.said.emit)
        recorder.retry_later = lambda again: QTimer.singleShot(RETRY_MS, self, again)
        self._recorders.append(recorder)

    def finish(self) -> None:
        """The app is ending: write everything still kept, waiting for the other program."""
        for recorder in self._recorders:
            recorder.flush(wait=True)
        self._recorders.clear()
