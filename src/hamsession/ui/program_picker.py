"""The program picker: every program with its stage, length and steps."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hamsession.services.programs import ProgramSummary


class ProgramPicker(QWidget):
    """Lists programs; emits ``program_chosen(id)`` on Enter or double-click."""

    program_chosen = Signal(str)

    def __init__(self, programs: Sequence[ProgramSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel("Choose a program")
        heading.setObjectName("heading")
        self.list = QListWidget()
        self.list.setObjectName("programList")
        for summary in programs:
            stage = f"Stage {summary.stage} · " if summary.stage else ""
            text = f"{summary.title}\n{stage}{summary.minutes:.0f} min · {summary.steps} steps"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.description or summary.title)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._on_list_item_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.program_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
