"""Repositories that open on first need.

While the app opens, the questions the first page asks (the profile, its flags, the
programs it may play, what it last logged) are answered from the history file by
:class:`~hamsession.storage.file_reads.FileReads` with the standard library's sqlite3.
The SQLAlchemy repositories open at the first call those reads do not answer (any
write, a session, the charts, an import) and answer everything from then on.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hamsession.storage.file_reads import FileReads, NotHere

if TYPE_CHECKING:
    from hamsession.storage.datadir import DataDir
    from hamsession.storage.history_file import HistoryFile
    from hamsession.storage.repositories import Repositories


class DeferredRepositories:
    """Stands for :class:`~hamsession.storage.repositories.Repositories`: attribute for
    attribute, the same repositories, opened when first needed."""

    def __init__(
        self, reads: FileReads, open_full: Callable[[], Repositories], warnings: list[str]
    ) -> None:
        self._reads = reads
        self._open_full = open_full
        self._full: Repositories | None = None
        self._lock = threading.Lock()
        self.warnings = warnings  # what opening could not do (today's backup, say)

    @classmethod
    def over(cls, data: DataDir, ready: HistoryFile) -> DeferredRepositories:
        """Over a history file :func:`~hamsession.storage.history_file.prepare` found
        ready (checked, backed up, at the newest schema)."""

        def open_full() -> Repositories:
            from sqlalchemy.orm import configure_mappers

            from hamsession.storage.database import open_database
            from hamsession.storage.repositories import Repositories

            configure_mappers()  # once, now, rather than inside the first query
            return Repositories.on(open_database(data, ready))

        return cls(FileReads(ready.path), open_full, list(ready.warnings))

    @property
    def opened(self) -> bool:
        """Whether the SQLAlchemy repositories are open."""
        return self._full is not None

    def full(self) -> Repositories:
        """The SQLAlchemy repositories, opened now if they are not yet."""
        with self._lock:
            if self._full is None:
                self._full = self._open_full()
                self._reads.close()
        return self._full

    def close(self) -> None:
        if self._full is not None:
            self._full.close()
        else:
            self._reads.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._full is None and hasattr(self._reads, name):
            return DeferredRepository(self, name)
        return getattr(self.full(), name)


class DeferredRepository:
    """One repository of :class:`DeferredRepositories`: its start-up reads while the
    repositories are closed, the repository itself for everything else and afterwards."""

    def __init__(self, owner: DeferredRepositories, name: str) -> None:
        self._owner = owner
        self._name = name

    def _real(self) -> Any:
        return getattr(self._owner.full(), self._name)

    def __getattr__(self, method: str) -> Any:
        if method.startswith("_"):
            raise AttributeError(method)
        owner = self._owner
        light = None if owner.opened else getattr(getattr(owner._reads, self._name), method, None)
        if light is None:
            return getattr(self._real(), method)

        def call(*args: Any, **kwargs: Any) -> Any:
            if not owner.opened:
                try:
                    return light(*args, **kwargs)
                except (NotHere, sqlite3.Error):  # the repository answers (or says why not)
                    pass
            return getattr(self._real(), method)(*args, **kwargs)

        return call
