"""One session from start to summary: the checks before it (through the check-in flow),
the player, the symptom log after it, and the summary with the program's advice.

It owns the player and the sound and voice output; it shows its pages through the
pages it is given and tells the shell what it needs through signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.levels import shown_title
from hamsession.services.errors import BadInput
from hamsession.services.preferences import Preferences
from hamsession.services.session import SessionService
from hamsession.ui.session.cue_output import CueOutput
from hamsession.ui.session.saving import Saving
from hamsession.ui.session.session_summary import SessionSummary

if TYPE_CHECKING:
    from hamsession.services.advice import AdviceService
    from hamsession.ui.checkin.checkin_flow import CheckinFlow
    from hamsession.ui.session.player import Player
    from hamsession.ui.widgets.pages import Current

LOG_HEADING = QT_TRANSLATE_NOOP("SessionFlow", "How did that go?")


class SessionFlow(QObject):
    #: A line for the status bar.
    said = Signal(str)
    #: The program now playing (its title for the window).
    titled = Signal(str)
    #: The person confirmed ending the session to quit the app.
    quit_confirmed = Signal()
    #: An accepted advice changed the programs; the id is the one to choose next time.
    programs_changed = Signal(str)

    def __init__(
        self,
        pages,
        current: Current,
        sessions: SessionService,
        prefs: Preferences,
        make_cues: Callable[[], CueOutput],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.saving = Saving(self)  # every session's record, written even while the file is busy
        self.saving.said.connect(self.said)
        self.pages = pages
        self.current = current
        self.sessions = sessions
        self.prefs = prefs
        self._make_cues = make_cues
        self._cues: CueOutput | None = None
        self._system_sleep = None
        self.checkin: CheckinFlow | None = None
        self.advice: AdviceService | None = None
        self.cards = None  # CardService: the ideas behind a program, once before its first session
        self.player: Player | None = None
        #: What follows the log: by default the summary with its advice. The shell may
        #: put something else there (a lent laptop locks instead).
        self.after_log: Callable[[SessionSummary], None] = self.show_summary

    # ----- output -----------------------------------------------------------------------------
    def cues(self) -> CueOutput:
        """The sound and voice output, made on first use (QtMultimedia loads then)."""
        if self._cues is None:
            self._cues = self._make_cues()
            self._cues.said.connect(self.said)
            notes = self._cues.notices()
            if notes:
                self.said.emit("  ".join(notes))
        return self._cues

    def set_reduced_motion(self, on: bool) -> None:
        if self.player is not None:
            self.player.pacer.set_reduced_motion(on)

    def set_high_contrast(self, on: bool) -> None:
        if self.player is not None:
            self.player.view.set_high_contrast(on)

    def set_voice(self, on: bool) -> None:
        if self._cues is not None:
            self._cues.configure(self.prefs.volume, self.prefs.muted, on)

    # ----- playing ----------------------------------------------------------------------------
    def running(self) -> bool:
        return self.player is not None and self.player.engine.is_active

    def open_program(self, id_or_file: str) -> bool:
        """Open the player on a program, ready to start; False if it is not open now. The
        screening (when due), any open red flag and the program's stage come first."""
        if self.checkin is None:
            return self._start(id_or_file)
        started: list[bool] = []
        self.checkin.before_session(lambda: started.append(self._start(id_or_file)), id_or_file)
        return bool(started and started[0])

    def _start(self, id_or_file: str) -> bool:
        try:
            run = self.sessions.prepare(id_or_file)
        except (BadInput, FileProblems) as err:
            self.said.emit(str(err).splitlines()[0])
            return False
        self.cues()
        self.discard_player()
        from hamsession.ui.session.player import Player  # its modules load with the first session

        player = Player(
            run, self.sessions.clock, self._cues, self.prefs, watch=self.sessions.sleep_watch()
        )
        self.player = player
        self._listen_for_sleep()
        player.session_over.connect(self._on_player_session_over)
        player.left.connect(self.pages.home)
        player.quit_confirmed.connect(self.quit_confirmed)
        if run.recorder is not None:
            self.saving.watch(run.recorder)
        self._show_cards(player, run.program.id)
        self.pages.show_lasting(player, "player")
        self.titled.emit(shown_title(run.program.title))
        return True

    def _show_cards(self, player: Player, program_id: str) -> None:
        """The ideas behind this program the profile has not seen, on the player while it
        waits for Space (never a page in the way: Space still starts)."""
        profile = self.current.profile
        if self.cards is None or profile is None:
            return
        from hamsession.services.cards import card_text

        due = self.cards.due(profile, program_id)
        if due:
            player.show_card("\n\n".join(card_text(c) for c in due))
            for card in due:
                self.cards.seen(profile, card)

    def ask_end_for_quit(self) -> None:
        """Quitting while a session plays: the same question as Esc, on the player."""
        self.pages.show_lasting(self.player, "player")
        self.player.ask_end(then_quit=True)
        self.player.setFocus()

    def discard_player(self) -> None:
        if self.player is not None:
            self.player.shutdown()
            self.pages.remove(self.player)
            self.player.deleteLater()
            self.player = None

    def shutdown(self) -> None:
        self.discard_player()
        self.saving.finish()
        if self._cues is not None:
            self._cues.close()

    def _listen_for_sleep(self) -> None:
        """Hear the system announce a suspend (from the first session on; D-Bus is not
        needed before that)."""
        if self._system_sleep is None:
            from hamsession.ui.desktop.system_sleep import SystemSleep

            self._system_sleep = SystemSleep(self)
            self._system_sleep.going_to_sleep.connect(self._on_system_going_to_sleep)

    def _on_system_going_to_sleep(self) -> None:
        if self.player is not None:
            self.player.system_sleeping()

    # ----- after the session ------------------------------------------------------------------
    def _on_player_session_over(self, status: str) -> None:
        player = self.player
        engine = player.engine
        summary = SessionSummary(
            player.run.program.id,
            shown_title(player.run.program.title),
            status,
            (engine.ended_at or 0) - (engine.started_at or 0),
            player.records,
        )
        summary.back.connect(self.pages.home)
        if self.cards is not None:
            from hamsession.services.cards import card_text

            ending = self.cards.ending(summary.program_id)
            if ending:
                summary.show_card("\n\n".join(card_text(c) for c in ending))
        recorder = player.run.recorder
        if recorder is None or self.checkin is None:
            self.pages.show_page(summary, "summary")
            return
        heading = QCoreApplication.translate("SessionFlow", LOG_HEADING)
        self.checkin.ask_symptoms(recorder.session_id, heading, lambda: self.after_log(summary))

    def show_summary(self, summary: SessionSummary) -> None:
        """The summary, with the advice for the program just played."""
        if self.advice is not None:
            self._offer_advice(summary)
        self.pages.show_page(summary, "summary")

    def _offer_advice(self, summary: SessionSummary) -> None:
        advice, profile = self.advice, self.current.profile
        got, words, offer = advice.explain(profile, summary.program_id)
        summary.show_advice(words, offer.label if offer else None)

        def accept() -> None:
            chosen, said = advice.accept(self.current.profile, got)
            self.programs_changed.emit(chosen)
            summary.show_advice(said)

        summary.accepted.connect(accept)
