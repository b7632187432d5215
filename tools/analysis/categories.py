"""Map any scanner's finding (bandit test id, semgrep rule, CWE) to a sink class / category."""

from __future__ import annotations

from aise.evidence import SinkClass
from aise.models import Finding

__all__ = ["CATEGORY_CWE", "category_for_cwe", "category_of", "sink_class_of"]

CATEGORY_CWE: dict[str, int] = {
    "cmdi": 78, "codeinj": 94, "deserialization": 502, "hash": 328, "ldapi": 90,
    "pathtraver": 22, "redirect": 601, "securecookie": 614, "sqli": 89, "trustbound": 501,
    "weakrand": 330, "xpathi": 643, "xss": 79, "xxe": 611, "secrets": 798, "ssrf": 918,
}
"""Corpus category slug -> its primary CWE."""

_CWE: dict[int, SinkClass] = {
    77: SinkClass.CMDI, 78: SinkClass.CMDI, 88: SinkClass.CMDI,
    94: SinkClass.CODEINJ, 95: SinkClass.CODEINJ, 96: SinkClass.CODEINJ, 1336: SinkClass.CODEINJ,
    502: SinkClass.DESERIALIZATION,
    327: SinkClass.HASH, 328: SinkClass.HASH, 916: SinkClass.HASH, 759: SinkClass.HASH,
    760: SinkClass.HASH, 326: SinkClass.HASH,
    90: SinkClass.LDAPI,
    22: SinkClass.PATHTRAVER, 23: SinkClass.PATHTRAVER, 36: SinkClass.PATHTRAVER,
    73: SinkClass.PATHTRAVER,
    601: SinkClass.REDIRECT,
    614: SinkClass.SECURECOOKIE, 1004: SinkClass.SECURECOOKIE, 315: SinkClass.SECURECOOKIE,
    539: SinkClass.SECURECOOKIE,
    89: SinkClass.SQLI, 564: SinkClass.SQLI,
    501: SinkClass.TRUSTBOUND,
    330: SinkClass.WEAKRAND, 338: SinkClass.WEAKRAND, 331: SinkClass.WEAKRAND, 335: SinkClass.WEAKRAND,
    643: SinkClass.XPATHI,
    79: SinkClass.XSS, 80: SinkClass.XSS, 83: SinkClass.XSS,
    611: SinkClass.XXE, 776: SinkClass.XXE, 827: SinkClass.XXE,
    259: SinkClass.SECRETS, 321: SinkClass.SECRETS, 798: SinkClass.SECRETS, 522: SinkClass.SECRETS,
    918: SinkClass.SSRF,
    295: SinkClass.TLS, 489: SinkClass.DEBUG, 215: SinkClass.DEBUG, 377: SinkClass.TEMPFILE,
}

_BANDIT: dict[str, SinkClass] = {
    "B102": SinkClass.CODEINJ, "B307": SinkClass.CODEINJ, "B201": SinkClass.DEBUG,
    "B105": SinkClass.SECRETS, "B106": SinkClass.SECRETS, "B107": SinkClass.SECRETS,
    "B202": SinkClass.PATHTRAVER, "B301": SinkClass.DESERIALIZATION,
    "B302": SinkClass.DESERIALIZATION, "B403": SinkClass.DESERIALIZATION,
    "B506": SinkClass.DESERIALIZATION, "B614": SinkClass.DESERIALIZATION,
    "B303": SinkClass.HASH, "B324": SinkClass.HASH, "B304": SinkClass.CIPHER,
    "B305": SinkClass.CIPHER, "B413": SinkClass.CIPHER, "B505": SinkClass.CIPHER,
    "B310": SinkClass.SSRF, "B311": SinkClass.WEAKRAND,
    "B308": SinkClass.XSS, "B703": SinkClass.XSS, "B704": SinkClass.XSS, "B701": SinkClass.XSS,
    "B702": SinkClass.XSS,
    "B404": SinkClass.CMDI, "B601": SinkClass.CMDI, "B602": SinkClass.CMDI, "B603": SinkClass.CMDI,
    "B604": SinkClass.CMDI, "B605": SinkClass.CMDI, "B606": SinkClass.CMDI, "B607": SinkClass.CMDI,
    "B609": SinkClass.CMDI,
    "B608": SinkClass.SQLI, "B610": SinkClass.SQLI, "B611": SinkClass.SQLI,
    "B501": SinkClass.TLS, "B502": SinkClass.TLS, "B503": SinkClass.TLS, "B504": SinkClass.TLS,
    "B323": SinkClass.TLS, "B306": SinkClass.TEMPFILE,
}
for _id in ("B313", "B314", "B315", "B316", "B317", "B318", "B319", "B320", "B405", "B406",
            "B407", "B408", "B409", "B410"):
    _BANDIT[_id] = SinkClass.XXE

_KEYWORDS: tuple[tuple[tuple[str, ...], SinkClass], ...] = (
    (("sql", "sqli"), SinkClass.SQLI),
    (("command", "cmdi", "shell", "subprocess", "os-system", "os.system"), SinkClass.CMDI),
    (("eval", "exec", "code-injection", "codeinj"), SinkClass.CODEINJ),
    (("pickle", "deserial", "marshal", "yaml-load", "unsafe-load", "jsonpickle", "shelve"), SinkClass.DESERIALIZATION),
    (("path-traversal", "pathtraver", "traversal", "send-file", "open-file"), SinkClass.PATHTRAVER),
    (("redirect",), SinkClass.REDIRECT),
    (("xss", "render-template-string", "markup", "html-response"), SinkClass.XSS),
    (("xxe", "xml"), SinkClass.XXE),
    (("ldap",), SinkClass.LDAPI),
    (("xpath",), SinkClass.XPATHI),
    (("md5", "sha1", "weak-hash", "insecure-hash", "hash"), SinkClass.HASH),
    (("random", "weakrand", "prng"), SinkClass.WEAKRAND),
    (("cookie",), SinkClass.SECURECOOKIE),
    (("session", "trust-boundary", "trustbound"), SinkClass.TRUSTBOUND),
    (("ssrf", "request-url", "urlopen"), SinkClass.SSRF),
    (("secret", "password", "credential", "api-key", "token"), SinkClass.SECRETS),
    (("cipher", "des", "ecb", "arc4"), SinkClass.CIPHER),
)


def category_for_cwe(cwe: int) -> str | None:
    klass = _CWE.get(cwe)
    if klass is None:
        return None
    return "hash" if klass is SinkClass.CIPHER else klass.value


def _from_rule(rule: str) -> SinkClass | None:
    scanner, _, rule_id = rule.partition(":")
    if scanner == "aise-flow":
        head = rule_id.split(".")[0].split("-")[0]
        try:
            return SinkClass(head)
        except ValueError:
            return None
    if scanner == "bandit":
        return _BANDIT.get(rule_id.upper())
    if scanner == "detect-secrets":
        return SinkClass.SECRETS
    lowered = rule_id.lower()
    for words, klass in _KEYWORDS:
        if any(w in lowered for w in words):
            return klass
    return None


def sink_class_of(finding: Finding) -> SinkClass:
    """Best sink class for a finding: rule tables first, then its CWEs."""
    for rule in finding.rule_ids or (finding.rule_id,):
        if rule.startswith(("bandit:", "aise-flow:", "detect-secrets:")):
            klass = _from_rule(rule)
            if klass is not None:
                return klass
    for cwe in finding.cwe:
        if cwe in _CWE:
            return _CWE[cwe]
    for rule in finding.rule_ids or (finding.rule_id,):
        klass = _from_rule(rule)
        if klass is not None:
            return klass
    return SinkClass.OTHER


def category_of(finding: Finding) -> str | None:
    """The scored category slug (cipher counts as `hash`), or None."""
    klass = sink_class_of(finding)
    if klass is SinkClass.CIPHER:
        return "hash"
    return klass.value if klass.value in CATEGORY_CWE else None
