"""The domain's and the services' texts: English as written, or through the translator
the app hands over."""

from __future__ import annotations

import pytest

from hamsession.domain import words


class BreathWords(words.Words):
    pass


@pytest.fixture
def german():
    seen = []

    def fake(context, text, disambiguation, n):
        seen.append((context, text, n))
        return f"DE[{text}]" if n < 0 else f"DE[{text}]".replace("%n", str(n))

    words.use(fake)
    yield seen
    words.use(None)


def test_english_as_written_without_a_translator():
    assert words.translate("Dose", "Rest") == "Rest"
    assert BreathWords.tr("%n breath(s)", "", 1) == "1 breath"
    assert BreathWords.tr("%n breath(s)", "", 6) == "6 breaths"
    assert words.english_plural("%n match(es)", 2) == "2 matches"


def test_the_translator_gets_the_context_and_the_count(german):
    assert words.translate("Dose", "Rest") == "DE[Rest]"
    assert BreathWords.tr("%n breath(s)", "", 3) == "DE[3 breath(s)]"
    assert german == [("Dose", "Rest", -1), ("BreathWords", "%n breath(s)", 3)]


def test_a_marked_constant_is_its_text():
    assert words.QT_TRANSLATE_NOOP("Safety", "Back pain") == "Back pain"


def test_numbers_take_the_languages_decimal_point():
    assert words.number(2.5) == "2.5" and words.number(7.0, ".1f") == "7.0"
    words.use(lambda context, text, disambiguation, n: text, ",")
    try:
        assert words.number(2.5) == "2,5"
        assert words.number(6.25, ".1f") == "6,2"
        assert words.number(5.0) == "5"
    finally:
        words.use(None)
    assert words.number(2.5) == "2.5"
