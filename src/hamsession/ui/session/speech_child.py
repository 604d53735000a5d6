"""The speech engine in a process of its own (ui/desktop/outside.py says why).

Run as ``python -m hamsession.ui.session.speech_child ENGINE``. It prints ``answered``
once the engine works (or ``failed REASON``), then ``ready`` whenever the engine can take
the next phrase. It reads ``say TEXT`` and ``volume LEVEL`` lines, and leaves at the end
of its input.
"""

from __future__ import annotations

import contextlib
import os
import sys

from PySide6.QtCore import QCoreApplication, QSocketNotifier


def _tell(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _end_with_the_app() -> None:
    """On Linux, be killed when the app's process ends, even by kill -9: a child stuck
    on the speech daemon would never see its input close."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)


def main(engine: str) -> int:
    parent = os.getppid()
    _end_with_the_app()
    if os.getppid() != parent:  # the app ended before the line above took effect
        return 0
    app = QCoreApplication(sys.argv[:1])
    from PySide6.QtTextToSpeech import QTextToSpeech

    tts = QTextToSpeech(engine)  # may wait on the speech daemon: the window does not
    if tts.state() == QTextToSpeech.State.Error:
        _tell(f"failed The speech engine '{engine}' could not start: spoken cues are off")
        return 0
    _tell("answered")

    def on_state(state) -> None:
        if state == QTextToSpeech.State.Ready:
            _tell("ready")

    tts.stateChanged.connect(on_state)
    if tts.state() == QTextToSpeech.State.Ready:
        _tell("ready")
    fd = sys.stdin.fileno()
    pending = [b""]

    def on_input() -> None:
        chunk = os.read(fd, 65536)
        if not chunk:  # the app closed our input: leave
            notifier.setEnabled(False)
            app.quit()
            return
        *lines, pending[0] = (pending[0] + chunk).split(b"\n")
        for line in lines:
            command, _, rest = line.decode("utf-8", "replace").partition(" ")
            if command == "say" and rest:
                tts.say(rest)
            elif command == "volume":
                with contextlib.suppress(ValueError):
                    tts.setVolume(min(1.0, max(0.0, float(rest))))

    notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    app.exec()
    tts.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "mock"))
