"""The heuristic brain: small named rules over `Evidence` for triage and exploitability.

Each rule returns a verdict or None; the first rule that answers wins. Confidence values
are calibrated on the labelled corpus (`bench/triage_quality.py` prints the precision of
verdicts at 0.9 and above), so 0.9 means "right about nine times in ten or better".
"""

from __future__ import annotations

from collections.abc import Callable

from aise.evidence import ContextFlag, Evidence, SinkClass, TaintStatus
from aise.models import Finding, Severity
from aise.records import Assessment, Reachability, TriageVerdict, Verdict

__all__ = ["ASSESS_RULES", "TRIAGE_RULES", "heuristic_assess", "heuristic_triage"]

_TAINT_CLASSES = frozenset({
    SinkClass.SQLI, SinkClass.CMDI, SinkClass.CODEINJ, SinkClass.DESERIALIZATION,
    SinkClass.PATHTRAVER, SinkClass.SSRF, SinkClass.XSS, SinkClass.REDIRECT, SinkClass.XXE,
    SinkClass.LDAPI, SinkClass.XPATHI, SinkClass.TRUSTBOUND,
})
_IMPACT = {
    SinkClass.CMDI: (9.5, "remote command execution"),
    SinkClass.CODEINJ: (9.5, "remote code execution"),
    SinkClass.DESERIALIZATION: (9.0, "code execution through unsafe deserialisation"),
    SinkClass.SQLI: (9.0, "database read/write through SQL injection"),
    SinkClass.XXE: (8.0, "file disclosure / SSRF through XML external entities"),
    SinkClass.PATHTRAVER: (8.0, "arbitrary file read or write"),
    SinkClass.SSRF: (7.5, "requests to internal services"),
    SinkClass.LDAPI: (7.0, "directory query manipulation"),
    SinkClass.XPATHI: (6.5, "XML query manipulation"),
    SinkClass.XSS: (6.5, "script execution in users' browsers"),
    SinkClass.REDIRECT: (5.0, "phishing through open redirect"),
    SinkClass.TRUSTBOUND: (5.0, "untrusted data stored as trusted session state"),
    SinkClass.HASH: (5.0, "weak hash of sensitive data"),
    SinkClass.CIPHER: (5.5, "weak encryption"),
    SinkClass.WEAKRAND: (5.5, "predictable security tokens"),
    SinkClass.SECURECOOKIE: (4.0, "cookie sent over plain HTTP"),
    SinkClass.SECRETS: (7.0, "credential exposure"),
}

Rule = Callable[[Evidence, Finding], TriageVerdict | None]


def _v(verdict: Verdict, confidence: float, reason: str, rule: str, *facts: str) -> TriageVerdict:
    return TriageVerdict(verdict=verdict, confidence=confidence, reason=reason,
                         evidence=tuple(facts), rule=f"heuristic.{rule}")


def unparsable_or_foreign(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """Without a parse there is no flow to check; other languages get only context rules."""
    if ContextFlag.PLACEHOLDER_SECRET in ev.flags:
        return _v(Verdict.FALSE_POSITIVE, 0.85, "the secret is a placeholder value", "placeholder_secret",
                  "placeholder")
    foreign = ContextFlag.NON_PYTHON in ev.flags or ContextFlag.UNPARSABLE in ev.flags
    if not foreign:
        return None
    if ev.flags & {ContextFlag.TEST_CODE, ContextFlag.EXAMPLE_CODE, ContextFlag.DOCS}:
        return _v(Verdict.FALSE_POSITIVE, 0.7, "found in test, example or documentation files",
                  "foreign_test_code", "non-python", "test/example path")
    return _v(Verdict.UNCERTAIN, 0.4, "not Python: no data-flow analysis, left to a reviewer",
              "foreign_uncertain", "non-python")


def test_or_example_code(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """Test and example code is not deployed; a finding there is not a production risk."""
    if ev.flags & {ContextFlag.TEST_CODE, ContextFlag.EXAMPLE_CODE, ContextFlag.DOCS}:
        return _v(Verdict.FALSE_POSITIVE, 0.75, "the code is test, example or documentation code",
                  "test_or_example_code", *(f.value for f in ev.flags))
    return None


def unreachable_code(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """A sink in a branch that constant folding proves dead never runs."""
    if ContextFlag.UNREACHABLE in ev.flags:
        return _v(Verdict.FALSE_POSITIVE, 0.9, "the flagged code is unreachable (its branch condition is a "
                  "constant that is never true)", "unreachable_code", "dead branch")
    return None


def unsafe_xml_parser(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """XXE needs both untrusted XML and a parser that resolves external entities."""
    if ev.sink_class is not SinkClass.XXE:
        return None
    weak = ev.fact("weak")
    if weak == "false":
        default = ev.fact("resolve_entities") == "default" and ev.fact("parser") == "lxml"
        return _v(Verdict.FALSE_POSITIVE, 0.8 if default else 0.9, f"the XML parser ({ev.fact('parser')}) "
                  "does not resolve external entities" + (" (lxml >= 5 default)" if default else ""),
                  "safe_xml_parser", "safe parser")
    if ev.taint in (TaintStatus.CONSTANT, TaintStatus.NO_SOURCE, TaintStatus.SANITISED):
        return _v(Verdict.FALSE_POSITIVE, 0.85, "the parsed XML is not attacker-controlled",
                  "xml_not_tainted", ev.taint.value)
    if weak == "true" and ev.taint is TaintStatus.CONFIRMED:
        return _v(Verdict.TRUE_POSITIVE, 0.95, "attacker XML reaches a parser that resolves entities",
                  "xxe_confirmed", "taint confirmed", "entity-resolving parser")
    if weak == "unknown" and ev.taint is TaintStatus.CONFIRMED:
        return _v(Verdict.UNCERTAIN, 0.55, "attacker XML reaches a parser whose entity handling depends on "
                  "the library version or on options the analysis cannot read", "xxe_parser_undecided",
                  "taint confirmed", "parser options unknown")
    return None


def taint_verdict(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """Injection findings are decided by the source-to-sink analysis at the sink."""
    if ev.sink_class not in _TAINT_CLASSES:
        return None
    sources = {step.message for step in ev.taint_path[:1]}
    if ev.taint is TaintStatus.CONFIRMED:
        return _confirmed(ev, sources)
    if ContextFlag.IMPORT_ONLY in ev.flags and ev.taint in (TaintStatus.NO_SOURCE, TaintStatus.CONSTANT):
        return _v(Verdict.FALSE_POSITIVE, 0.85, "only an import: no use of the module in this file takes "
                  "attacker data", "import_only", "import")
    if ContextFlag.UNMODELLED_SINK in ev.flags and ev.taint in (TaintStatus.NO_SOURCE, TaintStatus.SANITISED):
        return _v(Verdict.FALSE_POSITIVE, 0.75, "no unsanitised attacker data reaches any argument of the call "
                  "at this line (its API is not in the sink tables)", "unmodelled_call_no_flow", ev.taint.value)
    if ev.taint is TaintStatus.SANITISED:
        return _v(Verdict.FALSE_POSITIVE, 0.9, "every flow from a source is sanitised or guarded for "
                  f"{ev.sink_class.value}", "taint_sanitised", *ev.sanitisers)
    if ev.taint is TaintStatus.CONSTANT:
        return _v(Verdict.FALSE_POSITIVE, 0.95, "only constants reach the sink", "constant_args",
                  "constant arguments")
    if ev.taint is TaintStatus.NO_SOURCE:
        return _v(Verdict.FALSE_POSITIVE, 0.85, "no attacker-controlled source reaches the sink",
                  "no_source", "no source")
    if ev.notes:
        return _v(Verdict.UNCERTAIN, 0.5, "data reaches the sink from a parameter; callers decide",
                  "parameter_flow", *ev.notes[:2])
    return None


def _confirmed(ev: Evidence, sources: set[str]) -> TriageVerdict:
    """A confirmed flow; how sure depends on the source kind and on the calls it crossed."""
    kinds = set((ev.fact("sources") or "").split(",")) - {""}
    if kinds and kinds <= {"env"}:
        return _v(Verdict.FALSE_POSITIVE, 0.6, "only the process environment (operator configuration) "
                  "reaches the sink", "env_only_source", *sources)
    certainty = ev.fact("certainty")
    if certainty == "looks_safe":
        return _v(Verdict.UNCERTAIN, 0.5, "the flow passes a call the analysis does not model whose name "
                  "suggests a sanitiser", "flow_through_unknown_sanitiser", *sources)
    if kinds and kinds <= {"env", "argv", "stdin"}:
        confidence = 0.75
    elif certainty == "checked":
        confidence = 0.7  # a validation the rules do not understand may stop the attack
    else:
        confidence = 0.8 if certainty == "unmodelled" else 0.95
    return _v(Verdict.TRUE_POSITIVE, confidence, "attacker-controlled input reaches the sink unsanitised"
              + (" (through a call the analysis does not model)" if certainty == "unmodelled" else ""),
              "taint_confirmed", *sources)


def weak_hash(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """MD5/SHA-1 matter when they protect something; sha2/sha3 or usedforsecurity=False do not."""
    if ev.sink_class not in (SinkClass.HASH, SinkClass.CIPHER):
        return None
    if ContextFlag.SAFE_API in ev.flags:
        return _v(Verdict.FALSE_POSITIVE, 0.95, f"a strong algorithm is used ({ev.fact('algorithm')})",
                  "strong_hash", "safe api")
    if ContextFlag.NOT_SECURITY_USE in ev.flags:
        return _v(Verdict.FALSE_POSITIVE, 0.85, "the hash is not used for security (checksum/cache key)",
                  "hash_not_security", "not security use")
    if ev.fact("weak") == "true":
        confidence = 0.9 if ContextFlag.SECURITY_USE in ev.flags else 0.8
        return _v(Verdict.TRUE_POSITIVE, confidence, f"weak algorithm {ev.fact('algorithm')} used",
                  "weak_hash", f"algorithm={ev.fact('algorithm')}")
    return None


def weak_random(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """`random` is predictable; it matters for tokens and ids, not for jitter or sampling."""
    if ev.sink_class is not SinkClass.WEAKRAND:
        return None
    if ContextFlag.SAFE_API in ev.flags:
        return _v(Verdict.FALSE_POSITIVE, 0.95, "a cryptographic generator is used (secrets/SystemRandom)",
                  "secure_random", "safe api")
    if ContextFlag.NOT_SECURITY_USE in ev.flags:
        return _v(Verdict.FALSE_POSITIVE, 0.8, "randomness is used for jitter/shuffling, not security",
                  "random_not_security", "not security use")
    if ev.fact("weak") == "true":
        confidence = 0.9 if ContextFlag.SECURITY_USE in ev.flags else 0.75
        return _v(Verdict.TRUE_POSITIVE, confidence, "a non-cryptographic PRNG produces a value used in a "
                  "security context", "weak_random", ev.fact("generator") or "random")
    return None


def insecure_cookie(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """A cookie without the Secure flag leaks over HTTP; one with it set is fine."""
    if ev.sink_class is not SinkClass.SECURECOOKIE:
        return None
    secure = ev.fact("secure")
    if secure == "true":
        return _v(Verdict.FALSE_POSITIVE, 0.9, "the cookie is set with secure=True", "cookie_secure",
                  "secure=True")
    if secure in ("false", "missing"):
        return _v(Verdict.TRUE_POSITIVE, 0.9, f"the cookie's secure flag is {secure}", "cookie_insecure",
                  f"secure={secure}")
    return None


def hardcoded_secret(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """A literal credential in code is real unless it is an obvious placeholder."""
    if ev.sink_class is not SinkClass.SECRETS:
        return None
    return _v(Verdict.TRUE_POSITIVE, 0.8, "a literal credential is committed in the source", "hardcoded_secret",
              "literal value")


_CONFIGURATION = {
    SinkClass.TLS: "certificate verification is turned off, so anyone on the path can intercept the traffic",
    SinkClass.DEBUG: "debug mode exposes an interactive debugger and stack traces",
    SinkClass.TEMPFILE: "tempfile.mktemp returns a name another process can take first",
}


def insecure_configuration(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """TLS off, debug on and mktemp are weaknesses in themselves, whatever data flows; outside
    test and example code (settled by an earlier rule) the finding is the setting itself."""
    reason = _CONFIGURATION.get(ev.sink_class)
    if reason is None:
        return None
    return _v(Verdict.TRUE_POSITIVE, 0.85, reason, "insecure_configuration", ev.sink_class.value)


def fallback(ev: Evidence, finding: Finding) -> TriageVerdict | None:
    """Nothing decisive: hand it on as uncertain rather than guess."""
    return _v(Verdict.UNCERTAIN, 0.4, "the evidence does not settle this finding", "fallback")


TRIAGE_RULES: tuple[Rule, ...] = (
    unparsable_or_foreign, test_or_example_code, unreachable_code, unsafe_xml_parser, taint_verdict, weak_hash,
    weak_random, insecure_cookie, hardcoded_secret, insecure_configuration, fallback,
)


def heuristic_triage(evidence: Evidence, finding: Finding) -> TriageVerdict:
    """Apply the triage rules in order; the first that answers decides."""
    for rule in TRIAGE_RULES:
        verdict = rule(evidence, finding)
        if verdict is not None:
            return verdict
    raise AssertionError("fallback always answers")  # pragma: no cover


# ----- exploitability --------------------------------------------------------------------

AssessRule = Callable[[Evidence, Finding], Assessment | None]


def _severity_risk(finding: Finding) -> float:
    return {Severity.CRITICAL: 9.0, Severity.HIGH: 7.0, Severity.MEDIUM: 5.0, Severity.LOW: 3.0,
            Severity.INFO: 1.0}[finding.severity]


def dead_or_configuration(ev: Evidence, finding: Finding) -> Assessment | None:
    """Unreachable code cannot be exploited; a flow only from the environment needs the operator."""
    if ContextFlag.UNREACHABLE in ev.flags:
        return Assessment(reachability=Reachability.NOT_EXPLOITABLE, impact="none", risk=1.0,
                          reason="the sink is in code that never runs")
    kinds = set((ev.fact("sources") or "").split(",")) - {""}
    if ev.taint is TaintStatus.CONFIRMED and kinds and kinds <= {"env"}:
        return Assessment(reachability=Reachability.UNKNOWN, entry_points=ev.entry_points,
                          impact=_IMPACT.get(ev.sink_class, (0.0, "unknown"))[1], risk=3.0,
                          reason="only the process environment (operator configuration) reaches the sink")
    return None


def reachable_flow(ev: Evidence, finding: Finding) -> Assessment | None:
    """A confirmed flow from an entry point is exploitable; its sink class sets the impact."""
    if ev.taint is not TaintStatus.CONFIRMED:
        return None
    if ev.fact("certainty") in ("looks_safe", "checked"):
        return Assessment(reachability=Reachability.UNKNOWN, entry_points=ev.entry_points,
                          impact=_IMPACT.get(ev.sink_class, (0.0, "unknown"))[1], risk=_severity_risk(finding),
                          reason="the flow passes a check or call the analysis cannot judge")
    risk, impact = _IMPACT.get(ev.sink_class, (_severity_risk(finding), "attacker-controlled sink"))
    if not ev.entry_points:
        risk *= 0.85
    return Assessment(reachability=Reachability.EXPLOITABLE, entry_points=ev.entry_points, impact=impact,
                      risk=round(risk, 1), reason="attacker input reaches the sink"
                      + (f" from {ev.entry_points[0]}" if ev.entry_points else ""))


def no_attacker_data(ev: Evidence, finding: Finding) -> Assessment | None:
    """Sanitised, constant or source-less sinks cannot be driven by an attacker."""
    if ev.taint in (TaintStatus.SANITISED, TaintStatus.CONSTANT, TaintStatus.NO_SOURCE):
        return Assessment(reachability=Reachability.NOT_EXPLOITABLE, entry_points=ev.entry_points,
                          impact="none found", risk=1.0, reason=f"taint status is {ev.taint.value}")
    return None


def api_misuse(ev: Evidence, finding: Finding) -> Assessment | None:
    """Weak crypto/random/cookie flags are exploitable when used for security."""
    if ev.sink_class not in (SinkClass.HASH, SinkClass.CIPHER, SinkClass.WEAKRAND, SinkClass.SECURECOOKIE):
        return None
    risk, impact = _IMPACT[ev.sink_class]
    if ev.flags & {ContextFlag.SAFE_API, ContextFlag.NOT_SECURITY_USE}:
        return Assessment(reachability=Reachability.NOT_EXPLOITABLE, impact="none", risk=1.0,
                          reason="safe API or non-security use")
    reach = Reachability.EXPLOITABLE if ContextFlag.SECURITY_USE in ev.flags else Reachability.UNKNOWN
    return Assessment(reachability=reach, entry_points=ev.entry_points, impact=impact, risk=risk,
                      reason="weak primitive in a security context" if reach is Reachability.EXPLOITABLE
                      else "weak primitive; use unclear")


def unknown(ev: Evidence, finding: Finding) -> Assessment | None:
    """Without a decided flow, risk follows the scanner's severity."""
    return Assessment(reachability=Reachability.UNKNOWN, entry_points=ev.entry_points,
                      impact=_IMPACT.get(ev.sink_class, (0.0, "unknown"))[1], risk=_severity_risk(finding),
                      reason="the analysis could not decide reachability")


ASSESS_RULES: tuple[AssessRule, ...] = (dead_or_configuration, reachable_flow, no_attacker_data, api_misuse, unknown)


def heuristic_assess(evidence: Evidence, finding: Finding) -> Assessment:
    """Apply the exploitability rules in order; the first that answers decides."""
    for rule in ASSESS_RULES:
        assessment = rule(evidence, finding)
        if assessment is not None:
            return assessment
    raise AssertionError("unknown always answers")  # pragma: no cover
