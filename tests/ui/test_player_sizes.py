"""The player read from a mat: text and pacer sized by the window, every control on screen
(product.md readability: the phase word >= 8 %, the count >= 25 % of the window's height)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from hamsession.ui.widgets.text_scale import SCALE_STEP

SIZES = [(1366, 768), (1920, 1080)]


def inside(widget, window) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("full", [True, False], ids=["full screen", "windowed"])
@pytest.mark.parametrize("larger", [0, 3], ids=["default text", "Ctrl+= x3"])
def test_text_and_controls_at_every_size(qtbot, window, width, height, full, larger):
    if not full:
        width, height = int(width * 0.9), height - 70  # a window with a frame and a panel
    window.resize(width, height)
    window.open_program("p1-foundations")
    for _ in range(larger):
        window.scale_text(SCALE_STEP)
    QApplication.processEvents()
    view, h = window.player.view, window.height()
    controls = (
        view.pause_button,
        view.end_button,
        view.mute,
        view.volume,
        view.progress,
        view.remaining,
        view.next,
        view.countdown,
        view.phase,
        view.pacer,
        view.side,
    )
    assert h == height
    if full:
        assert view.phase.font().pixelSize() >= 0.08 * h
        assert view.countdown.font().pixelSize() >= 0.25 * h
        assert view.how.font().pixelSize() >= 0.03 * h
    assert view.pacer.height() >= h / 4 - 1
    for control in controls:
        assert control.isVisible() and inside(control, window), control
    # Paused (the state line comes) and asked to end (the question comes): still all there.
    window.player.toggle()
    window.player.toggle()
    window.player.ask_end()
    QApplication.processEvents()
    assert view.state_hint.isVisible() and view.confirm.isVisible()
    for control in controls:
        assert control.isVisible() and inside(control, window), control
    assert view.pacer.height() >= h / 4 - 1
