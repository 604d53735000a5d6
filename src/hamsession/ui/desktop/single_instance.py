"""One app per data folder: a second launch hands over to the running one, which brings
its window to the front, and the second process ends at once.

The running app listens on a local socket named after its data folder (and the user);
a second launch that finds the folder's lock taken connects and says "activate".
On Linux the socket lives in the kernel's abstract namespace: no file is made outside
the data folder (contracts §2) and no leftover file can block the next start; it is a
plain socket watched by Qt's event loop. Elsewhere Qt's QLocalServer does the same.
"""

from __future__ import annotations

import os
import socket
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, QSocketNotifier, Signal

_HELLO = b"activate\n"
#: Abstract socket names (a leading NUL byte): Linux only.
ABSTRACT = sys.platform.startswith("linux")


def server_name(data_root: Path) -> str:
    key = f"{_account()}:{data_root.resolve()}".encode()
    # Qt's SHA-256 (the same digest as hashlib's) spares loading OpenSSL at start.
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256)
    return "hamsession-" + bytes(digest.toHex().data()).decode()[:20]


def _account() -> str:
    """Whose app this is: the account's number where there is one (no getpass, and so
    no terminal modules, at start), its name elsewhere."""
    if hasattr(os, "getuid"):
        return str(os.getuid())
    import getpass

    return getpass.getuser()


def _address(name: str) -> bytes:
    return b"\0" + name.encode()


def _same_user(peer: socket.socket) -> bool:
    """Whether the other end runs as this user (an abstract name has no file permissions:
    another account could take or call the name, and is ignored)."""
    creds = peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1] == os.getuid()


def hand_over(name: str, wait_ms: int = 1000) -> bool:
    """Ask the app listening on ``name`` to come to the front; False if none answered."""
    if not ABSTRACT:
        return _qt_hand_over(name, wait_ms)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
        peer.settimeout(wait_ms / 1000)
        try:
            peer.connect(_address(name))
            if not _same_user(peer):
                return False
            peer.sendall(_HELLO)
        except OSError:
            return False
    return True


class ActivationServer(QObject):
    """Emits ``activated`` when a second launch asks this app to come to the front."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qt = None
        self._socket: socket.socket | None = None
        if not ABSTRACT:
            self._qt = _QtServer(name, self.activated, self)
            self.listening = self._qt.listening
            return
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(_address(name))
            listener.listen(4)
        except OSError:  # another process holds the name: nobody is handed over to us
            listener.close()
            self.listening = False
            return
        listener.setblocking(False)
        self._socket, self.listening = listener, True
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_ready)

    def _on_ready(self, *_args) -> None:
        while True:
            try:
                peer, _ = self._socket.accept()
            except OSError:  # nothing more waiting
                return
            with peer:
                peer.settimeout(0.1)  # a caller that connects and says nothing is let go
                try:
                    said = peer.recv(len(_HELLO)) if _same_user(peer) else b""
                except OSError:
                    continue
            if said.startswith(_HELLO.strip()):
                self.activated.emit()

    def close(self) -> None:
        if self._qt is not None:
            self._qt.close()
        if self._socket is not None:
            self._notifier.setEnabled(False)
            self._socket.close()
            self._socket = None


def _qt_hand_over(name: str, wait_ms: int) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    peer = QLocalSocket()
    peer.connectToServer(name)
    if not peer.waitForConnected(wait_ms):
        return False
    peer.write(_HELLO)
    written = peer.waitForBytesWritten(wait_ms)
    peer.disconnectFromServer()
    return written


class _QtServer(QObject):
    """QLocalServer where there are no abstract socket names (a file in the temp folder)."""

    def __init__(self, name: str, activated, parent: QObject) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._activated = activated
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by an app that died
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_new_connection)

    def _on_new_connection(self) -> None:
        while (peer := self._server.nextPendingConnection()) is not None:
            peer.readyRead.connect(lambda s=peer: self._on_ready_read(s))
            peer.disconnected.connect(peer.deleteLater)

    def _on_ready_read(self, peer) -> None:
        if bytes(peer.readAll().data()).startswith(_HELLO.strip()):
            self._activated.emit()

    def close(self) -> None:
        self._server.close()
