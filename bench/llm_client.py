"""LLM client overhead: per-call time of `LLMClient.complete_json` against the local FakeLLMServer.

Measures what aise adds around a model call (redaction, prompt rendering, litellm, HTTP on
loopback, JSON validation, the disk cache), not any model's latency:
- render: `PromptLoader.prompt` for a triage prompt;
- cold: a full request through litellm to the fake server (no cache);
- cached: the same call answered from the SQLite cache.

    .venv/bin/python bench/llm_client.py [--calls 50]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from aise.agents.prompting import PromptLoader
from aise.evidence import Evidence, SinkClass, TaintStatus
from aise.llm import LLMClient
from aise.llm_usage import RunUsage
from aise.models import Confidence, Finding, Location, Severity
from aise.testing.llm_server import FakeLLMServer


class Answer(BaseModel):
    verdict: str
    confidence: float
    reason: str


REPLY = {"verdict": "true_positive", "confidence": 0.9, "reason": "tainted"}


def _variables(i: int) -> dict[str, object]:
    body = "\n".join(f"    x{j} = request.args.get('k{j}')  # line {j}" for j in range(60))
    loc = Location(path=f"app/v{i}.py", start_line=3, end_line=3, snippet="cur.execute(q % x1)")
    finding = Finding(
        fingerprint=f"{i:064x}",
        rule_id="B608",
        scanners=("bandit",),
        rule_ids=("bandit:B608",),
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        message="SQL injection",
        location=loc,
    )
    evidence = Evidence(
        fingerprint=finding.fingerprint,
        sink_class=SinkClass.SQLI,
        taint=TaintStatus.CONFIRMED,
        snippet=loc.snippet,
        enclosing_function=f"def view{i}():\n{body}\n    cur.execute(q % x1)\n",
    )
    return {"finding": finding, "evidence": evidence, "recalled": []}


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.1f} ms, p90 {sorted(samples)[int(len(samples) * 0.9)] * 1000:.1f} ms"


def _time(fn: Callable[[int], object], calls: int) -> list[float]:
    out = []
    for i in range(calls):
        start = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50)
    args = parser.parse_args()
    loader = PromptLoader()
    prompts = [loader.prompt("triage", _variables(i), Answer) for i in range(args.calls)]
    with FakeLLMServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.default_json(REPLY)
        client = LLMClient(server.settings(), Path(tmp), usage=RunUsage())
        client.complete_json(
            "triage", [{"role": "user", "content": "warm up"}], Answer
        )  # litellm import
        render = _time(lambda i: loader.prompt("triage", _variables(i), Answer), args.calls)
        cold = _time(lambda i: client.complete_prompt("triage", prompts[i], Answer), args.calls)
        cached = _time(lambda i: client.complete_prompt("triage", prompts[i], Answer), args.calls)
        usage = client.usage.snapshot()
    print(f"prompt size: {len(prompts[0].system) + len(prompts[0].user)} chars")
    print(f"render : {_ms(render)}")
    print(f"cold   : {_ms(cold)}  (litellm + HTTP on loopback + redaction + validation)")
    print(f"cached : {_ms(cached)}")
    print(f"requests {usage.requests}, cache hits {usage.cache_hits}, tokens {usage.total_tokens}")


if __name__ == "__main__":
    main()
