"""The desktop app's windows, by feature.

``shell`` (the main window, its page stack, menus and quit rules) composes the feature
packages ``session``, ``checkin``, ``programs``, ``history``, ``clinic`` and
``desk_breaks``, which build on ``desktop`` (the system around the app) and ``widgets``
(shared small pieces). Widgets talk to services, never to storage; see
docs/architecture.md for what may import what.
"""
