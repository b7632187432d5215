"""Tokens, signatures and encryption helpers."""

import base64
import hashlib
import hmac
import json
import secrets


def generate_api_key() -> str:
    """A new random API key for a client, URL-safe."""
    return "ak_" + secrets.token_urlsafe(32)


def sign_payload(secret: bytes, payload: dict) -> str:
    """HMAC-SHA256 signature of a JSON payload, so the receiver can check it was not tampered with."""
    body = json.dumps(payload, sort_keys=True).encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_signature(secret: bytes, payload: dict, signature: str) -> bool:
    """Check a webhook signature in constant time."""
    return hmac.compare_digest(sign_payload(secret, payload), signature)


def encode_jwt_segment(data: dict) -> str:
    """Base64url-encode one JSON segment of a JSON Web Token without padding."""
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def make_reset_token(user_id: int, secret: bytes) -> str:
    """A password-reset link token that binds the user id with a keyed hash."""
    nonce = secrets.token_hex(8)
    mac = hmac.new(secret, f"{user_id}:{nonce}".encode(), hashlib.sha256).hexdigest()
    return f"{user_id}.{nonce}.{mac}"
