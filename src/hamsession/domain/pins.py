"""PINs: salted scrypt hashes, constant-time checks and the wait after wrong tries.

A stored PIN looks like ``scrypt$65536$8$1$<salt hex>$<hash hex>``; the PIN
itself is never kept anywhere. The cost (N = 2^16, r = 8, p = 1: about a quarter of a
second and 64 MiB on a two-core laptop) is stored with each hash, so hashes made with
a lower cost still verify and are made again at the current cost on the next right PIN.

What a PIN protects against, honestly: the person at the keyboard, who must wait longer
after each wrong try. Someone who can copy the database file can try PINs offline at
the hash's cost (every four-digit PIN in under an hour on one core; eight digits, about
a year): the file's owner-only permissions and the disk's encryption are what keep the
file itself safe, and a longer PIN is what makes a copied file slow to guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hamsession.domain.words import translate

_SCHEME = "scrypt"
_N, _R, _P = 2**16, 8, 1
_SALT_BYTES = 16
_HASH_BYTES = 32
_PIN = re.compile(r"^[0-9]{4,12}$")

#: Wrong tries allowed before each further wrong try makes the next one wait.
FREE_TRIES = 3
#: The longest wait between tries, in seconds.
MAX_WAIT_S = 300.0


def pin_problem(pin: str) -> str | None:
    """Why a new PIN cannot be used (in the language in use), or None when it can."""
    if not _PIN.match(pin):
        return translate("Pins", "a PIN is 4 to 12 digits")
    if len(set(pin)) == 1:
        return translate("Pins", "a PIN of one repeated digit is too easy to guess")
    return None


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # OpenSSL (3 MB) loads when a PIN is first hashed, not at start

    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r * p, dklen=_HASH_BYTES
    )


def hash_pin(pin: str) -> str:
    """A new salted hash of ``pin`` (a fresh random salt each time)."""
    import secrets

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
    import hmac

    return hmac.compare_digest(got, expected)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made at a lower cost than new hashes are (or another way)."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        return scheme != _SCHEME or (int(n), int(r), int(p)) < (_N, _R, _P)
    except ValueError:
        return True


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
