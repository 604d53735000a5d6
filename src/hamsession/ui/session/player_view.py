"""The player's layout: big, high-contrast text that reads from a mat three metres away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from hamsession.ui.session.pacer import BreathPacer
from hamsession.ui.widgets.text_scale import ScaledFonts

#: Okabe-Ito colours by phase, distinguishable with colour-blindness.
PHASE_COLOURS = {
    "get_ready": "#F0E442",
    "inhale": "#56B4E9",
    "exhale": "#56B4E9",
    "hold": "#E69F00",
    "release": "#009E73",
    "move": "#56B4E9",
    "rest": "#009E73",
    "switch_side": "#F0E442",
}

STYLE = """
PlayerView { background: #15191d; }
PlayerView QLabel { color: #f2f2f2; }
PlayerView QLabel#muted { color: #b8c0c8; }
PlayerView QFrame#card { background: #1f252b; border-radius: 12px; }
PlayerView QScrollArea { background: transparent; }
PlayerView QScrollBar:vertical { background: #1f252b; width: 10px; }
PlayerView QScrollBar::handle:vertical { background: #4a535b; border-radius: 5px; }
PlayerView QFrame#confirm { background: #3a2a10; border: 3px solid #E69F00; border-radius: 12px; }
PlayerView QProgressBar { background: #2b3238; border: none; border-radius: 6px;
                          min-height: 14px; max-height: 14px; }
PlayerView QProgressBar::chunk { background: #56B4E9; border-radius: 6px; }
PlayerView QPushButton { color: #f2f2f2; background: #2b3238; border: 1px solid #4a535b;
                         border-radius: 6px; padding: 6px 14px; }
"""


def _label(text: str = "", muted: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    if muted:
        label.setObjectName("muted")
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Long lines give way (wrap or clip) instead of pushing the window past the screen.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class PlayerView(QWidget):
    """Widgets only: the player fills them in."""

    def __init__(self, pacer: BreathPacer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.fonts = f = ScaledFonts()
        self.pacer = pacer

        self.title = f.add(_label(muted=True), 16)
        self.step = f.add(_label(muted=True), 16)
        self.position = f.add(_label(), 24, bold=True)
        self.step.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.step.setAlignment(Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.step, 0)
        # One line when a profile flag left steps out of this session, saying which and why.
        self.notice = f.add(_label(wrap=True, muted=True), 15)
        self.notice.hide()

        self.phase = f.add(_label(), 40, bold=True)
        self.countdown = f.add(_label(), 110, bold=True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue = f.add(_label(wrap=True), 22)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_hint = f.add(_label(), 24, bold=True)
        self.state_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pacer.set_words_point_size(f.size(20))
        timer_col = QVBoxLayout()
        for widget in (self.phase, self.countdown, self.position, self.cue, self.state_hint):
            timer_col.addWidget(widget)
        timer_col.addWidget(pacer, 1)

        self.card = QFrame()
        self.card.setObjectName("card")
        self.exercise = f.add(_label(wrap=True), 28, bold=True)
        self.setup = f.add(_label(wrap=True, muted=True), 16)
        self.how = f.add(_label(wrap=True), 17)
        self.feel = f.add(_label(wrap=True), 16)
        self.watch = f.add(_label(wrap=True), 16)
        self.note = f.add(_label(wrap=True, muted=True), 15)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(20, 16, 20, 16)
        for widget in (self.exercise, self.setup, self.how, self.feel, self.watch, self.note):
            card.addWidget(widget)
        card.addStretch(1)
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidget(self.card)
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_scroll.viewport().setAutoFillBackground(False)
        self.card_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.confirm = QFrame()
        self.confirm.setObjectName("confirm")
        self.confirm_text = f.add(
            _label("End this session?   Enter: end   ·   Esc: keep going", wrap=True), 24, bold=True
        )
        self.confirm_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self.confirm).addWidget(self.confirm_text)
        self.confirm.hide()

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.remaining = f.add(_label(), 18, bold=True)
        self.next = f.add(_label(muted=True), 18)
        self.hints = f.add(
            _label(
                "Space start/pause · → next step · ← restart step · "
                "Esc end · M mute · F11 full screen",
                muted=True,
            ),
            12,
        )
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(140)
        self.volume.setToolTip("Volume of sounds and voice")
        self.volume.setAccessibleName("Volume")
        self.mute = QPushButton("Mute (M)")
        self.mute.setCheckable(True)
        self.end_button = QPushButton("End (Esc)")
        self.pause_button = QPushButton("Start (Space)")
        for control in (self.volume, self.mute, self.end_button, self.pause_button):
            control.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        f.add(self.mute, 12)
        f.add(self.end_button, 12)
        f.add(self.pause_button, 12)

        bottom = QGridLayout()
        bottom.addWidget(self.progress, 0, 0, 1, 3)
        bottom.addWidget(self.remaining, 1, 0)
        bottom.addWidget(self.next, 1, 1, 1, 2, Qt.AlignmentFlag.AlignRight)
        controls = QHBoxLayout()
        controls.addWidget(self.hints, 1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.end_button)
        volume_label = _label("Volume", muted=True)
        volume_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        controls.addWidget(volume_label)
        controls.addWidget(self.volume)
        controls.addWidget(self.mute)

        middle = QHBoxLayout()
        middle.addLayout(timer_col, 3)
        middle.addWidget(self.card_scroll, 2)

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 12)
        root.addLayout(top)
        root.addWidget(self.notice)
        root.addWidget(self.confirm)
        root.addLayout(middle, 1)
        root.addLayout(bottom)
        root.addLayout(controls)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)
        self.pacer.set_words_point_size(self.fonts.size(20))

    def set_phase_colour(self, kind: str) -> None:
        colour = PHASE_COLOURS.get(kind, "#f2f2f2")
        self.phase.setStyleSheet(f"color: {colour};")
        self.countdown.setStyleSheet(f"color: {colour};")
