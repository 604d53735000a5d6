"""``hamsession desktop-install``: the desktop entry, the icon and the AppStream metainfo in
the current user's folders of the freedesktop specifications, so Hamsession appears in the
desktop's menu and docks with its icon. (The only thing Hamsession writes outside its
data folder, and only when asked.)"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from hamsession.services.errors import BadInput
from hamsession.storage.assets import resources_dir
from hamsession.storage.files import write_atomically

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home(environ: Mapping[str, str]) -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (the XDG Base Directory rule)."""
    given = environ.get("XDG_DATA_HOME", "")
    return Path(given) if given and os.path.isabs(given) else Path.home() / ".local" / "share"


def _command() -> str:
    """The command that starts this installation of Hamsession."""
    found = shutil.which("hamsession")
    here = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if here is not None and here.name == "hamsession" and here.is_file():
        return str(here)
    return found or f"{sys.executable} -m hamsession"


def install(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Write the entry, icons and metainfo; returns the files written."""
    environ = os.environ if environ is None else environ
    base, source = data_home(environ), resources_dir() / "desktop"
    written: list[Path] = []
    try:
        entry = (source / "hamsession.desktop").read_text(encoding="utf-8")
        entry = entry.replace("Exec=hamsession", f"Exec={_command()}", 1)
        target = base / "applications" / "hamsession.desktop"
        write_atomically(target, entry)
        written.append(target)
        for size in ICON_SIZES:
            target = base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "hamsession.png"
            write_atomically(target, (source / f"hamsession-{size}.png").read_bytes())
            written.append(target)
        target = base / "icons" / "hicolor" / "scalable" / "apps" / "hamsession.svg"
        write_atomically(target, (source / "hamsession.svg").read_bytes())
        written.append(target)
        target = base / "metainfo" / "hamsession.metainfo.xml"
        write_atomically(target, (source / "hamsession.metainfo.xml").read_bytes())
        written.append(target)
    except OSError as err:
        raise BadInput(f"{base}: cannot write the desktop entry ({err.strerror})") from None
    return written
