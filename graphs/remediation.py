"""The remediation StateGraph: scan, index, then the planner supervising the agents, then report."""

from __future__ import annotations

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import RetryPolicy

from aise.agents.deps import Deps
from aise.agents.exploitability import exploitability
from aise.agents.fixer import fixer
from aise.agents.handoff import handoff, review
from aise.agents.planner import planner
from aise.agents.triage import triage
from aise.agents.verify import verify
from aise.graphs.nodes import index, report, scan
from aise.graphs.state import Node, RunState

__all__ = ["build_graph", "compile_graph"]

_IO_RETRY = RetryPolicy(max_attempts=3, initial_interval=0.5, retry_on=(OSError, TimeoutError))
"""File and git operations may hit a transient lock; model and logic errors are not retried."""


def build_graph() -> StateGraph:
    """Every agent reports back to the planner, the only node that routes (with Command/Send)."""
    graph = StateGraph(RunState, context_schema=Deps)
    graph.add_node(Node.SCAN, scan, retry_policy=_IO_RETRY)
    graph.add_node(Node.INDEX, index, retry_policy=_IO_RETRY)
    graph.add_node(
        Node.PLANNER,
        planner,
        destinations=(Node.TRIAGE, Node.EXPLOITABILITY, Node.FIXER, Node.VERIFY, Node.HANDOFF,
                      Node.REPORT, Node.REVIEW),
    )
    graph.add_node(Node.TRIAGE, triage)
    graph.add_node(Node.EXPLOITABILITY, exploitability)
    graph.add_node(Node.FIXER, fixer, retry_policy=_IO_RETRY)
    graph.add_node(Node.VERIFY, verify, retry_policy=_IO_RETRY)
    graph.add_node(Node.HANDOFF, handoff)
    graph.add_node(Node.REPORT, report, retry_policy=_IO_RETRY)
    graph.add_node(Node.REVIEW, review)
    graph.add_edge(START, Node.SCAN)
    graph.add_edge(Node.SCAN, Node.INDEX)
    graph.add_edge(Node.INDEX, Node.PLANNER)
    for node in (Node.TRIAGE, Node.EXPLOITABILITY, Node.FIXER, Node.VERIFY, Node.HANDOFF, Node.REPORT, Node.REVIEW):
        graph.add_edge(node, Node.PLANNER)
    return graph


def compile_graph(checkpointer: BaseCheckpointSaver | None = None) -> CompiledStateGraph:
    return build_graph().compile(checkpointer=checkpointer, name="aise-remediation")
