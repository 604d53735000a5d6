"""Services outside the process (the speech daemon, say) are never waited on by the
window: each is driven by a small child process that talks in lines over its standard
input and output, started with a deadline.

A child process rather than a thread, because a library call stuck in C keeps Python's
global lock (PySide holds it in QTextToSpeech's constructor), which would freeze the
window from any thread. A child that has not answered by the deadline is taken as off:
the owner hears ``off`` with one line saying what is off, the trace records
``service_off``, and the app goes on without it. If it answers later, ``on`` brings it
back. Closing asks the child to leave and kills it if it does not, at once.

The child prints ``answered`` when its service works, ``failed REASON`` when it cannot
(the owner may say that in its own words, in the language in use), then any lines of
its own; the owner reads them from ``said``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from hamsession.services.trace import NO_TRACE, Trace

#: How long a service has to answer when it starts.
DEADLINE_MS = 2000
#: How long closing waits for a child to leave before killing it.
CLOSE_WAIT_MS = 200


class OutsideService(QObject):
    """One child process (``python -m MODULE ARGS``) with a deadline for its first answer."""

    on = Signal()
    off = Signal(str)
    said = Signal(str)  # a line from the child after it answered

    def __init__(
        self,
        name: str,
        module: str,
        args: list[str],
        not_answering: str,
        deadline_ms: int = DEADLINE_MS,
        trace: Trace = NO_TRACE,
        parent: QObject | None = None,
        cannot_start: str = "",
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.state = "starting"  # then "on" or "off"
        self._not_answering = not_answering
        self._cannot_start = cannot_start  # said instead of the child's own (English) reason
        self._trace = trace
        self._pending = b""
        self._closing = False
        self._process = QProcess(self)
        self._process.setStandardErrorFile(QProcess.nullDevice())  # its library's chatter
        self._process.readyReadStandardOutput.connect(self._on_output)
        self._process.errorOccurred.connect(self._on_process_error)
        self._process.finished.connect(self._on_finished)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(deadline_ms)
        self._deadline.timeout.connect(self._on_deadline)
        self._process.start(sys.executable, ["-m", module, *args])
        self._deadline.start()

    def send(self, line: str) -> None:
        """A line for the child (dropped while it is not on)."""
        if self.state == "on" and self._process.state() == QProcess.ProcessState.Running:
            self._process.write((line.replace("\n", " ") + "\n").encode("utf-8"))

    def close(self) -> None:
        """Ask the child to leave; kill it when it does not, within CLOSE_WAIT_MS."""
        self._deadline.stop()
        self._closing = True
        process = self._process
        if process.state() == QProcess.ProcessState.NotRunning:
            return
        process.closeWriteChannel()  # end of input: a child that listens leaves
        if not process.waitForFinished(CLOSE_WAIT_MS):
            process.kill()
            process.waitForFinished(1000)

    def _on_output(self) -> None:
        self._pending += bytes(self._process.readAllStandardOutput().data())
        *lines, self._pending = self._pending.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if line == "answered":
                self._deadline.stop()
                if self.state != "on":
                    self.state = "on"
                    self.on.emit()
            elif line.startswith("failed"):
                self._deadline.stop()
                reason = self._cannot_start or line.removeprefix("failed").strip()
                self._set_off(reason or self._not_answering, "failed")
            elif line and self.state == "on":
                self.said.emit(line)

    def _on_deadline(self) -> None:
        if self.state == "starting":
            self._set_off(self._not_answering, "not answering")

    def _on_process_error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.state != "off":
            self._deadline.stop()
            self._set_off(self._not_answering, "failed")

    def _on_finished(self, *_args) -> None:
        if not self._closing:  # the child died: the service is off for this run
            self._deadline.stop()
            self._set_off(self._not_answering, "ended")

    def _set_off(self, line: str, reason: str) -> None:
        if self.state == "off":
            return
        self.state = "off"
        self._trace.event("service_off", service=self.name, reason=reason)
        self.off.emit(line)
