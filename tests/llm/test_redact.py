"""Secret redaction: what is masked, and ordinary code that must survive."""

from __future__ import annotations

import socket

import pytest

from aise.redact import Redactor, looks_like_secret_name
from aise.testing import pytest_plugin

SECRETS = {
    "aws": 'key = "AKIAIOSFODNN7EXAMPLE"',
    "private key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7abc\n-----END RSA PRIVATE KEY-----",
    "password": 'password = "correct-horse"',
    "json": '{"api_key": "abcd1234efgh"}',
    "env file": "DB_PASSWORD=s3cr3tvalue",
    "yaml": "  auth_token: plainvalue99",
    "jwt": "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
    "github": "ghp_" + "a1B2" * 9,
    "slack": "xoxb-1234567890-abcdefghij",
    "openai": "sk-proj-" + "Ab3dEf6hIj" * 3,
    "entropy": 'SIGNING = "q8Zr2LkP0vX7mN4tY1wB6cJ9hD3fG5sA"',
    "url": "postgres://admin:pa55word@db.internal/app",
    "flask": 'app.config["SECRET_KEY"] = "super-secret-dev-key"',
}
SECRET_VALUES = {
    "aws": "AKIAIOSFODNN7EXAMPLE",
    "private key": "MIIEowIBAAKCAQEA7abc",
    "password": "correct-horse",
    "json": "abcd1234efgh",
    "env file": "s3cr3tvalue",
    "yaml": "plainvalue99",
    "jwt": "eyJhbGci",
    "github": "a1B2a1B2",
    "slack": "xoxb-1234567890",
    "openai": "Ab3dEf6hIj",
    "entropy": "q8Zr2LkP0vX7",
    "url": "pa55word",
    "flask": "super-secret-dev-key",
}


@pytest.mark.parametrize("kind", sorted(SECRETS))
def test_secret_is_masked(kind: str) -> None:
    out = Redactor().redact(SECRETS[kind])
    assert SECRET_VALUES[kind] not in out
    assert "[REDACTED:" in out


def test_environment_secret_values_are_masked() -> None:
    redactor = Redactor.from_env(
        {"MY_SERVICE_TOKEN": "value-from-env-42", "PWD": "/home/someone/project", "HOME": "/root"}
    )
    out = redactor.redact("client = Client('value-from-env-42')  # in /home/someone/project")
    assert "value-from-env-42" not in out
    assert "/home/someone/project" in out  # PWD is not a secret name


@pytest.mark.parametrize(
    "code",
    [
        'password = request.form["password"]',
        "token = get_token(user)",
        "if not check_password(password, user.hash):",
        "hashlib.sha256(data).hexdigest()",
        'cursor.execute("SELECT name FROM users WHERE id = %s", (user_id,))',
        'LOG_FORMAT = "%(asctime)s %(levelname)s %(message)s"',
        'TEMPLATE_DIR = "templates/admin/dashboard_v2"',
        "PASSWORD_MIN_LENGTH = 128",
        'REQUEST_ID = "123e4567-e89b-12d3-a456-426614174000"',
    ],
)
def test_ordinary_code_is_untouched(code: str) -> None:
    assert Redactor().redact(code) == code


def test_redaction_is_idempotent() -> None:
    once = Redactor().redact("\n".join(SECRETS.values()))
    assert Redactor().redact(once) == once


def test_secret_names() -> None:
    assert looks_like_secret_name("apiKey") and looks_like_secret_name("GITHUB_TOKEN")
    assert not looks_like_secret_name("PWD") and not looks_like_secret_name("MONKEY_COUNT")


def test_network_guard_refuses_non_loopback() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(pytest_plugin.NetworkBlocked):
            sock.connect(("192.0.2.1", 443))  # TEST-NET-1, never this machine
    finally:
        sock.close()
        pytest_plugin._blocked.clear()  # expected here; don't fail this test for it
