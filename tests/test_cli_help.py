"""The command line's help: for users, every option explained, nothing swallowed or mangled."""

from __future__ import annotations

import argparse
import subprocess
import sys

from monitor.cli import build_parser, chosen_command


def parsers(parser: argparse.ArgumentParser, path: str = "monitor"):
    """Every parser of the command line, with its command path."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub, f"{path} {name}")


def test_every_command_and_option_has_help():
    seen = 0
    for path, parser in parsers(build_parser()):
        assert parser.description, f"{path} has no description"
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            seen += 1
            assert action.help and action.help != argparse.SUPPRESS, (path, action.dest)
    assert seen > 60


def monitor_help(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "monitor", *args, "--help"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return done.stdout


def test_the_top_level_help_is_for_users_and_lists_every_command():
    text = monitor_help()
    assert "Kazakhstan–Israel relations" in text and "monitor summary" in text
    assert "parse arguments" not in text  # the module's docstring is for developers
    for command in ("run", "poll", "summary", "feeds", "deliveries", "digest", "projections"):
        assert f"\n    {command} " in text
    assert "exit codes: 0 done" in text


def test_help_shows_settings_in_brackets_and_no_type_placeholders_beside_flags():
    helps = {path: parser.format_help() for path, parser in parsers(build_parser())}
    assert "the http.host setting" in helps["monitor serve"]
    for path, text in helps.items():
        assert "<bool>" not in text and "<str>" not in text, path


def test_the_parser_built_for_one_command_parses_and_helps_as_the_whole_one():
    """`monitor` builds only the parser of the command it runs; that one must not differ."""
    whole = dict(parsers(build_parser()))
    commands = [path for path, _ in whole.items() if path.count(" ") and not any(
        other.startswith(path + " ") for other in whole)]  # fmt: skip
    assert "monitor summary" in commands and "monitor feeds add" in commands
    for path in commands:
        words = path.split()[1:]
        for argv in (words, ["--config", "x.toml", *words], ["-c", "x.toml", *words]):
            assert chosen_command(argv) == " ".join(words), argv
            alone = dict(parsers(build_parser(argv)))
            assert alone[path].format_help() == whole[path].format_help(), path
    # Anything else gets the whole parser: help, a group alone, a typo, an option first.
    for argv in ([], ["--help"], ["feeds"], ["feeds", "--help"], ["sumary"], ["-v", "summary"],
                 ["--config=x.toml", "summary"], ["-c"], ["-c", "summary"]):  # fmt: skip
        assert chosen_command(argv) is None, argv
    args = build_parser(["-c", "x.toml", "summary", "--format", "json"]).parse_args(
        ["-c", "x.toml", "summary", "--format", "json"]
    )
    assert (str(args.config), args.format, args.handler.__name__) == ("x.toml", "json", "summary")
