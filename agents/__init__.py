"""aise.agents: the planner, triage, exploitability and fixer agents, their brains and prompts."""

__all__: list[str] = []
