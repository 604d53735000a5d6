"""The charts load in the background once the window is idle, never while a session
plays, and an empty history view (nobody's data) is then ready for the first opening."""

from __future__ import annotations

import pytest

from hamsession.ui.history import chart_preload


@pytest.fixture
def fresh(monkeypatch):
    """As if nothing had loaded the charts in this process yet."""
    monkeypatch.setattr(chart_preload, "_thread", None)
    monkeypatch.setattr(chart_preload, "RETRY_MS", 20)


def test_nothing_loads_while_a_session_plays(qtbot, fresh):
    playing = [True]
    preload = chart_preload.ChartPreload(lambda: playing[0])
    preload.start(0)
    qtbot.wait(100)
    assert chart_preload._thread is None  # looked, and waited
    playing[0] = False
    with qtbot.waitSignal(preload.ready, timeout=10_000):
        pass
    assert chart_preload.loaded()
    assert chart_preload._thread.name == "hamsession-charts"
    preload.stop()


def test_the_idle_window_draws_the_history_ahead_and_keeps_an_empty_view_ready(
    qtbot, fresh, window
):
    flow = window.history_flow
    assert flow._spare is None and flow._view is None  # nothing before the charts load
    rendered = []
    window.history_rendered.connect(lambda *args: rendered.append(args))
    with qtbot.waitSignal(flow.prepared, timeout=15_000):
        flow._preload.start(0)
    ahead = flow._view
    assert ahead is not None and not ahead.isVisible()
    assert flow._shows[0] == window.profile.id  # the profile on screen's, nobody else's
    with qtbot.waitSignal(flow.prepared, timeout=15_000):
        pass  # the next empty view
    spare = flow._spare
    assert spare is not None and not spare.isVisible() and spare is not ahead
    assert len(spare.data) == 0 and spare.program.count() == 1  # holds nobody's data
    assert rendered == []  # drawing ahead reports nothing
    with qtbot.waitSignal(window.history_rendered):
        window.show_history()
    assert window.page is ahead and flow._spare is spare
    window.show_picker()
    flow.forget()  # another profile comes on screen (or the laptop locks)
    assert flow._view is None and ahead is not window.page
