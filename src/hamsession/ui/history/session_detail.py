"""One session in detail: every phase planned against actual, the symptoms and notes."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.history import SessionEntry, status_word
from hamsession.domain.levels import shown_title
from hamsession.domain.symptoms import FORM_SIGNS, LEG_SYMPTOMS, REGIONS, shown, word
from hamsession.domain.timeline import kind_word
from hamsession.domain.words import number


class Names(Protocol):
    def title_of(self, program_id: str, stored: str = "") -> str: ...
    def exercise_name(self, exercise_id: str) -> str: ...


COLUMNS = [
    QT_TRANSLATE_NOOP("SessionDetail", "Step"),
    QT_TRANSLATE_NOOP("SessionDetail", "Exercise"),
    QT_TRANSLATE_NOOP("SessionDetail", "Phase"),
    QT_TRANSLATE_NOOP("SessionDetail", "Set"),
    QT_TRANSLATE_NOOP("SessionDetail", "Rep"),
    QT_TRANSLATE_NOOP("SessionDetail", "Side"),
    QT_TRANSLATE_NOOP("SessionDetail", "Planned s"),
    QT_TRANSLATE_NOOP("SessionDetail", "Actual s"),
]
#: The stored sides in words.
SIDES = {
    "left": QT_TRANSLATE_NOOP("SessionDetail", "left"),
    "right": QT_TRANSLATE_NOOP("SessionDetail", "right"),
}


def _symptom_lines(entry: SessionEntry) -> str:
    s = entry.symptoms
    if s is None:
        return QCoreApplication.translate(
            "SessionDetail", "No symptom log was saved for this session."
        )

    def score(v):
        return "–" if v is None else str(v)

    lines = [
        QCoreApplication.translate(
            "SessionDetail", "Worst pain {worst} · pain after {after} · effort {effort}"
        ).format(worst=score(s.pain_worst), after=score(s.pain_now), effort=score(s.effort))
    ]
    if s.regions:
        region_names = shown(REGIONS)
        regions = ", ".join(
            region_names.get(k, k) + (f" {s.region_pain[k]}" if k in s.region_pain else "")
            for k in s.regions
        )
        lines.append(
            QCoreApplication.translate("SessionDetail", "Where: {regions}").format(regions=regions)
        )
    for line, keys, names in (
        (
            QCoreApplication.translate("SessionDetail", "Form: {signs}"),
            s.form_signs,
            shown(FORM_SIGNS),
        ),
        (
            QCoreApplication.translate("SessionDetail", "Legs: {signs}"),
            s.leg_symptoms,
            shown(LEG_SYMPTOMS),
        ),
    ):
        if keys:
            lines.append(line.format(signs=", ".join(names.get(k, k) for k in keys)))
    if s.morning:
        lines.append(
            QCoreApplication.translate(
                "SessionDetail", "Next morning: {morning}, pain {pain}"
            ).format(morning=word(s.morning), pain=score(s.morning_pain))
        )
    if s.notes:
        lines.append(
            QCoreApplication.translate("SessionDetail", "Notes: {notes}").format(notes=s.notes)
        )
    return "\n".join(lines)


class SessionDetail(QDialog):
    def __init__(
        self, entry: SessionEntry, parent: QWidget | None = None, names: Names | None = None
    ) -> None:
        """``names`` gives programs' titles and exercises' names in the language in use
        (without it, the title stored with the session and the exercises' ids)."""
        super().__init__(parent)
        started = QDateTime.fromMSecsSinceEpoch(round(entry.started_at.timestamp() * 1000))
        when = QLocale().toString(
            started,
            # The pattern of a date and time (Qt's codes): each language writes its own.
            self.tr("dddd dd MMMM yyyy, HH:mm"),
        )
        self.setWindowTitle(self.tr("Session of {when}").format(when=when))
        self.resize(820, 560)
        heading = QLabel(
            self.tr("{program} · {when} · {status}").format(
                program=names.title_of(entry.program_id, entry.program_title)
                if names is not None
                else shown_title(entry.program_title),
                when=when,
                status=status_word(entry.status),
            )
        )
        heading.setWordWrap(True)
        self.symptoms = QLabel(_symptom_lines(entry))
        self.symptoms.setWordWrap(True)
        self.table = QTableWidget(len(entry.phases), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SessionDetail", c) for c in COLUMNS]
        )
        for row, p in enumerate(entry.phases):
            cells = [
                p.step,
                names.exercise_name(p.exercise) if names is not None else p.exercise,
                kind_word(p.kind),
                p.set or "",
                p.rep or "",
                self.tr(SIDES[p.side]) if p.side in SIDES else p.side or "",
                number(p.planned_s),
                number(p.actual_s, ".2f"),
            ]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.symptoms)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
