"""Operational helpers: caching, rate limiting, logging, e-mail."""

import logging
import re
import smtplib
import time
from email.message import EmailMessage

log = logging.getLogger(__name__)
SECRET_PATTERN = re.compile(r"(password|token|api_key)=([^&\s]+)", re.IGNORECASE)


class TTLCache:
    """Keep computed values for a limited time."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._items: dict = {}

    def get(self, key):
        """The cached value, or None when missing or expired."""
        item = self._items.get(key)
        if item is None or item[1] < time.monotonic():
            return None
        return item[0]

    def put(self, key, value) -> None:
        """Remember a value until the time to live runs out."""
        self._items[key] = (value, time.monotonic() + self.ttl)


class RateLimiter:
    """Token bucket that throttles how often a client may call the API."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.tokens = float(burst)
        self.burst = burst
        self.updated = time.monotonic()

    def allow(self) -> bool:
        """Spend one token if available; refill according to elapsed time."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


def redact_secrets(line: str) -> str:
    """Mask passwords and tokens in a log line before it is written."""
    return SECRET_PATTERN.sub(lambda m: f"{m.group(1)}=***", line)


def send_email(host: str, sender: str, recipient: str, subject: str, body: str) -> None:
    """Deliver a plain-text message through the SMTP relay with STARTTLS."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, recipient, subject
    message.set_content(body)
    with smtplib.SMTP(host, 587) as smtp:
        smtp.starttls()
        smtp.send_message(message)


def format_duration(seconds: float) -> str:
    """Human-readable duration such as 1h 02m 03s."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m {secs:02d}s" if hours else f"{minutes}m {secs:02d}s"
