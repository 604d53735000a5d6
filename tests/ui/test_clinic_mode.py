"""Clinic mode in the window: the PIN gate, hand-over to a client, the locked screen,
the program editor and the idle lock (pytest-qt, real SQLite, fake clock)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from hamsession.ui.checkin.symptom_log import SymptomLog
from hamsession.ui.clinic.client_list import ClientList
from hamsession.ui.clinic.locked_screen import IDLE, LockedScreen
from hamsession.ui.clinic.pin_dialog import PinDialog
from hamsession.ui.session.player import Player
from tests.ui.conftest import advance, answer_screening

PIN = "24681357"


def enter_pin(qtbot, window, pin: str) -> None:
    dialog = window.clinic.pin_dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.field, pin)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)


def texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def in_clinic_mode(clinic, history) -> None:
    clinic.set_clinician_pin(PIN)
    clinic.create_client("Client A")
    clinic.create_client("Client B")
    clinic.lock()


def test_clinician_functions_refuse_without_the_pin(qtbot, clinic_window):
    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    for show in (
        window.clinic.show_clients,
        window.clinic.show_program_editor,
        lambda: window.clinic.show_settings(history, window.profile),
        window._on_export_triggered,
    ):
        show()
        assert window.clinic.clients is None and not hasattr(window.clinic, "editor")
        enter_pin(qtbot, window, "11223344")  # two wrong tries are free, then waits begin
        dialog = window.clinic.pin_dialog
        assert dialog.isVisible() and "Wrong PIN" in dialog.message.text()
        dialog.reject()
        clinic.repo.clear_failures("clinician")
    assert window.clinic.clients is None
    assert not hasattr(window.clinic, "editor") and not hasattr(window.clinic, "settings_dialog")
    # The switch-profile key in a clinic leads to the same gate, not to a list of names.
    window.profiles.ask()
    assert window.clinic.clients is None
    enter_pin(qtbot, window, PIN)
    assert isinstance(window.clinic.clients, ClientList)
    names = [window.clinic.clients.clients.item(i).text() for i in range(2)]
    assert names == ["Client A", "Client B"]


def test_wrong_pins_make_the_dialog_wait(qtbot, clinic_window):
    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    window.clinic.show_clients()
    for _ in range(3):
        enter_pin(qtbot, window, "99887766")
    dialog = window.clinic.pin_dialog
    assert not dialog.field.isEnabled() and "again in 5 s" in dialog.message.text()
    dialog.try_pin()  # refused while waiting, without asking the service
    assert window.clinic.clients is None


def test_hand_over_runs_one_session_and_ends_on_a_locked_screen(qtbot, clinic_window, clock):
    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    window.clinic.show_clients()
    enter_pin(qtbot, window, PIN)
    clients = window.clinic.clients
    clients.clients.setCurrentRow(0)  # Client A
    row = next(
        i
        for i in range(clients.programs.count())
        if clients.programs.item(i).data(Qt.ItemDataRole.UserRole) == "d1-desk-break"
    )
    clients.programs.setCurrentRow(row)
    qtbot.mouseClick(clients.handover_button, Qt.MouseButton.LeftButton)
    answer_screening(qtbot, window)  # Client A's first session: the safety questions first

    assert window.clinic.handover and window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert window.profile.name == "Client A"
    player = window.player
    assert isinstance(player, Player) and player.run.program.id == "d1-desk-break"
    # No way out of the client's view without the PIN: F11, history, switching profile.
    qtbot.keyClick(player, Qt.Key.Key_F11)
    qtbot.keyClick(player, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(player, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.isFullScreen() and window.player is player

    qtbot.keyClick(player, Qt.Key.Key_Space)
    advance(player.engine, clock, player.run.timeline.total_s)
    log = window.page
    assert isinstance(log, SymptomLog)
    qtbot.keyClicks(log.pain_worst, "2")
    qtbot.keyClick(log.pain_worst, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    locked = window.page
    assert isinstance(locked, LockedScreen)
    assert "Client" not in texts(locked) and window.windowTitle() == "Hamsession"
    (entry,) = history.sessions(history.profile("Client A"))
    assert entry.symptoms.pain_worst == 2
    assert history.sessions(history.profile("Client B")) == []

    # Closing, quitting and the unlock button all ask for the clinician PIN.
    window.close()
    assert window.isVisible()
    enter_pin(qtbot, window, "13572468")
    assert window.isVisible() and isinstance(window.page, LockedScreen)
    window.clinic.pin_dialog.reject()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.clinic.pin_dialog, PinDialog)
    window.clinic.pin_dialog.reject()
    qtbot.keyClick(locked, Qt.Key.Key_Return)
    qtbot.keyClick(locked, Qt.Key.Key_Return)  # asking twice still shows one dialog
    assert len([d for d in window.findChildren(PinDialog) if d.isVisible()]) == 1
    enter_pin(qtbot, window, PIN)
    assert not window.clinic.handover and window.menuBar().isVisible()
    assert window.stack.currentWidget() is window.picker


def test_quitting_a_locked_laptop_takes_the_clinician_pin(qtbot, clinic_window, monkeypatch):
    from PySide6.QtWidgets import QApplication

    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    window.clinic.lock()
    quits = []
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: quits.append(1))
    qtbot.keyClick(window.page, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    enter_pin(qtbot, window, "12121313")
    assert quits == []
    window.clinic.pin_dialog.reject()
    qtbot.keyClick(window.page, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    enter_pin(qtbot, window, PIN)
    assert quits == [1]


def test_leaving_the_session_early_in_hand_over_locks(qtbot, clinic_window):
    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    clinic.unlock(PIN)
    window.clinic.start_handover(history.profile("Client B"), "p1-foundations")
    answer_screening(qtbot, window)
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)  # before starting: back out
    assert isinstance(window.page, LockedScreen)
    assert not clinic.unlocked


def test_the_idle_lock_shows_the_locked_screen(qtbot, clinic_window):
    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    window.clinic.set_idle_minutes(1)
    window.clinic.idle.set_interval(50)
    qtbot.waitUntil(lambda: isinstance(window.page, LockedScreen), timeout=2000)
    assert not window.menuBar().isVisible()
    assert window.page.message.text() == IDLE


def test_a_profile_pin_guards_switching_to_it_at_home(qtbot, clinic_window, monkeypatch):
    window, clinic, history = clinic_window
    other = clinic.set_profile_pin(history.create_profile("Sam"), "5821")
    window.profiles.open(other)
    assert isinstance(window.page, LockedScreen) and window.profile.name == "default"
    qtbot.keyClick(window.page, Qt.Key.Key_Return)
    enter_pin(qtbot, window, "1234")
    assert window.profile.name == "default"
    window.clinic.pin_dialog.reject()
    qtbot.keyClick(window.page, Qt.Key.Key_Return)
    enter_pin(qtbot, window, "5821")
    assert window.profile.name == "Sam" and window.windowTitle() == "Hamsession — Sam"


def test_a_program_built_in_the_editor_round_trips_and_plays(qtbot, clinic_window, clock):
    from hamsession.ui.programs.program_editor import ProgramEditor

    window, clinic, history = clinic_window
    client = clinic.create_client("Client A")
    editor = ProgramEditor(window.programs, clinic, window)
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled()  # no title, no steps yet
    qtbot.keyClicks(editor.title, "Hamstring holds week 2")
    assert editor.program_id.text() == "hamstring-holds-week-2"
    assert "Not ready" in editor.status.text()
    editor.exercise.setCurrentIndex(editor.exercise.findData("breathing-rib-stack"))
    editor.add_step()
    editor.kind.setCurrentIndex(editor.kind.findData("breathing"))
    editor.breaths.setValue(4)
    editor.exercise.setCurrentIndex(editor.exercise.findData("ninety-ninety-hip-lift"))
    editor.add_step()
    editor.exercise.setCurrentIndex(editor.exercise.findData("ninety-ninety-hip-lift"))
    editor.sets.setValue(2)
    editor.reps.setValue(3)
    editor.hold.setValue(5)
    editor.rest.setValue(20)
    editor.sides.setCurrentIndex(editor.sides.findData("each"))
    editor.note.setText("Keep the ribs down")
    editor._on_step_edited()
    assert "Ready to save: 2 steps" in editor.status.text()
    editor.assign_to.setCurrentIndex(editor.assign_to.findData(client.id))
    assert editor.save()
    built = editor.checked

    path = window.programs.library.paths["hamstring-holds-week-2"]
    again = window.programs.open_file(str(path))
    assert replace(again, source="") == replace(built, source="")
    assert window.programs.as_saved(again)[0] == path.read_text(encoding="utf-8")
    assert window.programs.check([str(path)]) == []
    assert clinic.assigned(client) == ["hamstring-holds-week-2"]
    editor.close()

    assert window.open_program("hamstring-holds-week-2")
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    advance(player.engine, clock, player.run.timeline.total_s)
    assert isinstance(window.page, SymptomLog)
    (entry,) = history.sessions(history.profile())
    assert entry.status == "completed" and entry.program_id == "hamstring-holds-week-2"
    holds = [p for p in entry.phases if p.kind == "hold"]
    assert len(holds) == 2 * 3 * 2


def test_an_own_exercise_is_saved_and_offered_in_the_editor(qtbot, clinic_window):
    from hamsession.ui.programs.exercise_form import ExerciseForm
    from hamsession.ui.programs.program_editor import ProgramEditor

    window, clinic, _history = clinic_window
    editor = ProgramEditor(window.programs, clinic, window)
    qtbot.addWidget(editor)
    form = ExerciseForm(clinic, editor)
    form.saved.connect(editor._on_exercise_saved)
    assert not form.save()  # no name
    form.name.setText("Wall sit, short")
    form.how.setPlainText("Back to the wall.\nSlide down a little.\n")
    form.watch_for.setPlainText("Knees past toes")
    assert form.save()
    assert editor.exercise.currentData() == "wall-sit-short"
    exercise = window.programs.library.exercises["wall-sit-short"]
    assert exercise.how == ("Back to the wall.", "Slide down a little.")
    form2 = ExerciseForm(clinic, editor)
    form2.name.setText("Wall sit short")
    assert not form2.save() and "already exists" in form2.message.text()


def test_a_client_sees_builtins_and_assigned_programs_only(qtbot, clinic_window):
    window, clinic, history = clinic_window
    programs = window.programs
    own = replace(programs.program("d1-desk-break"), id="for-client-b", title="For B only")
    programs.save_program(own)
    in_clinic_mode(clinic, history)
    clinic.unlock(PIN)
    clinic.assign(history.profile("Client B"), ["for-client-b"])
    window.profiles.switch(history.profile("Client A"))
    shown = [
        window.picker.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(20)
        if window.picker.list.item(i)
    ]
    assert "for-client-b" not in shown and "p1-foundations" in shown
    window.profiles.switch(history.profile("Client B"))
    shown = [
        window.picker.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(20)
        if window.picker.list.item(i)
    ]
    assert shown[0] == "for-client-b"


def test_settings_save_target_thresholds_and_idle_lock(qtbot, clinic_window):
    from hamsession.ui.clinic.clinic_settings import ClinicSettings

    window, clinic, history = clinic_window
    dialog = ClinicSettings(clinic, history, window.profile, window)
    qtbot.addWidget(dialog)
    dialog.target.setValue(90)
    dialog.thresholds["green_pain_max"].setValue(3)
    dialog.idle.setValue(12)
    dialog.sit_bone.setChecked(True)
    dialog.emergency.setText("Call the clinic on 0123 456789, or 112.")
    dialog.new_pin.setText("8642")
    dialog.repeat_pin.setText("8643")
    assert not dialog.save() and "not the same" in dialog.message.text()
    assert history.profile().weekly_target_min is None  # nothing saved on a bad value
    dialog.repeat_pin.setText("8642")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    profile = history.profile()
    assert profile.weekly_target_min == 90
    assert history.thresholds(profile).green_pain_max == 3
    assert clinic.idle_lock_min == 12 and clinic.clinic_mode
    assert profile.flags == ("F1",)  # sit-bone pain set by the clinician
    assert clinic.emergency_words() == "Call the clinic on 0123 456789, or 112."
    clinic.lock()
    with pytest.raises(Exception, match="clinician PIN"):
        clinic.set_weekly_target(profile, None)


def test_each_page_and_dialog_the_person_sees_is_named(qtbot, clinic_window):
    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    seen = []
    window.pages.shown.connect(seen.append)
    window.clinic.show_clients()
    assert seen == ["question"]  # the clinician PIN first
    enter_pin(qtbot, window, PIN)
    assert seen[-1] == "clients"
    window.clinic.clients.reject()
    assert seen[-1] == window.pages.name  # the page under it again
    window.clinic.show_program_editor()
    assert seen[-1] == "editor"


def test_a_locked_window_shows_no_data_through_the_desk_break_menu(qtbot, clinic_window, prefs):
    """The tray or panel of desk breaks is no way around a profile's PIN: its entries are
    greyed out while locked, and the one guard refuses even if they are asked for."""
    from hamsession.ui.desk_breaks.reminders import DeskBreaks
    from tests.conftest import FakeClock

    window, clinic, history = clinic_window
    breaks = DeskBreaks(
        prefs, FakeClock(50_000.0), lambda: 0.0, tray=False, parent=window, notifier=False
    )
    window.attach_desk_breaks(breaks)
    sam = clinic.set_profile_pin(history.create_profile("Sam"), "5821")
    window.profiles.switch(sam)
    window.clinic.lock_profile(sam, window.show_picker)  # as at start on a profile with a PIN
    assert isinstance(window.page, LockedScreen)
    ways_in = (breaks.history_action, breaks.program_action, breaks.break_action)
    assert not any(action.isEnabled() for action in ways_in)
    breaks.history_requested.emit()
    breaks.program_requested.emit()
    breaks.break_requested.emit()
    window.something_wrong()
    window._on_export_triggered()
    assert isinstance(window.page, LockedScreen)
    assert window.player is None and window.desk_breaks.playing is None
    assert window.clinic.pin_dialog is None  # nothing asked for a PIN on the way either
    qtbot.keyClick(window.page, Qt.Key.Key_Return)
    enter_pin(qtbot, window, "5821")
    assert all(action.isEnabled() for action in ways_in)
    breaks.history_requested.emit()
    assert type(window.page).__name__ == "HistoryView"


def test_opening_the_app_as_a_client_closes_clinician_functions(qtbot, clinic_window):
    window, clinic, history = clinic_window
    in_clinic_mode(clinic, history)
    window.clinic.show_clients()
    enter_pin(qtbot, window, PIN)
    clients = window.clinic.clients
    client_a = next(p for p in clinic.clients() if p.name == "Client A")
    clients.open_requested.emit(client_a)
    assert window.profile.name == "Client A" and not clinic.unlocked
    window.clinic.clients = None
    window.clinic.show_clients()  # the next person at the laptop meets the PIN
    assert window.clinic.clients is None and window.clinic.pin_dialog.isVisible()


# content.md section 1, each range at its lower end:
# code: (kind, sets, reps, hold_s, rep_s, rest_s, each side, breaths, pace)
LIBRARY_DOSES = {
    "E01": ("breathing", 1, 1, 0, 0, 30, False, 6, (3, 7)),
    "E02": ("hold", 2, 5, 5, 0, 45, False, 0, None),
    "E03": ("hold", 2, 5, 5, 0, 45, False, 0, None),
    "E04": ("hold", 2, 8, 3, 0, 60, False, 0, None),
    "E05": ("hold", 2, 5, 5, 0, 60, True, 0, None),
    "E06": ("move", 2, 12, 0, 2.5, 45, False, 0, None),  # 6 marches a side, alternating
    "E07": ("move", 2, 8, 0, 3, 60, False, 0, None),
    "E08": ("move", 2, 10, 0, 3, 45, False, 0, None),
    "E09": ("move", 2, 8, 0, 3, 60, False, 0, None),
    "E10": ("move", 2, 6, 0, 4, 60, False, 0, None),
    "E11": ("move", 2, 8, 0, 4, 30, False, 0, None),
    "E12": ("move", 2, 8, 0, 4, 60, False, 0, None),
    "E13": ("move", 2, 6, 0, 4, 45, True, 0, None),
    "E14": ("move", 2, 8, 0, 3, 60, False, 0, None),
    "E15": ("move", 2, 8, 0, 3, 60, True, 0, None),
    "E16": ("move", 1, 10, 0, 2, 30, True, 0, None),
    "E17": ("hold", 1, 2, 30, 0, 30, True, 0, None),
    "E18": ("hold", 1, 2, 30, 0, 30, True, 0, None),
    "E19": ("hold", 1, 2, 30, 0, 30, False, 0, None),
    "E20": ("breathing", 1, 1, 0, 0, 30, False, 9, (3, 7)),
    "E21": ("hold", 1, 2, 30, 0, 30, False, 0, None),
    "E22": ("hold", 1, 2, 30, 0, 30, False, 0, None),
    "E23": ("hold", 1, 2, 30, 0, 30, True, 0, None),
    "E24": ("hold", 1, 1, 60, 0, 30, True, 0, None),
    "E25": ("move", 2, 15, 0, 3, 20, False, 0, None),
    "E26": ("move", 2, 6, 0, 4, 20, False, 0, None),
    "E27": ("continuous", 1, 1, 0, 0, 30, False, 0, None),  # 5 min (for_s, checked below)
    "E28": ("continuous", 4, 1, 0, 0, 60, False, 0, None),
}


def test_every_library_exercise_is_added_at_its_own_dose(qtbot, clinic_window):
    from hamsession.ui.programs.program_editor import ProgramEditor

    window, clinic, _history = clinic_window
    editor = ProgramEditor(window.programs, clinic, window)
    qtbot.addWidget(editor)
    by_code = {e.code: e for e in window.programs.library.exercises.values()}
    offered = {editor.exercise.itemData(i) for i in range(editor.exercise.count())}
    assert len(offered) == len(by_code)  # no placeholder left in the library
    found, walks = {}, []
    for code in LIBRARY_DOSES:
        editor.exercise.setCurrentIndex(editor.exercise.findData(by_code[code].id))
        editor.add_step()
        step = editor._steps[editor.step_list.currentRow()]
        pace = (step.breath.inhale_s, step.breath.exhale_s)
        if step.kind.value == "continuous":
            walks.append((step.for_s, step.cue_every_s))
        found[code] = (
            step.kind.value,
            step.sets,
            step.reps,
            step.hold_s,
            step.rep_s,
            step.rest_s,
            len(step.sides) == 2,
            step.breaths,
            pace if step.kind.value == "breathing" else None,
        )
    assert found == LIBRARY_DOSES
    assert walks == [(300, 0), (300, 120)]  # E27 walks 5 min; E28 says a cue every 2 min
    editor.close()


def test_a_pasted_control_character_never_reaches_the_file(qtbot, clinic_window):
    from hamsession.ui.programs.program_editor import ProgramEditor

    window, clinic, _history = clinic_window
    editor = ProgramEditor(window.programs, clinic, window)
    qtbot.addWidget(editor)
    editor.title.setText("Desk\x7f break\x1b")
    editor.exercise.setCurrentIndex(editor.exercise.findData("breathing-rib-stack"))
    editor.add_step()
    assert editor.program().title == "Desk break"
    assert editor.validate()
    editor.close()


def test_a_step_keeps_its_own_cues_until_its_exercise_is_changed(qtbot, clinic_window):
    from hamsession.ui.programs.program_editor import ProgramEditor

    window, clinic, _history = clinic_window
    editor = ProgramEditor(window.programs, clinic, window)
    qtbot.addWidget(editor)
    editor.load("d1-desk-break")
    editor.step_list.setCurrentRow(3)  # the standing hip-flexor stretch
    editor.note.setText("Slowly")
    editor._on_step_edited()
    kept = editor.program().steps[3]
    assert kept.position.startswith("Standing") and "stride back" in kept.how[0]
    editor.exercise.setCurrentIndex(editor.exercise.findData("inner-thigh-stretch"))
    editor._on_step_edited()
    changed = editor.program().steps[3]
    assert changed.exercise.id == "inner-thigh-stretch"
    assert changed.position == "" and changed.how == ()
    editor.close()


def test_the_shared_server_is_kept_without_its_password(qtbot, clinic_window, tmp_path):
    from hamsession.services.preferences import Preferences
    from hamsession.ui.clinic.clinic_settings import ClinicSettings

    window, clinic, history = clinic_window
    prefs = Preferences(tmp_path / "laptop.ini")
    dialog = ClinicSettings(clinic, history, window.profile, window, 1.0, prefs)
    qtbot.addWidget(dialog)
    dialog.server.setText("mysql://db.lan/hs")
    assert not dialog.save() and "postgresql://" in dialog.message.text()
    assert prefs.current.database == ""
    dialog.server.setText("postgresql+psycopg://clinic:s3cret@db.lan/hs?sslmode=require")
    assert dialog.save()
    assert prefs.current.database == "postgresql+psycopg://clinic@db.lan/hs?sslmode=require"
    assert "s3cret" not in (tmp_path / "laptop.ini").read_text()
    assert "next start" in dialog.notes and "~/.pgpass" in dialog.notes


def test_the_ideas_behind_a_program_are_shown_once_on_the_player(qtbot, clinic_window, clock):
    from hamsession.domain.engine import EngineState

    window, _clinic, history = clinic_window
    assert window.open_program("p4-strength-first-back")
    player = window.player
    assert player.view.card_shown
    why = player.view.why.text()
    assert why.startswith("Strength first, then a short stretch")
    assert "Learn the hinge before you load it" in why and "(Sources: [004])" in why
    qtbot.keyClick(player, Qt.Key.Key_Space)  # Space still starts at once
    assert player.engine.state is EngineState.RUNNING and not player.view.card_shown
    player.ask_end()
    player.confirm_end()
    window.show_picker()
    assert window.open_program("p4-strength-first-back")
    assert not window.player.view.card_shown  # seen: not again for this profile
    other = history.create_profile("Client B")
    assert history.repos.cards.seen(other.id) == set()
    window.menu_actions["why"].trigger()
    text = window.why_dialog.findChild(QPlainTextEdit).toPlainText()
    assert text.count("(Sources:") == 5
    window.why_dialog.close()
