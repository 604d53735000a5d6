"""Update the interface's catalogues (``make translations``).

Extracts every translatable string of ``src/hamsession`` with ``pyside6-lupdate`` into
``resources/translations/hamsession_<language>.ts`` (strings no longer in the code are
dropped; translations already made are kept), fills the English catalogue's plural forms
("%n session(s)" as "%n session" / "%n sessions"), and compiles each catalogue to its
``.qm`` with ``pyside6-lrelease``. Translators then work on the .ts files (Qt Linguist, or
any editor) and run it again.

    python scripts/translations.py            # update and compile
    python scripts/translations.py --check    # only say whether anything is out of date
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from hamsession.domain.words import english_forms

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "hamsession"
FOLDER = ROOT / "resources" / "translations"
CATALOGUE = "hamsession"
#: The languages there are catalogues for; English is the source, its catalogue holds
#: the plural forms only.
LANGUAGES = ("en", "de")


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def catalogue(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def extract(ts: Path, language: str) -> None:
    """Bring one catalogue level with the code (made when missing)."""
    subprocess.run(
        [tool("pyside6-lupdate"), *source_files(), "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", language, "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip


def english_plurals(ts: Path) -> None:
    """The English catalogue: each plural message gets its two forms, nothing else."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = "\n            "
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def compile_qm(ts: Path, qm: Path, *extra: str) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), *extra, str(ts), "-qm", str(qm)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = catalogue(language, folder)
        extract(ts, language)
        if language == "en":
            english_plurals(ts)
        compile_qm(ts, ts.with_suffix(".qm"))


def out_of_date() -> list[str]:
    """The catalogues that ``update`` would change."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for language in LANGUAGES:
            if catalogue(language).exists():
                shutil.copy(catalogue(language), catalogue(language, copy))
        update(copy)
        for language in LANGUAGES:
            for suffix in (".ts", ".qm"):
                ours = catalogue(language).with_suffix(suffix)
                fresh = catalogue(language, copy).with_suffix(suffix)
                if not ours.exists() or ours.read_bytes() != fresh.read_bytes():
                    stale.append(ours.name)
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args()
    if args.check:
        stale = out_of_date()
        for name in stale:
            print(f"{name} is out of date: run make translations")
        return 1 if stale else 0
    update()
    print(f"catalogues updated in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
