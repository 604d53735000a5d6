"""The trace file of contracts §7: one JSON object per line, stamped on the monotonic clock."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from hamsession.services.errors import BadInput

if TYPE_CHECKING:  # the engine is loaded with the first session, not at start
    from hamsession.domain.engine import Cue, PhaseStart


class Trace:
    """Appends events to a file. Use :data:`NO_TRACE` when tracing is off: it does nothing."""

    enabled = True

    def __init__(self, path: str | Path) -> None:
        import json  # only a traced run needs it

        self._dumps = json.dumps
        try:
            self._file: TextIO | None = open(path, "a", encoding="utf-8")  # noqa: SIM115
        except OSError as err:
            raise BadInput(f"{path}: cannot write the trace ({err.strerror or err})") from None

    def event(self, event: str, t: float | None = None, **fields: Any) -> None:
        if self._file is None:
            return
        record = {"event": event, "t": time.monotonic() if t is None else t, **fields}
        self._file.write(self._dumps(record) + "\n")
        self._file.flush()

    def phase(self, start: PhaseStart) -> None:
        p = start.phase
        side = p.side.value if p.side else None
        self.event(
            "phase",
            t=start.t,
            kind=p.kind.value,
            step=p.step,
            set=p.set,
            rep=p.rep,
            side=side,
            planned_s=p.planned_s,
            due=start.due,
        )

    def cue(self, cue: Cue) -> None:
        self.event("cue", t=cue.t, cue=cue.name)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class _NoTrace(Trace):
    enabled = False

    def __init__(self) -> None:
        self._file = None

    def event(self, event: str, t: float | None = None, **fields: Any) -> None:
        return


NO_TRACE: Trace = _NoTrace()


def open_trace(path: str | Path | None) -> Trace:
    return Trace(path) if path else NO_TRACE
