"""The symptom log after a session (contracts §5, content.md §4).

Keyboard first: focus starts on "worst pain during the session"; the first three
fields take a typed number 0-10 and come first in Tab order; Ctrl+Return saves;
Esc closes without answers. An empty scale is saved as unanswered, never as 0.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.history import SymptomEntry
from hamsession.domain.safety import ASKED
from hamsession.domain.symptoms import (
    BOTHER,
    FORM_SIGNS,
    LEG_SYMPTOMS,
    PELVIC_FLOOR,
    REGIONS,
    parse_score,
    scale_hint,
    shown,
    word,
)
from hamsession.ui.widgets.text_scale import ScaledFonts
from hamsession.ui.widgets.theme_colours import ERROR, pick
from hamsession.ui.widgets.wrapping_check import WrappingCheck


def _score_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setValidator(QIntValidator(0, 10, field))
    field.setMaxLength(2)
    field.setPlaceholderText("0-10")
    field.setAccessibleName(name)
    _fit(field)
    return field


def _fit(field: QLineEdit) -> None:
    """Wide enough for "0-10" in the field's own font, at any text size."""
    field.setFixedWidth(field.fontMetrics().horizontalAdvance("0-10") + 24)


def _regions() -> tuple[QGroupBox, dict[str, QCheckBox], dict[str, QLineEdit]]:
    """A tick per region with its own worst pain beside it; typing a score ticks it."""
    box = QGroupBox(
        QCoreApplication.translate(
            "SymptomLog", "Where did it hurt? (worst pain there, if you like)"
        )
    )
    grid = QFormLayout(box)
    ticks, scores = {}, {}
    in_a_sentence = shown(REGIONS, in_a_sentence=True)
    for key, text in shown(REGIONS).items():
        ticks[key] = QCheckBox(text)
        name = QCoreApplication.translate("SymptomLog", "Worst pain, {region}, 0 to 10")
        scores[key] = score = _score_field(name.format(region=in_a_sentence[key]))
        score.textEdited.connect(lambda typed, tick=ticks[key]: tick.setChecked(bool(typed)))
        grid.addRow(ticks[key], score)
    return box, ticks, scores


def _checks(title: str, options: dict[str, str]) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    boxes = {}
    for key, text in options.items():
        boxes[key] = QCheckBox(text)
        layout.addWidget(boxes[key])
    return box, boxes


class SymptomLog(QWidget):
    """Emits ``saved(entry, red_flag_ids)`` or ``skipped()``."""

    saved = Signal(object, list)
    skipped = Signal()

    def __init__(
        self, heading: str, pelvic_floor: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fonts = f = ScaledFonts()
        title = f.add(QLabel(heading), 24, bold=True)
        title.setWordWrap(True)
        hint = f.add(
            QLabel(
                self.tr(
                    "Type a number for each scale ({scale}); leave it empty "
                    "to skip it. Ctrl+Return saves, Esc closes without answers."
                ).format(scale=scale_hint())
            ),
            12,
        )
        hint.setWordWrap(True)

        self.pain_worst = _score_field(self.tr("Worst pain during the session, 0 to 10"))
        self.pain_now = _score_field(self.tr("Pain now, 0 to 10"))
        self.effort = _score_field(self.tr("Effort of the session, 0 to 10"))
        scales = QFormLayout()
        scales.addRow(f.add(QLabel(self.tr("Worst pain during the session")), 16), self.pain_worst)
        scales.addRow(f.add(QLabel(self.tr("Pain now")), 16), self.pain_now)
        effort = self.tr("Effort (0 = none, 10 = the hardest you can do)")
        scales.addRow(f.add(QLabel(effort), 16), self.effort)
        for field in (self.pain_worst, self.pain_now, self.effort):
            f.add(field, 18, bold=True)
            _fit(field)

        regions_box, self.regions, self.region_scores = _regions()
        form_box, self.form_signs = _checks(
            self.tr("Did you notice any of these?"), shown(FORM_SIGNS)
        )
        legs_box, self.legs = _checks(self.tr("Leg symptoms"), shown(LEG_SYMPTOMS))
        self.pelvic: dict[str, QComboBox] = {}
        self.leakage = QLineEdit()
        pelvic_box = QGroupBox(self.tr("Pelvic floor, today"))
        pelvic_form = QFormLayout(pelvic_box)
        for key, text in shown(PELVIC_FLOOR).items():
            combo = QComboBox()
            combo.addItem("", "")
            for answer in BOTHER:  # shown in the language in use, kept in English
                combo.addItem(word(answer), answer)
            combo.setAccessibleName(text)
            self.pelvic[key] = combo
            label = QLabel(text)
            label.setWordWrap(True)
            pelvic_form.addRow(label, combo)
        self.leakage.setPlaceholderText(self.tr("the exercise, if any urine leaked"))
        pelvic_form.addRow(QLabel(self.tr("Any urine leakage? In which exercise?")), self.leakage)
        pelvic_box.setVisible(pelvic_floor)

        flags_box = QGroupBox(self.tr("Something feels wrong? Tick anything that is new today"))
        flags_layout = QVBoxLayout(flags_box)
        self.flags: dict[str, WrappingCheck] = {}
        for flag in ASKED:
            self.flags[flag.id] = WrappingCheck(flag.question)
            flags_layout.addWidget(self.flags[flag.id])

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.notes.setAccessibleName(self.tr("Notes about this session (optional)"))
        self.notes.setFixedHeight(90)
        self.error = f.add(QLabel(), 14, bold=True)
        self.error.setStyleSheet(f"color: {pick(ERROR, self)};")
        self.error.setWordWrap(True)
        self.save_button = f.add(QPushButton(self.tr("Save (Ctrl+Return)")), 15, bold=True)
        self.skip_button = f.add(QPushButton(self.tr("Close without answers (Esc)")), 13)
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self.skipped.emit)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(title)
        column.addWidget(hint)
        column.addLayout(scales)
        column.addWidget(regions_box)
        ticks = QHBoxLayout()  # two lists side by side: they fit beside each other at any size
        for box in (form_box, legs_box):
            ticks.addWidget(box)
        column.addLayout(ticks)
        column.addWidget(pelvic_box)
        column.addWidget(flags_box)
        column.addWidget(self.notes)
        for box in (regions_box, form_box, legs_box, pelvic_box, flags_box, self.notes):
            f.add(box, 13)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The error and the buttons stay in sight below the scrolling questions.
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.pain_worst, self.pain_now)
        QWidget.setTabOrder(self.pain_now, self.effort)
        self.setFocusProxy(self.pain_worst)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)
        for field in (self.pain_worst, self.pain_now, self.effort, *self.region_scores.values()):
            _fit(field)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.pain_worst.setFocus()

    def entry(self) -> SymptomEntry:
        """The answers as a log entry. Raises ValueError for a score out of range."""
        chosen = {
            key: combo.currentData() for key, combo in self.pelvic.items() if combo.currentData()
        }
        by_region = {}
        for key, field in self.region_scores.items():
            if self.regions[key].isChecked() and (score := parse_score(field.text())) is not None:
                by_region[key] = score
        if self.leakage.text().strip():
            chosen["leakage"] = self.leakage.text().strip()
        return SymptomEntry(
            pain_worst=parse_score(self.pain_worst.text()),
            pain_now=parse_score(self.pain_now.text()),
            effort=parse_score(self.effort.text()),
            regions=tuple(k for k, b in self.regions.items() if b.isChecked()),
            form_signs=tuple(k for k, b in self.form_signs.items() if b.isChecked()),
            leg_symptoms=tuple(k for k, b in self.legs.items() if b.isChecked()),
            pelvic_floor=chosen,
            notes=self.notes.toPlainText().strip(),
            region_pain=by_region,
        )

    def save(self) -> None:
        try:
            entry = self.entry()
        except ValueError as err:
            self.error.setText(self.tr("Please check the scales: {error}.").format(error=err))
            return
        self.error.clear()
        self.saved.emit(entry, [k for k, b in self.flags.items() if b.isChecked()])

    def not_saved(self, reason: str, urgent: list[str]) -> None:
        """Saving failed: the answers stay as they are, to be saved again; the messages of
        red flags they raise are shown here all the same."""
        lines = [
            self.tr(
                "Not saved ({reason}). Your answers are still here: "
                "press Save again once the problem is fixed."
            ).format(reason=reason)
        ]
        lines += urgent
        self.error.setText("\n\n".join(lines))
        self.save_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.skipped.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
