"""On a clinic's server, the clinician's own programs and exercises reach every laptop.

They stay files in each laptop's data folder (``programs/``, ``exercises/``), which the
library reads as before; the database keeps a copy of each. At start the two are
brought level (the later save of a file wins), and each file the editor saves, or an
import brings, is sent at once, so a program made or assigned in room 1 plays in room 3.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

from hamsession.storage.datadir import DataDir
from hamsession.storage.files import write_atomically
from hamsession.storage.library_repo import LibraryRepository

KINDS = ("programs", "exercises")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.toml$")  # never a path: names come from others


def _saved_at(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


class SharedLibrary:
    def __init__(self, repo: LibraryRepository, data: DataDir) -> None:
        self.repo = repo
        self.data = data

    def _folder(self, kind: str) -> Path:
        return self.data.programs if kind == "programs" else self.data.exercises

    def send(self, path: Path) -> None:
        """Keep a file just saved in the data folder on the server too."""
        kind = path.parent.name
        if kind in KINDS and _NAME.match(path.name):
            self.repo.put(kind, path.name, path.read_text(encoding="utf-8"), _saved_at(path))

    def level(self) -> int:
        """Bring the data folder and the server level; returns how many files this laptop
        received (the library must be read again when it is more than none)."""
        stored = {(kind, name): (text, when) for kind, name, text, when in self.repo.all()}
        received = 0
        for kind in KINDS:
            folder = self._folder(kind)
            here = {p.name: p for p in folder.glob("*.toml")} if folder.is_dir() else {}
            for name, path in here.items():
                there = stored.get((kind, name))
                if there is None or there[1] < _saved_at(path):
                    self.send(path)
            for (k, name), (text, when) in stored.items():
                if k != kind or not _NAME.match(name):
                    continue
                path = here.get(name)
                if path is not None and _saved_at(path) >= when:
                    continue
                if path is not None and path.read_text(encoding="utf-8") == text:
                    continue
                target = folder / name
                write_atomically(target, text)
                stamp = when.timestamp()
                os.utime(target, (stamp, stamp))  # the server's time: no echo next start
                received += 1
        return received
