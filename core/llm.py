"""The LLM client: any provider through litellm, JSON validated against a pydantic schema."""

from __future__ import annotations

import functools
import json
import os
import random
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from aise.config import LLMSettings
from aise.errors import BudgetExceeded, ConfigError, ModelOutputError, ModelUnavailable
from aise.llm_cache import LLMCache, cache_key
from aise.llm_usage import RunUsage
from aise.redact import Redactor

__all__ = ["LLMClient", "Message", "Prompt", "load_litellm", "parse_json_reply"]

Message = dict[str, Any]
"""An OpenAI-style chat message: `{"role": "system"|"user"|"assistant", "content": str}`."""

_MAX_BACKOFF = 60.0
_LOCAL_PROVIDERS = ("openai/", "hosted_vllm/", "llamafile/")
"""Providers that talk to any OpenAI-compatible `api_base`; a local server needs no key."""
_FENCE = re.compile(r"```[A-Za-z]*[ \t]*\n?(.*?)```", re.DOTALL)


class Prompt(BaseModel):
    """A rendered system + user prompt (see `aise.agents.prompting`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    system: str
    user: str

    def messages(self) -> list[Message]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user}]


@functools.cache
def load_litellm() -> ModuleType:
    """Import litellm on first use: the import is slow and must not fetch the cost map."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True
    if hasattr(litellm, "telemetry"):
        litellm.telemetry = False
    return litellm


class _ReplyError(ValueError):
    """The reply is not JSON, or not JSON matching the schema; the message is shown to the model."""


def parse_json_reply[T: BaseModel](text: str, schema: type[T]) -> T:
    """Parse a reply into `schema`, tolerating ```json fences and prose around the object."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    obj: object = None
    decode_error = "the reply is empty"
    for candidate in candidates:
        start = candidate.find("{")
        if start < 0:
            decode_error = "the reply contains no JSON object"
            continue
        try:
            obj, _ = json.JSONDecoder().raw_decode(candidate[start:])
            break
        except json.JSONDecodeError as exc:
            decode_error = (
                f"the reply is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            )
        except RecursionError:  # `{"a": [[[[...` deeper than the decoder's stack
            decode_error = "the reply is not valid JSON (nested too deeply)"
    else:
        raise _ReplyError(decode_error)
    try:
        return schema.model_validate(obj)
    except ValidationError as exc:
        lines = [
            f"- {'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}"
            for e in exc.errors(include_url=False)[:20]
        ]
        raise _ReplyError("the JSON does not match the schema:\n" + "\n".join(lines)) from None


class LLMClient:
    """Sends chat requests through litellm with retries, a concurrency cap, a budget,
    a disk cache and secret redaction; returns validated pydantic objects."""

    def __init__(
        self,
        settings: LLMSettings,
        cache_dir: Path | None = None,
        *,
        usage: RunUsage | None = None,
        redactor: Redactor | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.usage = usage if usage is not None else RunUsage()
        self.redactor = redactor if redactor is not None else Redactor.from_env()
        self.cache = LLMCache(cache_dir) if cache_dir is not None and settings.cache else None
        self._slots = threading.Semaphore(settings.concurrency)
        self._sleep = sleep

    def model_for(self, agent: str) -> str:
        """The model configured for `agent` (`llm.models[agent]`, else `llm.model`)."""
        model = self.settings.models.get(agent) or self.settings.model
        if not model:
            raise ConfigError(
                f"no model configured for agent {agent!r}",
                hint="set llm.model, for example -c llm.model=openai/gpt-4o-mini (see docs/llm.md)",
            )
        return model

    def complete_prompt[T: BaseModel](self, agent: str, prompt: Prompt, schema: type[T]) -> T:
        """`complete_json` for a prompt rendered by `aise.agents.prompting`."""
        return self.complete_json(agent, prompt.messages(), schema)

    def complete_json[T: BaseModel](
        self, agent: str, messages: Sequence[Mapping[str, Any]], schema: type[T]
    ) -> T:
        """Ask `agent`'s model for one JSON object matching `schema`.

        Raises ModelOutputError after one failed repair, ModelUnavailable (a subclass) when
        no reply came after the retries, BudgetExceeded when `max_usd` is spent, and
        ConfigError for a missing model or rejected credentials."""
        model = self.model_for(agent)
        clean = self.redactor.redact_messages(messages)
        schema_json = schema.model_json_schema()
        key = cache_key(model, clean, schema_json, self.settings.temperature)
        cached = self._from_cache(key, schema)
        if cached is not None:
            return cached
        reply = self._send(model, clean, schema, schema_json)
        try:
            result = parse_json_reply(reply, schema)
        except _ReplyError as first:
            self.usage.add_repair()
            result = self._repair(model, clean, reply, first, schema, schema_json)
        if self.cache is not None:
            self.cache.put(key, model, result.model_dump_json())
        return result

    def _repair[T: BaseModel](
        self,
        model: str,
        messages: list[Message],
        reply: str,
        error: _ReplyError,
        schema: type[T],
        schema_json: dict[str, Any],
    ) -> T:
        """One more request that shows the model its reply and what was wrong with it."""
        follow_up = self.redactor.redact_messages(
            [
                {"role": "assistant", "content": reply[:8000]},
                {
                    "role": "user",
                    "content": f"Your reply could not be used: {error}\n\nReply again with only "
                    "one JSON object that matches this JSON schema, with no prose and no code "
                    f"fences:\n{json.dumps(schema_json, separators=(',', ':'))}",
                },
            ]
        )
        second = self._send(model, [*messages, *follow_up], schema, schema_json)
        try:
            return parse_json_reply(second, schema)
        except _ReplyError as again:
            self.usage.add_failure()
            raise ModelOutputError(
                f"{model}: reply did not match {schema.__name__} after one repair: {again}"
            ) from None

    def _from_cache[T: BaseModel](self, key: str, schema: type[T]) -> T | None:
        if self.cache is None:
            return None
        stored = self.cache.get(key)
        if stored is None:
            return None
        try:
            result = schema.model_validate_json(stored)
        except ValidationError:
            return None  # stored under an older model definition; ask again
        self.usage.add_cache_hit()
        return result

    def _check_budget(self) -> None:
        limit = self.settings.max_usd
        spent = self.usage.cost_usd
        if limit is not None and spent >= limit:
            raise BudgetExceeded(f"LLM budget spent: ${spent:.4f} of ${limit:.4f} (llm.max_usd)")

    def _send(
        self,
        model: str,
        messages: list[Message],
        schema: type[BaseModel],
        schema_json: dict[str, Any],
    ) -> str:
        """One logical request: retries transient failures, records usage, returns the text."""
        self._check_budget()
        litellm = load_litellm()
        kwargs = self._request_kwargs(litellm, model, messages, schema, schema_json)
        response = self._with_retries(litellm, model, kwargs)
        self._account(litellm, model, response)
        content = response.choices[0].message.content if response.choices else None
        return content if isinstance(content, str) else ""

    def _request_kwargs(
        self,
        litellm: ModuleType,
        model: str,
        messages: list[Message],
        schema: type[BaseModel],
        schema_json: dict[str, Any],
    ) -> dict[str, Any]:
        s = self.settings
        # max_retries=0: the OpenAI SDK's own retries would hide 429s from our backoff and budget.
        kwargs: dict[str, Any] = {
            "model": model,
            "messages": messages,
            "timeout": s.timeout,
            "temperature": s.temperature,
            "max_retries": 0,
        }
        if s.api_base:
            kwargs["api_base"] = s.api_base
        api_key = self._api_key(model)
        if api_key:
            kwargs["api_key"] = api_key
        if litellm.supports_response_schema(model=model):
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": schema.__name__, "schema": schema_json, "strict": False},
            }
        return kwargs

    def _api_key(self, model: str) -> str | None:
        """Read the key at the point of use from the variable named by `api_key_env`."""
        name = self.settings.api_key_env
        if name:
            value = os.environ.get(name)
            if not value:
                raise ConfigError(
                    f"environment variable {name} (llm.api_key_env) is not set",
                    hint=f"export {name}=... or change llm.api_key_env (see docs/llm.md)",
                )
            return value
        if (
            self.settings.api_base
            and model.startswith(_LOCAL_PROVIDERS)
            and not os.environ.get("OPENAI_API_KEY")
        ):
            return "no-key-needed"  # the OpenAI SDK refuses to send without some key
        return None

    def _with_retries(self, litellm: ModuleType, model: str, kwargs: dict[str, Any]) -> Any:
        import openai  # a litellm dependency; the root of every API error it raises

        transient = (
            litellm.RateLimitError,
            litellm.InternalServerError,
            litellm.ServiceUnavailableError,
            litellm.BadGatewayError,
            litellm.APIConnectionError,
            litellm.Timeout,
        )
        denied = (litellm.AuthenticationError, litellm.PermissionDeniedError, litellm.NotFoundError)
        attempts = self.settings.max_retries + 1
        for attempt in range(attempts):
            try:
                with self._slots:
                    return litellm.completion(**kwargs)
            except transient as exc:
                if attempt + 1 >= attempts:
                    self.usage.add_failure()
                    raise ModelUnavailable(
                        f"{model}: no reply after {attempts} attempt(s): {type(exc).__name__}: {_short(exc)}"
                    ) from exc
                self.usage.add_retry()
                self._sleep(self._backoff(attempt, exc))
            except denied as exc:
                raise ConfigError(
                    f"{model}: the provider refused the request ({type(exc).__name__}): {_short(exc)}",
                    hint="check llm.model, llm.api_base and the key named by llm.api_key_env",
                ) from exc
            except openai.OpenAIError as exc:
                self.usage.add_failure()
                raise ModelUnavailable(f"{model}: {type(exc).__name__}: {_short(exc)}") from exc
        raise AssertionError("unreachable")  # the loop always returns or raises

    def _backoff(self, attempt: int, exc: BaseException) -> float:
        delay = self.settings.retry_backoff * (2**attempt) * (1.0 + 0.25 * random.random())
        response = getattr(exc, "response", None)
        headers = getattr(response, "headers", None)
        retry_after = headers.get("retry-after") if headers is not None else None
        if retry_after is not None and retry_after.replace(".", "", 1).isdigit():
            delay = max(delay, float(retry_after))
        return min(delay, _MAX_BACKOFF)

    def _account(self, litellm: ModuleType, model: str, response: Any) -> None:
        usage = getattr(response, "usage", None)
        prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
        completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        self.usage.add_reply(
            model,
            prompt_tokens,
            completion_tokens,
            _cost(litellm, model, prompt_tokens, completion_tokens),
        )


def _cost(
    litellm: ModuleType, model: str, prompt_tokens: int, completion_tokens: int
) -> float | None:
    """USD from litellm's bundled price map, or None for a model it has no price for."""
    name, provider, _, _ = litellm.get_llm_provider(model=model)
    priced = any(
        "input_cost_per_token" in litellm.model_cost.get(key, {})
        for key in (model, name, f"{provider}/{name}")
    )
    if not priced:
        return None  # checked first: litellm raises a bare Exception for unmapped models
    prompt_usd, completion_usd = litellm.cost_per_token(
        model=model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
    )
    return float(prompt_usd + completion_usd)


def _short(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
