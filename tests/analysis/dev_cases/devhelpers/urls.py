"""Redirect target helpers."""

from urllib.parse import urlparse

ALLOWED_HOSTS = ("example.com", "www.example.com")


def safe_next(target):
    parsed = urlparse(target)
    if parsed.netloc and parsed.netloc not in ALLOWED_HOSTS:
        return "/"
    if parsed.scheme not in ("", "http", "https"):
        return "/"
    return target


def normalise_next(target):
    return target.strip() or "/"
