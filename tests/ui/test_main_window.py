from __future__ import annotations

from PySide6.QtCore import Qt

from hamsession.services.programs import ProgramService
from hamsession.ui.main_window import MainWindow


def test_window_title_and_program_picker(qtbot):
    summaries = ProgramService(None).summaries()
    window = MainWindow(summaries)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("Hamsession")
    assert window.picker.list.count() == len(summaries) >= 6
    texts = [window.picker.list.item(i).text() for i in range(window.picker.list.count())]
    assert any(t.startswith("Foundations") for t in texts)
    assert any("Desk break" in t for t in texts)


def test_enter_chooses_the_current_program(qtbot):
    window = MainWindow(ProgramService(None).summaries())
    qtbot.addWidget(window)
    window.show()
    window.picker.list.setFocus()
    with qtbot.waitSignal(window.picker.program_chosen) as chosen:
        qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    assert chosen.args == [window.picker.current_id()]


def test_first_exposure_is_signalled_once(qtbot):
    window = MainWindow(ProgramService(None).summaries())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_exposed, timeout=5000):
        window.show()
