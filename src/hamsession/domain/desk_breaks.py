"""When to offer a desk break: time at the computer, snoozes, skips, pauses and absences.

The scheduler is fed two things: the time, from a clock that keeps counting while
the machine sleeps and ignores wall-clock changes, and how long the user has been
idle (no keyboard or mouse input). Time counts as *use* only while the user is
there; an absence of ``away_s`` or more (idle that long, or the machine asleep)
counts as a break and starts the count again. Nothing is offered while a session
plays, while reminders are paused, or while a reminder is already showing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

#: The built-in program a desk break plays (content.md D1).
DESK_BREAK_ID = "d1-desk-break"
#: The one question after a desk break (shown through :func:`feel_question`), and its
#: answers: stored as they are here, shown through :func:`feel_word`.
FEEL_QUESTION = QT_TRANSLATE_NOOP("DeskBreaks", "How do your back and hamstrings feel?")
FEELS = ("better", "same", "worse")
FEEL_WORDS = {
    "better": QT_TRANSLATE_NOOP("DeskBreaks", "Better"),
    "same": QT_TRANSLATE_NOOP("DeskBreaks", "Same"),
    "worse": QT_TRANSLATE_NOOP("DeskBreaks", "Worse"),
}
DEFAULT_INTERVAL_MIN = 45
INTERVAL_RANGE = (10, 240)
SNOOZE_S = 10 * 60
#: No input for this long counts as being away from the desk: the count restarts.
AWAY_S = 5 * 60


def feel_question() -> str:
    """The question after a desk break, in the language in use."""
    return translate("DeskBreaks", FEEL_QUESTION)


def feel_word(feel: str) -> str:
    """The button's word for a stored answer ("better" -> "Better"), in the language in use."""
    words = FEEL_WORDS.get(feel)
    return feel.capitalize() if words is None else translate("DeskBreaks", words)


class Offer(StrEnum):
    """What the scheduler wants shown after a look."""

    NOTHING = "nothing"
    REMIND = "remind"


@dataclass(frozen=True)
class BreakStatus:
    enabled: bool
    in_session: bool
    paused_for_s: float  # 0 when not paused
    used_s: float  # time at the computer since the last break
    due_in_s: float | None  # None when nothing is counting down


class BreakScheduler:
    """Counts time at the computer and says when a desk break is due."""

    def __init__(
        self,
        clock: Callable[[], float],
        interval_min: int = DEFAULT_INTERVAL_MIN,
        enabled: bool = False,
        away_s: float = AWAY_S,
        snooze_s: float = SNOOZE_S,
    ) -> None:
        self._clock = clock
        self.interval_s = interval_min * 60.0
        self.enabled = enabled
        self.away_s = away_s
        self.snooze_s = snooze_s
        self.used_s = 0.0
        self._last = clock()
        self._due_at_use = self.interval_s  # used_s at which the next reminder is due
        self._paused_until: float | None = None
        self._in_session = False
        self._showing = False

    # ----- settings ----------------------------------------------------------------------------
    def configure(self, enabled: bool, interval_min: int) -> None:
        low, high = INTERVAL_RANGE
        if not low <= interval_min <= high:
            raise ValueError(f"the break interval is {low} to {high} minutes")
        turned_on = enabled and not self.enabled
        self.enabled = enabled
        self.interval_s = interval_min * 60.0
        self._due_at_use = self.interval_s
        if turned_on:  # a full interval from now: time at the desk before is not counted
            self._restart()

    # ----- what happened --------------------------------------------------------------------------
    def look(self, idle_s: float) -> Offer:
        """Called every few seconds with the seconds since the user's last input."""
        now = self._clock()
        elapsed, self._last = max(0.0, now - self._last), now
        if self._paused_until is not None and now >= self._paused_until:
            self._paused_until = None
        if idle_s >= self.away_s:
            self._restart()  # away from the desk: that was a break
            return Offer.NOTHING
        if self._in_session:
            return Offer.NOTHING
        self.used_s += elapsed
        if not self.enabled or self._paused_until is not None or self._showing:
            return Offer.NOTHING
        if self.used_s >= self._due_at_use:
            self._showing = True
            return Offer.REMIND
        return Offer.NOTHING

    def asleep(self, seconds: float) -> None:
        """The machine slept (or the screen was locked) this long: away if long enough."""
        self._last = self._clock()
        if seconds >= self.away_s:
            self._restart()

    def session_started(self) -> None:
        self._in_session = True
        self._showing = False

    def session_ended(self, was_a_break: bool = True) -> None:
        """A session or desk break ended: standing up for it was the break."""
        self._in_session = False
        self._last = self._clock()
        if was_a_break:
            self._restart()

    # ----- the user's answers -----------------------------------------------------------------
    def snooze(self) -> None:
        """Ask again after ``snooze_s`` more of use."""
        self._showing = False
        self._due_at_use = self.used_s + self.snooze_s

    def skip(self) -> None:
        """No break this time: the next reminder comes after a full interval."""
        self._restart()

    def pause_for(self, seconds: float) -> None:
        """No reminders for this long (an hour; until tomorrow)."""
        self._showing = False
        self._paused_until = self._clock() + seconds

    def resume(self) -> None:
        self._paused_until = None

    # ----- queries -----------------------------------------------------------------------------
    def status(self) -> BreakStatus:
        now = self._clock()
        paused = 0.0 if self._paused_until is None else max(0.0, self._paused_until - now)
        counting = self.enabled and not self._in_session and not paused
        return BreakStatus(
            enabled=self.enabled,
            in_session=self._in_session,
            paused_for_s=paused,
            used_s=self.used_s,
            due_in_s=max(0.0, self._due_at_use - self.used_s) if counting else None,
        )

    def _restart(self) -> None:
        self.used_s = 0.0
        self._due_at_use = self.interval_s
        self._showing = False
