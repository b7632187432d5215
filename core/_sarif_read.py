"""Read a SARIF 2.1.0 log (CodeQL, Snyk, Trivy, semgrep, aise) into raw results, code flows kept."""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from aise.errors import InputError
from aise.models import Confidence, FlowStep, Location, RawResult, Severity

__all__ = ["read_sarif", "tool_id"]

_CWE = re.compile(r"(?i)\bcwe[-_/:\s]*0*(\d{1,5})\b")
_LEVEL = {
    "error": Severity.HIGH,
    "warning": Severity.MEDIUM,
    "note": Severity.LOW,
    "none": Severity.INFO,
}
_PRECISION = {
    "very-high": Confidence.HIGH,
    "high": Confidence.HIGH,
    "medium": Confidence.MEDIUM,
    "low": Confidence.LOW,
}

_NOT_FINDINGS = frozenset({"pass", "notApplicable", "informational"})


_HINT = "pass a SARIF 2.1.0 log, as written by CodeQL, semgrep --sarif, Snyk or Trivy"


class _Bad(Exception):
    """A structural problem at a JSON path; turned into an InputError naming the file."""


def tool_id(name: str) -> str:
    """`CodeQL` -> `codeql`, `Semgrep OSS` -> `semgrep-oss`: a stable scanner name."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "sarif"


def _load(source: Path | str | Mapping[str, Any]) -> tuple[Any, str]:
    if isinstance(source, Mapping):
        return source, "SARIF input"
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"{path}: cannot read SARIF file ({reason})", hint=_HINT) from None
    try:
        return json.loads(text), str(path)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg})", hint=_HINT
        ) from None
    except RecursionError:  # `[[[[...` nested deeper than the parser's stack
        raise InputError(f"{path}: not valid JSON (nested too deeply)", hint=_HINT) from None


def read_sarif(
    source: Path | str | Mapping[str, Any], *, repo_root: Path | None = None
) -> list[RawResult]:
    """Raw results of every run; malformed SARIF raises InputError naming the file and the problem."""
    data, origin = _load(source)
    if not isinstance(data, dict):
        raise InputError(
            f"{origin}: not a SARIF log (top level is {type(data).__name__}, expected an object)",
            hint=_HINT,
        )
    if data.get("version") != "2.1.0":
        raise InputError(
            f"{origin}: not SARIF 2.1.0 (version is {data.get('version')!r})", hint=_HINT
        )
    runs = data.get("runs")
    if not isinstance(runs, list):
        raise InputError(f"{origin}: `runs` must be a list", hint=_HINT)
    results: list[RawResult] = []
    for index, run in enumerate(runs):
        try:
            results.extend(_run(run, repo_root))
        except _Bad as exc:
            raise InputError(f"{origin}: runs[{index}]{exc}", hint=_HINT) from None
    return results


def _obj(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _Bad(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{where}: expected a list, got {type(value).__name__}")
    return value


def _text(value: Any) -> str | None:
    return (
        value.get("text")
        if isinstance(value, dict) and isinstance(value.get("text"), str)
        else None
    )


def _run(run: Any, repo_root: Path | None) -> list[RawResult]:
    run = _obj(run, "")
    driver = _obj(_obj(run.get("tool"), ".tool").get("driver"), ".tool.driver")
    if not isinstance(driver.get("name"), str):
        raise _Bad(".tool.driver.name: missing")
    rules = [
        _obj(rule, f".tool.driver.rules[{i}]")
        for i, rule in enumerate(_list(driver.get("rules"), ".tool.driver.rules"))
    ]
    by_id = {str(rule.get("id")): rule for rule in rules}
    taxonomies = [_obj(t, ".taxonomies[]") for t in _list(run.get("taxonomies"), ".taxonomies")]
    bases = {
        k: _obj(v, ".originalUriBaseIds").get("uri")
        for k, v in _obj(run.get("originalUriBaseIds"), ".originalUriBaseIds").items()
    }
    context = _Context(tool_id(driver["name"]), rules, by_id, taxonomies, bases, repo_root)
    out: list[RawResult] = []
    for index, result in enumerate(_list(run.get("results"), ".results")):
        try:
            raw = context.result(_obj(result, ""))
        except _Bad as exc:
            raise _Bad(f".results[{index}]{exc}") from None
        if raw is not None:
            out.append(raw)
    return out


@dataclass(frozen=True)
class _Context:
    """What one run's results need to be understood: its rules, taxonomies and base URIs."""

    tool: str
    rules: list[dict[str, Any]]
    by_id: dict[str, dict[str, Any]]
    taxonomies: list[dict[str, Any]]
    bases: dict[str, Any]
    repo_root: Path | None

    def rule_of(self, result: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        rule_ref = _obj(result.get("rule"), ".rule")
        index = result.get("ruleIndex", rule_ref.get("index"))
        rule_id = result.get("ruleId") or rule_ref.get("id")
        if isinstance(index, int) and 0 <= index < len(self.rules):
            rule = self.rules[index]
            return str(rule_id or rule.get("id")), rule
        if not rule_id:
            raise _Bad(": no ruleId")
        return str(rule_id), self.by_id.get(str(rule_id), {})

    def path_of(self, artifact: dict[str, Any]) -> str | None:
        uri = artifact.get("uri")
        if not isinstance(uri, str) or not uri:
            return None
        parsed = urlparse(uri)
        if parsed.scheme == "file":
            return self._relative(Path(unquote(parsed.path)))
        if parsed.scheme and len(parsed.scheme) > 1:
            return None  # http(s) and other non-file artifacts cannot be located in the repo
        rel = unquote(uri).replace("\\", "/")
        if PurePosixPath(rel).is_absolute():
            return self._relative(Path(rel))
        return self._inside(posixpath.normpath(rel))

    def _relative(self, path: Path) -> str | None:
        for base in (self.repo_root, *self._base_paths()):
            if base is not None and path.is_relative_to(base):
                return self._inside(posixpath.normpath(path.relative_to(base).as_posix()))
        return None if self.repo_root is not None else path.as_posix()

    def _inside(self, rel: str) -> str | None:
        """`rel` if it stays inside the repository; a result elsewhere (`../../etc/passwd`)
        cannot be located in it, and its file must never be read into a snippet."""
        if self.repo_root is not None and (rel == ".." or rel.startswith("../")):
            return None
        return rel.removeprefix("./")

    def _base_paths(self) -> list[Path]:
        return [
            Path(unquote(urlparse(u).path))
            for u in self.bases.values()
            if isinstance(u, str) and u.startswith("file:")
        ]

    def location(self, physical: Any, where: str) -> tuple[Location, str | None] | None:
        physical = _obj(physical, where)
        path = self.path_of(_obj(physical.get("artifactLocation"), f"{where}.artifactLocation"))
        if path is None:
            return None
        region = _obj(physical.get("region"), f"{where}.region")
        start = region.get("startLine", 1)
        end = region.get("endLine", start)
        if not isinstance(start, int) or not isinstance(end, int) or start < 1:
            raise _Bad(f"{where}.region: startLine/endLine must be positive integers")
        snippet = _text(region.get("snippet"))
        return Location(
            path=path,
            start_line=start,
            end_line=max(start, end),
            start_col=region.get("startColumn")
            if isinstance(region.get("startColumn"), int)
            else None,
            end_col=region.get("endColumn") if isinstance(region.get("endColumn"), int) else None,
            snippet=snippet or "",
        ), snippet

    def cwes(self, rule: dict[str, Any], result: dict[str, Any]) -> tuple[int, ...]:
        found: list[int] = []
        for props in (
            _obj(rule.get("properties"), ".properties"),
            _obj(result.get("properties"), ".properties"),
        ):
            for tag in _list(props.get("tags"), ".properties.tags"):
                found += [int(n) for n in _CWE.findall(str(tag))]
            found += [int(n) for n in _CWE.findall(str(props.get("cwe", "")))]
        refs = [_obj(r, ".taxa[]") for r in _list(result.get("taxa"), ".taxa")]
        refs += [
            _obj(_obj(r, ".relationships[]").get("target"), ".target")
            for r in _list(rule.get("relationships"), ".relationships")
        ]
        for ref in refs:
            if self._is_cwe(_obj(ref.get("toolComponent"), ".toolComponent")):
                found += [int(n) for n in re.findall(r"\d+", str(ref.get("id", "")))[:1]]
        return tuple(dict.fromkeys(n for n in found if n > 0))

    def _is_cwe(self, component: dict[str, Any]) -> bool:
        name = component.get("name")
        index = component.get("index")
        if name is None and isinstance(index, int) and 0 <= index < len(self.taxonomies):
            name = self.taxonomies[index].get("name")
        return isinstance(name, str) and name.upper() == "CWE"

    def result(self, result: dict[str, Any]) -> RawResult | None:
        if result.get("kind", "fail") in _NOT_FINDINGS or result.get("baselineState") == "absent":
            return None  # a passed check, or a result that is gone since the baseline
        rule_id, rule = self.rule_of(result)
        locations = _list(result.get("locations"), ".locations")
        if not locations:
            return None  # nothing to point at in the repository
        found = self.location(
            _obj(locations[0], ".locations[0]").get("physicalLocation"),
            ".locations[0].physicalLocation",
        )
        if found is None:
            return None
        location, snippet = found
        props = _obj(result.get("properties"), ".properties")
        rule_props = _obj(rule.get("properties"), ".properties")
        message = _text(result.get("message")) or _text(rule.get("shortDescription")) or rule_id
        return RawResult(
            scanner=self.tool,
            rule_id=_rule_id(rule_id),
            rule_name=_rule_name(rule.get("name")),
            message=message,
            path=location.path,
            start_line=location.start_line,
            end_line=location.end_line,
            start_col=location.start_col,
            end_col=location.end_col,
            severity=_severity(result, rule, props, rule_props),
            confidence=_confidence(props, rule_props),
            cwe=self.cwes(rule, result),
            snippet=snippet,
            code_flow=self.flow(result),
            help_text=_text(rule.get("help")) or _text(rule.get("fullDescription")),
            help_uri=rule.get("helpUri") if isinstance(rule.get("helpUri"), str) else None,
        )

    def flow(self, result: dict[str, Any]) -> tuple[FlowStep, ...]:
        flows = _list(result.get("codeFlows"), ".codeFlows")
        if not flows:
            return ()
        threads = _list(
            _obj(flows[0], ".codeFlows[0]").get("threadFlows"), ".codeFlows[0].threadFlows"
        )
        if not threads:
            return ()
        steps: list[FlowStep] = []
        where = ".codeFlows[0].threadFlows[0].locations"
        for i, item in enumerate(_list(_obj(threads[0], where).get("locations"), where)):
            location = _obj(_obj(item, f"{where}[{i}]").get("location"), f"{where}[{i}].location")
            found = self.location(
                location.get("physicalLocation"), f"{where}[{i}].location.physicalLocation"
            )
            if found is not None:
                steps.append(
                    FlowStep(location=found[0], message=_text(location.get("message")) or "")
                )
        return tuple(steps)


# A SARIF file can come from the repository itself (`scan.sarif`); its rule id and name reach
# reports and prompts as facts, so they are kept short, on one line and free of markup.
_RULE_ID_JUNK = re.compile(r"[^\w./:@#+-]+")
_RULE_NAME_JUNK = re.compile(r"[<>`\x00-\x1f\x7f]+")


def _rule_id(value: str) -> str:
    return _RULE_ID_JUNK.sub("_", value)[:120] or "rule"


def _rule_name(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(_RULE_NAME_JUNK.sub(" ", value).split())[:80] or None


def _severity(result: dict, rule: dict, props: dict, rule_props: dict) -> Severity:
    own = props.get("aise/severity")
    if own in Severity.__members__.values():
        return Severity(own)
    score = props.get("security-severity", rule_props.get("security-severity"))
    try:
        value = float(score) if score is not None else None
    except (TypeError, ValueError):
        value = None
    if value is not None:
        if value >= 9.0:
            return Severity.CRITICAL
        if value >= 7.0:
            return Severity.HIGH
        if value >= 4.0:
            return Severity.MEDIUM
        return Severity.LOW if value > 0 else Severity.INFO
    level = result.get("level") or _obj(
        rule.get("defaultConfiguration"), ".defaultConfiguration"
    ).get("level")
    return _LEVEL.get(str(level or "warning"), Severity.MEDIUM)


def _confidence(props: dict, rule_props: dict) -> Confidence:
    own = props.get("aise/confidence")
    if own in Confidence.__members__.values():
        return Confidence(own)
    return _PRECISION.get(str(rule_props.get("precision", "")).lower(), Confidence.MEDIUM)
