"""Password hashing with scrypt (memory-hard, in the standard library): a per-user random salt and
the cost parameters are stored with the hash, so the cost can be raised later without breaking
existing accounts."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# n=2**15, r=8 needs 32 MiB per hash: slow for an attacker with a GPU, ~0.1 s for a login.
N, R, P = 2**15, 8, 1
_MAXMEM = 128 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = N) -> str:
    """`scrypt$n$r$p$salt$hash`, all base64 where binary."""
    if not password:
        raise ValueError("the password is empty")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=R, p=P, maxmem=_MAXMEM, dklen=32)
    return f"scrypt${n}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison; False (never an exception) for a malformed stored value."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            maxmem=_MAXMEM, dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# Verified against when the username is unknown, so a login takes as long either way.
DUMMY_HASH = hash_password("painpoint-dummy-password")
