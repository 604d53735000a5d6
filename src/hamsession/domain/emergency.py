"""Where the emergency messages send someone, by the country of the desktop's locale.

The country comes from the same variables Qt reads for the language (LANGUAGE,
LC_ALL, LC_MESSAGES, LANG): the first value that names a territory
(``en_GB.UTF-8`` → ``GB``). A clinic can write its own words instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

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
_WORDS = {
    "GB": "Go to A&E now, or call 999 or 111.",
    "US": "Call 911 or go to an emergency room now.",
    "CA": "Call 911 or go to an emergency department now.",
    "AU": "Call 000 or go to an emergency department now.",
    "NZ": "Call 111 or go to an emergency department now.",
}
_EU_WORDS = "Call 112 or go to an emergency department now."
ANYWHERE = "Call your local emergency number or go to an emergency department now."


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
    some, else the right number for the country, else a plain "local emergency number"."""
    if clinic_text.strip():
        return " ".join(clinic_text.split())
    if country in _WORDS:
        return _WORDS[country]
    if country in _EU_112:
        return _EU_WORDS
    return ANYWHERE
