"""Every control a person can reach has a name a screen reader can say: the picker, the
player, the symptom log, the history and the clinic's client list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QWidget,
)

from hamsession.ui.session.announce import phase_words
from tests.ui.conftest import advance

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QSlider,
    QPlainTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    """The visible controls under ``root`` a screen reader would have no name for."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
            widget, QAbstractButton
        ):
            continue  # not reachable: the text around it is read instead
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_picker_player_and_log_name_every_control(qtbot, clinic_window, clock):
    window, _clinic, _history = clinic_window
    window.show_picker()
    assert unnamed(window.programs_list.picker) == []
    window.open_program("d1-desk-break")
    player = window.player
    assert unnamed(player) == []
    assert player.pacer.accessibleName() == "Breath pacer"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    advance(player.engine, clock, 6)
    assert player.view.phase.accessibleName().startswith("Inhale, 4 seconds. Breath")
    assert player.pacer.accessibleDescription() != ""
    advance(player.engine, clock, player.run.timeline.total_s)
    assert unnamed(window.page) == []  # the symptom log


def test_the_history_and_the_client_list_name_every_control(qtbot, clinic_window):
    window, clinic, _history = clinic_window
    window.show_history()
    qtbot.waitUntil(lambda: window.history_flow._view is not None, timeout=10_000)
    assert unnamed(window.history_flow._view) == []
    clinic.set_clinician_pin("24681357")
    clinic.unlock("24681357")
    window.clinic.show_clients()
    dialog = window.clinic.clients
    assert unnamed(dialog) == []
    dialog.close()


def test_a_phase_is_said_in_one_sentence():
    said = phase_words("Hold", 5, "Set 1 of 2 · Rep 3 of 5", "Exhale into the effort")
    assert said == "Hold, 5 seconds. Set 1 of 2 · Rep 3 of 5. Exhale into the effort"
    assert phase_words("Rest", 1, "", "Rest") == "Rest, 1 second"
