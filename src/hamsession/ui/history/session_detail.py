"""One session in detail: every phase planned against actual, the symptoms and notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.history import SessionEntry
from hamsession.domain.symptoms import FORM_SIGNS, LEG_SYMPTOMS, REGIONS

COLUMNS = ["Step", "Exercise", "Phase", "Set", "Rep", "Side", "Planned s", "Actual s"]


def _symptom_lines(entry: SessionEntry) -> str:
    s = entry.symptoms
    if s is None:
        return "No symptom log was saved for this session."

    def score(v):
        return "–" if v is None else str(v)

    lines = [
        f"Worst pain {score(s.pain_worst)} · pain after {score(s.pain_now)} · "
        f"effort {score(s.effort)}"
    ]
    if s.regions:
        lines.append(
            "Where: "
            + ", ".join(
                REGIONS.get(k, k) + (f" {s.region_pain[k]}" if k in s.region_pain else "")
                for k in s.regions
            )
        )
    for title, keys, names in (
        ("Form", s.form_signs, FORM_SIGNS),
        ("Legs", s.leg_symptoms, LEG_SYMPTOMS),
    ):
        if keys:
            lines.append(f"{title}: " + ", ".join(names.get(k, k) for k in keys))
    if s.morning:
        lines.append(f"Next morning: {s.morning}, pain {score(s.morning_pain)}")
    if s.notes:
        lines.append(f"Notes: {s.notes}")
    return "\n".join(lines)


class SessionDetail(QDialog):
    def __init__(self, entry: SessionEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        when = entry.started_at.astimezone().strftime("%A %d %B %Y, %H:%M")
        self.setWindowTitle(f"Session of {when}")
        self.resize(820, 560)
        heading = QLabel(f"{entry.program_title} · {when} · {entry.status.replace('_', ' ')}")
        heading.setWordWrap(True)
        self.symptoms = QLabel(_symptom_lines(entry))
        self.symptoms.setWordWrap(True)
        self.table = QTableWidget(len(entry.phases), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        for row, p in enumerate(entry.phases):
            cells = [
                p.step,
                p.exercise,
                p.kind.replace("_", " "),
                p.set or "",
                p.rep or "",
                p.side or "",
                f"{p.planned_s:g}",
                f"{p.actual_s:.2f}",
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
