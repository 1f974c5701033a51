"""Credit lines at the end of a story and the people they name, with their roles.

The phrases and the roles they give live in ``data/credit_roles.tsv``: names stand
either before the phrase ("Claire Fu contributed research") or after it ("Editing by
Jane Doe"). "X reported from Moscow, and Y from Seoul" credits both X and Y.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct import lexicon, names
from newsstruct.model import Role

#: Credit blocks are short; a longer block is body text that mentions reporting.
MAX_CREDIT_WORDS = 90


@attrs.frozen(slots=True)
class Credited:
    """A person named by a credit line."""

    start: int
    end: int
    name: str
    role: Role


@functools.cache
def _phrases() -> tuple[regex.Pattern[str], dict[str, tuple[str, Role]]]:
    rows = lexicon.table("credit_roles.tsv")
    roles: dict[str, tuple[str, Role]] = {}
    for where, role, phrase in rows:
        roles[phrase.casefold()] = (where, role)  # type: ignore[assignment]
    pattern = regex.compile(r"(?i)\b(?:" + lexicon.alternation(list(roles)) + r")\b")
    return pattern, roles


# Clauses end at semicolons, brackets and sentence ends (a period after a lower-case
# letter or a word of two letters or more, so "Steven L. Myers" stays whole).
_CLAUSE_END = regex.compile(r";|\(|\)|(?<=[\p{Ll}\p{Lu}]{2})\.(?=\s|$)|\n\s*\n")
_ELIDED_FROM = regex.compile(r"\s*,?\s*(?:and\s+)?(" + names.FULL_NAME + r")\s+from\b")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _CLAUSE_END.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def read_credits(text: str, start: int, end: int) -> list[Credited]:
    """Every person a credit block credits, in order of appearance."""
    pattern, roles = _phrases()
    found: list[Credited] = []
    for a, b in _clauses(text, start, end):
        m = pattern.search(text, a, b)
        if m is None:
            continue
        where, role = roles[m.group().casefold()]
        if where == "before":
            for s, e, name in names.find_names(text, a, m.start()):
                found.append(Credited(s, e, name, role))
            if m.group().casefold().startswith("reported from"):
                pos = m.end()
                while True:
                    more = _ELIDED_FROM.search(text, pos, b)
                    if more is None:
                        break
                    name = names.proper_case(more.group(1))
                    if names.is_person_name(name):
                        found.append(Credited(more.start(1), more.end(1), name, role))
                    pos = more.end()
        else:
            for s, e, name in names.find_names(text, m.end(), b):
                found.append(Credited(s, e, name, role))
    return found


def is_credit_block(text: str, start: int, end: int, words: int) -> bool:
    """Is this block a credit line: short, with a credit phrase that names someone?"""
    if words > MAX_CREDIT_WORDS:
        return False
    return bool(read_credits(text, start, end))
