"""Hamsession: guided hamstring, pelvic-control and low-back exercise sessions."""

import time as _time

#: When the interpreter began running the app's code (the trace's ``process_start``).
PROCESS_T0 = _time.monotonic()

__version__ = "0.1.0"
APP_NAME = "hamsession"
