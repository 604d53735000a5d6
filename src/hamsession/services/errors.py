"""Typed errors the services raise; the command line and the windows decide how to show them."""


class BadInput(Exception):
    """The user asked for something that cannot be done as asked (exit code 2)."""
