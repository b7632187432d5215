"""aise.testing: test kit for aise and its plugins (the fake LLM server; fixtures in `pytest_plugin`)."""

from aise.testing.llm_server import FakeLLMServer, RecordedRequest, ScriptedReply
from aise.testing.repo import build_repo, git_commit_all

__all__ = ["FakeLLMServer", "RecordedRequest", "ScriptedReply", "build_repo", "git_commit_all"]
