"""The history's figures as a table: the charts' text alternative, one key (T) away, for
a screen reader or anyone who would rather read numbers. Enter opens a session."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from hamsession.services.charts import ChartData

COLUMNS = ["When", "Program", "How it ended", "Minutes", "Worst pain", "Pain after",
           "Effort", "Next morning"]  # fmt: skip


def _score(v: float) -> str:
    return "–" if math.isnan(v) else f"{v:g}"


def _when(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).astimezone().strftime("%a %d %b %Y %H:%M")


def describe(d: ChartData, i: int) -> str:
    """One session in a line (the readout under the mouse)."""
    return (
        f"{_when(d.t[i])} · {d.program[i]} · {d.status[i]} · worst pain "
        f"{_score(d.pain_worst[i])} · pain after {_score(d.pain_now[i])} · effort "
        f"{_score(d.effort[i])} · {d.minutes[i]:.0f} min"
    )


class HistoryTable(QTableWidget):
    session_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setHorizontalHeaderLabels(COLUMNS)
        self.setAccessibleName("The history as a table, newest first")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setAlternatingRowColors(True)
        self._ids: list[str] = []
        self.itemActivated.connect(lambda item: self.session_chosen.emit(self._ids[item.row()]))

    def show_data(self, d: ChartData) -> None:
        order = list(range(len(d)))[::-1]  # newest first
        self._ids = [d.ids[i] for i in order]
        self.setRowCount(len(order))
        for row, i in enumerate(order):
            morning = d.morning[i] or ""
            if morning and not math.isnan(d.morning_pain[i]):
                morning += f", pain {_score(d.morning_pain[i])}"
            cells = [_when(d.t[i]), d.program[i], d.status[i].replace("_", " "),
                     f"{d.minutes[i]:.0f}", _score(d.pain_worst[i]), _score(d.pain_now[i]),
                     _score(d.effort[i]), morning]  # fmt: skip
            for col, text in enumerate(cells):
                self.setItem(row, col, QTableWidgetItem(text))
        self.resizeColumnsToContents()
        if order:
            self.setCurrentCell(0, 0)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.session_chosen.emit(self._ids[self.currentRow()])
            event.accept()
            return
        super().keyPressEvent(event)
