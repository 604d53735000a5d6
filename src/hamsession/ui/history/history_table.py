"""The history's figures as a table: the charts' text alternative, one key (T) away, for
a screen reader or anyone who would rather read numbers. Enter opens a session."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from hamsession.domain.history import status_word
from hamsession.domain.symptoms import word
from hamsession.domain.words import number
from hamsession.services.charts import ChartData

COLUMNS = [QT_TRANSLATE_NOOP("HistoryTable", "When"),
           QT_TRANSLATE_NOOP("HistoryTable", "Program"),
           QT_TRANSLATE_NOOP("HistoryTable", "How it ended"),
           QT_TRANSLATE_NOOP("HistoryTable", "Minutes"),
           QT_TRANSLATE_NOOP("HistoryTable", "Worst pain"),
           QT_TRANSLATE_NOOP("HistoryTable", "Pain after"),
           QT_TRANSLATE_NOOP("HistoryTable", "Effort"),
           QT_TRANSLATE_NOOP("HistoryTable", "Next morning")]  # fmt: skip


def _score(v: float) -> str:
    return "–" if math.isnan(v) else number(v)


def _when(t: float) -> str:
    """Local date and time in the user's language (day and month names included)."""
    when = QDateTime.fromMSecsSinceEpoch(round(t * 1000))
    return QLocale().toString(
        when, QCoreApplication.translate("HistoryTable", "ddd dd MMM yyyy HH:mm")
    )


def program_box() -> QComboBox:
    """The history's program filter: about 24 characters wide whatever its titles."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)
    return box


def describe(d: ChartData, i: int, program_name: Callable[[str], str] = str) -> str:
    """One session in a line (the readout under the mouse)."""
    return QCoreApplication.translate(
        "HistoryTable",
        "{when} · {program} · {status} · worst pain {worst} · pain after {after} · "
        "effort {effort} · {minutes} min",
    ).format(
        when=_when(d.t[i]),
        program=program_name(d.program[i]),
        status=status_word(d.status[i]),
        worst=_score(d.pain_worst[i]),
        after=_score(d.pain_now[i]),
        effort=_score(d.effort[i]),
        minutes=f"{d.minutes[i]:.0f}",
    )


class HistoryTable(QTableWidget):
    session_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("HistoryTable", c) for c in COLUMNS]
        )
        self.setAccessibleName(self.tr("The history as a table, newest first"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self._ids: list[str] = []
        #: A program's title from its id (the history flow hands over the library's).
        self.program_name: Callable[[str], str] = str
        self.itemActivated.connect(lambda item: self.session_chosen.emit(self._ids[item.row()]))

    def show_data(self, d: ChartData) -> None:
        order = list(range(len(d)))[::-1]  # newest first
        self._ids = [d.ids[i] for i in order]
        self.setRowCount(len(order))
        title = functools.cache(self.program_name)  # a few programs over thousands of rows
        for row, i in enumerate(order):
            morning = word(d.morning[i]) if d.morning[i] else ""
            if morning and not math.isnan(d.morning_pain[i]):
                morning = self.tr("{morning}, pain {pain}").format(
                    morning=morning, pain=_score(d.morning_pain[i])
                )
            cells = [_when(d.t[i]), title(d.program[i]), status_word(d.status[i]),
                     f"{d.minutes[i]:.0f}", _score(d.pain_worst[i]), _score(d.pain_now[i]),
                     _score(d.effort[i]), morning]  # fmt: skip
            for col, text in enumerate(cells):
                self.setItem(row, col, QTableWidgetItem(text))
            self.item(row, 1).setToolTip(cells[1])  # the whole title where it is cut short
        self.resizeColumnsToContents()  # the program's column takes the width left over
        if order:
            self.setCurrentCell(0, 0)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.session_chosen.emit(self._ids[self.currentRow()])
            event.accept()
            return
        super().keyPressEvent(event)
