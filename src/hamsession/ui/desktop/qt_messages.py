"""Keeps Qt's own console chatter out of the user's terminal.

Qt's multimedia and speech back-ends print notes when a machine has no audio
server or no speech engine. Hamsession reports those once, in its own words, in
the status bar, so they are dropped here; everything else still reaches stderr.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_QUIET_CATEGORIES = ("qt.multimedia", "qt.speech")
_QUIET_TEXT = (
    "PulseAudioService:",
    "Error loading text-to-speech plug-in",
    "This plugin does not support propagateSizeHints",
)


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        return
    category = context.category or ""
    if mode is not QtMsgType.QtFatalMsg and (
        category.startswith(_QUIET_CATEGORIES) or message.startswith(_QUIET_TEXT)
    ):
        return
    sys.stderr.write(f"{message}\n")


def install() -> None:
    qInstallMessageHandler(_handler)
