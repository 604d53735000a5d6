"""The player's layout: big, high-contrast text that reads from a mat three metres away."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hamsession.ui.session.pacer import BreathPacer
from hamsession.ui.widgets.height_fonts import FIXED, SCROLLS, HeightFonts
from hamsession.ui.widgets.scrolling import quiet_scroll

#: Shares of the window's height (product.md: readable from 3 m).
PHASE_SHARE = 0.08
COUNT_SHARE = 0.25
INSTRUCTION_SHARE = 0.032
PACER_SHARE = 0.25
#: A run's form cue: as large as 7 % of the window's height, never under 16 px.
FORM_CUE_SHARE = 0.07
MIN_FORM_CUE_PX = 16
HINTS = QT_TRANSLATE_NOOP(
    "PlayerView",
    "Space start/pause · → next step · ← restart step · Tab steps · I about · Esc end · M mute",
)

#: Okabe-Ito colours by phase, distinguishable with colour-blindness; inhale and exhale
#: are the pacer's own colours, so one colour means one thing on the screen.
PHASE_COLOURS = {
    "get_ready": "#F0E442",
    "inhale": "#56B4E9",
    "exhale": "#009E73",
    "hold": "#E69F00",
    "release": "#CC79A7",
    "move": "#E69F00",
    "rest": "#D8DEE4",
    "switch_side": "#F0E442",
}


def high_contrast_style(style: str) -> str:
    """The player's style in high contrast: black page and cards, white text and edges."""
    for usual, strong in (("#15191d", "#000000"), ("#1f252b", "#000000"), ("#b8c0c8", "#FFFFFF"),
                          ("#2b3238", "#000000"), ("#4a535b", "#FFFFFF")):  # fmt: skip
        style = style.replace(usual, strong)
    return style + "PlayerView QFrame#card { border: 2px solid #FFFFFF; }\n"


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
                         border-radius: 6px; padding: 4px 12px; }
PlayerView QListWidget#steps { background: #1f252b; color: #f2f2f2; border: none;
                               border-radius: 12px; padding: 10px; }
"""


def _label(text: str = "", muted: bool = False, wrap: bool = False) -> QLabel:
    """Lines of the timer column stay on one line (a wrapped label asks for the height of
    many lines at its narrowest, which would starve the pacer); the card's text wraps."""
    label = QLabel(text)
    if muted:
        label.setObjectName("muted")
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Long lines give way (wrap or clip) instead of pushing the window past the screen.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _invalidate(layout: QLayout) -> None:
    """Forget the sizes a layout and every layout inside it worked out (fonts changed)."""
    for index in range(layout.count()):
        inner = layout.itemAt(index).layout()
        if inner is not None:
            _invalidate(inner)
    layout.invalidate()


class PlayerView(QWidget):
    """Widgets only: the player fills them in. Text is sized from the window's height
    (see :class:`HeightFonts`); the pacer never gets less than a quarter of it."""

    def __init__(
        self, pacer: BreathPacer, figure: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.fonts = f = HeightFonts()
        self.pacer = pacer

        self.title = f.add(_label(muted=True), 0.026, grows=1.15)
        self.step = f.add(_label(muted=True), 0.026, grows=1.15)
        self.step.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.step.setAlignment(Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.step, 0)
        # One line when a profile flag left steps out of this session, saying which and why.
        self.notice = f.add(_label(muted=True), 0.022, grows=1.15)
        self.notice.hide()

        # The phase word and the count are sized by the window alone (8 % and 25 % of it).
        self.phase = f.add(_label(), PHASE_SHARE, bold=True, grows=FIXED)
        self.countdown = f.add(_label(), COUNT_SHARE, bold=True, grows=FIXED)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position = f.add(_label(), 0.035, bold=True, grows=1.0)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue = f.add(_label(), 0.03, grows=1.0)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_hint = f.add(_label(), 0.04, bold=True, grows=1.0)
        self.state_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer_col = QVBoxLayout()
        timer_col.setSpacing(0)
        for widget in (self.phase, self.countdown, self.position, self.cue, self.state_hint):
            timer_col.addWidget(widget)
        visuals = QHBoxLayout()  # the figure beside the pacer; the pacer alone without one
        self.figure = figure
        if figure is not None:
            visuals.addWidget(figure, 3)
        visuals.addWidget(pacer, 2)
        timer_col.addLayout(visuals, 1)

        self.card = QFrame()
        self.card.setObjectName("card")
        self.exercise = f.add(_label(wrap=True), 0.045, bold=True, grows=SCROLLS)
        self.setup = f.add(_label(wrap=True, muted=True), 0.028, grows=SCROLLS)
        self.how = f.add(_label(wrap=True), INSTRUCTION_SHARE, grows=SCROLLS)
        self.feel = f.add(_label(wrap=True), 0.03, grows=SCROLLS)
        self.watch = f.add(_label(wrap=True), 0.03, grows=SCROLLS)
        self.note = f.add(_label(wrap=True, muted=True), 0.028, grows=SCROLLS)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(20, 16, 20, 16)
        for widget in (self.exercise, self.setup, self.how, self.feel, self.watch, self.note):
            card.addWidget(widget)
        card.addStretch(1)
        self.card_scroll = quiet_scroll(self.card, transparent=True)
        # The whole session's steps, one key (Tab) away: done, now and next.
        self.steps = f.add(QListWidget(), 0.03, grows=SCROLLS)
        self.steps.setObjectName("steps")
        self.steps.setAccessibleName(self.tr("The steps of this session"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setWordWrap(True)
        # The ideas behind a program, once, before its first session (Space still starts).
        self.why = f.add(_label(wrap=True), 0.032, grows=SCROLLS)
        self.why.setObjectName("card")
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why.setContentsMargins(20, 16, 20, 16)
        self.why.setAccessibleName(self.tr("Why this program is built as it is"))
        holder = QWidget()  # a long card in large text scrolls
        why_column = QVBoxLayout(holder)
        why_column.setContentsMargins(0, 0, 0, 0)
        why_column.addWidget(self.why)
        why_column.addStretch(1)
        self.why_scroll = quiet_scroll(holder, transparent=True)
        # A run's form cue, large enough to read from a treadmill, in place of the card.
        self.form_cue = _label(wrap=True)  # sized to fit its card (see _fit_form_cue)
        self.form_cue.setObjectName("card")
        self.form_cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_cue.setContentsMargins(20, 16, 20, 16)
        self.form_cue.setAccessibleName(self.tr("Form cue"))
        self.side = QStackedWidget()
        for page in (self.card_scroll, self.steps, self.why_scroll, self.form_cue):
            self.side.addWidget(page)
        self.side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        self.confirm = QFrame()
        self.confirm.setObjectName("confirm")
        self.confirm_text = f.add(
            _label(self.tr("End this session?   Enter: end   ·   Esc: keep going")),
            0.035,
            True,
            grows=FIXED,
        )
        self.confirm_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self.confirm).addWidget(self.confirm_text)
        self.confirm.hide()

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("How far the session has gone"))
        self.remaining = f.add(_label(), 0.032, bold=True, grows=1.3)
        self.remaining.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.next = f.add(_label(muted=True), 0.032, grows=1.3)
        self.next.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hints = f.add(
            _label(QCoreApplication.translate("PlayerView", HINTS), muted=True), 0.019, grows=1.15
        )
        self.hints.setWordWrap(True)  # two lines where a language's words are longer
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(140)
        self.volume.setToolTip(self.tr("Volume of sounds and voice"))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.mute = QPushButton(self.tr("Mute (M)"))
        self.mute.setCheckable(True)
        self.end_button = QPushButton(self.tr("End (Esc)"))
        self.pause_button = QPushButton(self.tr("Start (Space)"))
        for control in (self.volume, self.mute, self.end_button, self.pause_button):
            control.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in (self.mute, self.end_button, self.pause_button):
            f.add(button, 0.021, grows=1.15)

        bottom = QGridLayout()
        bottom.addWidget(self.progress, 0, 0, 1, 2)
        bottom.addWidget(self.remaining, 1, 0)
        bottom.addWidget(self.next, 1, 1)
        bottom.setColumnStretch(1, 1)
        controls = QHBoxLayout()
        controls.addWidget(self.hints, 1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.end_button)
        self.volume_label = f.add(_label(self.tr("Volume"), muted=True), 0.019, grows=1.15)
        self.volume_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        controls.addWidget(self.volume_label)
        controls.addWidget(self.volume)
        controls.addWidget(self.mute)

        middle = QHBoxLayout()
        middle.addLayout(timer_col, 3)
        middle.addWidget(self.side, 2)

        root = QVBoxLayout(self)
        # The text is fitted to the room there is (see _fit); the window never grows for it.
        root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        root.setContentsMargins(24, 12, 24, 10)
        root.setSpacing(4)
        root.addLayout(top)
        root.addWidget(self.notice)
        root.addWidget(self.confirm)
        root.addLayout(middle, 1)
        root.addLayout(bottom)
        root.addLayout(controls)

    # ----- sizes ------------------------------------------------------------------------------
    def apply_scale(self, scale: float) -> None:
        """The person's text size (Ctrl+= / Ctrl+-), applied as far as the layout fits."""
        self.fonts.user_scale = scale
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # The text is fitted to whatever room the window gives; it never asks for more.
        return QSize(320, 240)

    def refit(self) -> None:
        """Lines came or went (the state line, the question to end): fit again."""
        self._fit()

    def _fit(self) -> None:
        """Size the text by the window's height; keep the whole layout within this view."""
        room = self.height()
        height = max(room, self.window().height())
        if room < 100:
            return
        self.pacer.setMinimumHeight(math.ceil(height * PACER_SHARE))
        layout = self.layout()

        def fits() -> bool:
            _invalidate(layout)
            return layout.minimumSize().height() <= room

        self.fonts.fit(height, fits)
        self.pacer.set_words_pixel_size(self.fonts.pixels(0.03))
        self._fit_form_cue()

    # ----- states -----------------------------------------------------------------------------
    def set_phase_colour(self, kind: str) -> None:
        colour = PHASE_COLOURS.get(kind, "#f2f2f2")
        self.phase.setStyleSheet(f"color: {colour};")
        self.countdown.setStyleSheet(f"color: {colour};")

    def set_paused(self, paused: bool) -> None:
        """Paused: the cue dims and the state reads large, so it shows from across a room."""
        self.cue.setStyleSheet("color: #8a939c;" if paused else "")
        self.state_hint.setStyleSheet("color: #F0E442;" if paused else "")

    def show_steps(self, on: bool) -> None:
        self.side.setCurrentWidget(self.steps if on else self.card_scroll)

    def set_high_contrast(self, on: bool) -> None:
        """Black behind everything, white text and outlines instead of greys."""
        self.setStyleSheet(high_contrast_style(STYLE) if on else STYLE)
        for drawing in (self.pacer, self.figure):
            if drawing is not None:
                drawing.background = QColor("#000000" if on else "#15191d")
                drawing.update()

    def show_card(self, text: str) -> None:
        self.why.setText(text)
        self.side.setCurrentWidget(self.why_scroll)

    def show_form_cue(self, text: str) -> None:
        self.form_cue.setText(text)
        self.side.setCurrentWidget(self.form_cue)
        self._fit_form_cue()

    def _fit_form_cue(self) -> None:
        """The cue as large as its card allows (7 % of the window's height, more with
        large text), smaller until its longest word fits across and all of it fits down."""
        text = self.form_cue.text()
        if not text:
            return
        room = self.side.contentsRect().adjusted(20, 16, -20, -16)
        font = QFont(self.form_cue.font())
        font.setBold(True)
        size = self.fonts.pixels(FORM_CUE_SHARE, SCROLLS)
        while size > MIN_FORM_CUE_PX:
            font.setPixelSize(size)
            metrics = QFontMetrics(font)
            widest = max(metrics.horizontalAdvance(word) for word in text.split())
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
            tall = metrics.boundingRect(room, flags, text).height()
            if widest <= room.width() and tall <= room.height():
                break
            size = int(size * 0.9)
        font.setPixelSize(max(size, MIN_FORM_CUE_PX))
        self.form_cue.setFont(font)

    @property
    def form_cue_shown(self) -> bool:
        return self.side.currentWidget() is self.form_cue

    @property
    def card_shown(self) -> bool:
        return self.side.currentWidget() is self.why_scroll

    @property
    def steps_shown(self) -> bool:
        return self.side.currentWidget() is self.steps
