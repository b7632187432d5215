"""LLMClient against FakeLLMServer: real litellm over real HTTP on 127.0.0.1."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from aise.errors import BudgetExceeded, ConfigError, ModelOutputError, ModelUnavailable
from aise.llm import LLMClient, Prompt, parse_json_reply
from aise.llm_usage import RunUsage
from aise.testing.llm_server import FakeLLMServer


class Verdict(BaseModel):
    verdict: str = Field(pattern="^(true_positive|false_positive|uncertain)$")
    confidence: float = Field(ge=0, le=1)
    reason: str


GOOD = {"verdict": "true_positive", "confidence": 0.9, "reason": "user input reaches execute()"}
ASK = [
    {"role": "system", "content": "You triage findings."},
    {"role": "user", "content": "Is it real?"},
]


def client(server: FakeLLMServer, cache_dir: Path | None = None, **overrides: object) -> LLMClient:
    return LLMClient(server.settings(**overrides), cache_dir, usage=RunUsage())


def test_valid_json_is_parsed_into_the_schema(fake_llm: FakeLLMServer) -> None:
    fake_llm.reply_json(GOOD)
    result = client(fake_llm).complete_prompt("triage", Prompt(system="s", user="u"), Verdict)
    assert result == Verdict(**GOOD)
    body = fake_llm.requests[0].body
    assert body["model"] == "fake-model"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


def test_fenced_json_with_prose_is_tolerated() -> None:
    reply = 'Here you go:\n```json\n{"verdict": "uncertain", "confidence": 0.5, "reason": "r"}\n```\nBye'
    assert parse_json_reply(reply, Verdict).verdict == "uncertain"


def test_garbage_then_valid_repairs_and_shows_the_error(fake_llm: FakeLLMServer) -> None:
    fake_llm.reply_json({"verdict": "maybe", "confidence": 3, "reason": "?"}).reply_json(GOOD)
    llm = client(fake_llm)
    assert llm.complete_json("triage", ASK, Verdict).confidence == 0.9
    repair = fake_llm.requests[1]
    assert repair.messages[:2] == fake_llm.requests[0].messages
    assert repair.messages[2]["role"] == "assistant" and "maybe" in repair.messages[2]["content"]
    assert (
        "verdict" in repair.messages[3]["content"] and "confidence" in repair.messages[3]["content"]
    )
    assert llm.usage.snapshot().repairs == 1


def test_garbage_twice_raises_model_output_error(fake_llm: FakeLLMServer) -> None:
    fake_llm.garbage().garbage("still { not json")
    llm = client(fake_llm)
    with pytest.raises(ModelOutputError, match="after one repair"):
        llm.complete_json("triage", ASK, Verdict)
    assert "not valid JSON" in fake_llm.requests[1].messages[-1]["content"]
    assert llm.usage.snapshot().failures == 1


def test_rate_limit_is_retried(fake_llm: FakeLLMServer) -> None:
    fake_llm.status(429, "slow down").reply_json(GOOD)
    llm = client(fake_llm)
    assert llm.complete_json("triage", ASK, Verdict).verdict == "true_positive"
    assert len(fake_llm.requests) == 2
    assert llm.usage.snapshot().retries == 1


def test_server_errors_exhaust_retries(fake_llm: FakeLLMServer) -> None:
    fake_llm.status(500, times=2)
    with pytest.raises(ModelUnavailable, match="2 attempt"):
        client(fake_llm, max_retries=1).complete_json("triage", ASK, Verdict)


def test_timeout_raises_after_retries(fake_llm: FakeLLMServer) -> None:
    fake_llm.delay(3.0, GOOD, times=2)
    with pytest.raises(ModelUnavailable, match="Timeout"):
        client(fake_llm, timeout=0.3, max_retries=1).complete_json("triage", ASK, Verdict)
    assert len(fake_llm.requests) == 2


def test_cache_hit_makes_no_second_request(fake_llm: FakeLLMServer, tmp_path: Path) -> None:
    fake_llm.reply_json(GOOD)
    first = client(fake_llm, tmp_path).complete_json("triage", ASK, Verdict)
    rerun = client(fake_llm, tmp_path)  # a new client, as a re-run would build
    assert rerun.complete_json("triage", ASK, Verdict) == first
    assert len(fake_llm.requests) == 1
    assert rerun.usage.snapshot().cache_hits == 1
    assert rerun.usage.snapshot().requests == 0


def test_usage_counts_tokens_and_unknown_cost(fake_llm: FakeLLMServer) -> None:
    fake_llm.reply_json(GOOD, usage=(120, 30)).reply_json(GOOD, usage=(80, 20))
    llm = client(fake_llm)
    llm.complete_json("triage", ASK, Verdict)
    llm.complete_json("exploitability", ASK, Verdict)
    snap = llm.usage.snapshot()
    assert (snap.requests, snap.prompt_tokens, snap.completion_tokens) == (2, 200, 50)
    assert snap.cost_usd == 0.0 and snap.cost_known is False
    assert snap.by_model["openai/fake-model"].requests == 2


def test_known_model_uses_json_schema_and_prices_and_budget(fake_llm: FakeLLMServer) -> None:
    fake_llm.reply_json(GOOD, usage=(100_000, 1_000))
    llm = client(fake_llm, model="openai/gpt-4o-mini", max_usd=0.001)
    llm.complete_json("triage", ASK, Verdict)
    fmt = fake_llm.requests[0].body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["schema"]["required"] == [
        "verdict",
        "confidence",
        "reason",
    ]
    snap = llm.usage.snapshot()
    assert snap.cost_known and snap.cost_usd > 0.001
    with pytest.raises(BudgetExceeded):
        llm.complete_json("triage", [{"role": "user", "content": "another"}], Verdict)
    assert len(fake_llm.requests) == 1  # the budget stopped the call before any request


def test_model_per_agent_and_api_key_from_env(
    fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AISE_TEST_LLM_KEY", "k-test-123456789")
    fake_llm.reply_json(GOOD)
    llm = client(fake_llm, models={"fixer": "openai/fixer-model"}, api_key_env="AISE_TEST_LLM_KEY")
    llm.complete_json("fixer", ASK, Verdict)
    request = fake_llm.requests[0]
    assert request.body["model"] == "fixer-model"
    assert request.headers.get("authorization") == "Bearer k-test-123456789"
    monkeypatch.delenv("AISE_TEST_LLM_KEY")
    with pytest.raises(ConfigError, match="AISE_TEST_LLM_KEY"):
        llm.complete_json("fixer", [{"role": "user", "content": "x"}], Verdict)
    with pytest.raises(ConfigError, match="no model"):
        client(fake_llm, model=None).complete_json("triage", ASK, Verdict)


def test_secrets_never_reach_the_model(
    fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEPLOY_TOKEN", "tok-9f8e7d6c5b4a")
    code = (
        'AWS_KEY = "AKIAIOSFODNN7EXAMPLE"\n'
        'db_password = "hunter2-staging"\n'
        "url = 'https://deploy:tok-9f8e7d6c5b4a@example.org'\n"
        "cursor.execute(f\"SELECT * FROM users WHERE name = '{name}'\")\n"
    )
    fake_llm.garbage().reply_json(GOOD)  # the repair request must be clean too
    client(fake_llm).complete_json("triage", [{"role": "user", "content": code}], Verdict)
    for request in fake_llm.requests:
        for secret in ("AKIAIOSFODNN7EXAMPLE", "hunter2-staging", "tok-9f8e7d6c5b4a"):
            assert secret not in request.raw
        assert "cursor.execute" in request.text  # the code itself still goes through


def test_unused_scripted_reply_is_reported() -> None:
    with FakeLLMServer() as server:
        server.reply_json(GOOD)
        with pytest.raises(AssertionError, match="never used"):
            server.assert_all_used()


def test_concurrency_cap_holds_across_threads(fake_llm: FakeLLMServer) -> None:
    fake_llm.delay(0.15, GOOD, times=3)
    llm = client(fake_llm, concurrency=1)
    asks = [[{"role": "user", "content": f"finding {i}"}] for i in range(3)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda m: llm.complete_json("triage", m, Verdict), asks))
    assert len(results) == 3
    assert fake_llm.max_in_flight == 1
