"""Settings a clinician sets: the clinician PIN, the idle lock, and the current profile's
weekly target and progression thresholds."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.pins import pin_problem
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.sit_bone import F1
from hamsession.services.clinic import IDLE_LOCK_RANGE, ClinicService
from hamsession.services.errors import BadInput
from hamsession.services.history import HistoryService
from hamsession.services.preferences import Preferences, server_setting
from hamsession.ui.widgets.text_scale import ScaledFonts

THRESHOLD_LABELS = {
    "green_pain_max": QT_TRANSLATE_NOOP("ClinicSettings", "Green: worst pain at most"),
    "green_effort_max": QT_TRANSLATE_NOOP("ClinicSettings", "Green: effort at most"),
    "amber_pain_max": QT_TRANSLATE_NOOP(
        "ClinicSettings", "Amber: worst pain at most (above is red; hamstring programs 4)"
    ),
    "morning_rise_red": QT_TRANSLATE_NOOP(
        "ClinicSettings", "Red: next-morning pain up by at least"
    ),
    "weekly_rise_red": QT_TRANSLATE_NOOP("ClinicSettings", "Red: weekly mean pain up by at least"),
}
#: Shown in the server's tooltip and note as they are: an address and a file name.
SERVER_EXAMPLE = "postgresql+psycopg://USER@HOST/DATABASE?sslmode=require"
PGPASS = "~/.pgpass"


def _threshold_label(name: str) -> str:
    label = THRESHOLD_LABELS.get(name)
    return name if label is None else QCoreApplication.translate("ClinicSettings", label)


class ClinicSettings(QDialog):
    """Emits ``saved(ProfileInfo)`` with the profile as it now is."""

    saved = Signal(object)

    def __init__(
        self,
        clinic: ClinicService,
        history: HistoryService,
        profile: ProfileInfo,
        parent: QWidget | None = None,
        scale: float = 1.0,
        prefs: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.notes = ""  # what to tell once saved (the server is used from the next start)
        self.setWindowTitle(self.tr("Hamsession: settings"))
        self._clinic, self._history, self._profile = clinic, history, profile
        self.fonts = f = ScaledFonts()
        layout = QVBoxLayout(self)

        pins = QGroupBox(self.tr("Clinic"))
        form = QFormLayout(pins)
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(
            self.tr("leave empty to keep") if clinic.clinic_mode else self.tr("none")
        )
        self.repeat_pin = QLineEdit()
        self.repeat_pin.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New clinician PIN"), self.new_pin)
        form.addRow(self.tr("Repeat it"), self.repeat_pin)
        self.remove_pin = QCheckBox(self.tr("Remove the clinician PIN (ends clinic mode)"))
        self.remove_pin.setEnabled(clinic.clinic_mode)
        form.addRow(self.remove_pin)
        self.idle = QSpinBox()
        self.idle.setRange(*IDLE_LOCK_RANGE)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(clinic.idle_lock_min)
        form.addRow(self.tr("Lock after no input for"), self.idle)
        self.emergency = QLineEdit(clinic.emergency_words())
        self.emergency.setPlaceholderText(
            self.tr("default: the emergency number of this computer's country")
        )
        self.emergency.setMaxLength(300)
        self.emergency.setAccessibleName(
            self.tr("Where to get emergency help, in the clinic's own words")
        )
        form.addRow(self.tr("Emergency help, in your words"), self.emergency)
        self.server = QLineEdit(prefs.current.database if prefs is not None else "")
        self.server.setPlaceholderText(self.tr("empty: this laptop's own history file"))
        self.server.setAccessibleName(self.tr("The clinic's shared database server, as a URL"))
        self.server.setToolTip(
            self.tr(
                "{example}: every laptop given the same server shares one history. "
                "The password goes in {file}, not here. Used from the next start."
            ).format(example=SERVER_EXAMPLE, file=PGPASS)
        )
        self.server.setEnabled(prefs is not None)
        form.addRow(self.tr("Shared database server"), self.server)
        server_note = QLabel(  # two set lines: a wrapping label is cut short in a form
            self.tr(
                "Every laptop given the same server shares one history.\n"
                "Put the password in {file}, not here. Used from the next start."
            ).format(file=PGPASS)
        )
        form.addRow(server_note)
        layout.addWidget(pins)

        mine = QGroupBox(self.tr("This profile: {name}").format(name=profile.name))
        form = QFormLayout(mine)
        self.target = QSpinBox()
        self.target.setRange(0, 1000)
        self.target.setSuffix(self.tr(" min"))
        self.target.setSpecialValueText(self.tr("no target"))
        self.target.setValue(profile.weekly_target_min or 0)
        form.addRow(self.tr("Weekly target"), self.target)
        self.thresholds: dict[str, QDoubleSpinBox] = {}
        for name, value in asdict(history.thresholds(profile)).items():
            box = QDoubleSpinBox()
            box.setRange(0, 10)
            box.setDecimals(1 if isinstance(value, float) else 0)
            box.setValue(value)
            self.thresholds[name] = box
            form.addRow(_threshold_label(name), box)
        self.sit_bone = QCheckBox(self.tr("Sit-bone pain (F1): leave out hip-flexion stretches"))
        self.sit_bone.setChecked(F1 in profile.flags)
        form.addRow(self.sit_bone)
        layout.addWidget(mine)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for widget in self.findChildren(QWidget):
            f.add(widget, 13)
        f.apply(scale)

    def save(self) -> bool:
        """Apply every change; on a bad value say which and keep the dialog open."""
        pin, again = self.new_pin.text(), self.repeat_pin.text()
        if pin != again:
            self.message.setText(self.tr("The two PINs are not the same."))
            return False
        if pin and (problem := pin_problem(pin)):
            self.message.setText(problem[0].upper() + problem[1:] + ".")
            return False
        try:
            server, note = server_setting(self.server.text())
            self._clinic.set_idle_lock_min(self.idle.value())
            target = self.target.value() or None
            profile = self._clinic.set_weekly_target(self._profile, target)
            changes = {}
            for name, box in self.thresholds.items():
                value = box.value()
                changes[name] = int(value) if box.decimals() == 0 else value
            self._clinic.set_thresholds(profile, **changes)
            profile = self._clinic.set_sit_bone_flag(profile, self.sit_bone.isChecked())
            self._clinic.set_emergency_words(self.emergency.text())
            if pin:
                self._clinic.set_clinician_pin(pin)
            elif self.remove_pin.isChecked():
                self._clinic.set_clinician_pin(None)
            if self._prefs is not None and server != self._prefs.current.database:
                self._prefs.update(database=server)
                self.notes = note
        except BadInput as err:
            self.message.setText(str(err))
            return False
        self.saved.emit(profile)
        self.accept()
        return True
