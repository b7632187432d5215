"""Ask a human about each finding handed off: approve the fix, reject, false positive, accept the risk."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Mapping, Sequence

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.prompt import Prompt

from aise.graphs.state import Dossier
from aise.records import HumanAction, HumanDecision

__all__ = ["CHOICES", "make_ask"]

CHOICES: dict[str, HumanAction | None] = {
    "a": HumanAction.APPROVE_FIX,
    "r": HumanAction.REJECT,
    "f": HumanAction.FALSE_POSITIVE,
    "x": HumanAction.ACCEPT_RISK,
    "s": None,
}
_LABELS = escape("[a]pprove fix  [r]eject  [f]alse positive  accept risk [x]  [s]kip for later")


def _who() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return ""


def make_ask(console: Console, before: Callable[[], None] = lambda: None,
             after: Callable[[], None] = lambda: None) -> Callable[[Sequence[Dossier]], Mapping[str, HumanDecision | None]]:
    """An `Ask` for the runner that prompts on the console."""

    def ask(dossiers: Sequence[Dossier]) -> Mapping[str, HumanDecision | None]:
        before()
        answers: dict[str, HumanDecision | None] = {}
        try:
            for number, dossier in enumerate(dossiers, 1):
                console.print(_panel(dossier, number, len(dossiers)))
                key = Prompt.ask(_LABELS, choices=list(CHOICES), default="s", console=console, show_choices=False)
                action = CHOICES[key]
                if action is None:
                    answers[dossier.fingerprint] = None
                    continue
                comment = Prompt.ask("comment", default="", console=console, show_default=False)
                answers[dossier.fingerprint] = HumanDecision(action=action, comment=comment, who=_who())
        finally:
            after()
        return answers

    return ask


def _panel(d: Dossier, number: int, total: int) -> Panel:
    lines = [f"[bold]{escape(d.location)}[/]  severity {d.severity}", "", f"[bold]Why:[/] {escape(d.reason)}"]
    for title, items in (("Evidence", d.evidence), ("Verdicts", d.verdicts),
                         ("Fix attempts", d.attempts), ("Policy", d.policy)):
        if items:
            lines += ["", f"[bold]{title}[/]", *(f"  - {escape(i)}" for i in items)]
    lines += ["", f"[bold yellow]{escape(d.question)}[/]"]
    return Panel("\n".join(lines), title=f"{number}/{total} {escape(d.title)}", title_align="left")
