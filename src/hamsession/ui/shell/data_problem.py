"""Tells the user, in one dialog, why the data folder cannot be used and what can be done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from hamsession.services.errors import DatabaseDamaged, ServerUnreachable
from hamsession.services.recovery import restore_newest_backup


def _title() -> str:
    return QCoreApplication.translate("DataProblem", "Hamsession cannot open your history")


def explain_data_problem(data, err: Exception) -> bool:
    """Show the problem. Returns True if the user chose a fix and the app should try again."""
    message = str(err).splitlines()[0]
    message = message[:1].upper() + message[1:]  # a sentence in the dialog
    box = QMessageBox(QMessageBox.Icon.Critical, _title(), message)
    restore = None
    if (
        isinstance(err, DatabaseDamaged)
        and data.backups.is_dir()
        and any(data.backups.glob("hamsession-*.sqlite3"))
    ):
        box.setInformativeText(
            QCoreApplication.translate(
                "DataProblem",
                "The damaged file will be kept, renamed, exactly as it is. Hamsession can start "
                "from its newest backup copy that is whole instead.",
            )
        )
        restore = box.addButton(
            QCoreApplication.translate("DataProblem", "Restore the newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    retry = None
    if isinstance(err, ServerUnreachable):
        box.setInformativeText(
            QCoreApplication.translate(
                "DataProblem",
                "Your history is kept on the clinic's database server. Check the network "
                "connection and that the server is running, then try again.",
            )
        )
        retry = box.addButton(
            QCoreApplication.translate("DataProblem", "Try again"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(
        QCoreApplication.translate("DataProblem", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if retry is not None:
        return box.clickedButton() is retry
    if restore is not None and box.clickedButton() is restore:
        restored = restore_newest_backup(data)
        if restored is None:
            QMessageBox.critical(
                None,
                _title(),
                QCoreApplication.translate(
                    "DataProblem", "None of the backup copies is whole; nothing was changed."
                ),
            )
        return restored is not None
    return False
