"""PySide's check of each imported module, done without keeping the module's source.

On every import, PySide looks through the new module's source for the word "PySide6"
(to know which modules may switch on its ``__feature__`` options). It reads the source
through :mod:`inspect`, which keeps every module's lines in :mod:`linecache` for the
life of the process: about 2.5 MB at start and 7 MB once the charts and the database
layer have loaded, though nothing reads them again. The same check, reading the source
and letting it go, takes its place.
"""

from __future__ import annotations

from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source names PySide6 (False when it has no source)."""
    loader = getattr(getattr(module, "__spec__", None), "loader", None)
    try:
        source = loader.get_source(module.__name__)
    except Exception:
        return False
    return isinstance(source, str) and "PySide6" in source


def install() -> bool:
    """Put :func:`uses_pyside` in place of PySide's own check; False when this PySide
    has no such check (it then keeps its own)."""
    try:
        from shibokensupport import feature  # present once PySide6 is imported
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
