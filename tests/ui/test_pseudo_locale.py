"""No interface text reaches the screen untranslated.

The catalogue of this test is the code's own strings compiled with every entry marked
(``pyside6-lrelease -markuntranslated``): each translated text then begins with the
mark. The test walks the window's pages, menus and dialogs and looks at every text a
person could see or hear; any without the mark was never translated. The editor, the
settings, desk breaks, the check-ins, safety notices and the smaller dialogs are walked in
``test_pseudo_locale_dialogs.py`` with the helpers here.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)
from scripts import translations

MARK = "⟦"


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pseudo")
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    translations.extract(ts, "de")
    subprocess.run(
        [translations.tool("pyside6-lrelease"), "-markuntranslated", MARK, str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


@pytest.fixture
def marked(qapp, pseudo):
    translator = QTranslator()
    assert translator.load(str(pseudo))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything readable in ``widget`` and the widgets in it."""
    found: list[tuple[str, str]] = []
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        kind = type(w).__name__
        if isinstance(w, QLabel) or (isinstance(w, QAbstractButton) and not _qt_standard(w)):
            found.append((kind, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((kind, w.title()))
        elif isinstance(w, QLineEdit):
            found.append((kind + " placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            found += [(kind + " item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            found += [(kind + " item", w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            found.append((kind + " placeholder", w.placeholderText()))
        elif isinstance(w, QTableWidget):
            found += [(kind + " header", h.text()) for h in _headers(w) if h is not None]
        if isinstance(w, QAbstractSpinBox):
            found.append((kind + " special value", w.specialValueText()))
            if isinstance(w, QSpinBox | QDoubleSpinBox):
                found += [(kind + " prefix", w.prefix()), (kind + " suffix", w.suffix())]
        found.append((kind + " accessible name", w.accessibleName()))
        found.append((kind + " accessible description", w.accessibleDescription()))
        found.append((kind + " tooltip", w.toolTip()))
        if w.isWindow():
            found.append((kind + " title", w.windowTitle()))
    return found


def _headers(table: QTableWidget) -> list:
    return [table.horizontalHeaderItem(c) for c in range(table.columnCount())] + [
        table.verticalHeaderItem(r) for r in range(table.rowCount())
    ]


def _qt_standard(button: QAbstractButton) -> bool:
    """A dialog's standard button (Close, Cancel): Qt's own catalogue translates it."""
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != (
        QDialogButtonBox.StandardButton.NoButton
    )


def unmarked(found: list[tuple[str, str]], allowed: set[str]) -> list[str]:
    """Texts with words in them that carry no mark (content and names aside)."""
    bad = []
    for where, text in found:
        words = text.strip()
        if not words or not any(c.isalpha() for c in words) or MARK in words:
            continue
        if words in allowed:
            continue
        bad.append(f"{where}: {words!r}")
    return sorted(set(bad))


def menus_of(window) -> list[tuple[str, str]]:
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        found.append(("menu", menu.title()))
        found += [("menu entry", a.text()) for a in menu.actions() if not a.isSeparator()]
    return found


def test_menus_and_window_chrome_are_translated(marked, window):
    window.rebuild_menus()
    bad = unmarked(menus_of(window), {"Hamsession"})
    assert not bad, "\n".join(bad)


def test_dialogs_of_the_help_menu_are_translated(marked, qtbot, window):
    window.show_why()
    bad = unmarked(texts_of(window.why_dialog), set())
    window.why_dialog.close()
    window.show_references()
    bad += unmarked([("title", window.references_dialog.windowTitle())], set())
    window.references_dialog.close()
    assert not bad, "\n".join(bad)


def content_of(programs) -> set[str]:
    """Every text of the built-in library (names, titles, cues, doses), which the
    content catalogues translate, not the interface's."""
    from dataclasses import fields, is_dataclass

    from hamsession.services.cards import every_card
    from hamsession.services.programs import dose_text

    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif is_dataclass(value):
            for f in fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    library = programs.library
    walk(list(library.exercises.values()))
    walk(every_card())
    for program in library.programs.values():
        walk(program)
        found.update(dose_text(step) for step in program.steps)
    return {text for text in found if len(text) > 2}


def words_left(text: str, content: set[str]) -> list[str]:
    """The words of ``text`` once the library's texts are taken out: what the interface
    itself wrote."""
    for piece in sorted(content, key=len, reverse=True):
        if piece in text:
            text = text.replace(piece, " ")
    return re.findall(r"[^\W\d_]+", text)


#: Words still written in English by the services and the domain, if any: they reach the
#: screen untranslated. This list may only shrink.
STILL_ENGLISH: set[str] = set()


def outside_the_ui(found, content) -> list[str]:
    bad = []
    for where, text in found:
        if MARK in text or set(words_left(text, content)) <= STILL_ENGLISH:
            continue
        bad.append(f"{where}: {text.strip()!r}")
    return sorted(set(bad))


def test_the_picker_player_and_history_are_translated(marked, qtbot, window, programs):
    content = content_of(programs)
    seen = []
    window.show_picker()
    seen += texts_of(window.centralWidget())
    window.open_program("p1-foundations")
    seen += texts_of(window.centralWidget())
    window.show_picker()
    window.show_history()
    seen += texts_of(window.centralWidget())
    bad = outside_the_ui(seen, content)
    assert not bad, "\n".join(bad)


def test_the_safety_questions_are_translated(marked, qtbot, window, programs):
    window.something_wrong()
    bad = outside_the_ui(texts_of(window.centralWidget()), content_of(programs))
    assert window.pages.name != "picker" and not bad, "\n".join(bad)


def test_the_symptom_log_and_the_summary_are_translated(marked, qtbot, window, clock, programs):
    from tests.ui.test_symptom_log import finish_a_session

    finish_a_session(qtbot, window, clock, "p1-foundations")
    assert window.pages.name == "symptom_log"
    seen = texts_of(window.centralWidget())
    qtbot.keyClicks(window.page.pain_worst, "1")
    qtbot.keyClicks(window.page.pain_now, "0")
    qtbot.keyClicks(window.page.effort, "4")
    window.page.save()
    assert window.pages.name == "summary"
    seen += texts_of(window.centralWidget())
    bad = outside_the_ui(seen, content_of(programs))
    assert not bad, "\n".join(bad)


def test_the_clinic_pages_are_translated(marked, qtbot, clinic_window, programs):
    window, _clinic, _history = clinic_window
    window.clinic.show_clients()
    seen = texts_of(window.centralWidget())
    seen += [t for d in window.findChildren(QWidget) if d.isWindow() for t in texts_of(d)]
    window.clinic.lock()
    seen += texts_of(window.centralWidget())
    bad = outside_the_ui(seen, content_of(programs) | {"default"})
    assert not bad, "\n".join(bad)
