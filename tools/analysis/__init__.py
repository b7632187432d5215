"""Offline analysis engine: Python taint flow, call graph, context, and evidence for findings.

Stable API used by the agents:
- `load_project(root) -> Project`: parse and analyse a repository once (cached by file state).
- `gather_evidence(project, finding) -> Evidence`: the analysis result at a finding's sink.
- `sink_class_of(finding)`, `category_of(finding)`: map any scanner's finding to a sink class.
The heuristic brain over `Evidence` lives in `aise.agents.heuristics`
(`heuristic_triage(evidence, finding)`, `heuristic_assess(evidence, finding)`).

Modules: `project` (parse once, summaries, `objects` for fields/defaults), `taint` with
`stmts`, `expr`, `calls`, `library`, `inline` and `responses` (the interpreter), `sources`,
`sinks` + `sink_tables` + `misuse` (what is dangerous), `sanitisers`, `guards`, `charsets`
(what makes it safe), `containers`, `constfold`, `values`, `summaries`, `hits`, `secrets`,
`context`, `callgraph`, `evidence`, `index`. The independent development set that guards
the engine's breadth is `tests/analysis/dev_cases/` (see its README).
"""

from aise.tools.analysis.categories import CATEGORY_CWE, category_of, sink_class_of
from aise.tools.analysis.evidence import gather_evidence
from aise.tools.analysis.index import load_project
from aise.tools.analysis.project import Project

__all__ = [
    "CATEGORY_CWE",
    "Project",
    "category_of",
    "gather_evidence",
    "load_project",
    "sink_class_of",
]
