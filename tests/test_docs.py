"""The docs stay true: their console sessions print what they show, and the lists they
keep by hand (boilerplate kinds, rules) cover what the code has.

The pages' ``>>>`` examples run as doctests on their own (pytest collects docs/*.rst;
``sphinx-build -b doctest`` runs them in CI too).
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsstruct.page import boilerplate
from newsstruct.quotes import speakers

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.rst"))
_CONSOLE = re.compile(r"^\.\. code-block:: console\n\n((?:(?:   .*)?\n)+)", re.M)


Session = tuple[str, list[tuple[str, str]]]


def sessions() -> list[Session]:
    """(page, [(command, expected output)]) for every console block: the ``$`` lines
    of a block run one after another in the same folder."""
    found: list[Session] = []
    for page in PAGES:
        for block in _CONSOLE.findall(page.read_text(encoding="utf-8")):
            steps: list[tuple[str, str]] = []
            command: str | None = None
            output: list[str] = []
            for line in [*block.splitlines(), "   $ "]:
                line = line[3:]
                if line.startswith("$ "):
                    if command:
                        steps.append((command, "\n".join(output).strip() + "\n"))
                    command, output = line[2:], []
                else:
                    output.append(line)
            found.append((page.name, steps))
    return found


SESSIONS = sessions()


def test_the_docs_have_console_sessions() -> None:
    assert {page for page, _ in SESSIONS} >= {"cli.rst", "quickstart.rst"}


@pytest.mark.parametrize(("page", "steps"), SESSIONS, ids=[f"{p}:{s[0][0][:40]}" for p, s in SESSIONS])
def test_console_sessions_print_what_the_docs_show(
    tmp_path: Path, page: str, steps: list[tuple[str, str]]
) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    checker = doctest.OutputChecker()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    for command, expected in steps:
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=120,
        )
        got = done.stdout
        shown = f"{page}: $ {command}\n--- shown\n{expected}--- got\n{got}"
        assert checker.check_output(expected, got, flags), shown


def test_the_quickstart_installs_as_the_readme_does() -> None:
    readme_run = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)[0]
    install = readme_run.split(" && .venv/bin/newsstruct")[0].strip()
    assert install in (DOCS / "quickstart.rst").read_text(encoding="utf-8")


def test_every_boilerplate_kind_is_documented() -> None:
    page = (DOCS / "how-it-works.rst").read_text(encoding="utf-8")
    missing = [kind for kind in boilerplate.KINDS if f"``{kind}``" not in page]
    assert missing == []


def test_every_attribution_rule_is_documented() -> None:
    rules = set(re.findall(r"^\* ``([a-z-]+)``", speakers.__doc__ or "", re.M))
    assert {"quote-speaker-cue", "carry-over"} <= rules
    page = (DOCS / "how-it-works.rst").read_text(encoding="utf-8")
    assert ".. automodule:: newsstruct.quotes.speakers" in page  # the rules are shown from the docstring


def test_the_readme_links_the_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/index.rst" in readme or "](docs/" in readme
    assert "sphinx-build" in readme


def test_ci_builds_the_docs_with_warnings_as_errors_and_runs_their_doctests() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"sphinx-build -W .*-b html docs", ci)
    assert re.search(r"sphinx-build -W .*-b doctest docs", ci)
