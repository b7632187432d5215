"""Token and cost accounting for one run, shared by every LLM client of the run."""

from __future__ import annotations

import threading

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ModelUsage", "RunUsage", "UsageSnapshot"]


class ModelUsage(BaseModel):
    """What one model consumed during a run."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    requests: int = 0
    """HTTP requests that returned a reply (retries of failed requests not included)."""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    cost_known: bool = True
    """False when litellm has no price for this model; its cost then counts as 0."""


class UsageSnapshot(BaseModel):
    """A frozen copy of a run's LLM usage, for state, checkpoints and reports."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    requests: int = 0
    cache_hits: int = 0
    retries: int = 0
    """Requests sent again after a rate limit, server error or timeout."""
    repairs: int = 0
    """Repair requests sent after a reply failed schema validation."""
    failures: int = 0
    """Calls that ended in ModelOutputError or ModelUnavailable (the caller fell back)."""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    cost_known: bool = True
    """False if any model's price was unknown, so `cost_usd` is a lower bound."""
    by_model: dict[str, ModelUsage] = Field(default_factory=dict)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class RunUsage:
    """Thread-safe counters; one instance per run, passed to every `LLMClient`."""

    def __init__(self, start: UsageSnapshot | None = None) -> None:
        # A resumed run starts from its checkpointed usage, so the budget spans the whole run.
        self._lock = threading.Lock()
        self._snap = start or UsageSnapshot()

    def snapshot(self) -> UsageSnapshot:
        with self._lock:
            return self._snap

    @property
    def cost_usd(self) -> float:
        return self.snapshot().cost_usd

    def _bump(self, **delta: int) -> None:
        with self._lock:
            s = self._snap
            self._snap = s.model_copy(update={k: getattr(s, k) + v for k, v in delta.items()})

    def add_cache_hit(self) -> None:
        self._bump(cache_hits=1)

    def add_retry(self) -> None:
        self._bump(retries=1)

    def add_repair(self) -> None:
        self._bump(repairs=1)

    def add_failure(self) -> None:
        self._bump(failures=1)

    def add_reply(
        self, model: str, prompt_tokens: int, completion_tokens: int, cost_usd: float | None
    ) -> None:
        """Record one successful request; `cost_usd=None` means the price is unknown."""
        cost = cost_usd or 0.0
        known = cost_usd is not None
        with self._lock:
            s = self._snap
            m = s.by_model.get(model, ModelUsage())
            m = ModelUsage(
                requests=m.requests + 1,
                prompt_tokens=m.prompt_tokens + prompt_tokens,
                completion_tokens=m.completion_tokens + completion_tokens,
                cost_usd=m.cost_usd + cost,
                cost_known=m.cost_known and known,
            )
            self._snap = s.model_copy(
                update={
                    "requests": s.requests + 1,
                    "prompt_tokens": s.prompt_tokens + prompt_tokens,
                    "completion_tokens": s.completion_tokens + completion_tokens,
                    "cost_usd": s.cost_usd + cost,
                    "cost_known": s.cost_known and known,
                    "by_model": {**s.by_model, model: m},
                }
            )
