"""Secrets the basic redaction tests do not cover, and input crafted to make redaction hang."""

from __future__ import annotations

import pytest

from aise.redact import Redactor, looks_like_secret_name

LEAKS = {
    "bearer header": ('{"Authorization": "Bearer 9f8e7d6c5b4a39281726354453627181"}', "9f8e7d6c5b4a3928"),
    "token header": ('{"Authorization": "Token abcdEFGH1234ijklMNOP5678"}', "abcdEFGH1234ijkl"),
    "basic header": ("Authorization: Basic dXNlcjpodW50ZXIyaHVudGVyMg==", "dXNlcjpodW50ZXIy"),
    "key body without its BEGIN line": (
        "MIIEowIBAAKCAQEA7bq3x9Zk2u1Wq8Lr5tYpN0aS4dF6gH8jK2lM3nB5vC7xZ9qW\n"
        "E1rT3yU5iO7pA9sD2fG4hJ6kL8zX0cV2bN4mQ6wE8rT0yU2iO4pA6sD8fG0hJ2kL\n",
        "7bq3x9Zk2u1Wq8Lr",
    ),
    "api key in a query string": ('get("https://api.example.com/v1?api_key=Qq9xW2vB7nM4abc&x=1")', "Qq9xW2vB7nM4"),
    "azure connection string": (
        "AccountName=acct;AccountKey=Zq9xW2vB7nM4abcdEFGH1234ijklMNOP5678qrst+/==;EndpointSuffix=x",
        "Zq9xW2vB7nM4abcd",
    ),
    "default of an environment read": ('SECRET_KEY = os.environ.get("SECRET_KEY", "dev-secret-change-me")',
                                       "dev-secret-change-me"),
    "getenv default": ('token = os.getenv("API_TOKEN", "tok-1234-abcd")', "tok-1234-abcd"),
    "gitlab token": ("glpat-Ab3dEf6hIjAb3dEf6hIj", "Ab3dEf6hIjAb3dEf6hIj"),
    "npm token": ("npm_" + "Ab3dEf6hIj" * 3 + "Ab3dEf", "Ab3dEf6hIjAb3dEf6hIj"),
    "hugging face token": ("hf_Ab3dEf6hIjKlMnOpQrStUvWxYz12345678", "Ab3dEf6hIjKlMnOp"),
    "sendgrid key": ("SG.Ab3dEf6hIjKlMnOpQrStUv.Ab3dEf6hIjKlMnOpQrStUvWxYz1234567890abcdefg", "Ab3dEf6hIjKlMnOp"),
}


@pytest.mark.parametrize("kind", sorted(LEAKS))
def test_more_secret_shapes_are_masked(kind: str) -> None:
    text, secret = LEAKS[kind]
    out = Redactor().redact(text)
    assert secret not in out and "[REDACTED:" in out
    assert Redactor().redact(out) == out  # idempotent


def test_env_values_named_like_a_password_are_masked() -> None:
    assert looks_like_secret_name("MYSQL_PWD") and looks_like_secret_name("DB_PWD")
    assert not looks_like_secret_name("PWD") and not looks_like_secret_name("OLDPWD")
    redactor = Redactor.from_env({"MYSQL_PWD": "Zq9xW2vB7nM4", "PWD": "/home/user/project"})
    assert redactor.redact("mysql -pZq9xW2vB7nM4 in /home/user/project") == (
        "mysql -p[REDACTED:env-value] in /home/user/project"
    )


ORDINARY = [
    "Basic authentication is configured in settings.py",
    "cwd = os.environ.get('PWD', '/tmp')",
    'url = f"https://example.com/search?q={term}&page=2"',
    'redirect("/login?next=" + quote(path))',
    "https://example.com/items?id=42&sort=asc&token_type=bearer",
    "digest = hashlib.sha256(data).hexdigest()",
    "def a_very_long_function_name_for_testing_purposes_in_this_module_x(): pass",
    'token = request.args.get("token")',
    "    return render_template('index.html', user=user, session=session)",
    "ANSWER = 'The quick brown fox jumps over the lazy dog'",
]


@pytest.mark.parametrize("code", ORDINARY)
def test_ordinary_code_survives(code: str) -> None:
    assert Redactor().redact(code) == code


ADVERSARIAL = {
    "one long identifier": "a" * 300_000,
    "identifier then equals": "a" * 300_000 + "=",
    "unclosed quote": '"' + "a" * 300_000,
    "dotted chain": "a." * 150_000,
    "dashed chain": "a-" * 150_000,
    "scheme-like chain": "x." * 150_000 + "://",
    "BEGIN lines, no END": "-----BEGIN RSA PRIVATE KEY-----\n(" * 10_000,
    "JWT-like run, no dots": "-eyJ" * 75_000,
    "Bearer run": "Bearer " * 40_000,
    "query-like run": "?a=b" * 75_000,
}


@pytest.mark.timeout(60)  # was quadratic: minutes for one minified line, so a run stalled
@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_redaction_stays_linear_on_crafted_input(kind: str) -> None:
    text = ADVERSARIAL[kind]
    assert len(Redactor.from_env({"X_TOKEN": "abcdefgh12345"}).redact(text)) > 0
