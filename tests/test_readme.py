"""The README stays true: its example prints what it says, and CI runs its test command."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_the_five_line_example_prints_what_the_readme_shows() -> None:
    code = _blocks("python")[0]
    shown = _blocks("text")[0]
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert out.getvalue() == shown


def test_ci_runs_exactly_the_readme_test_command() -> None:
    commands = _blocks("sh")
    test_command = commands[1].strip()
    assert "pytest" in test_command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_the_readme_run_command_parses_a_bundled_article() -> None:
    run_command = _blocks("sh")[0].strip()
    path = run_command.rsplit(" ", 1)[-1]
    assert (ROOT / path).is_file()
