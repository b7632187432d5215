"""Running external programs without a shell."""

import shlex
import subprocess


def run_command(args: list[str], timeout: float = 60.0) -> str:
    """Run a program with an argument list (never shell=True) and return its output."""
    completed = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=True)
    return completed.stdout


def git_log(repo: str, limit: int = 10) -> list[str]:
    """The last commit subjects of a git repository."""
    output = run_command(["git", "-C", repo, "log", f"-{limit}", "--format=%s"])
    return output.splitlines()


def convert_image(source: str, target: str, width: int) -> None:
    """Resize an image with ImageMagick's convert tool."""
    run_command(["convert", source, "-resize", f"{width}x", target])


def quote_for_display(args: list[str]) -> str:
    """A copy-pasteable command line for logs."""
    return " ".join(shlex.quote(a) for a in args)
