"""The one prompt loader: renders `agents/prompts/<agent>.<role>.md.j2` with a closed variable set."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Mapping
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta
from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from aise.llm import Prompt
from aise.redact import Redactor

__all__ = [
    "PROMPTS_DIR",
    "PromptError",
    "PromptLoader",
    "as_text",
    "declared_variables",
    "render",
    "render_prompt",
]

PROMPTS_DIR = Path(__file__).parent / "prompts"
LOADER_VARIABLES = frozenset({"nonce", "schema"})
"""Supplied by the loader itself, never by the caller."""
_DECLARATION = re.compile(r"\A\{#-?\s*\S+\s+--\s+variables:\s*(?P<names>[\w\s,]*?)\s*-?#\}")
_TAG = re.compile(r"<(\s*/?\s*untrusted)", re.IGNORECASE)


class PromptError(ValueError):
    """A template is missing, undeclared, or was given the wrong variables (a programming error)."""


def declared_variables(source: str) -> frozenset[str]:
    """The names in a template's leading `{# name -- variables: a, b #}` comment."""
    match = _DECLARATION.match(source)
    if match is None:
        raise PromptError("a prompt must start with {# <name> -- variables: a, b, c #}")
    return frozenset(n for n in re.split(r"[\s,]+", match["names"]) if n)


def as_text(value: object, indent: str = "") -> str:
    """Plain, readable text for a model, a mapping, a sequence or a scalar (no JSON noise)."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, BaseModel):
        # Set fields only, and no timestamps: they change on every run and would defeat the cache.
        keep = value.model_dump(exclude_defaults=True).keys()
        value = {k: getattr(value, k) for k in keep if not isinstance(getattr(value, k), datetime)}
    if isinstance(value, Mapping):
        return "\n".join(
            _field(str(k), v, indent) for k, v in value.items() if v not in (None, "", [], {})
        )
    if isinstance(value, set | frozenset):
        value = sorted(value, key=as_text)  # stable text, so a re-run hits the cache
    if isinstance(value, list | tuple):
        return "\n".join(f"{indent}- {as_text(v, indent + '  ').lstrip()}" for v in value)
    return str(to_jsonable_python(value))


def _field(key: str, value: object, indent: str) -> str:
    text = as_text(value, indent + "  ")
    if isinstance(value, Mapping | list | tuple | BaseModel) or "\n" in text:
        body = (
            text
            if not isinstance(value, str)
            else "\n".join(indent + "  " + ln for ln in text.splitlines())
        )
        return f"{indent}{key}:\n{body}"
    return f"{indent}{key}: {text}"


def _nonce_for(*texts: str) -> str:
    """Derived from the prompt text rendered with a placeholder nonce, so the same prompt renders
    identically on a re-run (the cache hits), yet repository text cannot contain it: the text
    would have to contain its own hash."""
    return hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:16]


_PLACEHOLDER_NONCE = "0" * 16


class PromptLoader:
    """Jinja2 with StrictUndefined and no autoescape; repository text goes through the
    `untrusted` filter, which redacts secrets and wraps it in a `<untrusted-NONCE>` block."""

    def __init__(self, directory: Path = PROMPTS_DIR, redactor: Redactor | None = None) -> None:
        self.directory = directory
        self.redactor = redactor if redactor is not None else Redactor.from_env()
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(directory),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["untrusted"] = jinja2.pass_context(
            lambda context, value: self._untrusted(context, value)
        )
        self.env.filters["as_text"] = as_text

    def names(self) -> list[str]:
        return sorted(p.name for p in self.directory.glob("*.md.j2"))

    def source(self, name: str) -> str:
        path = self.directory / name
        if not path.is_file():
            raise PromptError(f"no prompt template {name!r} in {self.directory}")
        return path.read_text(encoding="utf-8")

    def declared(self, agent: str, role: str) -> frozenset[str]:
        return declared_variables(self.source(f"{agent}.{role}.md.j2"))

    def used(self, name: str) -> frozenset[str]:
        """Variables the template references (`jinja2.meta`); the `untrusted` filter reads `nonce`."""
        tree = self.env.parse(self.source(name))
        found = set(meta.find_undeclared_variables(tree))
        filters = {
            f.name for f in tree.find_all(jinja2.nodes.Filter)
        }  # includes {% filter %} blocks
        if "untrusted" in filters:
            found.add("nonce")
        return frozenset(found)

    def render(
        self, agent: str, role: str, variables: Mapping[str, object], schema: type[BaseModel]
    ) -> str:
        """Render one template; `nonce` and `schema` are added here, never by the caller."""
        self._check(agent, self.declared(agent, role), variables)
        draft = self._render(agent, role, variables, schema, _PLACEHOLDER_NONCE)
        return self._render(agent, role, variables, schema, _nonce_for(draft))

    def prompt(
        self, agent: str, variables: Mapping[str, object], schema: type[BaseModel]
    ) -> Prompt:
        """Render `<agent>.system` and `<agent>.user` with one shared nonce."""
        for role in ("system", "user"):
            self._check(agent, self.declared(agent, role), variables)
        drafts = [
            self._render(agent, r, variables, schema, _PLACEHOLDER_NONCE)
            for r in ("system", "user")
        ]
        nonce = _nonce_for(*drafts)
        return Prompt(
            system=self._render(agent, "system", variables, schema, nonce),
            user=self._render(agent, "user", variables, schema, nonce),
        )

    def _render(
        self,
        agent: str,
        role: str,
        variables: Mapping[str, object],
        schema: type[BaseModel],
        nonce: str,
    ) -> str:
        declared = self.declared(agent, role)
        context = {
            **{k: v for k, v in variables.items() if k in declared},
            "nonce": nonce,
            "schema": json.dumps(schema.model_json_schema(), indent=2),
        }
        try:
            return self.env.get_template(f"{agent}.{role}.md.j2").render(context)
        except jinja2.UndefinedError as exc:
            raise PromptError(f"{agent}.{role}: {exc.message}") from None

    def _check(self, agent: str, declared: frozenset[str], variables: Mapping[str, object]) -> None:
        given = set(variables)
        if given & LOADER_VARIABLES:
            raise PromptError(f"{agent}: {sorted(given & LOADER_VARIABLES)} are set by the loader")
        missing = declared - LOADER_VARIABLES - given
        if missing:
            raise PromptError(f"{agent}: missing prompt variables {sorted(missing)}")
        known = set().union(
            *(declared_variables(self.source(n)) for n in self.names() if n.startswith(agent + "."))
        )
        if given - known:
            raise PromptError(
                f"{agent}: variables not declared by its prompts: {sorted(given - known)}"
            )

    def _untrusted(self, context: jinja2.runtime.Context, value: object) -> str:
        nonce = str(context["nonce"])
        text = self.redactor.redact(as_text(value)).replace(nonce, "[nonce]")
        # Repository text must not open or close a block: neutralise anything tag-like.
        text = _TAG.sub(r"&lt;\1", text).strip("\n")
        return f"<untrusted-{nonce}>\n{text}\n</untrusted-{nonce}>"


@functools.cache
def _default_loader() -> PromptLoader:
    return PromptLoader()


def render(agent: str, role: str, variables: Mapping[str, object], schema: type[BaseModel]) -> str:
    """Render `agents/prompts/<agent>.<role>.md.j2` with the default loader."""
    return _default_loader().render(agent, role, variables, schema)


def render_prompt(agent: str, variables: Mapping[str, Any], schema: type[BaseModel]) -> Prompt:
    """The system and user prompts of `agent`, ready for `LLMClient.complete_prompt`."""
    return _default_loader().prompt(agent, variables, schema)
