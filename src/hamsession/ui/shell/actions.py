"""The menus, declared as one table: each row is a menu entry with its keys, what it
does, and when it is there. The window builds its menu bar from the table again when
what it has changes (the history opens, desk breaks come)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from hamsession.ui.widgets.text_scale import SCALE_STEP

#: The menus, in the order they first appear (marked here, translated when built).
SESSION = QT_TRANSLATE_NOOP("Menus", "&Session")
VIEW = QT_TRANSLATE_NOOP("Menus", "&View")
SOUND = QT_TRANSLATE_NOOP("Menus", "S&ound")
CLINIC = QT_TRANSLATE_NOOP("Menus", "&Clinic")
SETTINGS = QT_TRANSLATE_NOOP("Menus", "Se&ttings")
HELP = QT_TRANSLATE_NOOP("Menus", "&Help")


@dataclass(frozen=True)
class Act:
    name: str  # the QAction is kept under this name
    menu: str  # marked for translation in the table, translated when built
    text: str
    handler: Callable
    keys: tuple[str, ...] = ()
    checked: Callable[[], bool] | None = None  # a toggle, and where its state comes from
    for_client: bool = False  # stays usable while a client has the laptop
    when: Callable[[], bool] = lambda: True  # the row is there only when this holds


def menu_table(w: Any) -> list[Act]:
    """The rows for the main window ``w``."""
    history = lambda: w.history is not None  # noqa: E731 (conditions read as a column)
    clinic = lambda: w.clinic is not None  # noqa: E731
    breaks = lambda: w.desk_breaks is not None  # noqa: E731
    return [
        Act(
            "programs",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "&Programs"),
            w.show_picker_if_idle,
        ),
        Act(
            "worried",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "Something feels &wrong…"),
            w.something_wrong,
            when=history,
        ),
        Act(
            "pelvic",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "Ask &pelvic-floor questions after sessions"),
            lambda on: w.profiles.set_pelvic_floor_items(on),
            checked=lambda: w.profile.pelvic_floor_items,
            when=history,
        ),
        Act(
            "export",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "&Export history…"),
            w._on_export_triggered,
            when=history,
        ),
        Act(
            "import",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "&Import history…"),
            w._on_import_triggered,
            when=history,
        ),
        Act(
            "switch",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "S&witch profile…"),
            lambda: w.profiles.ask(),
            ("Ctrl+P",),
            when=history,
        ),
        Act(
            "desk_break",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "&Desk break now"),
            lambda: w.desk_breaks.play(),
            ("Ctrl+B",),
            when=breaks,
        ),
        Act(
            "break_settings",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "Desk-break &reminders…"),
            lambda: w.desk_breaks.settings(),
            when=breaks,
        ),
        Act(
            "quit",
            SESSION,
            QT_TRANSLATE_NOOP("Menus", "&Quit"),
            w.request_quit,
            ("Ctrl+Q",),
            for_client=True,
        ),
        Act(
            "history",
            VIEW,
            QT_TRANSLATE_NOOP("Menus", "&History"),
            w.show_history,
            ("Ctrl+H",),
            when=history,
        ),
        Act(
            "full_screen",
            VIEW,
            QT_TRANSLATE_NOOP("Menus", "&Full screen"),
            w.toggle_full_screen,
            ("F11",),
        ),
        Act(
            "larger",
            VIEW,
            QT_TRANSLATE_NOOP("Menus", "&Larger text"),
            lambda: w.scale_text(SCALE_STEP),
            ("Ctrl+=", "Ctrl++"),
            for_client=True,
        ),
        Act(
            "smaller",
            VIEW,
            QT_TRANSLATE_NOOP("Menus", "&Smaller text"),
            lambda: w.scale_text(1 / SCALE_STEP),
            ("Ctrl+-",),
            for_client=True,
        ),
        Act(
            "reduced_motion",
            VIEW,
            QT_TRANSLATE_NOOP("Menus", "&Reduced motion (a filling bar for the pacer)"),
            w.set_reduced_motion,
            checked=lambda: w.preferences.reduced_motion,
        ),
        Act(
            "high_contrast",
            VIEW,
            QT_TRANSLATE_NOOP("Menus", "&High contrast (white on black)"),
            w.set_high_contrast,
            checked=lambda: w.preferences.high_contrast,
            for_client=True,
        ),
        Act(
            "voice",
            SOUND,
            QT_TRANSLATE_NOOP("Menus", "&Spoken cues"),
            w.set_voice,
            checked=lambda: w.preferences.voice,
        ),
        Act(
            "clients",
            CLINIC,
            QT_TRANSLATE_NOOP("Menus", "&Clients…"),
            lambda: w.clinic.show_clients(),
            ("Ctrl+K",),
            when=clinic,
        ),
        Act(
            "editor",
            CLINIC,
            QT_TRANSLATE_NOOP("Menus", "&Program editor…"),
            lambda: w.clinic.show_program_editor(),
            ("Ctrl+E",),
            when=clinic,
        ),
        Act(
            "settings",
            CLINIC,
            QT_TRANSLATE_NOOP("Menus", "Clinic &settings…"),
            lambda: w.clinic.show_settings(w.history, w.profile),
            when=clinic,
        ),
        Act(
            "lock",
            CLINIC,
            QT_TRANSLATE_NOOP("Menus", "&Lock now"),
            lambda: w.clinic.lock_now(),
            ("Ctrl+L",),
            when=clinic,
        ),
        Act(
            "language",
            SETTINGS,
            QT_TRANSLATE_NOOP("Menus", "&Language…"),
            w.choose_language,
        ),
        Act(
            "why",
            HELP,
            QT_TRANSLATE_NOOP("Menus", "&Why these exercises…"),
            w.show_why,
        ),
        Act(
            "references",
            HELP,
            QT_TRANSLATE_NOOP("Menus", "&References…"),
            w.show_references,
        ),
        Act(
            "about",
            HELP,
            QT_TRANSLATE_NOOP("Menus", "&About Hamsession"),
            w.show_about,
        ),
    ]


def build_menus(w: Any, rows: list[Act]) -> dict[str, QAction]:
    """(Re)build the menu bar from the table; returns the actions by name."""
    bar = w.menuBar()
    bar.clear()
    for old in w.actions():
        w.removeAction(old)
        old.deleteLater()
    menus: dict[str, object] = {}
    made: dict[str, QAction] = {}
    for row in rows:
        if not row.when():
            continue
        menu = menus.get(row.menu) or menus.setdefault(
            row.menu, bar.addMenu(QCoreApplication.translate("Menus", row.menu))
        )
        action = QAction(QCoreApplication.translate("Menus", row.text), w)
        action.setShortcuts([QKeySequence(k) for k in row.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setProperty("for_client", row.for_client)
        if row.checked is not None:
            action.setCheckable(True)
            action.setChecked(row.checked())
            action.toggled.connect(row.handler)
        else:
            action.triggered.connect(row.handler)
        menu.addAction(action)
        w.addAction(action)
        made[row.name] = action
    scale_menus(bar, w.text_scale)
    return made


def scale_menus(bar: QMenuBar, scale: float) -> None:
    """The menu bar and its menus at the desktop's size times the text scale, readable
    from where the pages are (Qt's menus do not take a size from the window)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    bar.setFont(font)
    for menu in bar.findChildren(QMenu):
        menu.setFont(font)
