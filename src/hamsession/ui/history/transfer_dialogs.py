"""Export and import of the history from the app, with a progress bar for large files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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
        parent, "Export history", suggested, "Hamsession export (*.json)"
    )
    if not path:
        return None
    try:
        write_output(path, export_text(history, [profile], programs))
    except BadInput as err:
        return str(err)
    return f"History exported to {path}"


def import_history(
    parent: QWidget,
    history: HistoryService,
    into: str | None = None,
    programs: ProgramService | None = None,
) -> str | None:
    """Ask for an export file and import it, showing progress; returns a one-line result."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Import history", str(Path.home()), "Hamsession export (*.json)"
    )
    if not path:
        return None
    try:
        parsed = read_export_file(Path(path), path)
    except FileProblems as err:
        QMessageBox.warning(parent, "Nothing was imported", str(err.problems[0]))
        return f"Nothing was imported: {err.problems[0]}"
    total = sum(len(p.sessions) for p in parsed.profiles)
    dialog = QProgressDialog("Importing sessions…", "", 0, max(total, 1), parent)
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
        QMessageBox.warning(parent, "Nothing was imported", str(err.problems[0]))
        return f"Nothing was imported: {err.problems[0]}"
    finally:
        dialog.close()
        dialog.deleteLater()
    if notes:
        QMessageBox.information(parent, "Imported, with notes", "\n".join(notes))
    return f"Imported {added} new session(s) of {total} from {path}"
