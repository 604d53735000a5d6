"""Noticing that the computer slept, or that the app was frozen, between two looks.

The session engine runs on the monotonic clock. On Linux that clock stops while
the machine is suspended; elsewhere it may keep counting. A second clock that
does count sleep (``CLOCK_BOOTTIME`` on Linux, the wall clock as a fallback)
shows the difference: if it moved much further than the monotonic clock between
two looks, the machine was asleep in between. If the monotonic clock itself moved
much further than the look interval, the app was not running for that long
(sleep on platforms whose monotonic clock counts it, or a frozen process).

Either way the caller learns *when* the gap began on the monotonic clock, so a
running session can be paused at that moment instead of rushing through every
phase that fell due while nobody was there.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

#: More than this much time missing from the monotonic clock counts as sleep.
SLEEP_GAP_S = 3.0
#: A look more than this much later than the previous one counts as a stall.
STALL_S = 5.0


def sleep_counting_clock() -> Callable[[], float]:
    """A clock that keeps counting while the machine sleeps, unaffected by clock changes
    where the system has one (Linux); otherwise the wall clock."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
        except OSError:
            pass
        else:
            return lambda: time.clock_gettime(boottime)
    return time.time


@dataclass(frozen=True)
class Gap:
    """Time nobody was there to see.

    ``since`` is the monotonic time of the last look before the gap; ``uncounted_s``
    is how much of the gap the monotonic clock did not count (0 when it counted it
    all); ``away_s`` is how long the gap lasted in real time.
    """

    since: float
    uncounted_s: float
    away_s: float


class SleepWatch:
    """Compares two clocks at each :meth:`look`. Call it at least every second or so."""

    def __init__(
        self,
        mono: Callable[[], float],
        sleep_clock: Callable[[], float],
        gap_s: float = SLEEP_GAP_S,
        stall_s: float = STALL_S,
    ) -> None:
        self._mono = mono
        self._sleep_clock = sleep_clock
        self._gap_s = gap_s
        self._stall_s = stall_s
        self._last: tuple[float, float] | None = None

    def reset(self) -> None:
        """Start afresh: the next look only sets the reference."""
        self._last = (self._mono(), self._sleep_clock())

    def look(self) -> Gap | None:
        """The gap since the previous look, if there was one."""
        now = (self._mono(), self._sleep_clock())
        last, self._last = self._last, now
        if last is None:
            return None
        mono_d = now[0] - last[0]
        ref_d = now[1] - last[1]
        uncounted = ref_d - mono_d
        if uncounted > self._gap_s:
            return Gap(since=last[0], uncounted_s=uncounted, away_s=ref_d)
        if mono_d > self._stall_s:
            return Gap(since=last[0], uncounted_s=0.0, away_s=mono_d)
        return None
