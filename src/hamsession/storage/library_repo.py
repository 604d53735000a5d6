"""The clinician's own program and exercise files as the database keeps them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from hamsession.storage.database import Database
from hamsession.storage.models import LibraryFile
from hamsession.storage.upserts import newer_wins


class LibraryRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[tuple[str, str, str, datetime]]:
        """(kind, file name, text, when it was saved) of every file."""
        with self.db.session() as s:
            rows = s.execute(
                select(LibraryFile.kind, LibraryFile.name, LibraryFile.text, LibraryFile.saved_at)
            )
            return [tuple(row) for row in rows]

    def put(self, kind: str, name: str, text: str, saved_at: datetime) -> None:
        """Keep this file unless the database has one saved later (by another laptop)."""
        with self.db.session() as s:
            newer_wins(
                s,
                LibraryFile.__table__,
                {"kind": kind, "name": name},
                {"text": text, "saved_at": saved_at},
                "saved_at",
            )
