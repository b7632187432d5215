"""Live progress of a run on stderr: findings by state and the current step."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.live import Live
from rich.table import Table

from aise.graphs.summary import RunEvent

__all__ = ["Progress"]

_SHOWN = ("new", "triaged", "assessed", "fixing", "fixed", "false_positive", "accepted_risk", "needs_human")


class Progress:
    """A rich Live table on a terminal; one plain line per step elsewhere; nothing when quiet."""

    def __init__(self, console: Console, *, quiet: bool) -> None:
        self.console = console
        self.quiet = quiet
        self.live: Live | None = None
        self.last_node = ""

    def __enter__(self) -> Progress:
        if not self.quiet and self.console.is_terminal:
            self.live = Live(self._table("starting", {}), console=self.console, refresh_per_second=8, transient=True)
            self.live.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.live is not None:
            self.live.__exit__(kind, exc, tb)
            self.live = None

    def pause(self) -> None:
        """Stop drawing (before asking the human a question)."""
        if self.live is not None:
            self.live.stop()

    def resume(self) -> None:
        if self.live is not None:
            self.live.start()

    def __call__(self, event: RunEvent) -> None:
        if self.quiet:
            return
        node, counts = event.node, event.counts
        if self.live is not None:
            self.live.update(self._table(node, counts))
        elif node != self.last_node:
            busy = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
            self.console.print(f"[dim]aise:[/] {node}" + (f" ({busy})" if busy else ""), highlight=False)
        self.last_node = node

    @staticmethod
    def _table(node: str, counts: dict[str, int]) -> Table:
        table = Table(title=f"aise: {node}", title_justify="left", show_edge=False, pad_edge=False)
        for name in _SHOWN:
            table.add_column(name.replace("_", " "), justify="right")
        table.add_row(*(str(counts.get(name, 0)) for name in _SHOWN))
        return table
