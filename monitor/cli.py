"""The `monitor` command line: parse arguments, call the application, print results."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.command()
def detect(
    file: str = typer.Argument("-", help="JSON lines of articles; '-' reads standard input."),
) -> None:
    """Assess articles (JSON lines in) and print one assessment per line; no database."""
    from monitor.detect.jsonl import run

    if file == "-":
        run(sys.stdin, sys.stdout)
    else:
        with Path(file).open(encoding="utf-8") as infile:
            run(infile, sys.stdout)
