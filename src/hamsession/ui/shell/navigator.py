"""The page stack of the main window: the program list at home, the player while a
session plays, and one page at a time for everything else (log, notices, summary,
history, locked screen). Each change of what the person sees is announced with the
page's name (the trace's ``view`` events)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget


class Navigator(QObject):
    #: The page the person now sees, by name (picker, player, symptom_log, ...).
    shown = Signal(str)
    #: ``home()`` was asked for; the shell decides where home is right now.
    home_requested = Signal()

    def __init__(
        self, stack: QStackedWidget, scale: Callable[[], float], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.stack = stack
        self._scale = scale
        self.page: QWidget | None = None  # the one-off page, discarded when replaced
        self._kept = False  # whether its owner keeps it (and deletes it) instead
        self.name = ""  # the name of what the person sees now

    def show_page(self, page: QWidget, name: str, kept: bool = False) -> None:
        """Show a one-off page in place of the current one (the previous one is discarded).
        A ``kept`` page is only taken out of sight when replaced: its owner deletes it."""
        self.discard_page()
        self.page, self._kept = page, kept
        page.apply_scale(self._scale())
        self.stack.addWidget(page)
        self._show(page, name)

    def keep(self, widget: QWidget) -> None:
        """Take in a widget someone else keeps, out of sight until :meth:`show_lasting`."""
        if self.stack.indexOf(widget) < 0:
            widget.apply_scale(self._scale())
            self.stack.addWidget(widget)
            if self.page is not None:  # the page on screen stays there
                self.stack.setCurrentWidget(self.page)

    def show_lasting(self, widget: QWidget, name: str) -> None:
        """Show a widget someone else keeps (the program list, the player)."""
        self.discard_page()
        self.keep(widget)
        self._show(widget, name)

    def remove(self, widget: QWidget) -> None:
        """Take a lasting widget out of the stack (its owner deletes it)."""
        self.stack.removeWidget(widget)

    def home(self) -> None:
        self.home_requested.emit()

    def discard_page(self) -> None:
        if self.page is not None:
            self.stack.removeWidget(self.page)
            if not self._kept:
                self.page.deleteLater()
            self.page = None

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    def apply_scale(self, scale: float) -> None:
        for index in range(self.stack.count()):
            widget = self.stack.widget(index)
            if hasattr(widget, "apply_scale"):
                widget.apply_scale(scale)

    def announce(self, window: QWidget, name: str, closed=None) -> None:
        """A dialog or window on top (the client list, a PIN question, the desk break) is
        what the person sees until it closes; then the page under it again."""
        self.shown.emit(name)
        closed = closed if closed is not None else getattr(window, "finished", None)
        if closed is not None:
            closed.connect(lambda *_args: self.shown.emit(self.name))

    def _show(self, widget: QWidget, name: str) -> None:
        self.stack.setCurrentWidget(widget)
        widget.setFocus()
        self.name = name
        self.shown.emit(name)
