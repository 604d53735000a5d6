"""No interface text reaches the screen untranslated: the editor, the settings, desk
breaks, the check-ins, the safety notices and the smaller dialogs.

The same pseudo-locale as :mod:`tests.ui.test_pseudo_locale`: every translated text
begins with the mark, and each test walks what a person sees on the way through one area.
Dialogs that Qt runs with ``exec()`` are read from a timer while they are open, then
closed; file dialogs are replaced by stand-ins that say what they were asked to show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget

from tests.ui.conftest import advance
from tests.ui.test_clinic_mode import PIN, enter_pin, in_clinic_mode
from tests.ui.test_pseudo_locale import (  # noqa: F401 (marked, pseudo: fixtures used by name)
    content_of,
    marked,
    outside_the_ui,
    pseudo,
    texts_of,
)

pytestmark = pytest.mark.usefixtures("marked")  # before the window: it is built translated


def read_modal(run: Callable[[], object], close: Callable[[QWidget], None] | None = None):
    """``run()`` opens a dialog with exec(): read its texts while it is open, then close it
    (``close``, else reject; never left open to block the test)."""
    seen: list[tuple[str, str]] = []

    def read(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries:
                QTimer.singleShot(10, lambda: read(tries - 1))
            return
        try:
            seen.extend(texts_of(dialog))
            (close or QDialog.reject)(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, read)
    run()
    assert seen, "no dialog was opened"
    return seen


def status_bar(window) -> list[tuple[str, str]]:
    """The line the window just said; there must be one."""
    message = window.statusBar().currentMessage()
    assert message, "nothing was said in the status bar"
    return [("status bar", message)]


# ----- the program editor ----------------------------------------------------------------------
def test_the_program_editor_and_its_exercise_form_are_translated(qtbot, clinic_window, programs):
    window, clinic, _history = clinic_window
    clinic.create_client("Client A")
    window.clinic.show_program_editor()
    editor = window.clinic.editor
    assert editor.isVisible()
    seen = texts_of(editor)  # a new, empty program: not ready to save
    editor.load("d1-desk-break")  # breathing, moving and holding steps
    for row in range(editor.step_list.count()):
        editor.step_list.setCurrentRow(row)
        seen += texts_of(editor)
    editor.own_pace.setCurrentIndex(editor.own_pace.findData(True))
    seen += texts_of(editor)
    editor.title.setText("Desk break, clinic")
    assert editor.save()
    seen += texts_of(editor)  # saved, with the file's name
    editor.own_exercise.click()
    form = editor.exercise_form
    assert form.isVisible()
    seen += texts_of(form)
    assert not form.save()  # no name: says so
    seen += texts_of(form)
    form.name.setText("Wall sit")  # the clinician's own words, as typed
    assert not form.save()  # nothing on how to do it: says so
    seen += texts_of(form)
    form.how.setPlainText("Back to the wall.")
    assert form.save(), form.message.text()
    seen += texts_of(editor)  # the exercise saved, offered in the list
    bad = outside_the_ui(seen, content_of(programs) | {"Wall sit"})
    assert not bad, "\n".join(bad)


# ----- the settings ----------------------------------------------------------------------------
def test_the_settings_and_the_about_box_are_translated(qtbot, clinic_window, programs):
    from hamsession.ui.desktop.language import languages

    window, _clinic, history = clinic_window

    def pick_another(dialog) -> None:  # the language list: the next language, then OK
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.count() - 1)
        dialog.accept()

    seen = read_modal(window.menu_actions["language"].trigger, pick_another)
    seen += status_bar(window)  # used from the next start
    seen += read_modal(window.show_about, lambda box: box.accept())
    window.menu_actions["settings"].trigger()  # outside clinic mode: no PIN asked
    dialog = window.clinic.settings_dialog
    assert dialog.isVisible()
    seen += texts_of(dialog)
    for pin, again, server in (
        ("8642", "8643", ""),  # two different PINs
        ("12", "12", ""),  # too short
        ("8642", "8642", "mysql://db.lan/hs"),  # no PostgreSQL server
    ):
        dialog.new_pin.setText(pin)
        dialog.repeat_pin.setText(again)
        dialog.server.setText(server)
        assert not dialog.save()
        seen += texts_of(dialog)
    dialog.server.setText("postgresql://clinic:s3cret@db.lan/hs")
    assert dialog.save()
    seen += status_bar(window)  # the note on the server
    window.clinic.show_settings(history, window.profile)  # in clinic mode now
    seen += texts_of(window.clinic.settings_dialog)
    window.clinic.settings_dialog.reject()
    names = set(languages().values())  # each language named in its own words
    bad = outside_the_ui(seen, content_of(programs) | names)
    assert not bad, "\n".join(bad)


# ----- desk breaks -----------------------------------------------------------------------------
class StandInNotifier(QObject):
    """What DeskBreaks asks of a desktop notification; keeps what it was to show."""

    answered = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        self.shown += [("notification title", title), ("notification", body)]
        self.shown += [("notification action", label) for _key, label in actions]

    def close(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


def test_desk_breaks_their_reminders_and_settings_are_translated(
    qtbot, window, prefs, clock, programs
):
    from hamsession.ui.desk_breaks.reminders import DeskBreaks
    from tests.ui.test_desk_breaks import Desk, StandInTray
    from tests.ui.test_pseudo_locale import menus_of

    desk = Desk()
    breaks = DeskBreaks(
        prefs, desk.clock, lambda: desk.idle, mono=desk.clock, tray=False, parent=window,
        notifier=False,
    )  # fmt: skip
    window.attach_desk_breaks(breaks)
    flow = window.desk_breaks
    seen = menus_of(window)
    flow.ask_first()  # the offer, a line on the program list
    seen += texts_of(window.centralWidget())
    seen += [("tray menu", a.text()) for a in breaks.menu.actions() if not a.isSeparator()]
    seen += texts_of(breaks.panel)  # reminders off
    window.menu_actions["break_settings"].trigger()
    seen += texts_of(flow.dialog)
    flow.dialog.enabled.setChecked(True)
    flow.dialog.accept()
    seen += texts_of(breaks.panel)  # the next break in so many minutes
    desk.sit(breaks, prefs.break_interval_min * 60)
    assert breaks.reminder is not None and breaks.reminder.isVisible()
    seen += texts_of(breaks.reminder)
    qtbot.keyClick(breaks.reminder, Qt.Key.Key_S)
    breaks.hour_action.trigger()
    seen += texts_of(breaks.panel)  # paused
    breaks.resume_action.trigger()
    breaks.notifier = notifier = StandInNotifier()
    breaks.remind()
    breaks.notifier = None
    seen += notifier.shown
    tray = StandInTray()  # where the desktop has a tray: its tooltip says the status
    DeskBreaks(prefs, desk.clock, lambda: 0.0, tray=tray, parent=window).shutdown()
    assert tray.toolTip()
    seen += [("tray tooltip", tray.toolTip())]
    seen += read_modal(flow._ask_keep)  # keep reminding in the background?

    breaks.break_action.trigger()
    playing = flow.playing
    assert playing is not None
    seen += texts_of(playing)
    advance(playing.player.engine, clock, playing.player.engine.timeline.total_s)
    assert playing.asking
    seen += texts_of(playing)  # how do the back and hamstrings feel
    qtbot.keyClick(playing, Qt.Key.Key_2)

    desk.sit(breaks, 5)
    window.open_program("p1-foundations")
    qtbot.keyClick(window.player, Qt.Key.Key_Space)
    desk.sit(breaks, 5)
    seen += texts_of(breaks.panel)  # no reminders while a session plays
    flow.play()
    seen += status_bar(window)  # the desk break can wait
    window.player.confirm_end()
    flow.shows_data = lambda: False  # as the window's guard says while locked
    flow.play()
    seen += status_bar(window)
    bad = outside_the_ui(seen, content_of(programs))
    assert not bad, "\n".join(bad)


# ----- the check-ins ---------------------------------------------------------------------------
def test_the_check_ins_and_the_morning_question_are_translated(
    qtbot, window, history, clock, programs
):
    from hamsession.ui.checkin.morning_question import MorningQuestion
    from hamsession.ui.checkin.outcome_pages import ActivityCheck, LegSymptomCheck
    from hamsession.ui.checkin.symptom_log import SymptomLog
    from tests.ui.test_outcome_pages import add_session
    from tests.ui.test_symptom_log import finish_a_session

    add_session(history, 10)
    add_session(history, 3, legs=("shooting_pain",))  # both check-ins are due
    window.checkin.startup(window.show_picker)
    assert isinstance(window.page, LegSymptomCheck)
    seen = texts_of(window.page)
    qtbot.keyClick(window.page, Qt.Key.Key_Return)  # nothing chosen: says what is missing
    seen += texts_of(window.page)
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)
    page = window.page
    assert isinstance(page, ActivityCheck)
    seen += texts_of(page)
    for name, score in (("", ""), ("Gardening", ""), ("", "4")):
        page.rows[0][0].setText(name)
        page.rows[0][1].setText(score)
        qtbot.keyClick(page, Qt.Key.Key_Return)
        seen += texts_of(page)
    qtbot.keyClick(page, Qt.Key.Key_Escape)

    session_id = finish_a_session(qtbot, window, clock)
    window.page.save()
    window.ask_morning(session_id, datetime.now(UTC))
    assert isinstance(window.page, MorningQuestion)
    seen += texts_of(window.page)
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)

    window.open_program("p1-foundations")  # a session the app never saw end
    qtbot.keyClick(window.player, Qt.Key.Key_Space)
    advance(window.player.engine, clock, 20)
    window.shutdown()
    window.checkin.startup(window.show_picker)
    assert isinstance(window.page, SymptomLog)  # with its own heading
    seen += texts_of(window.page) + status_bar(window)
    bad = outside_the_ui(seen, content_of(programs))
    assert not bad, "\n".join(bad)


# ----- safety notices --------------------------------------------------------------------------
def test_the_safety_notices_and_the_gate_are_translated(qtbot, window, history, clock, programs):
    from hamsession.services.safety import SafetyService
    from hamsession.ui.checkin.safety_notice import SafetyGate, SafetyNotice

    seen = []
    for n, tick in enumerate(("saddle_bladder_bowel", "numbness", "pressure_down")):
        window.show_picker()
        window.open_program("p1-foundations")
        if n:  # the flag raised last time blocks the next session
            assert isinstance(window.page, SafetyGate) and window.page.anyway is None
            seen += texts_of(window.page)
            window.page.confirm.click()
        qtbot.keyClick(window.player, Qt.Key.Key_Space)
        advance(window.player.engine, clock, window.player.run.timeline.total_s)
        log = window.page
        qtbot.keyClicks(log.pain_worst, "1")
        {**log.flags, **log.legs, **log.form_signs}[tick].setChecked(True)
        log.save()
        assert isinstance(window.page, SafetyNotice), tick
        seen += texts_of(window.page)  # the stop page
        qtbot.keyClick(window.page, Qt.Key.Key_Return)
        seen += texts_of(window.page)  # the summary after it
    window.show_picker()
    SafetyService(history).raise_items(history.profile(), ["pelvic.2"])
    window.open_program("p1-foundations")
    assert isinstance(window.page, SafetyGate) and window.page.anyway is not None
    seen += texts_of(window.page)  # a flag that does not block: start anyway
    window.show_picker()
    window.something_wrong()
    qtbot.keyClick(window.page, Qt.Key.Key_Return)  # nothing ticked
    seen += status_bar(window)
    bad = outside_the_ui(seen, content_of(programs))
    assert not bad, "\n".join(bad)


# ----- PINs, profiles, a session's detail, export and import -----------------------------------
def test_the_pin_dialogs_are_translated(qtbot, clinic_window, programs):
    from hamsession.ui.clinic.locked_screen import LockedScreen

    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    window.clinic.show_clients()  # the clinician PIN first
    dialog = window.clinic.pin_dialog
    seen = texts_of(dialog)
    enter_pin(qtbot, window, "11223344")
    seen += texts_of(dialog)  # wrong
    for _ in range(2):
        enter_pin(qtbot, window, "11223344")
    seen += texts_of(dialog)  # wait before the next try
    dialog._count_down()
    seen += texts_of(dialog)  # the seconds counted down
    dialog._wait_left = 1
    dialog._count_down()
    seen += texts_of(dialog)  # try again
    dialog.reject()
    clinic.unlock(PIN)
    sam = clinic.set_profile_pin(history.create_profile("Sam"), "5821")
    window.profiles.open(sam)  # a profile with its own PIN
    assert isinstance(window.page, LockedScreen)
    seen += texts_of(window.centralWidget())
    qtbot.keyClick(window.page, Qt.Key.Key_Return)
    seen += texts_of(window.clinic.pin_dialog)
    window.clinic.pin_dialog.reject()
    bad = outside_the_ui(seen, content_of(programs))
    assert not bad, "\n".join(bad)


def test_the_profile_switch_session_detail_and_transfers_are_translated(
    qtbot, window, history, clock, programs, tmp_path, monkeypatch
):
    from hamsession.ui.history import transfer_dialogs
    from tests.ui.test_symptom_log import finish_a_session

    history.create_profile("Sam")
    seen = read_modal(window.menu_actions["switch"].trigger)
    session_id = finish_a_session(qtbot, window, clock, "p1-foundations")
    qtbot.keyClicks(window.page.pain_worst, "3")
    window.page.save()
    window.show_history()
    window.page.session_clicked.emit(session_id)
    seen += texts_of(window.history_flow.detail)
    window.history_flow.detail.close()

    asked = []

    def file_dialog(path):
        def ask(_parent, title, _where, kinds, *_rest, **_options):
            asked.extend([("file dialog title", title), ("file dialog filter", kinds)])
            return str(path), ""

        return ask

    class Progress(transfer_dialogs.QProgressDialog):
        def setValue(self, value):  # noqa: N802 (Qt override)
            asked.append(("progress", self.labelText()))
            super().setValue(value)

    export = tmp_path / "out.json"
    monkeypatch.setattr(transfer_dialogs.QFileDialog, "getSaveFileName", file_dialog(export))
    monkeypatch.setattr(transfer_dialogs.QFileDialog, "getOpenFileName", file_dialog(export))
    monkeypatch.setattr(transfer_dialogs, "QProgressDialog", Progress)
    window.menu_actions["export"].trigger()
    seen += status_bar(window)  # exported to the file
    window.menu_actions["import"].trigger()
    seen += status_bar(window)  # so many new sessions imported
    export.write_text("not an export")
    seen += read_modal(window.menu_actions["import"].trigger)  # nothing imported
    seen += status_bar(window) + asked
    bad = outside_the_ui(seen, content_of(programs) | {"default", "Sam"})
    assert not bad, "\n".join(bad)


def test_the_phases_in_a_session_detail_are_translated(qtbot, window, clock, programs):
    from tests.ui.test_symptom_log import finish_a_session

    session_id = finish_a_session(qtbot, window, clock, "d1-desk-break")  # sides too
    window.page.save()
    window.show_history()
    window.page.session_clicked.emit(session_id)
    table = window.history_flow.detail.table
    cells = [(table.item(r, c), r) for r in range(table.rowCount()) for c in range(2, 6)]
    seen = [(f"row {r + 1}", item.text()) for item, r in cells if item is not None]
    bad = outside_the_ui(seen, content_of(programs))
    assert not bad, "\n".join(bad)
