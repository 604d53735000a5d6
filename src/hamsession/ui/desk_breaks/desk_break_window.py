"""The desk break: D1 played in a small window that stays on top, then one question."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.desk_breaks import FEELS, feel_question, feel_word
from hamsession.domain.engine import EngineState
from hamsession.services.preferences import Preferences
from hamsession.services.session import SessionRun
from hamsession.ui.session.cue_output import CueOutput
from hamsession.ui.session.player import Player

#: The player's text in the compact window, relative to the user's text size.
COMPACT_SCALE = 0.6
_KEYS = {Qt.Key.Key_1: "better", Qt.Key.Key_2: "same", Qt.Key.Key_3: "worse"}


class DeskBreakWindow(QWidget):
    """Plays one desk-break run, asks how the back and hamstrings feel, then closes.

    ``save_feel(session_id, answer)`` stores the answer; ``done(status)`` follows
    once the window has closed (``completed``, ``ended_early`` or ``not_started``).
    """

    done = Signal(str)

    def __init__(
        self,
        run: SessionRun,
        clock: Callable[[], float],
        cues: CueOutput,
        prefs: Preferences,
        save_feel: Callable[[str, str], None] | None,
        watch=None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Hamsession — desk break"))
        self._run = run
        self._save_feel = save_feel
        self._status = "not_started"
        self.quitting = False  # the app is quitting: close without the question
        self.answer: str | None = None
        self.player = Player(run, clock, cues, prefs, watch=watch)
        self.player.apply_scale(prefs.text_scale * COMPACT_SCALE)
        self.player.view.hints.hide()  # the buttons name their keys; no room for the line
        self.player.session_over.connect(self._on_player_session_over)
        self.player.left.connect(self.close)
        self.player.quit_confirmed.connect(self.close)

        self.question = QWidget()
        ask = QVBoxLayout(self.question)
        self.prompt = QLabel(feel_question())
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.6 * prefs.text_scale)
        font.setBold(True)
        self.prompt.setFont(font)
        ask.addStretch(1)
        ask.addWidget(self.prompt)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for n, feel in enumerate(FEELS, start=1):
            button = QPushButton(self.tr("{answer} ({key})").format(answer=feel_word(feel), key=n))
            button.setFont(font)
            button.setMinimumHeight(int(48 * prefs.text_scale))
            button.clicked.connect(lambda _=False, f=feel: self.answer_with(f))
            row.addWidget(button)
            self.buttons[feel] = button
        ask.addLayout(row)
        self.skip_note = QLabel(self.tr("Esc closes without an answer."))
        self.skip_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ask.addWidget(self.skip_note)
        ask.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.player)
        self.pages.addWidget(self.question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        # Compact whatever the text size: the player's text follows the window's height.
        self.resize(600, 440)
        screen = self.screen()
        if screen is not None:  # never larger than the screen allows
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
        self.player.setFocus()

    # ----- the flow ---------------------------------------------------------------------------
    def start(self) -> None:
        """Begin playing at once: the user asked for the break."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.player.setFocus()
        if self.player.engine.state is EngineState.IDLE:
            self.player.toggle()

    def _on_player_session_over(self, status: str) -> None:
        self._status = status
        self.pages.setCurrentWidget(self.question)
        self.question.setFocus()

    def answer_with(self, feel: str) -> None:
        if self._save_feel is not None and self._run.recorder is not None:
            self._save_feel(self._run.recorder.session_id, feel)
        self.answer = feel
        self.close()

    @property
    def asking(self) -> bool:
        return self.pages.currentWidget() is self.question

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.asking:
            key = Qt.Key(event.key())
            if key in _KEYS:
                self.answer_with(_KEYS[key])
                return
            if key == Qt.Key.Key_Escape:
                self.close()
                return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        engine = self.player.engine
        if engine.is_active:
            engine.end()  # closing mid-break ends it; the question follows
            if not self.quitting:
                event.ignore()
                return
        self.player.shutdown()
        super().closeEvent(event)
        self.done.emit(self._status)
