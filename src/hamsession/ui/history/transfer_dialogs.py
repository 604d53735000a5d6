"""Export and import of the history from the app, with a progress bar for large files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.profiles import file_safe
from hamsession.services.errors import BadInput
from hamsession.services.export_file import export_text
from hamsession.services.import_file import import_export, read_export_file
from hamsession.services.outputs import write_output
from hamsession.services.programs import ProgramService

if TYPE_CHECKING:
    from hamsession.services.history import HistoryService


def export_history(
    parent: QWidget, history: HistoryService, profile, programs: ProgramService | None = None
) -> str | None:
    """Ask where to save, write the profile's export there; returns a one-line result."""
    suggested = str(Path.home() / f"hamsession-{file_safe(profile.name)}.json")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TransferDialogs", "Export history"),
        suggested,
        QCoreApplication.translate("TransferDialogs", "Hamsession export (*.json)"),
    )
    if not path:
        return None
    try:
        write_output(path, export_text(history, [profile], programs))
    except BadInput as err:
        return str(err)
    return QCoreApplication.translate("TransferDialogs", "History exported to {path}").format(
        path=path
    )


def import_history(
    parent: QWidget,
    history: HistoryService,
    into: str | None = None,
    programs: ProgramService | None = None,
) -> str | None:
    """Ask for an export file and import it, showing progress; returns a one-line result."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("TransferDialogs", "Import history"),
        str(Path.home()),
        QCoreApplication.translate("TransferDialogs", "Hamsession export (*.json)"),
    )
    if not path:
        return None
    try:
        parsed = read_export_file(Path(path), path)
    except FileProblems as err:
        return _nothing_imported(parent, err)
    total = sum(len(p.sessions) for p in parsed.profiles)
    dialog = QProgressDialog(
        QCoreApplication.translate("TransferDialogs", "Importing sessions…"),
        "",
        0,
        max(total, 1),
        parent,
    )
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, _total: int) -> None:
        dialog.setValue(done)
        QApplication.processEvents()

    notes: list[str] = []
    try:
        added = import_export(history, parsed, into, progress, programs, notes)
    except FileProblems as err:  # a session's phases, checked as they are read
        return _nothing_imported(parent, err)
    finally:
        dialog.close()
        dialog.deleteLater()
    if notes:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("TransferDialogs", "Imported, with notes"),
            "\n".join(notes),
        )
    return TransferDialogs().imported(added, total, path)


class TransferDialogs(QObject):
    """The context of this module's texts, for the one that counts: pyside6-lupdate marks
    a plural in ``self.tr(text, "", n)`` but not in ``translate(context, text, "", n)``."""

    def imported(self, added: int, total: int, path: str) -> str:
        return self.tr("Imported %n new session(s) of {total} from {path}", "", added).format(
            total=total, path=path
        )


def _nothing_imported(parent: QWidget, err: FileProblems) -> str:
    """Say why nothing was imported, in a dialog and in the returned line."""
    problem = str(err.problems[0])
    QMessageBox.warning(
        parent, QCoreApplication.translate("TransferDialogs", "Nothing was imported"), problem
    )
    return QCoreApplication.translate("TransferDialogs", "Nothing was imported: {problem}").format(
        problem=problem
    )
