"""Secret redaction: mask keys, tokens and passwords before any text goes to a model."""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["Redactor", "looks_like_secret_name", "redact"]

_SECRET_NAME_WORDS = frozenset(
    {
        "KEY",
        "APIKEY",
        "TOKEN",
        "SECRET",
        "SECRETS",
        "PASSWORD",
        "PASSWD",
        "PASS",
        "PASSPHRASE",
        "CREDENTIAL",
        "CREDENTIALS",
        "AUTH",
        "PAT",
        "PRIVATE",
        "SESSION",
        "COOKIE",
        "DSN",
    }
)
_MIN_ENV_VALUE = 8
"""Shorter environment values (`1`, `true`, `dev`) would mask ordinary words."""

# Whole-token patterns: (label, regex). Order matters: the most specific first.
_TOKEN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(rx))
    for label, rx in (
        (
            "private-key",
            r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----"
            # The body stops at the next BEGIN: many BEGINs and no END stay linear.
            r"(?:(?:(?!-----BEGIN)[\s\S]){0,20000}?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----"
            r"|[\sA-Za-z0-9+/=:,-]*)",
        ),
        ("aws-access-key", r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\b"),
        ("jwt", r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}"),
        ("github-token", r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})"),
        ("slack-token", r"\bxox[abposre]-[A-Za-z0-9-]{10,}"),
        ("slack-webhook", r"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]+"),
        ("openai-key", r"\bsk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_-]{20,}"),
        ("stripe-key", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}"),
        ("google-api-key", r"\bAIza[0-9A-Za-z_-]{35}"),
        ("gitlab-token", r"\bgl(?:pat|dt|ptt|rt)-[A-Za-z0-9_-]{20,}"),
        ("npm-token", r"\bnpm_[A-Za-z0-9]{36}\b"),
        ("huggingface-token", r"\bhf_[A-Za-z0-9]{30,}\b"),
        ("sendgrid-key", r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"),
        ("twilio-key", r"\bSK[0-9a-fA-F]{32}\b"),
    )
)
# An HTTP credential after its scheme; the lookahead wants a digit, so prose such as
# "Basic authentication" is left alone.
_AUTH_HEADER = re.compile(
    r"(?P<key>\b(?:Bearer|Basic|Token|Digest)\s+)(?=[A-Za-z0-9+/=_.~-]*\d)[A-Za-z0-9+/=_.~-]{16,}"
)

_NAME = r"[A-Za-z_][A-Za-z0-9_.-]*"
# A secret-named key assigned a quoted literal, anywhere (code, JSON, kwargs, YAML).
# The lookbehind starts a match only where a name starts: without it every position
# inside a long identifier is a new start, and the scan is quadratic (minutes on a minified line).
_QUOTED_ASSIGN = re.compile(
    rf"""(?<![A-Za-z0-9_.-])(?P<key>["']?(?P<name>{_NAME})["']?\]?\s*(?::=|=>|[:=])\s*)(?P<q>["'`])(?P<value>[^"'`\n]{{3,}})(?P=q)"""
)
# Env-file / YAML / ini style: the whole line is `NAME=value` or `NAME: value`.
_LINE_ASSIGN = re.compile(
    rf"""^(?P<key>[ \t]*(?:export[ \t]+)?(?P<name>{_NAME})(?:=|:[ \t]+|[ \t]+=[ \t]+))(?P<value>[^\s"'`#][^\s"'`]{{2,}})[ \t]*$""",
    re.MULTILINE,
)
_URL_CREDENTIALS = re.compile(
    r"(?<![A-Za-z0-9+.-])(?P<key>[a-z][a-z0-9+.-]*://[^\s:/@]+:)(?P<value>[^\s@/]{3,})(?=@)"
)
# `?api_key=...` in a URL, `;AccountKey=...` in a connection string.
_QUERY_PARAM = re.compile(
    r"""(?P<key>[?&;]\s*(?P<name>[A-Za-z_][A-Za-z0-9_.-]*)=)(?P<value>[^&;#\s"'`]{4,})"""
)
# The default of a secret read from the environment: `os.getenv("API_KEY", "dev-key")`.
_ENV_DEFAULT = re.compile(
    rf"""(?P<key>(?:getenv|environ\.get|environ\.setdefault|env\.get)\(\s*["'](?P<name>{_NAME})["']\s*,\s*)"""
    r"""(?P<q>["'])(?P<value>[^"'\n]{3,})(?P=q)"""
)
# A line that is nothing but base64: the body of a PEM key whose BEGIN line is out of view
# (a line window of a key file, a snippet cut short).
_KEY_MATERIAL = re.compile(r"(?m)^(?P<indent>[ \t]*)(?P<value>[A-Za-z0-9+/]{48,}={0,2})[ \t]*$")
_MASKED = re.compile(r"\[REDACTED:[\w-]+\]")
_QUOTED_STRING = re.compile(r"""(?P<q>["'`])(?P<value>[A-Za-z0-9+/=_\-.~]{20,})(?P=q)""")
_CODE_VALUE = re.compile(r"[()\[\]{}$]|^(?:None|null|true|false|True|False|self\.\w+|[\d.]+)$")


def looks_like_secret_name(name: str) -> bool:
    """True for names such as `DB_PASSWORD`, `apiKey`, `GITHUB_TOKEN` (not `PWD`)."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    words = {w for w in re.split(r"[^A-Za-z0-9]+", spaced.upper()) if w}
    if words & _SECRET_NAME_WORDS:
        return True
    if "PWD" in words and len(words) > 1 and name.upper() != "OLDPWD":
        return True  # MYSQL_PWD, DB_PWD; not the shell's PWD and OLDPWD
    upper = name.upper()
    return any(k in upper for k in ("PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY"))


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(c / len(text) * math.log2(c / len(text)) for c in counts.values())


def _high_entropy(value: str) -> bool:
    """A random-looking literal: long, mixed classes, high Shannon entropy (detect-secrets' idea)."""
    if re.fullmatch(r"[0-9a-fA-F]+", value):
        return len(value) >= 32 and _entropy(value) > 3.0
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    if not (has_digit and has_alpha) or re.fullmatch(r"[a-z_.\-/]+[0-9]*", value):
        return False
    return _entropy(value) > 4.0


@dataclass(frozen=True)
class Redactor:
    """Masks secrets in text; `values` are exact strings always masked (e.g. from the environment)."""

    values: tuple[str, ...] = ()
    placeholder: str = "[REDACTED:{label}]"
    _env_pattern: re.Pattern[str] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Longest first, so a value containing another is masked whole.
        distinct = sorted(
            {v for v in self.values if len(v) >= _MIN_ENV_VALUE}, key=len, reverse=True
        )
        if distinct:
            pattern = re.compile("|".join(re.escape(v) for v in distinct))
            object.__setattr__(self, "_env_pattern", pattern)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, extra: Iterable[str] = ()) -> Redactor:
        """Also mask the value of every environment variable whose name looks like a secret."""
        source = os.environ if env is None else env
        found = [
            v for k, v in source.items() if looks_like_secret_name(k) and len(v) >= _MIN_ENV_VALUE
        ]
        return cls(values=(*found, *extra))

    def _mask(self, label: str) -> str:
        return self.placeholder.format(label=label)

    def redact(self, text: str) -> str:
        """Return `text` with every secret replaced by a `[REDACTED:kind]` placeholder."""
        if not text:
            return text
        if self._env_pattern is not None:
            text = self._env_pattern.sub(self._mask("env-value"), text)
        for label, pattern in _TOKEN_PATTERNS:
            text = pattern.sub(self._mask(label), text)
        text = _URL_CREDENTIALS.sub(lambda m: m["key"] + self._mask("url-password"), text)
        text = _AUTH_HEADER.sub(lambda m: m["key"] + self._mask("auth-header"), text)
        text = _ENV_DEFAULT.sub(self._quoted_assignment, text)
        text = _QUERY_PARAM.sub(self._query_parameter, text)
        text = _KEY_MATERIAL.sub(self._key_material, text)
        text = _QUOTED_ASSIGN.sub(self._quoted_assignment, text)
        text = _LINE_ASSIGN.sub(self._line_assignment, text)
        return _QUOTED_STRING.sub(self._entropy_literal, text)

    def _quoted_assignment(self, m: re.Match[str]) -> str:
        value = m["value"]
        if not looks_like_secret_name(m["name"]) or value.startswith("[REDACTED:"):
            return m[0]
        return f"{m['key']}{m['q']}{self._mask('assignment')}{m['q']}"

    def _line_assignment(self, m: re.Match[str]) -> str:
        value = m["value"]
        if (
            not looks_like_secret_name(m["name"])
            or value.startswith("[REDACTED:")
            or _CODE_VALUE.search(value)
        ):
            return m[0]
        return m["key"] + self._mask("assignment")

    def _query_parameter(self, m: re.Match[str]) -> str:
        value = m["value"]
        # `token_type=bearer` is a word, not a secret: want a digit or some length.
        secret_like = any(c.isdigit() for c in value) or len(value) >= 12
        if not looks_like_secret_name(m["name"]) or not secret_like or _MASKED.fullmatch(value):
            return m[0]
        return m["key"] + self._mask("parameter")

    def _key_material(self, m: re.Match[str]) -> str:
        value = m["value"]
        mixed = any(c.isdigit() for c in value) and any(c.isupper() for c in value)
        if not (mixed and any(c.islower() for c in value) and _entropy(value) > 4.5):
            return m[0]
        return m["indent"] + self._mask("key-material")

    def _entropy_literal(self, m: re.Match[str]) -> str:
        if not _high_entropy(m["value"]):
            return m[0]
        return f"{m['q']}{self._mask('high-entropy')}{m['q']}"

    def redact_messages(self, messages: Sequence[Mapping[str, object]]) -> list[dict[str, object]]:
        """Redact the text content of chat messages (string or OpenAI content parts)."""
        return [self._redact_message(m) for m in messages]

    def _redact_message(self, message: Mapping[str, object]) -> dict[str, object]:
        out = dict(message)
        content = out.get("content")
        if isinstance(content, str):
            out["content"] = self.redact(content)
        elif isinstance(content, list):
            out["content"] = [
                {**part, "text": self.redact(part["text"])}
                if isinstance(part, dict) and isinstance(part.get("text"), str)
                else part
                for part in content
            ]
        return out


def redact(text: str) -> str:
    """Redact with the patterns and the current environment's secret-looking values."""
    return Redactor.from_env().redact(text)
