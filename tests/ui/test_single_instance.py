"""One app per data folder: the running app hears a second launch and comes forward."""

from __future__ import annotations

import socket
import tempfile
from pathlib import Path

import pytest

from hamsession.ui.desktop import single_instance
from hamsession.ui.desktop.single_instance import ActivationServer, hand_over, server_name


@pytest.fixture
def name(tmp_path) -> str:
    return server_name(tmp_path / "data")


def test_a_second_launch_is_heard(qtbot, name):
    server = ActivationServer(name)
    try:
        assert server.listening
        with qtbot.waitSignal(server.activated, timeout=3000):
            assert hand_over(name)
    finally:
        server.close()


def test_nobody_listening_is_no_hand_over(name):
    assert hand_over(name, wait_ms=200) is False


def test_one_listener_per_name_and_closing_frees_it(qtbot, name):
    first = ActivationServer(name)
    second = ActivationServer(name)
    assert first.listening and not second.listening
    first.close()
    third = ActivationServer(name)
    try:
        assert third.listening
    finally:
        third.close()


def test_a_caller_that_says_something_else_is_ignored(qtbot, name):
    server = ActivationServer(name)
    heard = []
    server.activated.connect(lambda: heard.append(True))
    try:
        if single_instance.ABSTRACT:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
                peer.connect(b"\0" + name.encode())
                peer.sendall(b"hello\n")
            qtbot.wait(200)
            assert heard == []
    finally:
        server.close()


@pytest.mark.skipif(not single_instance.ABSTRACT, reason="abstract socket names are Linux's")
def test_listening_writes_no_file_outside_the_data_folder(qtbot, name):
    before = set(Path(tempfile.gettempdir()).iterdir())
    server = ActivationServer(name)
    try:
        assert server.listening
        made = {p for p in set(Path(tempfile.gettempdir()).iterdir()) - before}
        assert not [p for p in made if name in p.name]
    finally:
        server.close()
