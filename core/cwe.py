"""CWE families: neighbouring CWEs that name one kind of weakness, so scanners' reports can merge."""

from __future__ import annotations

__all__ = ["cwe_family", "same_family"]

_FAMILIES: dict[str, frozenset[int]] = {
    "sqli": frozenset({89, 564}),
    "cmdi": frozenset({77, 78, 88}),
    "codeinj": frozenset({94, 95, 1336}),
    "deserialization": frozenset({502}),
    "pathtraver": frozenset({22, 23, 36, 73}),
    "ssrf": frozenset({918}),
    "xss": frozenset({79, 80}),
    "redirect": frozenset({601}),
    "xxe": frozenset({611, 776, 827}),
    "ldapi": frozenset({90}),
    "xpathi": frozenset({643}),
    "crypto": frozenset({326, 327, 328, 916, 759, 760}),
    "weakrand": frozenset({330, 338}),
    "cookie": frozenset({614, 1004, 315}),
    "secrets": frozenset({259, 321, 798, 522}),
    "tls": frozenset({295, 297}),
    "debug": frozenset({215, 489}),
    "trustbound": frozenset({501}),
}
_BY_CWE = {cwe: name for name, members in _FAMILIES.items() for cwe in members}


def cwe_family(cwe: int) -> str:
    """The family name of a CWE; a CWE outside every family is its own family."""
    return _BY_CWE.get(cwe, f"CWE-{cwe}")


def same_family(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return bool({cwe_family(c) for c in a} & {cwe_family(c) for c in b})
