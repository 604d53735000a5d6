"""Emergency words for where the person lives (and a clinic's own)."""

from __future__ import annotations

import pytest

from hamsession.domain.emergency import ANYWHERE, emergency_words, out_of_hours_words, territory
from hamsession.domain.safety import BY_ID, message


@pytest.mark.parametrize(
    ("environ", "country"),
    [
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"LANGUAGE": "de_DE:en", "LANG": "en_US.UTF-8"}, "DE"),
        ({"LANGUAGE": "en", "LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, "FR"),
        ({"LC_MESSAGES": "en_AU.UTF-8"}, "AU"),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
    ],
)
def test_the_country_comes_from_the_locale_variables(environ, country):
    assert territory(environ) == country


@pytest.mark.parametrize(
    ("country", "number"),
    [
        ("GB", "999"),
        ("GB", "111"),
        ("DE", "112"),
        ("FR", "112"),
        ("IE", "112"),
        ("US", "911"),
        ("CA", "911"),
        ("AU", "000"),
    ],
)
def test_the_right_number_for_the_country(country, number):
    assert number in emergency_words(country)


def test_elsewhere_a_plain_local_emergency_number_and_a_clinic_may_write_its_own():
    assert emergency_words("JP") == ANYWHERE == emergency_words(None)
    own = "Call reception on 0123 456 789, or 112."
    assert emergency_words("DE", own) == own


def test_the_emergency_messages_name_the_service_once():
    for flag in ("saddle_bladder_bowel", "postpartum_warning"):
        text = message(BY_ID[flag], emergency_words("US"))
        assert text.count("911") == 1 and "{where}" not in text
    assert "A&E" in message(BY_ID["saddle_bladder_bowel"], emergency_words("GB"))


def test_a_doctor_out_of_hours_where_the_country_has_one_number():
    assert "116 117" in out_of_hours_words("DE")
    assert "1450" in out_of_hours_words("AT")
    assert "111" in out_of_hours_words("GB")
    assert out_of_hours_words("FR") == out_of_hours_words(None) == ""
