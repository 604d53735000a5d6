"""The window plays on while another program holds the history file, says so once, and
writes the kept record by itself once the file is free."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.conftest import advance


def test_the_window_keeps_the_record_and_writes_it_when_the_file_is_free(
    qtbot, window, history, clock
):
    other = sqlite3.connect(history.db.path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # a command-line import, in the middle of its work
    try:
        window.open_program("d1-desk-break")
        player = window.player
        qtbot.keyClick(player, Qt.Key.Key_Space)
        advance(player.engine, clock, 40)
        recorder = player.run.recorder
        assert recorder.pending > 3
        assert "Another program is writing to your history" in window.statusBar().currentMessage()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: recorder.pending == 0, timeout=6000)  # the window's own retry
    (entry,) = history.sessions(history.profile())
    assert len(entry.phases) >= 3
