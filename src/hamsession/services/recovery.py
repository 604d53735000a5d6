"""Starting again from a backup when the database is damaged."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from hamsession.services.errors import DatabaseDamaged, DataFolderUnusable
from hamsession.storage.datadir import DataDir
from hamsession.storage.history_file import check_sound


def newest_sound_backup(data: DataDir) -> Path | None:
    """The newest backup that SQLite's quick check finds whole (damaged ones are skipped)."""
    if not data.backups.is_dir():
        return None
    for candidate in sorted(data.backups.glob("hamsession-*.sqlite3"), reverse=True):
        try:
            check_sound(candidate)
        except (DatabaseDamaged, DataFolderUnusable):
            continue
        return candidate
    return None


def restore_newest_backup(data: DataDir) -> Path | None:
    """Put the damaged database aside under a new name (unchanged) and copy the newest
    sound backup into place as a new file. Returns the name the damaged file was given,
    or None when no backup can be used."""
    source = newest_sound_backup(data)
    if source is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = data.root / f"hamsession-damaged-{stamp}.sqlite3"
    data.database.rename(kept)
    for suffix in ("-wal", "-shm"):
        side = data.database.with_name(data.database.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix))
    partial = data.database.with_name(data.database.name + ".restoring")
    shutil.copy2(source, partial)
    partial.replace(data.database)  # never a half-copied database in place
    return kept
