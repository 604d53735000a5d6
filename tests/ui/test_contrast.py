"""Every coloured text and chart mark against its background, in a light and a dark
theme: text at least 4.5:1 (3:1 for large text), chart and figure marks at least 3:1."""

from __future__ import annotations

import pytest

from hamsession.domain.contrast import LARGE_TEXT, MARKS, TEXT, contrast
from hamsession.ui.checkin.safety_notice import URGENCY_COLOURS
from hamsession.ui.history.chart_parts import ON_DARK, ON_LIGHT, marks_for
from hamsession.ui.session.player_view import PHASE_COLOURS
from hamsession.ui.widgets.figure_drawing import DARK, LIGHT
from hamsession.ui.widgets.theme_colours import AMBER, ERROR, INFO

#: The windows and bases text and charts sit on: Fusion's light and dark palettes and
#: what the desktop themes around them use.
LIGHT_WINDOWS = ("#efefef", "#ffffff", "#f6f5f4")
DARK_WINDOWS = ("#353535", "#2b2b2b", "#1e1e1e")
PLAYER_BACKGROUNDS = ("#15191d", "#1f252b")  # the player's page and its card


def test_contrast_is_measured_as_wcag_does():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("pair", [ERROR, AMBER, INFO, *URGENCY_COLOURS.values()])
def test_warning_and_error_text_reads_in_both_themes(pair):
    light, dark = pair
    for window in LIGHT_WINDOWS:
        assert contrast(light, window) >= TEXT, (light, window)
    for window in DARK_WINDOWS:
        assert contrast(dark, window) >= TEXT, (dark, window)


def test_the_player_text_reads_on_its_dark_page():
    for background in PLAYER_BACKGROUNDS:
        for text in ("#f2f2f2", "#b8c0c8", "#8a939c", "#F0E442"):  # text, muted, paused
            assert contrast(text, background) >= TEXT, (text, background)
        for phase, colour in PHASE_COLOURS.items():  # the phase word: large and bold
            assert contrast(colour, background) >= LARGE_TEXT, phase


def test_chart_marks_stand_out_on_light_and_dark_bases():
    for base in LIGHT_WINDOWS:
        assert marks_for(base) is ON_LIGHT
        for name, colour in vars(ON_LIGHT).items():
            assert contrast(colour, base) >= MARKS, (name, colour, base)
    for base in DARK_WINDOWS:
        assert marks_for(base) is ON_DARK
        for name, colour in vars(ON_DARK).items():
            assert contrast(colour, base) >= MARKS, (name, colour, base)


def test_the_focus_ring_stands_out_in_both_themes():
    from hamsession.ui.widgets.focus_style import RINGS

    for window in LIGHT_WINDOWS:
        assert contrast(RINGS[0], window) >= MARKS
    for window in DARK_WINDOWS:
        assert contrast(RINGS[1], window) >= MARKS


def test_figure_lines_stand_out_where_they_are_drawn():
    for colour in (LIGHT.body, LIGHT.working, LIGHT.other, LIGHT.prop):
        assert contrast(colour, LIGHT.background) >= MARKS, colour
    for colour in (DARK.body, DARK.working, DARK.other, DARK.prop):
        assert contrast(colour, PLAYER_BACKGROUNDS[0]) >= MARKS, colour
