"""Outgoing HTTP: allow-listed hosts, retries with backoff, webhooks."""

import ipaddress
import json
import random
import socket
import time
import urllib.request
from urllib.parse import urlparse

ALLOWED_HOSTS = {"api.example.com", "hooks.example.com"}


def is_public_address(host: str) -> bool:
    """True when the host resolves only to public IPs (blocks SSRF to internal networks)."""
    for info in socket.getaddrinfo(host, None):
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local:
            return False
    return True


def fetch_url(url: str, timeout: float = 5.0) -> bytes:
    """Download a URL only from allow-listed hosts over HTTPS."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError(f"refusing to fetch {url}")
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def retry_with_backoff(call, attempts: int = 5, base_delay: float = 0.5):
    """Call a flaky function again after exponentially growing, jittered sleeps."""
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(base_delay * 2**attempt + random.uniform(0, base_delay))
    return None


def post_webhook(url: str, event: dict) -> int:
    """Send an event as JSON to a subscriber's webhook endpoint and return the status code."""
    body = json.dumps(event).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status
