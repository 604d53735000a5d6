"""The clinician's list of clients: create, rename, delete, PINs, assigned programs, hand-over."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hamsession.domain.levels import shown_title
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.words import number
from hamsession.services.clinic import ClinicService
from hamsession.services.errors import BadInput
from hamsession.services.programs import ProgramSummary
from hamsession.ui.widgets.text_scale import ScaledFonts

_ID = Qt.ItemDataRole.UserRole


class ClientList(QDialog):
    """Every action goes through :class:`ClinicService`, which refuses while locked."""

    open_requested = Signal(object)  # ProfileInfo: switch the app to this client
    handover_requested = Signal(object, str)  # ProfileInfo, program id
    export_requested = Signal(object)  # ProfileInfo
    import_requested = Signal()
    changed = Signal()  # a client was added, renamed or deleted

    def __init__(
        self,
        clinic: ClinicService,
        programs: Sequence[ProgramSummary],
        parent: QWidget | None = None,
        scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hamsession: clients"))
        self.resize(960, 600)
        self._clinic = clinic
        self.fonts = f = ScaledFonts()
        grid = QGridLayout(self)
        grid.addWidget(f.add(QLabel(self.tr("Clients")), 16, bold=True), 0, 0)
        assigned = QLabel(self.tr("Programs assigned to the client (tick)"))
        grid.addWidget(f.add(assigned, 16, bold=True), 0, 1)
        self.clients = f.add(QListWidget(), 15)
        self.clients.setAccessibleName(self.tr("Clients"))
        self.clients.currentItemChanged.connect(self._show_assigned)
        self.clients.itemActivated.connect(lambda _i: self._emit_open())
        grid.addWidget(self.clients, 1, 0)
        self.programs = f.add(QListWidget(), 14)
        self.programs.setAccessibleName(self.tr("Assigned programs"))
        self.programs.setWordWrap(True)
        for summary in programs:
            item = QListWidgetItem(
                self.tr("{title} · {minutes} min").format(
                    title=shown_title(summary.title), minutes=number(summary.minutes)
                )
            )
            item.setData(_ID, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.programs.addItem(item)
        self.programs.itemChanged.connect(self._on_program_ticked)
        # Ticking a program also makes it the one a hand-over uses.
        self.programs.itemChanged.connect(
            lambda item: (
                self.programs.setCurrentItem(item)
                if item.checkState() == Qt.CheckState.Checked
                else None
            )
        )
        grid.addWidget(self.programs, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&New…"), self._ask_new),
            (self.tr("&Rename…"), self._ask_rename),
            (self.tr("&Delete…"), self._ask_delete),
            (self.tr("&PIN…"), self._ask_pin),
            (self.tr("&Export…"), lambda: self._with_client(self.export_requested.emit)),
            (self.tr("&Import…"), self.import_requested.emit),
        ):
            button = f.add(QPushButton(text), 13)
            button.clicked.connect(slot)
            row.addWidget(button)
        grid.addLayout(row, 2, 0)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.open_button = f.add(QPushButton(self.tr("&Open as this client")), 13)
        self.open_button.clicked.connect(self._emit_open)
        actions.addWidget(self.open_button)
        self.handover_button = f.add(QPushButton(self.tr("&Hand over with the chosen program")), 13)
        self.handover_button.clicked.connect(self._emit_handover)
        actions.addWidget(self.handover_button)
        grid.addLayout(actions, 2, 1)
        self.status = f.add(QLabel(""), 13)
        self.status.setWordWrap(True)
        grid.addWidget(self.status, 3, 0, 1, 2)
        f.apply(scale)
        self.reload()

    # ----- reading ----------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.clients.clear()
        for profile in self._clinic.clients():
            shown = profile.name
            if profile.has_pin:
                shown = self.tr("{name}  · has a PIN").format(name=profile.name)
            item = QListWidgetItem(shown)
            item.setData(_ID, profile)
            self.clients.addItem(item)
            if profile.name == select:
                self.clients.setCurrentItem(item)
        if self.clients.currentItem() is None and self.clients.count():
            self.clients.setCurrentRow(0)
        self._show_assigned()

    def current(self) -> ProfileInfo | None:
        item = self.clients.currentItem()
        return None if item is None else item.data(_ID)

    def _show_assigned(self, *_args) -> None:
        profile = self.current()
        assigned = set() if profile is None else set(self._clinic.assigned(profile))
        self.programs.blockSignals(True)
        for i in range(self.programs.count()):
            item = self.programs.item(i)
            ticked = item.data(_ID) in assigned
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.programs.blockSignals(False)
        self.programs.setEnabled(profile is not None)

    # ----- changing ---------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _attempt(self, action, done: str) -> bool:
        try:
            action()
        except BadInput as err:
            self._say(str(err))
            return False
        self._say(done)
        return True

    def create(self, name: str) -> bool:
        done = self.tr("Added {name}.").format(name=name.strip())
        if self._attempt(lambda: self._clinic.create_client(name), done):
            self.reload(select=name.strip())
            self.changed.emit()
            return True
        return False

    def rename(self, profile: ProfileInfo, name: str) -> bool:
        if self._attempt(lambda: self._clinic.rename_client(profile, name), self.tr("Renamed.")):
            self.reload(select=name.strip())
            self.changed.emit()
            return True
        return False

    def delete(self, profile: ProfileInfo) -> bool:
        if self._attempt(
            lambda: self._clinic.delete_client(profile),
            self.tr("Deleted {name} and every record of them.").format(name=profile.name),
        ):
            self.reload()
            self.changed.emit()
            return True
        return False

    def set_pin(self, profile: ProfileInfo, pin: str | None) -> bool:
        done = self.tr("PIN removed.") if pin is None else self.tr("PIN set.")
        if self._attempt(lambda: self._clinic.set_profile_pin(profile, pin), done):
            self.reload(select=profile.name)
            return True
        return False

    def _on_program_ticked(self, _item: QListWidgetItem) -> None:
        profile = self.current()
        if profile is None:
            return
        ids = [
            self.programs.item(i).data(_ID)
            for i in range(self.programs.count())
            if self.programs.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._attempt(
            lambda: self._clinic.assign(profile, ids), self.tr("Assigned programs saved.")
        )

    # ----- asking -----------------------------------------------------------------------------
    def _with_client(self, then) -> None:
        profile = self.current()
        if profile is None:
            self._say(self.tr("Choose a client first."))
            return
        then(profile)

    def _ask_new(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New client"), self.tr("Name (as it should appear here):")
        )
        if ok:
            self.create(name)

    def _ask_rename(self) -> None:
        def ask(profile: ProfileInfo) -> None:
            name, ok = QInputDialog.getText(
                self,
                self.tr("Rename client"),
                self.tr("New name:"),
                QLineEdit.EchoMode.Normal,
                profile.name,
            )
            if ok:
                self.rename(profile, name)

        self._with_client(ask)

    def _ask_delete(self) -> None:
        def ask(profile: ProfileInfo) -> None:
            answer = QMessageBox.warning(
                self,
                self.tr("Delete client"),
                self.tr(
                    "Delete {name} with every session, symptom log and note? "
                    "This cannot be undone (export them first to keep a copy)."
                ).format(name=profile.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.delete(profile)

        self._with_client(ask)

    def _ask_pin(self) -> None:
        def ask(profile: ProfileInfo) -> None:
            pin, ok = QInputDialog.getText(
                self,
                self.tr("Client PIN"),
                self.tr("A PIN of 4 to 12 digits for this client (leave empty for none):"),
                QLineEdit.EchoMode.Password,
            )
            if ok:
                self.set_pin(profile, pin or None)

        self._with_client(ask)

    def _emit_open(self) -> None:
        self._with_client(self.open_requested.emit)

    def _emit_handover(self) -> None:
        item = self.programs.currentItem()
        ticked = [
            self.programs.item(i)
            for i in range(self.programs.count())
            if self.programs.item(i).checkState() == Qt.CheckState.Checked
        ]
        if item is None and len(ticked) == 1:
            item = ticked[0]
        if item is None:
            self._say(self.tr("Click or tick the program to hand over with."))
            return
        self._with_client(lambda p: self.handover_requested.emit(p, item.data(_ID)))
