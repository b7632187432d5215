"""Pytest fixtures for LLM paths: `fake_llm`, and a guard that refuses non-loopback sockets."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from aise.testing.llm_server import FakeLLMServer

__all__ = ["fake_llm", "network_guard"]

_blocked: list[str] = []
_blocked_lock = threading.Lock()


class NetworkBlocked(ConnectionRefusedError):
    """A test tried to reach a non-loopback address (tests run offline)."""


def _own_addresses() -> frozenset[str]:
    # Local services (Ray, a Chroma server) may bind the host's own address rather than 127.0.0.1.
    try:
        return frozenset(socket.gethostbyname_ex(socket.gethostname())[2])
    except OSError:
        return frozenset()


def _allowed(address: Any, own: frozenset[str]) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths and other local families
    host = str(address[0])
    if host in ("localhost", "") or host in own:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False  # a host name other than localhost would need DNS and the network


@pytest.fixture(scope="session", autouse=True)
def network_guard() -> Iterator[None]:
    """Refuse connections to anything but this machine for the whole session."""
    own = _own_addresses()
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def check(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _allowed(address, own):
            with _blocked_lock:
                _blocked.append(repr(address))
            raise NetworkBlocked(f"tests may not open non-loopback sockets: {address!r}")

    def connect(sock: socket.socket, address: Any) -> None:
        check(sock, address)
        return original_connect(sock, address)

    def connect_ex(sock: socket.socket, address: Any) -> int:
        check(sock, address)
        return original_connect_ex(sock, address)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", connect)
        mp.setattr(socket.socket, "connect_ex", connect_ex)
        yield


@pytest.fixture(autouse=True)
def _fail_on_blocked_network(network_guard: None) -> Iterator[None]:
    """Fail the test that tried the network, even if the code under test swallowed the error."""
    with _blocked_lock:
        _blocked.clear()
    yield
    with _blocked_lock:
        attempts = list(_blocked)
    if attempts:
        pytest.fail(f"network access attempted during the test: {', '.join(attempts)}")


@pytest.fixture
def fake_llm() -> Iterator[FakeLLMServer]:
    """A running FakeLLMServer; the test fails if a scripted reply is left unused."""
    server = FakeLLMServer().start()
    try:
        yield server
    finally:
        server.stop()
    server.assert_all_used()
