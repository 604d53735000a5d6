"""The laptop's journal of session writes bound for the clinic's server.

Each write (a session's start, each phase, its end) is kept here, in the data folder,
before it goes to the server, and is taken out only once the server has it. A small
SQLite file through the standard library: synchronous, so a write kept here survives the
app being killed or the laptop losing power; in order, by its sequence number.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from hamsession.domain.words import translate
from hamsession.storage.errors import DataFolderUnusable

JOURNAL_NAME = "journal.sqlite3"


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()  # the window adds, the sender takes out
        try:
            self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS waiting ("
                "seq INTEGER PRIMARY KEY AUTOINCREMENT, op TEXT NOT NULL, body TEXT NOT NULL)"
            )
            self._conn.execute(  # what the server refused: kept here, never dropped
                "CREATE TABLE IF NOT EXISTS refused ("
                "seq INTEGER PRIMARY KEY, op TEXT NOT NULL, body TEXT NOT NULL, why TEXT)"
            )
        except sqlite3.Error as err:
            raise DataFolderUnusable(
                translate("DataFolder", "cannot keep the session journal {path}: {reason}").format(
                    path=path, reason=str(err).splitlines()[0]
                )
            ) from None

    def put(self, op: str, body: dict) -> None:
        """Keep one write; returns once it is on disk."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO waiting (op, body) VALUES (?, ?)", (op, json.dumps(body))
            )

    def first(self) -> tuple[int, str, dict] | None:
        """The oldest write still waiting, or None."""
        with self._lock:
            row = self._conn.execute(
                "SELECT seq, op, body FROM waiting ORDER BY seq LIMIT 1"
            ).fetchone()
        return None if row is None else (row[0], row[1], json.loads(row[2]))

    def sent(self, seq: int) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM waiting WHERE seq = ?", (seq,))

    def set_aside(self, seq: int, why: str) -> None:
        """The server will not take this write (its profile was deleted meanwhile, say):
        it moves out of the way of the others and stays in the journal."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute(
                "INSERT INTO refused (seq, op, body, why) "
                "SELECT seq, op, body, ? FROM waiting WHERE seq = ?",
                (why, seq),
            )
            self._conn.execute("DELETE FROM waiting WHERE seq = ?", (seq,))
            self._conn.execute("COMMIT")

    def refused(self) -> list[tuple[str, dict, str]]:
        with self._lock:
            rows = self._conn.execute("SELECT op, body, why FROM refused ORDER BY seq")
            return [(op, json.loads(body), why) for op, body, why in rows]

    def __len__(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM waiting").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._conn.close()
