"""A private D-Bus daemon for tests that play a desktop service (logind, an idle monitor)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtDBus import QDBusConnection

CONFIG = (
    "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN'"
    " 'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'>"
    "<busconfig><type>session</type><listen>unix:dir={folder}</listen>"
    "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
    "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>"
)


@contextmanager
def private_bus(folder: Path, *names: str) -> Iterator[list[QDBusConnection]]:
    """Starts a bus daemon in ``folder`` and yields one connection to it per name."""
    config = folder / "bus.conf"
    config.write_text(CONFIG.format(folder=folder))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip()
        yield [QDBusConnection.connectToBus(address, name) for name in names]
    finally:
        for name in names:
            QDBusConnection.disconnectFromBus(name)
        daemon.kill()
        daemon.wait()
        daemon.stdout.close()
