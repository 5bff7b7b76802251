"""Errors the user can fix: reported on one line with exit code 2."""


class InputError(Exception):
    """Bad input or usage: unreadable, empty, binary or malformed files, unknown languages."""
