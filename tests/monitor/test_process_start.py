"""A process started for a command collects no garbage while it starts, and collects it as usual
once the command runs, the objects made while starting set aside; a call of the command line
inside another program leaves that program's collector alone."""

from __future__ import annotations

import gc
import subprocess
import sys

# Runs the command line as the console script does (main() reading sys.argv), reporting the
# collector's state while starting and when the command runs.
PROBE = """
import gc, sys
from monitor import cli

dispatch = cli.dispatch

def probing(args):
    print("STARTING", gc.isenabled())
    handler = args.handler

    def report(target, args):
        print("RUNNING", gc.isenabled(), gc.get_freeze_count() > 0)
        return handler(target, args)

    args.handler = report
    return dispatch(args)

cli.dispatch = probing
sys.argv = ["monitor", *sys.argv[1:]]
try:
    cli.main()
except SystemExit as done:
    assert not done.code, done.code
"""


def test_a_command_line_call_inside_another_program_leaves_its_collector_alone(
    sqlite_workspace, store_template
):
    store_template.fill(sqlite_workspace.database_url)
    frozen = gc.get_freeze_count()
    assert sqlite_workspace.query("feeds", "list").returncode == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_process_started_for_a_command_collects_garbage_once_the_command_runs(
    sqlite_workspace, store_template
):
    store_template.fill(sqlite_workspace.database_url)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--config", str(sqlite_workspace.config), "feeds",
         "list"],
        cwd=sqlite_workspace.path, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "STARTING False" in done.stdout, done.stdout + done.stderr
    assert "RUNNING True True" in done.stdout, done.stdout + done.stderr
