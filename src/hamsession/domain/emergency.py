"""Where the emergency messages send someone, by the country of the desktop's locale.

The country comes from the same variables Qt reads for the language (LANGUAGE,
LC_ALL, LC_MESSAGES, LANG): the first value that names a territory
(``en_GB.UTF-8`` → ``GB``). A clinic can write its own words instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

_TERRITORY = re.compile(r"^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b")

#: 112 reaches the emergency services across the European Union (and these neighbours).
_EU_112 = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
        "CH",
    ]
)
#: The sentences in English, as marked; :func:`emergency_words` translates the one it picks.
_WORDS = {
    "GB": QT_TRANSLATE_NOOP("Emergency", "Go to A&E now, or call 999 or 111."),
    "US": QT_TRANSLATE_NOOP("Emergency", "Call 911 or go to an emergency room now."),
    "CA": QT_TRANSLATE_NOOP("Emergency", "Call 911 or go to an emergency department now."),
    "AU": QT_TRANSLATE_NOOP("Emergency", "Call 000 or go to an emergency department now."),
    "NZ": QT_TRANSLATE_NOOP("Emergency", "Call 111 or go to an emergency department now."),
}
_EU_WORDS = QT_TRANSLATE_NOOP("Emergency", "Call 112 or go to an emergency department now.")
ANYWHERE = QT_TRANSLATE_NOOP(
    "Emergency", "Call your local emergency number or go to an emergency department now."
)
#: The national number for a doctor out of hours, where a country has one: NHS 111 in the
#: UK, the medical on-call service 116 117 in Germany, the health line 1450 in Austria.
_OUT_OF_HOURS = {"GB": "111", "DE": "116 117", "AT": "1450"}
_OUT_OF_HOURS_WORDS = QT_TRANSLATE_NOOP(
    "Emergency", "If your doctor's practice is closed, call the out-of-hours service on {number}."
)


def territory(environ: Mapping[str, str]) -> str | None:
    """The two-letter country of the first locale variable that names one."""
    values = environ.get("LANGUAGE", "").split(":")
    values += [environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for value in values:
        found = _TERRITORY.match(value.strip())
        if found:
            code = found.group(1).upper()
            return "GB" if code == "UK" else code
    return None


def emergency_words(country: str | None, clinic_text: str = "") -> str:
    """One sentence naming the emergency service: the clinic's own words if it wrote
    some (as written), else the right number for the country, else a plain "local emergency
    number" (these in the language in use; the country, not the language, picks the number)."""
    if clinic_text.strip():
        return " ".join(clinic_text.split())
    if country in _WORDS:
        return translate("Emergency", _WORDS[country])
    if country in _EU_112:
        return translate("Emergency", _EU_WORDS)
    return translate("Emergency", ANYWHERE)


def out_of_hours_words(country: str | None) -> str:
    """Where to reach a doctor today when the practice is closed, for a message that asks
    for a doctor the same day; "" where this version knows no national number."""
    number = _OUT_OF_HOURS.get(country or "")
    if number is None:
        return ""
    return translate("Emergency", _OUT_OF_HOURS_WORDS).format(number=number)
