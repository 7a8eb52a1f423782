"""Every ``coi`` command and subcommand, walked from the click group, has help — its own words,
a help line for each option — and ``coi <command> --help`` shows it; the commands and the
options CONTRACT.md names are the ones the command line has (issue 15, item 6)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from coi.cli import main

CONTRACT = Path(__file__).resolve().parent.parent / "docs" / "CONTRACT.md"


def walk(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Each command under ``command`` (itself first) with the words that call it, subcommands included."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, (*path, name))


def missing_help(group: click.Group) -> list[str]:
    """What lacks help under ``group``: a command without its own words, an option without a help line."""
    missing = []
    for path, command in walk(group):
        words = " ".join(("coi", *path))
        if not (command.help or "").strip():
            missing.append(words)
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden and not (param.help or "").strip():
                missing.append(f"{words} {param.opts[0]}")
    return missing


COMMANDS = [path for path, _ in walk(main) if path]


def test_the_walk_finds_every_command_and_subcommand():
    assert {"screen", "match", "compare", "rescreen", "import", "demo", "report", "audit", "backup", "restore",
            "verify", "notify", "account"} <= {p[0] for p in COMMANDS}
    assert {("account", s) for s in ("add", "passwd", "disable", "enable", "list")} <= set(COMMANDS)


def test_every_command_and_option_has_help():
    assert missing_help(main) == []


def test_a_command_or_option_without_help_is_found():
    """The check itself can fail: a bare subcommand and a bare option are both named."""
    @click.group()
    def group() -> None:
        """A group with help."""

    @group.command("bare")
    @click.option("--quiet", is_flag=True)
    @click.option("--loud", is_flag=True, help="Said.")
    def bare(quiet: bool, loud: bool) -> None:
        pass

    assert missing_help(group) == ["coi bare", "coi bare --quiet"]


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help_of_each_command_shows_its_usage_and_words(path):
    command = dict(walk(main))[path]
    for flag in ("--help", "-h"):
        shown = CliRunner().invoke(main, [*path, flag], prog_name="coi")
        assert shown.exit_code == 0, shown.output
        assert shown.output.startswith(f"Usage: coi {' '.join(path)} ")
        first_paragraph = " ".join((command.help or "").strip().split("\n\n")[0].split())
        assert first_paragraph and first_paragraph in " ".join(shown.output.split())  # as rewrapped for the terminal
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert param.opts[0] in shown.output


def test_the_group_help_lists_every_command():
    shown = CliRunner().invoke(main, ["--help"], prog_name="coi")
    assert shown.exit_code == 0 and shown.output.startswith("Usage: coi ")
    listed = set(re.findall(r"^  ([a-z]+)  ", shown.output.split("Commands:")[1], flags=re.MULTILINE))
    assert listed == set(main.commands)


def contract_spans() -> list[str]:
    """Each code span of CONTRACT.md that shows a ``coi`` command line, spaces normalised."""
    text = CONTRACT.read_text(encoding="utf-8")
    return [" ".join(span.split()) for span in re.findall(r"`(coi [^`]*)`", text)]


def command_of(words: list[str]) -> tuple[tuple[str, ...], click.Command] | None:
    """The command a span's leading words call (the deepest group member they name), if any."""
    path: tuple[str, ...] = ()
    command: click.Command = main
    for word in words:
        if not isinstance(command, click.Group) or word not in command.commands:
            break
        command, path = command.commands[word], (*path, word)
    return (path, command) if path else None


def test_the_commands_are_the_contracts():
    named = set()
    for span in contract_spans():
        words = span.split()[1:]
        if words and re.fullmatch(r"[a-z]+", words[0]):
            found = command_of(words)
            assert found is not None, f"CONTRACT.md names `{span}`, which is no coi command"
            named.add(found[0])
    assert named == {path for path, command in walk(main) if path and not isinstance(command, click.Group)}


def test_every_option_the_contract_shows_is_the_commands():
    checked = 0
    for span in contract_spans():
        found = command_of(span.split()[1:])
        if found is None:
            continue
        path, command = found
        options = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
        for option in re.findall(r"(?<![\w-])--[a-z][a-z-]*", span):
            assert option in options, f"CONTRACT.md shows `{span}`, but coi {' '.join(path)} has no {option}"
            checked += 1
    assert checked >= 30  # the contract's command lines are read, not skipped
