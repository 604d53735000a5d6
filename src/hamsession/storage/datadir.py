"""Where the user's data lives (contracts §2)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from hamsession import APP_NAME
from hamsession.domain.words import translate
from hamsession.storage.errors import DataFolderNamedBadly

ENV_VAR = "HAMSESSION_DATA_DIR"
DATABASE_NAME = "hamsession.sqlite3"
SETTINGS_NAME = "settings.ini"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``$HAMSESSION_DATA_DIR``, else the platform's user data folder.
    A name given but empty is refused rather than quietly replaced by the default."""
    if cli_value is not None:
        if not os.fspath(cli_value).strip():
            raise DataFolderNamedBadly(
                translate("DataFolder", "--data-dir names no folder (it is empty)")
            )
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_VAR)
    if env is not None:
        if not env.strip():
            raise DataFolderNamedBadly(
                translate(
                    "DataFolder", "{variable} is set but empty: name a folder or unset it"
                ).format(variable=ENV_VAR)
            )
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


class DataDir:
    """Names of everything the app keeps under its data folder."""

    def __init__(self, root: Path, server: str | None = None) -> None:
        self.root = root
        #: The clinic's database server's URL, when the history lives there instead of
        #: in this folder's SQLite file (settings, the lock and backups stay here).
        self.server = server

    @classmethod
    def chosen(cls, args: object) -> DataDir:
        """The data folder for a command line's parsed arguments: the one place every
        command and the app find it (``--data-dir`` is absent from ``args`` when not given)."""
        from hamsession.storage.server_choice import chosen_url

        root = resolve_data_dir(getattr(args, "data_dir", None))
        return cls(root, chosen_url(getattr(args, "database", None), root / SETTINGS_NAME))

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
        return self.root / SETTINGS_NAME

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def absent_parts(data: DataDir) -> list[Path]:
    """The parts of a data folder with no history yet that are not there now, outermost
    first (nothing when the history exists: a command never takes back from it)."""
    if data.database.exists():
        return []
    chain = [p for p in reversed(data.root.parents) if not p.exists()]
    names = [data.database.name + suffix for suffix in ("", "-wal", "-shm", "-journal")]
    parts = [*chain, data.root, data.backups, *(data.root / n for n in names)]
    return [p for p in parts if not p.exists() and not p.is_symlink()]


def take_back(parts: list[Path]) -> None:
    """Remove what a failed command made of ``parts`` (folders only while empty)."""
    for part in reversed(parts):
        try:
            if part.is_dir() and not part.is_symlink():
                part.rmdir()
            elif part.exists():
                part.unlink()
        except OSError:
            pass  # something else put there is left alone
