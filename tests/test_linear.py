"""Cost stays linear in the input: no regex can backtrack catastrophically, and
pathological inputs parse (the benchmark script measures the time; these tests check
the behaviour that makes it linear)."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from typing import Any

import pytest
import regex

import newsstruct
from newsstruct.contract import problems

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

MAXREPEAT = sre_parse.MAXREPEAT
REPEATS = {"MAX_REPEAT", "MIN_REPEAT"}


def _all_patterns() -> dict[str, regex.Pattern[str] | re.Pattern[str]]:
    """Every compiled pattern in the package: module constants and cached builders (the
    standard library's too, as the ASCII twins of hot patterns are)."""
    found: dict[str, regex.Pattern[str] | re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(newsstruct.__path__, prefix="newsstruct."):
        if info.name == "newsstruct.__main__":
            continue
        module = importlib.import_module(info.name)
        where = info.name.removeprefix("newsstruct.")
        for name, value in vars(module).items():
            if isinstance(value, (regex.Pattern, re.Pattern)):
                found[f"{where}.{name}"] = value
            elif isinstance(value, functools._lru_cache_wrapper):
                try:
                    params = inspect.signature(value).parameters
                except (TypeError, ValueError):
                    continue
                if not params:
                    result = value()
                    if isinstance(result, (regex.Pattern, re.Pattern)):
                        found[f"{where}.{name}()"] = result
    return found


def _as_stdlib(source: str) -> str:
    """The pattern in a form the standard parser reads (Unicode classes become letters;
    a conditional on a group, ``(?(name)yes|no)``, reads as the alternation of both)."""
    source = re.sub(r"\\[pP]\{[^}]*\}", "a", source)
    source = re.sub(r"\(\?\(\w+\)", "(?:", source)
    return re.sub(r"\(\?P<\w+>", "(?:", source)


def _unbounded(op: Any, av: Any) -> bool:
    return str(op) in REPEATS and av[1] == MAXREPEAT


def _nested_unbounded(tree: Any, inside: bool = False) -> list[str]:
    """Unbounded repeats inside unbounded, backtracking repeats."""
    bad: list[str] = []
    for op, av in tree:
        name = str(op)
        if name in REPEATS:
            body = av[2]
            if inside and av[1] == MAXREPEAT:
                bad.append(name)
            bad += _nested_unbounded(body, inside or av[1] == MAXREPEAT)
        elif name in ("POSSESSIVE_REPEAT", "ATOMIC_GROUP"):
            continue  # no backtracking into these
        elif name == "SUBPATTERN":
            bad += _nested_unbounded(av[-1], inside)
        elif name == "BRANCH":
            for branch in av[1]:
                bad += _nested_unbounded(branch, inside)
        elif name in ("ASSERT", "ASSERT_NOT"):
            bad += _nested_unbounded(av[1], inside)
    return bad


PATTERNS = _all_patterns()


def test_the_audit_sees_the_patterns() -> None:
    assert len(PATTERNS) >= 20
    assert any(name.startswith("text.tokens.") for name in PATTERNS)
    assert any(name.startswith("quotes.people.") for name in PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_nested_unbounded_repeats(name: str) -> None:
    tree = sre_parse.parse(_as_stdlib(PATTERNS[name].pattern))
    assert _nested_unbounded(tree) == [], f"{name} nests unbounded repeats"


PATHOLOGICAL = {
    "one long line": "word " * 40_000,
    "quote marks": "“" * 20_000 + '"' * 20_000 + "’" * 20_000,
    "blank lines": "\n" * 100_000,
    "short lines": "ab\n" * 40_000,
    "one-word lines": "word\n" * 30_000,
    "straight quotes": '"a" ' * 20_000,
    "bylines": "By Jane Doe\n" * 10_000,
    "datelines": "LONDON (Reuters) - " * 10_000,
    "said chains": "“Yes,” he said. " * 10_000,
    "capitals": "Mr. Alpha Beta Gamma Delta " * 8_000,
    "dots": ". " * 50_000,
    "names and pronouns": "Jane Doe met John Roe. She said “no.” He said “yes.” " * 3_000,
    "appositives": "“Yes,” Jane Doe, a spokeswoman for the Ministry of Health, said. " * 3_000,
    "split quotes": "“One,” said Jane Doe, “two.” " * 5_000,
    "nested quotes": '“a "b" c” ' * 10_000,
    "apostrophes": "rock 'n' roll's '90s students' 6'2\" " * 5_000,
    "one long quote paragraph": "“" + "Word, word. " * 20_000 + "”",
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_parse(name: str) -> None:
    text = PATHOLOGICAL[name]
    article = newsstruct.parse(text)
    assert problems(article, text) == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("(a+)+b", True),
        ("(?:a*b)*c", True),
        ("(?:a+)++b", False),
        ("(?>a+)+b", False),
        ("(?:ab){1,4}c*", False),
    ],
)
def test_the_audit_catches_nested_repeats(source: str, flagged: bool) -> None:
    assert bool(_nested_unbounded(sre_parse.parse(source))) is flagged
