"""PySide's look at each imported module's source no longer keeps the source in memory,
and the window icon comes from the shipped PNGs."""

from __future__ import annotations

import importlib
import linecache
import sys

from hamsession.storage.assets import resources_dir
from hamsession.ui.desktop import source_check
from hamsession.ui.desktop.window_icon import SIZES, shipped_icon


def _module(tmp_path, name: str, text: str):
    (tmp_path / f"{name}.py").write_text(text)
    sys.path.insert(0, str(tmp_path))
    try:
        importlib.invalidate_caches()
        return __import__(name)  # through the import hook PySide watches
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_a_newly_imported_module_leaves_no_lines_behind(tmp_path, qapp):
    assert source_check.install()
    linecache.clearcache()
    module = _module(tmp_path, "hs_probe_plain", "VALUE = 1\n")
    assert module.VALUE == 1
    assert not [f for f in linecache.cache if "hs_probe_plain" in f]


def test_the_check_finds_pyside_where_the_source_names_it(tmp_path, qapp):
    uses = _module(tmp_path, "hs_probe_qt", "from PySide6.QtCore import QObject\n")
    plain = _module(tmp_path, "hs_probe_other", "X = 2\n")
    assert source_check.uses_pyside(uses) and not source_check.uses_pyside(plain)
    assert not source_check.uses_pyside(sys)  # built in: no source


def test_the_window_icon_has_every_shipped_size(qapp):
    icon = shipped_icon(resources_dir() / "desktop")
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(SIZES)
