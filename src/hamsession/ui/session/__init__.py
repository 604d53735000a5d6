"""Playing a session: the session flow (checks, player, log, summary), the player and its
view, the breath pacer, the engine's timer and signals, sound and voice. May import
``checkin``, ``desktop`` and ``widgets``.
"""
