"""The questions around sessions, as one flow: the safety screening, the gate before a
session while a red flag is open, the symptom log with what follows it, and the
next-morning question.

It shows its pages through ``pages`` (``show_page(page, name)`` and ``home()``) and reads and
sets the current profile through ``current`` (``profile`` and ``set(profile)``); it never
reaches into the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from hamsession.domain.outcomes import SBI
from hamsession.services.errors import BadInput, NotSaved
from hamsession.ui.checkin.morning_question import MorningQuestion
from hamsession.ui.checkin.outcome_pages import ActivityCheck, LegSymptomCheck
from hamsession.ui.checkin.safety_notice import SafetyGate, SafetyNotice
from hamsession.ui.checkin.screening import FIRST, WEEKLY, WORRIED, Screening
from hamsession.ui.checkin.symptom_log import SymptomLog
from hamsession.ui.widgets.pages import Current, Pages

if TYPE_CHECKING:  # the services come in once the history is open, after the window
    from hamsession.services.advice import AdviceService
    from hamsession.services.history import HistoryService
    from hamsession.services.outcomes import OutcomeService
    from hamsession.services.safety import SafetyService

Then = Callable[[], None]


class CheckinFlow(QObject):
    #: A line for the status bar.
    said = Signal(str)
    #: Something the advice reads was saved (a log, a morning answer, a red flag, a check).
    changed = Signal()

    def __init__(
        self,
        pages: Pages,
        current: Current,
        history: HistoryService,
        safety: SafetyService,
        advice: AdviceService,
        parent: QObject | None = None,
        outcomes: OutcomeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.pages = pages
        self.current = current
        self.history = history
        self.safety = safety
        self.advice = advice
        self.outcomes = outcomes

    # ----- the screening ----------------------------------------------------------------------
    def screening_due(self) -> bool:
        return self.safety.screening_due(self.current.profile)

    def ask_screening(self, then: Then | None = None) -> None:
        """Before the first session and weekly: every red-flag question, then ``then``."""
        then = then or self.pages.home
        first = not self.current.profile.last_screening
        page = Screening(FIRST if first else WEEKLY)

        def answered(item_ids: list) -> None:
            profile, flags = self.safety.screened(self.current.profile, item_ids)
            self.current.set(profile)
            self.changed.emit()
            self._notify(self.safety.notices(flags), then)

        page.answered.connect(answered)
        self.pages.show_page(page, "screening")

    def something_wrong(self) -> None:
        """ "Something feels wrong…": the same questions, at any time."""
        page = Screening(WORRIED)

        def answered(item_ids: list) -> None:
            flags = self.safety.raise_items(self.current.profile, item_ids)
            self.changed.emit()
            if not flags:
                self.said.emit(
                    self.tr(
                        "Nothing ticked. If you are worried, stop and speak to a health "
                        "professional."
                    )
                )
            self._notify(self.safety.notices(flags), self.pages.home)

        page.answered.connect(answered)
        page.cancelled.connect(self.pages.home)
        self.pages.show_page(page, "screening")

    # ----- before every session ---------------------------------------------------------------
    def before_session(self, then: Then, program_id: str | None = None) -> bool:
        """Run ``then`` once the screening is done (when due), open red flags were
        confirmed as checked, and the program's stage is open. Returns True when ``then``
        ran straight away; otherwise a page asks first, or the reason is said."""
        profile = self.current.profile
        if self.screening_due():
            self.ask_screening(lambda: self.before_session(then, program_id))
            return False
        open_flags = self.safety.open_flags(profile)
        if open_flags:
            gate = SafetyGate(self.safety.notices(open_flags), self.safety.blocked(profile))

            def checked() -> None:
                self.safety.check(self.current.profile)
                self.changed.emit()
                self.before_session(then, program_id)

            gate.checked.connect(checked)
            gate.declined.connect(self.pages.home)
            gate.start_anyway.connect(then)
            self.pages.show_page(gate, "safety")
            return False
        lock = None if program_id is None else self.advice.stage_lock(profile, program_id)
        if lock is not None:
            self.said.emit(f"{lock}.")
            self.pages.home()
            return False
        then()
        return True

    # ----- after a session --------------------------------------------------------------------
    def ask_symptoms(self, session_id: str, heading: str, then: Then) -> None:
        """The symptom log for a session; any safety messages it calls for, then ``then``."""
        profile = self.current.profile
        log = SymptomLog(heading, pelvic_floor=profile.pelvic_floor_items)

        def saved(entry, flag_ids) -> None:
            try:
                outcome = self.history.log_symptoms(
                    self.current.profile, session_id, entry, flag_ids
                )
            except NotSaved as err:
                flags = self.history.flags_in(entry, flag_ids)
                log.not_saved(str(err), [n.text for n in self.safety.notices(flags)])
                self.said.emit(
                    self.tr("The symptom log could not be saved: {error}.").format(error=err)
                )
                return
            self.current.set(outcome.profile)
            self.changed.emit()
            self._notify(self.safety.after_log(outcome), then)

        log.saved.connect(saved)
        log.skipped.connect(then)
        self.pages.show_page(log, "symptom_log")

    def ask_morning(self, session_id: str, started: datetime, then: Then) -> None:
        question = MorningQuestion(started)

        def answered(answer: str, pain, stiffness) -> None:
            try:
                self.history.save_morning(self.current.profile, session_id, answer, pain, stiffness)
            except NotSaved as err:
                self.said.emit(
                    self.tr("Not saved ({error}): press Enter to try again.").format(error=err)
                )
                return
            self.changed.emit()
            then()

        question.answered.connect(answered)
        question.skipped.connect(then)
        self.pages.show_page(question, "morning")

    def startup(self, then: Then, checkins: bool = True) -> None:
        """At start: a log for a session the app never saw end, the morning question, the
        screening when due, the periodic check-ins when due (not when ``checkins`` is
        false: the app was started for one thing, a program or the history); then
        ``then``. "Not now" on one question never skips the next."""
        profile = self.current.profile
        unfinished = self.history.unfinished(profile)

        def outcomes() -> None:
            if checkins:
                self.ask_outcomes(then)
            else:
                then()

        def screening() -> None:
            if self.screening_due():
                self.ask_screening(outcomes)
            else:
                outcomes()

        def ask_morning() -> None:
            waiting = self.history.morning_question(self.current.profile)
            if waiting is not None:
                self.ask_morning(*waiting, then=screening)
            else:
                screening()

        if unfinished:
            when = self.history.session(profile, unfinished[-1]).started_at.astimezone()
            self.said.emit(
                self.tr("The phases that finished are kept in your history, marked interrupted.")
            )
            heading = self.tr(
                "Your session on {day} at {time} stopped before the end. How did it go?"
            ).format(
                day=QLocale().toString(when.date(), self.tr("dddd dd MMMM")),
                time=QLocale().toString(when.time(), "HH:mm"),
            )
            self.ask_symptoms(unfinished[-1], heading, screening)
            return
        ask_morning()

    def ask_outcomes(self, then: Then) -> None:
        """The periodic check-ins due now, one page each; "Not now" asks again at the
        next start."""
        if self.outcomes is None:
            then()
            return
        self._next_outcome(self.outcomes.due(self.current.profile), then)

    def _next_outcome(self, due: list[str], then: Then) -> None:
        if not due:
            then()
            return
        kind, rest = due[0], due[1:]
        if kind == SBI:
            page = LegSymptomCheck()
        else:
            page = ActivityCheck(self.outcomes.activities(self.current.profile))

        def answered(scores: list) -> None:
            try:
                self.outcomes.save(self.current.profile, kind, scores)
            except (NotSaved, BadInput) as err:
                page.problem.setText(self.tr("Not saved: {error}.").format(error=err))
                return
            self.changed.emit()
            self._next_outcome(rest, then)

        page.answered.connect(answered)
        page.skipped.connect(lambda: self._next_outcome(rest, then))
        self.pages.show_page(page, kind)

    # ----- pieces -----------------------------------------------------------------------------
    def _notify(self, notices, then: Then) -> None:
        if not notices:
            then()
            return
        page = SafetyNotice(notices)
        page.accepted.connect(then)
        self.pages.show_page(page, "safety")
