"""The interface's catalogues: level with the code, compiled, and German complete."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from scripts import translations

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(language: str):
    """(context, source, numerus, translation texts, its type) of one catalogue."""
    tree = ET.parse(translations.catalogue(language))
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            yield (
                name,
                message.findtext("source"),
                message.get("numerus") == "yes",
                texts,
                (translation.get("type")),
            )


def test_the_catalogues_are_level_with_the_code_and_compiled():
    stale = translations.out_of_date()
    assert not stale, f"run make translations: {stale} differ from what the code says"


@pytest.mark.parametrize("language", ["de"])
def test_every_string_is_translated(language):
    missing = [
        f"{context}: {source!r}"
        for context, source, _numerus, texts, kind in messages(language)
        if kind is not None or not all(t.strip() for t in texts)
    ]
    assert not missing, f"{len(missing)} not translated in {language}:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["de", "en"])
def test_translations_keep_the_placeholders(language):
    wrong = []
    for context, source, numerus, texts, kind in messages(language):
        if kind is not None:
            continue  # not translated (English: only plurals are)
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if numerus and "%n" not in text:
                wrong.append(f"{context}: {source!r} -> {text!r} (no %n)")
            if source.count("&") == 1 and text.count("&") != 1:  # a menu's key letter
                wrong.append(f"{context}: {source!r} -> {text!r} (key letter)")
    assert not wrong, "\n".join(wrong)


def test_english_plurals_read_as_english():
    plurals = {s: t for _c, s, numerus, t, _k in messages("en") if numerus}
    for source, (one, many) in plurals.items():
        assert "(s)" not in one + many, source
