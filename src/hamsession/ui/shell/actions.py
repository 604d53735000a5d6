"""The menus, declared as one table: each row is a menu entry with its keys, what it
does, and when it is there. The window builds its menu bar from the table again when
what it has changes (the history opens, desk breaks come)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from hamsession.ui.widgets.text_scale import SCALE_STEP


@dataclass(frozen=True)
class Act:
    name: str  # the QAction is kept under this name
    menu: str
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
        Act("programs", "&Session", "&Programs", w.show_picker_if_idle),
        Act("worried", "&Session", "Something feels &wrong…", w.something_wrong, when=history),
        Act(
            "pelvic",
            "&Session",
            "Ask &pelvic-floor questions after sessions",
            lambda on: w.profiles.set_pelvic_floor_items(on),
            checked=lambda: w.profile.pelvic_floor_items,
            when=history,
        ),
        Act("export", "&Session", "&Export history…", w._on_export_triggered, when=history),
        Act("import", "&Session", "&Import history…", w._on_import_triggered, when=history),
        Act(
            "switch",
            "&Session",
            "S&witch profile…",
            lambda: w.profiles.ask(),
            ("Ctrl+P",),
            when=history,
        ),
        Act(
            "desk_break",
            "&Session",
            "&Desk break now",
            lambda: w.desk_breaks.play(),
            ("Ctrl+B",),
            when=breaks,
        ),
        Act(
            "break_settings",
            "&Session",
            "Desk-break &reminders…",
            lambda: w.desk_breaks.settings(),
            when=breaks,
        ),
        Act("quit", "&Session", "&Quit", w.request_quit, ("Ctrl+Q",), for_client=True),
        Act("history", "&View", "&History", w.show_history, ("Ctrl+H",), when=history),
        Act("full_screen", "&View", "&Full screen", w.toggle_full_screen, ("F11",)),
        Act(
            "larger",
            "&View",
            "&Larger text",
            lambda: w.scale_text(SCALE_STEP),
            ("Ctrl+=", "Ctrl++"),
            for_client=True,
        ),
        Act(
            "smaller",
            "&View",
            "&Smaller text",
            lambda: w.scale_text(1 / SCALE_STEP),
            ("Ctrl+-",),
            for_client=True,
        ),
        Act(
            "reduced_motion",
            "&View",
            "&Reduced motion (a filling bar for the pacer)",
            w.set_reduced_motion,
            checked=lambda: w.preferences.reduced_motion,
        ),
        Act(
            "high_contrast",
            "&View",
            "&High contrast (white on black)",
            w.set_high_contrast,
            checked=lambda: w.preferences.high_contrast,
            for_client=True,
        ),
        Act("voice", "S&ound", "&Spoken cues", w.set_voice, checked=lambda: w.preferences.voice),
        Act(
            "clients",
            "&Clinic",
            "&Clients…",
            lambda: w.clinic.show_clients(),
            ("Ctrl+K",),
            when=clinic,
        ),
        Act(
            "editor",
            "&Clinic",
            "&Program editor…",
            lambda: w.clinic.show_program_editor(),
            ("Ctrl+E",),
            when=clinic,
        ),
        Act(
            "settings",
            "&Clinic",
            "Clinic &settings…",
            lambda: w.clinic.show_settings(w.history, w.profile),
            when=clinic,
        ),
        Act("lock", "&Clinic", "&Lock now", lambda: w.clinic.lock_now(), ("Ctrl+L",), when=clinic),
        Act("why", "&Help", "&Why these exercises…", w.show_why),
        Act("references", "&Help", "&References…", w.show_references),
        Act("about", "&Help", "&About Hamsession", w.show_about),
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
        menu = menus.get(row.menu) or menus.setdefault(row.menu, bar.addMenu(row.menu))
        action = QAction(row.text, w)
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
    return made
