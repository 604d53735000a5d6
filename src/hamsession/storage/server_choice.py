"""Which database a command or the app opens: a clinic's server or the data folder's file.

Kept apart from :mod:`hamsession.storage.server` so that choosing costs no more than
reading an environment variable and the settings file: SQLAlchemy loads only once a
server is actually opened.
"""

from __future__ import annotations

import os
from pathlib import Path

from hamsession.domain.words import translate
from hamsession.storage.errors import DataFolderNamedBadly

URL_ENV = "HAMSESSION_DATABASE_URL"


def chosen_url(cli_value: str | None, settings: Path | None = None) -> str | None:
    """``--database``, else ``$HAMSESSION_DATABASE_URL``, else the server set in Clinic
    settings (``settings.ini``), else None (the SQLite file)."""
    for value, name in ((cli_value, "--database"), (os.environ.get(URL_ENV), URL_ENV)):
        if value is not None:
            if not value.strip():
                raise DataFolderNamedBadly(
                    translate(
                        "DataFolder", "{name} is set but empty: give a URL or leave it out"
                    ).format(name=name)
                )
            return value.strip()
    if settings is not None and settings.exists():
        from hamsession.storage.settings_file import load_settings

        return load_settings(settings)[0].database.strip() or None
    return None
