"""Entry points (web routes, CLIs, tasks, `__main__`) and which of them reach a function."""

from __future__ import annotations

import ast
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aise.tools.analysis.project import Project

__all__ = ["entry_kind", "entry_points_reaching", "view_method_kind"]

_ROUTE_ATTRS = frozenset({"route", "get", "post", "put", "delete", "patch", "head", "options",
                          "api_route", "websocket", "view", "api_view", "errorhandler", "app_errorhandler",
                          "before_request", "before_app_request", "action", "websocket_route"})
_TASK_ATTRS = frozenset({"task", "shared_task", "periodic_task", "actor", "job"})
_CLI_ATTRS = frozenset({"command", "group", "callback", "main"})


def _decorator_name(node: ast.expr) -> tuple[str, str]:
    """(receiver name, attribute) of a decorator such as `@app.route(...)`."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        base = node.value
        owner = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
        return owner, node.attr
    if isinstance(node, ast.Name):
        return "", node.id
    return "", ""


def entry_kind(node: ast.FunctionDef | ast.AsyncFunctionDef, module: str) -> str | None:
    """`route`, `task` or `cli` when the function is invoked from outside the program."""
    for decorator in node.decorator_list:
        owner, attr = _decorator_name(decorator)
        if attr in _ROUTE_ATTRS and owner not in ("pytest", "functools", "property"):
            return "route"
        if attr in _TASK_ATTRS:
            return "task"
        if attr in _CLI_ATTRS and owner in ("click", "cli", "app", "typer", "group", "main"):
            return "cli"
    names = [a.arg for a in node.args.args[:2]]
    if "request" in names:
        return "route"  # Django-style view: `def view(request, ...)`, or a View method
    return None


def view_method_kind(node: ast.FunctionDef | ast.AsyncFunctionDef, cls: ast.ClassDef) -> str | None:
    """HTTP-verb methods of class-based views (Django View, DRF APIView, tornado handlers)."""
    if node.name not in _VIEW_METHODS:
        return None
    for base in cls.bases:
        name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
        if name.endswith(("View", "ViewSet", "Handler", "Resource", "APIView", "MethodView")):
            return "route"
    return None


_VIEW_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "dispatch", "dispatch_request",
                           "list", "create", "retrieve", "update", "partial_update", "destroy"})


def entry_points_reaching(project: Project, qual: str, limit: int = 8) -> list[str]:
    """Entry points whose call tree reaches `qual` (breadth-first over reversed call edges)."""
    callers = project.callers()
    seen = {qual}
    queue = deque([qual])
    found: list[str] = []
    while queue and len(found) < limit:
        current = queue.popleft()
        unit = project.units.get(current)
        if unit is not None and unit.entry:
            line = getattr(unit.node, "lineno", 1)
            found.append(f"{unit.entry}:{current} {unit.path}:{line}")
        parent = unit.parent if unit is not None else None
        neighbours = set(callers.get(current, ()))
        if unit is not None and unit.entry is None and parent and current not in callers:
            neighbours.add(parent)
        for caller in sorted(neighbours):
            if caller not in seen:
                seen.add(caller)
                queue.append(caller)
    return found
