"""The program picker: every program with its stage, length and steps, and a Start button."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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

from hamsession.services.programs import ProgramSummary
from hamsession.ui.text_scale import ScaledFonts


class ProgramPicker(QWidget):
    """Lists programs; emits ``program_chosen(id)`` on Enter, double-click or Start."""

    program_chosen = Signal(str)

    def __init__(
        self,
        programs: Sequence[ProgramSummary],
        describe: Callable[[str], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self._summaries: dict[str, ProgramSummary] = {}
        self.fonts = f = ScaledFonts()
        heading = f.add(QLabel("Choose a program"), 22, bold=True)
        self.list = f.add(QListWidget(), 15)
        self.list.setObjectName("programList")
        self.list.setAccessibleName("Programs")
        self.list.setSpacing(4)
        self.title = f.add(QLabel(), 20, bold=True)
        self.title.setWordWrap(True)
        self.description = f.add(QLabel(), 14)
        self.description.setWordWrap(True)
        self.steps = f.add(QLabel(), 14)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.start = f.add(QPushButton("Start (Enter)"), 16, bold=True)
        self.start.clicked.connect(self._on_start_clicked)
        details = QVBoxLayout()
        for widget in (self.title, self.description, self.steps):
            details.addWidget(widget)
        details.addStretch(1)
        details.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addLayout(details, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.set_programs(programs)
        self.setFocusProxy(self.list)

    def set_programs(self, programs: Sequence[ProgramSummary]) -> None:
        """Show these programs, keeping the current one selected when it is still there."""
        keep = self.current_id()
        self._summaries = {p.id: p for p in programs}
        self.list.clear()
        for summary in programs:
            stage = f"Stage {summary.stage} · " if summary.stage else ""
            mine = " · yours" if not summary.builtin else ""
            text = (
                f"{summary.title}\n{stage}{summary.minutes:.0f} min · {summary.steps} steps{mine}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.description or summary.title)
            self.list.addItem(item)
            if summary.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, _old=None) -> None:
        if item is None:
            return
        summary = self._summaries[item.data(Qt.ItemDataRole.UserRole)]
        self.title.setText(summary.title)
        self.description.setText(summary.description)
        lines = []
        if self._describe:
            try:
                lines = self._describe(summary.id)
            except KeyError:  # a profile's own variant: no library entry to describe
                lines = []
        self.steps.setText("\n".join(lines))

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.program_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_start_clicked(self) -> None:
        if (program_id := self.current_id()) is not None:
            self.program_chosen.emit(program_id)
