"""The one pattern for services outside the process (ui/desktop/outside.py): a deadline,
a line saying what is off, a late answer bringing the service back, and a close that
never waits on a child stuck outside."""

from __future__ import annotations

import time

from hamsession.ui.desktop.outside import OutsideService

CHILD = "tests.helpers.late_child"


class _Trace:
    def __init__(self) -> None:
        self.events: list[dict] = []

    def event(self, event: str, **fields) -> None:
        self.events.append({"event": event, **fields})


def test_a_late_answer_turns_the_service_back_on(qtbot):
    trace = _Trace()
    service = OutsideService("demo", CHILD, ["1.5"], "Demo is off", 300, trace)
    offs, said = [], []
    service.off.connect(offs.append)
    service.said.connect(said.append)
    try:
        qtbot.waitUntil(lambda: service.state == "off", timeout=5000)
        assert offs == ["Demo is off"]
        assert trace.events == [
            {"event": "service_off", "service": "demo", "reason": "not answering"}
        ]
        service.send("dropped while off")
        with qtbot.waitSignal(service.on, timeout=10_000):
            pass
        service.send("hello")
        qtbot.waitUntil(lambda: said == ["echo hello"], timeout=5000)
    finally:
        service.close()


def test_closing_a_child_stuck_outside_does_not_wait_on_it(qtbot):
    service = OutsideService("demo", CHILD, ["never"], "Demo is off", 200)
    qtbot.waitUntil(lambda: service.state == "off", timeout=5000)
    began = time.monotonic()
    service.close()
    assert time.monotonic() - began < 1.5


def test_a_child_that_cannot_start_is_off_at_once(qtbot):
    service = OutsideService("demo", "tests.helpers.no_such_module", [], "Demo is off", 5000)
    offs = []
    service.off.connect(offs.append)
    try:
        qtbot.waitUntil(lambda: service.state == "off", timeout=4000)  # before the deadline
        assert offs == ["Demo is off"]
    finally:
        service.close()


def test_a_child_that_fails_is_off_in_the_owners_words_or_its_own(qtbot):
    for cannot_start, expected in (("", "The demo engine could not start"), ("Aus", "Aus")):
        service = OutsideService(
            "demo", "tests.helpers.failing_child", [], "Demo is off", cannot_start=cannot_start
        )
        offs = []
        service.off.connect(offs.append)
        try:
            qtbot.waitUntil(lambda s=service: s.state == "off", timeout=4000)
            assert offs == [expected]
        finally:
            service.close()
