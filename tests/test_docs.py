"""Documentation: every command and option has help text, and the README covers them."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from timeline.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
GROUP = typer.main.get_command(app)  # typer's (vendored) click group
CONTEXT = typer.Context(GROUP)
COMMANDS = sorted(GROUP.list_commands(CONTEXT))  # type: ignore[attr-defined]
# Options known to lack their own help line (their choices are listed by --help);
# new options must not join this list.
OPTIONS_WITHOUT_HELP = {("dates", "--format"), ("render", "--format"), ("eval", "--format")}


def command(name: str) -> typer.core.TyperCommand:
    found = GROUP.get_command(CONTEXT, name)  # type: ignore[attr-defined]
    assert found is not None
    return found


def test_the_commands_are_the_documented_ones() -> None:
    assert COMMANDS == ["build", "dates", "eval", "events", "render", "schema"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_text(name: str) -> None:
    help_text = command(name).help or ""
    assert help_text.strip(), f"timeline {name} has no help"
    assert help_text.strip()[0].isupper() and help_text.strip().endswith(".")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_argument_and_option_has_help_text(name: str) -> None:
    missing = [
        param.opts[0]
        for param in command(name).params
        if not (getattr(param, "help", None) or "").strip()
        and (name, param.opts[0]) not in OPTIONS_WITHOUT_HELP
    ]
    assert missing == [], f"timeline {name}: no help for {missing}"


@pytest.mark.parametrize("name", COMMANDS)
def test_help_runs_and_shows_the_command_help(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0
    first_line = (command(name).help or "").strip().splitlines()[0]
    assert " ".join(first_line.split()[:4]) in " ".join(result.stdout.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_shows_every_command(name: str) -> None:
    assert f"timeline {name}" in README


def test_readme_mentions_version_and_exit_codes() -> None:
    assert "timeline --version" in README
    for code in ("`0`", "`1`", "`2`", "`3`"):
        assert code in README
