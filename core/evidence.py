"""Evidence: what the deterministic tools found about one finding, before any brain decides."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from aise.models import FlowStep

__all__ = ["ContextFlag", "Evidence", "SinkClass", "TaintStatus"]


class SinkClass(StrEnum):
    SQLI = "sqli"
    CMDI = "cmdi"
    CODEINJ = "codeinj"
    DESERIALIZATION = "deserialization"
    PATHTRAVER = "pathtraver"
    SSRF = "ssrf"
    XSS = "xss"
    REDIRECT = "redirect"
    XXE = "xxe"
    LDAPI = "ldapi"
    XPATHI = "xpathi"
    HASH = "hash"
    CIPHER = "cipher"
    WEAKRAND = "weakrand"
    SECURECOOKIE = "securecookie"
    TRUSTBOUND = "trustbound"
    SECRETS = "secrets"
    TLS = "tls"
    DEBUG = "debug"
    TEMPFILE = "tempfile"
    """Insecure temporary file names (tempfile.mktemp): a race another user can win."""
    OTHER = "other"


class TaintStatus(StrEnum):
    CONFIRMED = "confirmed"
    """A source reaches the sink on a live path with no sanitiser for this sink class."""
    SANITISED = "sanitised"
    """Every path from a source passes a sanitiser or guard for this sink class."""
    CONSTANT = "constant"
    """The sink's arguments are constants (or only constants reach them)."""
    NO_SOURCE = "no_source"
    """Data reaches the sink but from no known attacker-controlled source."""
    UNKNOWN = "unknown"
    """The analysis could not decide (other language, unparsable code, dynamic calls)."""
    NOT_APPLICABLE = "not_applicable"
    """The rule is not about data flow (weak hash, debug mode, secrets)."""


class ContextFlag(StrEnum):
    TEST_CODE = "test_code"
    EXAMPLE_CODE = "example_code"
    DOCS = "docs"
    NOT_SECURITY_USE = "not_security_use"
    """usedforsecurity=False, hash for cache keys/ETags/dedup, random for jitter/shuffling."""
    SECURITY_USE = "security_use"
    """Passwords, tokens, keys, session ids, signatures."""
    CONSTANT_ARGS = "constant_args"
    UNREACHABLE = "unreachable"
    SAFE_API = "safe_api"
    """The call uses the safe variant (sha256, SystemRandom, defusedxml, cookie flags set)."""
    PLACEHOLDER_SECRET = "placeholder_secret"
    GENERATED = "generated"
    NON_PYTHON = "non_python"
    UNPARSABLE = "unparsable"
    IMPORT_ONLY = "import_only"
    """The finding is an import; only a dangerous use of the module in the file would matter."""
    UNMODELLED_SINK = "unmodelled_sink"
    """No sink table knows the call at the finding; judged by the flows reaching its arguments."""


class Evidence(BaseModel):
    """Everything the deterministic half knows about one finding."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str
    sink_class: SinkClass = SinkClass.OTHER
    taint: TaintStatus = TaintStatus.UNKNOWN
    taint_path: tuple[FlowStep, ...] = ()
    """Source, then each step, then the sink."""
    sanitisers: tuple[str, ...] = ()
    entry_points: tuple[str, ...] = ()
    """Entry points (routes, CLIs, tasks) that reach the sink, as `kind:qualname path:line`."""
    call_chain: tuple[str, ...] = ()
    flags: frozenset[ContextFlag] = frozenset()
    snippet: str = ""
    enclosing_function: str = ""
    """Source text of the enclosing function (the model sees this, after redaction)."""
    notes: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()
    """API facts at the sink, e.g. (`algorithm`, `md5`), (`secure`, `missing`), (`weak`, `true`)."""

    def fact(self, key: str) -> str | None:
        return dict(self.facts).get(key)

    @property
    def taint_path_confirmed(self) -> bool:
        return self.taint is TaintStatus.CONFIRMED
