"""One app per data folder: a second launch hands over to the running one, which brings
its window to the front, and the second process ends at once.

The running app listens on a local socket named after its data folder (and the user);
a second launch that finds the folder's lock taken connects and says "activate".
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_HELLO = b"activate\n"


def server_name(data_root: Path) -> str:
    key = f"{getpass.getuser()}:{data_root.resolve()}".encode()
    # Qt's SHA-256 (the same digest as hashlib's) spares loading OpenSSL at start.
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256)
    return "hamsession-" + bytes(digest.toHex().data()).decode()[:20]


def hand_over(name: str, wait_ms: int = 1000) -> bool:
    """Ask the app listening on ``name`` to come to the front; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write(_HELLO)
    written = socket.waitForBytesWritten(wait_ms)
    socket.disconnectFromServer()
    return written


class ActivationServer(QObject):
    """Emits ``activated`` when a second launch asks this app to come to the front."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by an app that died
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_HELLO.strip()):
            self.activated.emit()

    def close(self) -> None:
        self._server.close()
