"""PINs: salted scrypt hashes, constant-time checks and the wait after wrong tries.

A stored PIN looks like ``scrypt$16384$8$1$<salt hex>$<hash hex>``; the PIN
itself is never kept anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

_SCHEME = "scrypt"
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_HASH_BYTES = 32
_PIN = re.compile(r"^[0-9]{4,12}$")

#: Wrong tries allowed before each further wrong try makes the next one wait.
FREE_TRIES = 3
#: The longest wait between tries, in seconds.
MAX_WAIT_S = 300.0


def pin_problem(pin: str) -> str | None:
    """Why a new PIN cannot be used, or None when it can."""
    if not _PIN.match(pin):
        return "a PIN is 4 to 12 digits"
    if len(set(pin)) == 1:
        return "a PIN of one repeated digit is too easy to guess"
    return None


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r * p, dklen=_HASH_BYTES
    )


def hash_pin(pin: str) -> str:
    """A new salted hash of ``pin`` (a fresh random salt each time)."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _derive(pin, salt, _N, _R, _P)
    return f"{_SCHEME}${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from (compared in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = bytes.fromhex(digest)
        got = _derive(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got, expected)


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong tries in a row.

    The first few are free (a typo); after that the wait doubles from 5 s up
    to five minutes, which makes guessing a four-digit PIN take weeks.
    """
    extra = failures - FREE_TRIES
    if extra < 0:
        return 0.0
    return min(5.0 * 2**extra, MAX_WAIT_S)


@dataclass(frozen=True)
class PinCheck:
    """The answer to one PIN try."""

    ok: bool
    wait_s: float = 0.0  # seconds before the next try is accepted
    message: str = ""
