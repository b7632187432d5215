"""API-misuse sinks: weak hash and cipher choices, predictable random generators, XML parsers.

These are judged by the API and its configuration, not by data flow: `weak` is True for
the weak variant, False for the safe one, None when the choice cannot be read statically.
"""

from __future__ import annotations

from aise.tools.analysis import sink_tables as T
from aise.tools.analysis.sinks import CallSite, SinkCheck
from aise.tools.analysis.values import AV

__all__ = ["api_misuse", "xml_parser_weak"]

_LXML = ("lxml.etree", "lxml.objectify", "lxml.html")
_STDLIB_XML = ("xml.etree.ElementTree", "xml.etree.cElementTree", "xml.dom.minidom", "xml.dom.pulldom",
               "xml.sax", "xml.dom.expatbuilder", "xml.etree", "xmltodict", "xml.parsers.expat")
_PARSER_FACTORIES = ("XMLParser", "makeparser", "ETCompatXMLParser", "XMLPullParser")


def _algorithm(value: AV | None) -> str:
    if value is None:
        return "?"
    if value.is_const and isinstance(value.const, str):
        return value.const.lower().replace("-", "_") if value.const.lower() != "sha-1" else "sha1"
    tag = value.qual or value.inst or ""
    return tag.rpartition(".")[2].lower() if tag else "?"


def _hash(call: CallSite, qual: str, name: str) -> list[SinkCheck]:
    head, _, last = qual.rpartition(".")
    if head == "hashlib" and last in T.HASH_FUNCS:
        chosen = {"new": call.arg(0, "name"), "pbkdf2_hmac": call.arg(0, "hash_name"),
                  "file_digest": call.arg(1, "digest")}
        algo = _algorithm(chosen[last]) if last in chosen else last
        if last == "scrypt":
            algo = "scrypt"
        weak = None if algo == "?" else algo in T.WEAK_HASHES
        detail = (("algorithm", algo),)
        if call.kwconst("usedforsecurity") is False:
            detail += (("usedforsecurity", "false"),)
        return [SinkCheck("hash", (), name, weak, detail)]
    if qual.startswith(("Crypto.Hash.", "Cryptodome.Hash.")) and last == "new":
        algo = head.rpartition(".")[2].lower()
        return [SinkCheck("hash", (), name, algo in T.WEAK_HASHES, (("algorithm", algo),))]
    if qual.startswith("cryptography.hazmat.primitives.hashes.") and last not in ("Hash", "HashContext"):
        return [SinkCheck("hash", (), name, last.lower() in T.WEAK_HASHES, (("algorithm", last),))]
    if qual in ("hmac.new", "hmac.digest", "hmac.HMAC"):
        digest = call.arg(2, "digestmod") if qual != "hmac.digest" else call.arg(2, "digest")
        algo = _algorithm(digest) if digest is not None else "md5"
        return [SinkCheck("hash", (), name, None if algo == "?" else algo in T.WEAK_HASHES, (("algorithm", algo),))]
    if qual.startswith("passlib.hash.") or qual == "crypt.crypt":
        scheme = head.rpartition(".")[2] if qual.startswith("passlib.hash.") and last in ("hash", "encrypt") else (
            last if qual.startswith("passlib.hash.") else _algorithm(call.arg(1, "salt")))
        if scheme and scheme != "?":
            weak = any(w in scheme.lower() for w in ("md5", "sha1", "des", "lmhash", "nthash", "plaintext"))
            return [SinkCheck("hash", (), name, weak, (("algorithm", scheme),))]
        return []
    if qual.startswith(("Crypto.Cipher.", "Cryptodome.Cipher.", "cryptography.hazmat")) and (
        head.rpartition(".")[2] in T.WEAK_CIPHERS or last in T.WEAK_CIPHERS
    ):
        return [SinkCheck("cipher", (), name, True, (("algorithm", last),))]
    return []


def _random(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    head, _, last = qual.rpartition(".")
    if head in ("random", "numpy.random", "random.Random") and last in T.WEAK_RANDOM:
        return [SinkCheck("weakrand", (), name, True, (("generator", qual),))]
    if qual == "uuid.uuid1":
        return [SinkCheck("weakrand", (), name, True, (("generator", "uuid1 (time and MAC based)"),))]
    if qual in T.SAFE_RANDOM or head in ("random.SystemRandom", "secrets", "secrets.SystemRandom"):
        return [SinkCheck("weakrand", (), name, False, (("generator", qual),))]
    if call.receiver is not None and method in T.WEAK_RANDOM:
        inst = call.receiver.inst or ""
        if inst in ("random.Random", "numpy.random.default_rng", "numpy.random.RandomState",
                    "numpy.random.Generator"):
            return [SinkCheck("weakrand", (), f"{inst}.{method}", True, (("generator", inst),))]
        if inst in ("random.SystemRandom", "secrets.SystemRandom"):
            return [SinkCheck("weakrand", (), f"{inst}.{method}", False, (("generator", inst),))]
    return []


def xml_parser_weak(kwargs: dict[str, object], factory: str) -> bool | None:
    """Whether an lxml parser built with these constant options resolves external entities."""
    resolve = kwargs.get("resolve_entities", "<default>")
    if resolve is False or resolve == "internal":
        return False
    if resolve is True:
        return True
    if resolve == "<default>":
        # lxml >= 5 defaults to resolve_entities='internal' (no external entities), except
        # iterparse() and ETCompatXMLParser(), which kept True until lxml 6.1.
        return None if factory in ("iterparse", "ETCompatXMLParser") else False
    return None


def _xml(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    head, _, last = qual.rpartition(".")
    data = call.arg(0, "source") or call.arg(0, "text") or call.arg(0, "string") or call.arg(0, "xml_input")
    present = (data,) if data is not None else ()
    if head.startswith("defusedxml"):
        return [SinkCheck("xxe", present, name, False, (("parser", "defusedxml"),))]
    if head in _LXML and last in T.XML_PARSE:
        parser = call.arg(1, "parser")
        if parser is not None and (parser.inst or "").startswith(_LXML):
            weak = xml_parser_weak(dict(parser.kwargs), (parser.inst or "").rpartition(".")[2])
        elif parser is not None and not (parser.is_const and parser.const is None):
            weak = None
        else:
            weak = xml_parser_weak({k: v.const for k, v in call.kwargs.items() if v.is_const}, last)
        detail = (("parser", "lxml"), ("resolve_entities", str(dict(parser.kwargs if parser else ())
                                                                .get("resolve_entities", "default"))))
        return [SinkCheck("xxe", present, name, weak, detail)]
    if head.startswith(_STDLIB_XML) and last in T.XML_PARSE:
        handler = call.arg(1, "parser") if head.startswith("xml.dom") else call.kwargs.get("parser")
        weak = bool(handler is not None and dict(handler.kwargs).get("external_ges"))
        return [SinkCheck("xxe", present, name, weak, (("parser", head),))]
    if call.receiver is not None and method in ("parse", "feed", "parseString", "close"):
        inst = call.receiver.inst or ""
        if inst.startswith(("xml.sax.make_parser", "xml.sax.expatreader", "xml.sax.xmlreader")):
            weak = bool(dict(call.receiver.kwargs).get("external_ges"))
            return [SinkCheck("xxe", present, f"{inst}.{method}", weak, (("parser", inst),))]
        if inst.startswith(_LXML) and inst.rpartition(".")[2] in _PARSER_FACTORIES and method == "feed":
            weak = xml_parser_weak(dict(call.receiver.kwargs), inst.rpartition(".")[2])
            return [SinkCheck("xxe", present, f"{inst}.{method}", weak, (("parser", inst),))]
        if inst.startswith(("xml.etree", "xml.parsers.expat", "pyexpat")) and method in ("feed", "Parse", "ParseFile"):
            return [SinkCheck("xxe", present, f"{inst}.{method}", False, (("parser", inst),))]
    return []


def api_misuse(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    """Hash, cipher, random and XML-parser sinks at this call."""
    return _hash(call, qual, name) or _random(call, qual, method, name) or _xml(call, qual, method, name)
