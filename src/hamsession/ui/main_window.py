"""The main window: composes the views and routes between them; it does no work itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from hamsession.services.programs import ProgramSummary
from hamsession.ui.program_picker import ProgramPicker

APP_TITLE = "Hamsession"


class MainWindow(QMainWindow):
    #: The window was first exposed on screen (its contents can be seen).
    first_exposed = Signal()

    def __init__(self, programs: Sequence[ProgramSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exposed = False
        self.setWindowTitle(APP_TITLE)
        self.resize(1024, 700)
        self.stack = QStackedWidget()
        self.picker = ProgramPicker(programs)
        self.stack.addWidget(self.picker)
        self.setCentralWidget(self.stack)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._exposed:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and not self._exposed
            and watched is self.windowHandle()
            and watched.isExposed()
        ):
            self._exposed = True
            watched.removeEventFilter(self)
            self.first_exposed.emit()
        return super().eventFilter(watched, event)
