"""Desk breaks: the reminders (tray, small panel, notifications), the compact window that
plays D1 and the flow that connects them to the app. May import ``session``,
``checkin``, ``desktop`` and ``widgets``.
"""
