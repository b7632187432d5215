"""Accounts: password hashing, sessions and CSRF tokens."""

import hashlib
import hmac
import os
import secrets
import time

SESSION_TTL = 3600


def hash_password(password: str, salt: bytes | None = None) -> str:
    """Derive a PBKDF2 hash so the plain password is never stored."""
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt.hex() + "$" + digest.hex()


def verify_password(password: str, stored: str) -> bool:
    """Compare a login attempt with the stored hash in constant time."""
    salt_hex, digest_hex = stored.split("$", 1)
    candidate = hash_password(password, bytes.fromhex(salt_hex)).split("$", 1)[1]
    return hmac.compare_digest(candidate, digest_hex)


def create_session(store: dict, user_id: int) -> str:
    """Start a login session and return its random id for the cookie."""
    session_id = secrets.token_urlsafe(32)
    store[session_id] = {"user_id": user_id, "expires": time.time() + SESSION_TTL}
    return session_id


def current_user(store: dict, session_id: str) -> int | None:
    """The user behind a session cookie, or None once it expired."""
    session = store.get(session_id)
    if session is None or session["expires"] < time.time():
        store.pop(session_id, None)
        return None
    return session["user_id"]


def logout(store: dict, session_id: str) -> None:
    """End the session so the cookie no longer logs anyone in."""
    store.pop(session_id, None)


def issue_csrf_token(session: dict) -> str:
    """Put a fresh anti-forgery token in the session and return it for the form."""
    token = secrets.token_hex(16)
    session["csrf"] = token
    return token


def check_csrf_token(session: dict, submitted: str) -> bool:
    """Reject a form post whose anti-forgery token does not match the session."""
    expected = session.get("csrf", "")
    return bool(expected) and hmac.compare_digest(expected, submitted)
