"""The program picker: every program with its stage, length and steps, and a Start button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.levels import shown_title
from hamsession.services.programs import ProgramSummary
from hamsession.ui.widgets.scrolling import quiet_scroll

if TYPE_CHECKING:
    from hamsession.services.advice import PickerNote
from hamsession.ui.widgets.figure_strip import FigureStrip
from hamsession.ui.widgets.text_scale import ScaledFonts


class ProgramPicker(QWidget):
    """Lists programs; emits ``program_chosen(id)`` on Enter, double-click or Start (not for
    a stage that is not open yet), ``accept_requested(id)`` to take a program's advice and
    ``something_wrong`` for the safety questions."""

    program_chosen = Signal(str)
    accept_requested = Signal(str)
    something_wrong = Signal()
    about_requested = Signal(str)  # about the exercises of this program
    offer_answered = Signal(bool)  # the person's answer to the offer line (yes / not now)

    def __init__(
        self,
        programs: Sequence[ProgramSummary],
        describe: Callable[[str], list[str]] | None = None,
        parent: QWidget | None = None,
        figures: Callable[[str], list] | None = None,
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self._figures = figures
        self._summaries: dict[str, ProgramSummary] = {}
        self._notes: dict[str, PickerNote] = {}
        self.fonts = f = ScaledFonts()
        heading = f.add(QLabel(self.tr("Choose a program")), 22, bold=True)
        self.list = f.add(QListWidget(), 15)
        self.list.setObjectName("programList")
        self.list.setAccessibleName(self.tr("Programs"))
        self.list.setSpacing(4)
        # Long titles wrap at large text instead of running off under a scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.title = f.add(QLabel(), 20, bold=True)
        self.title.setWordWrap(True)
        self.description = f.add(QLabel(), 14)
        self.description.setWordWrap(True)
        self.steps = f.add(QLabel(), 14)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.strip = FigureStrip()
        self.strip.hide()
        self.left_out = f.add(QLabel(), 14)
        self.left_out.setWordWrap(True)
        self.lock = f.add(QLabel(), 15, bold=True)
        self.lock.setWordWrap(True)
        self.advice = f.add(QLabel(), 15)
        self.advice.setWordWrap(True)
        self.advice.setObjectName("advice")
        self.accept = f.add(QPushButton(), 14)
        self.accept.clicked.connect(self._on_accept_clicked)
        self.start = f.add(QPushButton(self.tr("Start (Enter)")), 16, bold=True)
        self.start.clicked.connect(self._on_start_clicked)
        self.worried = f.add(QPushButton(self.tr("Something feels wrong…")), 14)
        self.worried.setToolTip(self.tr("The safety questions, at any time"))
        self.worried.clicked.connect(self.something_wrong.emit)
        self.about = f.add(QPushButton(self.tr("About the exercises…")), 14)
        self.about.setToolTip(
            self.tr("Why each exercise is there, its breathing, dose and sources")
        )
        self.about.clicked.connect(self._on_about_clicked)
        info = QWidget()  # scrolls when large text makes a long program too tall
        about = QVBoxLayout(info)
        about.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.title,
            self.description,
            self.steps,
            self.strip,
            self.left_out,
            self.lock,
        ):
            about.addWidget(widget)
        about.addStretch(1)
        self.info = quiet_scroll(info)
        details = QVBoxLayout()
        details.addWidget(self.info, 1)
        details.addWidget(self.advice)
        details.addWidget(self.accept, 0, Qt.AlignmentFlag.AlignRight)
        buttons = QHBoxLayout()
        buttons.addWidget(self.worried)
        buttons.addWidget(self.about)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        details.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addLayout(details, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.banner = f.add(QLabel(), 14)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.offer = QWidget()
        offer_row = QHBoxLayout(self.offer)
        offer_row.setContentsMargins(0, 0, 0, 0)
        self.offer_text = f.add(QLabel(), 14)
        self.offer_text.setWordWrap(True)
        self.offer_yes = f.add(QPushButton(self.tr("Yes, remind me")), 14)
        self.offer_no = f.add(QPushButton(self.tr("Not now")), 14)
        self.offer_yes.clicked.connect(lambda: self._answer_offer(True))
        self.offer_no.clicked.connect(lambda: self._answer_offer(False))
        offer_row.addWidget(self.offer_text, 1)
        offer_row.addWidget(self.offer_yes)
        offer_row.addWidget(self.offer_no)
        self.offer.hide()
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.offer)
        layout.addLayout(body, 1)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.set_programs(programs)
        self.setFocusProxy(self.list)

    def set_programs(
        self,
        programs: Sequence[ProgramSummary],
        notes: dict[str, PickerNote] | None = None,
        banner: str = "",
    ) -> None:
        """Show these programs (those with notes only, when notes are given), keeping the
        current one selected when it is still there."""
        keep = self.current_id()
        if notes is not None:
            programs = [p for p in programs if p.id in notes]
        self._notes = notes or {}
        self._summaries = {p.id: p for p in programs}
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.list.clear()
        for summary in programs:
            title = shown_title(summary.title)  # a level's words in the language in use
            item = QListWidgetItem(f"{title}\n{self._facts(summary)}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.description or title)
            self.list.addItem(item)
            if summary.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _facts(self, summary: ProgramSummary) -> str:
        """The line under a program's title: its stage, length, steps, and whether it is the
        profile's own or not open yet (each a phrase of its own, joined by " · ")."""
        facts = [self.tr("Stage {stage}").format(stage=summary.stage)] if summary.stage else []
        facts.append(self.tr("{minutes} min").format(minutes=f"{summary.minutes:.0f}"))
        facts.append(self.tr("%n step(s)", "", summary.steps))
        if not summary.builtin:
            facts.append(self.tr("yours"))
        note = self._notes.get(summary.id)
        if note and note.lock:
            facts.append(self.tr("not open yet"))
        return " · ".join(facts)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_offer(self, text: str) -> None:
        """A question that waits on the list until answered (Tab reaches its buttons)."""
        self.offer_text.setText(text)
        self.offer.show()

    def _answer_offer(self, yes: bool) -> None:
        self.offer.hide()
        self.offer_answered.emit(yes)

    def select(self, program_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == program_id:
                self.list.setCurrentRow(row)
                return

    def locked(self, program_id: str) -> bool:
        note = self._notes.get(program_id)
        return bool(note and note.lock)

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, _old=None) -> None:
        if item is None:
            return
        summary = self._summaries[item.data(Qt.ItemDataRole.UserRole)]
        self.title.setText(shown_title(summary.title))
        self.description.setText(summary.description)
        lines = []
        if self._describe:
            try:
                lines = self._describe(summary.id)
            except KeyError:  # a profile's own variant: no library entry to describe
                lines = []
        self.steps.setText("\n".join(lines))
        figures = []
        if self._figures:
            try:
                figures = self._figures(summary.id)
            except KeyError:
                figures = []
        self.strip.set_figures(figures)
        note = self._notes.get(summary.id)
        for label, text in (
            (self.left_out, note.left_out if note else ""),
            (self.lock, note.lock if note else ""),
            (self.advice, note.advice if note else ""),
        ):
            label.setText(text or "")
            label.setVisible(bool(text))
        offer = note.offer if note else None
        self.accept.setText(offer or "")
        self.accept.setVisible(bool(offer))
        self.start.setEnabled(not (note and note.lock))

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        program_id = item.data(Qt.ItemDataRole.UserRole)
        if not self.locked(program_id):
            self.program_chosen.emit(program_id)

    def _on_start_clicked(self) -> None:
        if (program_id := self.current_id()) is not None and not self.locked(program_id):
            self.program_chosen.emit(program_id)

    def _on_about_clicked(self) -> None:
        if (program_id := self.current_id()) is not None:
            self.about_requested.emit(program_id)

    def _on_accept_clicked(self) -> None:
        if (program_id := self.current_id()) is not None:
            self.accept_requested.emit(program_id)
