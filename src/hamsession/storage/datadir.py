"""Where the user's data lives (contracts §2)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from hamsession import APP_NAME

ENV_VAR = "HAMSESSION_DATA_DIR"
DATABASE_NAME = "hamsession.sqlite3"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``$HAMSESSION_DATA_DIR``, else the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


class DataDir:
    """Names of everything the app keeps under its data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def programs(self) -> Path:
        return self.root / "programs"

    @property
    def exercises(self) -> Path:
        return self.root / "exercises"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def logs(self) -> Path:
        return self.root / "logs"
