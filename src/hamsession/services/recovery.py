"""Starting again from a backup when the database is damaged."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from hamsession.storage.database import newest_backup
from hamsession.storage.datadir import DataDir


def restore_newest_backup(data: DataDir) -> Path | None:
    """Put the damaged database aside under a new name (unchanged) and copy the newest
    backup into place as a new file. Returns the name the damaged file was given."""
    source = newest_backup(data.backups)
    if source is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = data.root / f"hamsession-damaged-{stamp}.sqlite3"
    data.database.rename(kept)
    for suffix in ("-wal", "-shm"):
        side = data.database.with_name(data.database.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix))
    shutil.copy2(source, data.database)
    return kept
