"""Hard-coded credentials: literals bound to credential names or passed as credentials, judged by shape.

Three ways a literal is recognised as a credential:
- bound to a credential-like name (assignment, keyword, dict key, default, `auth=` tuple);
- passed where an API takes a secret (`jwt.encode(payload, KEY)`, `smtp.login(user, PW)`,
  `Fernet(KEY)`, `hmac.new(KEY, ...)`, `pymysql.connect(host, user, PW)`...);
- carrying a credential by its format anywhere (URL or DSN with a password, cloud and VCS
  token formats, PEM private keys).
Placeholders, templates, paths, identifiers and documentation examples are not secrets.
"""

from __future__ import annotations

import ast
import math
import re
from collections import Counter
from dataclasses import dataclass

from aise.tools.analysis.context import is_placeholder_secret

__all__ = ["SecretLiteral", "find_secrets", "looks_like_secret"]

_NAME = re.compile(
    r"(passw(or)?d|passwd|pwd|pass$|_pass$|^pass_|secret|api_?key|apikey|token|auth_?key|credential|private_?key"
    r"|access_?key|client_?secret|signing_?key|encryption_?key|dsn$|conn(ection)?_?str|passphrase)",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"(_url|_uri|_endpoint|_path|_file|_dir|_field|_header|_name|_param|_env|_var|_type"
                         r"|_length|_len|_size|_ttl|_expiry|_expires|_timeout|_prefix|_pattern|_regex|_hash"
                         r"|_algorithm|_algo|_scheme|_method|_mode|_format|_host|_user|_username|_login|_id"
                         r"|_email|_policy|_rounds|_iterations|_salt_size|_label|_hint|_message|_msg)$",
                         re.IGNORECASE)
"""Names that hold *about*-a-credential settings (URLs, field names, lengths), not credentials."""
_URL_CREDS = re.compile(r"^[a-z][a-z0-9+.-]*://[^/\s:@]+:([^/\s@]+)@", re.IGNORECASE)
_DSN_PASSWORD = re.compile(r"(?:^|[\s;])(?:password|pwd|passwd)\s*=\s*([^\s;'\"]+)", re.IGNORECASE)
_TOKEN_FORMATS = re.compile(
    r"(AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abposr]-[0-9A-Za-z-]{10,}"
    r"|[sr]k_live_[0-9A-Za-z]{16,}|AIza[0-9A-Za-z_\-]{35}|SG\.[\w-]{16,}\.[\w-]{16,}|glpat-[\w-]{20,}"
    r"|-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY-----"
)
_CREDENTIAL_ARGS: tuple[tuple[str, int], ...] = (
    ("jwt.encode", 1), ("jwt.decode", 1), (".login", 1), (".simple_bind_s", 1), (".simple_bind", 1),
    (".bind_s", 1), ("ldap3.Connection", 2), ("Connection", 2), ("pymysql.connect", 2), ("MySQLdb.connect", 2),
    ("mysql.connector.connect", 2), ("HTTPBasicAuth", 1), ("HTTPDigestAuth", 1), ("BasicAuth", 1), ("Fernet", 0),
    ("hmac.new", 0), ("hmac.digest", 0), ("AES.new", 0), ("ChaCha20.new", 0), ("Serializer", 0),
    ("URLSafeSerializer", 0), ("URLSafeTimedSerializer", 0), ("TimestampSigner", 0), ("Signer", 0),
    (".set_password", 1), ("pyotp.TOTP", 0),
)
"""Call-name suffixes and the position of the argument that is a credential."""
_IDENTIFIER = re.compile(r"^([A-Z][A-Z0-9]*_)+[A-Z0-9]+$|^[a-z]+([._-][a-z]+)+$|^X-[A-Za-z-]+$")
_EXAMPLE = re.compile(r"example|sample|dummy|placeholder|fake|mock|redacted|changeme|change_me|your_"
                      r"|(^|[^a-z])(test|demo|todo|fixme)([^a-z]|$)", re.IGNORECASE)


@dataclass(frozen=True)
class SecretLiteral:
    line: int
    end_line: int
    name: str
    value: str


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(c / len(text) * math.log2(c / len(text)) for c in counts.values())


def _not_a_secret(value: str) -> bool:
    """Placeholders, templates, identifiers, paths and plain words."""
    stripped = value.strip()
    if is_placeholder_secret(stripped) or _EXAMPLE.search(stripped):
        return True
    if " " in stripped or _IDENTIFIER.match(stripped):
        return True
    if re.search(r"\{[^}]*\}|%\(?\w*\)?s|\$\w|<[^>]+>", stripped):
        return True  # a format string or a template
    if stripped.startswith(("/", "./", "~/", "../")) or re.fullmatch(r"[a-z0-9_.-]+(/[a-z0-9_.-]+)+/?", stripped):
        return True  # a file path
    return len(set(stripped)) <= 2


def looks_like_secret(value: str) -> bool:
    """A real-looking credential: not a placeholder, long enough, varied characters."""
    if _TOKEN_FORMATS.search(value):
        return not _EXAMPLE.search(value)
    match = _URL_CREDS.match(value)
    if match:
        return not _not_a_secret(match.group(1))
    if _not_a_secret(value) or len(value) < 6:
        return False
    if value.startswith(("http://", "https://")):
        return False
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    if len(value) < 8:
        return classes >= 3
    if classes >= 2:
        return _entropy(value) >= 2.5
    return _entropy(value) >= 2.5  # "supersecret" bound to SECRET_KEY is still a committed key


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str | bytes):
        value = node.value
        return value.decode("latin-1") if isinstance(value, bytes) else value
    return None


def _call_name(node: ast.Call) -> str:
    try:
        return ast.unparse(node.func)
    except (ValueError, AttributeError):  # pragma: no cover - ast.unparse on odd trees
        return ""


def _named_literals(tree: ast.AST) -> tuple[list[tuple[str, ast.expr]], list[ast.Constant]]:
    """(name -> literal candidates, every string/bytes constant), in one walk."""
    out: list[tuple[str, ast.expr]] = []
    constants: list[ast.Constant] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str | bytes) and len(node.value) >= 6:
                constants.append(node)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
                if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
                    name = str(target.slice.value)
                if node.value is not None:
                    out.append((name, node.value))
        elif isinstance(node, ast.keyword) and node.arg:
            out.append((node.arg, node.value))
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    out.append((key.value, value))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args.posonlyargs + node.args.args
            for arg, default in zip(args[len(args) - len(node.args.defaults):], node.args.defaults, strict=True):
                out.append((arg.arg, default))
            for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True):
                if default is not None:
                    out.append((arg.arg, default))
        elif isinstance(node, ast.Call) and (node.args or node.keywords):
            out.extend(_credential_args(node))
    return out, constants


def _credential_args(call: ast.Call) -> list[tuple[str, ast.expr]]:
    name = _call_name(call)
    out: list[tuple[str, ast.expr]] = []
    for suffix, index in _CREDENTIAL_ARGS:
        if (name == suffix or name.endswith(suffix if suffix.startswith(".") else "." + suffix)) and len(call.args) > index:
            out.append(("credential", call.args[index]))
    for kw in call.keywords:
        if kw.arg == "auth" and isinstance(kw.value, ast.Tuple) and len(kw.value.elts) == 2:
            out.append(("auth", kw.value.elts[1]))
    return out


def find_secrets(tree: ast.AST) -> list[SecretLiteral]:
    """Credential-like literals in a module (names, credential arguments, credential formats)."""
    found: dict[tuple[int, int], SecretLiteral] = {}
    named, constants = _named_literals(tree)
    for name, value in named:
        text = _text(value)
        if text is None:
            continue
        named = name in ("credential", "auth") or (_NAME.search(name) and not _NOT_A_NAME.search(name))
        if named and looks_like_secret(text):
            found[(value.lineno, value.col_offset)] = SecretLiteral(
                value.lineno, value.end_lineno or value.lineno, name, text)
    for node in constants:
        text = _text(node)
        if text is None or (node.lineno, node.col_offset) in found:
            continue
        dsn = _DSN_PASSWORD.search(text)
        url = _URL_CREDS.match(text)
        secret = (url and not _not_a_secret(url.group(1))) or (dsn and not _not_a_secret(dsn.group(1))) or (
            _TOKEN_FORMATS.search(text) and not _EXAMPLE.search(text))
        if secret:
            found[(node.lineno, node.col_offset)] = SecretLiteral(
                node.lineno, node.end_lineno or node.lineno, "literal", text)
    return sorted(found.values(), key=lambda s: (s.line, s.name))
