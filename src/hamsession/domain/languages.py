"""Which language to speak: the one chosen in Settings, else the desktop's.

The desktop's languages are read as the C library reads them: ``LC_ALL``, else
``LC_MESSAGES``, else ``LANG`` names the locale, and ``LANGUAGE`` (a colon-separated list)
comes before it unless the locale is plain "C". The first one there are texts for wins;
English, the language the texts are written in, when none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

SOURCE_LANGUAGE = "en"


def code_of(name: str) -> str:
    """``de_AT.UTF-8@euro`` → ``de``."""
    for separator in (".", "@", "_", "-"):
        name = name.split(separator, 1)[0]
    return name.strip().lower()


def desktop_languages(environ: Mapping[str, str]) -> list[str]:
    """The desktop's languages, most wanted first (codes, possibly repeated)."""
    locale = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    if not locale or code_of(locale) in ("c", "posix"):
        return []
    wanted = [code_of(part) for part in environ.get("LANGUAGE", "").split(":") if part]
    return [*wanted, code_of(locale)]


def pick_language(chosen: str, available: Iterable[str], environ: Mapping[str, str]) -> str:
    """The language to use: ``chosen`` (Settings) when there are texts for it, else the
    desktop's first such language, else English."""
    have = {SOURCE_LANGUAGE, *available}
    if chosen in have:
        return chosen
    return next((code for code in desktop_languages(environ) if code in have), SOURCE_LANGUAGE)
