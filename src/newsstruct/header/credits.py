"""Credit lines at the end of a story and the people they name, with their roles.

The phrases and the roles they give live in ``data/credit_roles.tsv``: names stand
either before the phrase ("Claire Fu contributed research") or after it ("Editing by
Jane Doe"). "X reported from Moscow, and Y from Seoul" credits both X and Y.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct.grammar import byline
from newsstruct.model import Role
from newsstruct.text import lexicon, names

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
    pattern = regex.compile(r"(?i)\b(?:" + lexicon.alternation(list(roles), ignore_case=True) + r")\b")
    return pattern, roles


# Clauses end at semicolons, brackets and sentence ends (a period after a lower-case
# letter or a word of two letters or more, so "Steven L. Myers" stays whole).
_CLAUSE_END = regex.compile(r";|\(|\)|(?<=[\p{Ll}\p{Lu}]{2})\.(?=\s|$)|\n\s*\n")
_ELIDED_FROM = regex.compile(r"\s*,?\s*(?:and\s+)?(" + names.FULL_NAME + r")\s+from\b")


#: A story signed at its end names its author after a label ("Text: Jane Doe",
#: "Autorin: Jane Doe"); "By Jane Doe" there is more often a teaser for another story.
_SIGNED = regex.compile(
    r"(?:[*•]\s*)?(?:(?i:text|texte|texto|textos|reportagem|autor|autorin|autoren|author|authors|redaktion|reporter)\s*:"
    r"|(?:Autoren|Autorin|Autor|Authors|Author)[ \t]+(?=\p{Lu}))"
)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _CLAUSE_END.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def read_credits(text: str, start: int, end: int) -> list[Credited]:
    """Every person a credit block credits, in order of appearance. A byline standing at
    the end of the story ("Text: Jane Doe", "Von Jane Doe, dpa") credits its authors."""
    pattern, roles = _phrases()
    found: list[Credited] = []
    signed = signature(text, start, end)
    if signed is not None:
        return [Credited(n.start, n.end, n.name, "author") for n in signed.names]
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


#: Where a credit glued to the end of the last paragraph may start: after a sentence,
#: at a bracket or a dash, or at a sentence that opens with a credit phrase.
_GLUED = regex.compile(
    r"(?<=[.!?\"”'’)])[ \t\n]+(?=\(|[—–]|--"
    r"|(?:Additional\s+)?(?:Reporting|Writing|Editing|Research|Compiled)\s+by\b"
    r"|With\s+(?:additional\s+)?assistance\s+from\b|\p{Lu}[\p{L}.'’\-]*+\s)"
)
#: What may open a glued credit: a bracket or a dash and then a credit phrase.
_OPENING = regex.compile(r"[(\[]?\s*(?:[—–]|--)?\s*")
#: A glued credit is looked for in the last characters of the paragraph only.
MAX_GLUED_CHARS = 400
#: A glued credit is short.
MAX_GLUED_WORDS = 60


def glued_credit(text: str, start: int, end: int) -> int | None:
    """Where a credit glued to the end of a paragraph starts ("... said. (Reporting by
    Jane Doe; Editing by Ann Poe)", "... said. Jane Doe contributed reporting."), or
    None. The credit must run to the end of the paragraph and open with its phrase or,
    for a phrase that follows the names, with the first name it credits."""
    pattern, roles = _phrases()
    for m in _GLUED.finditer(text, max(start, end - MAX_GLUED_CHARS), end):
        at = m.end()
        if len(text[at:end].split()) > MAX_GLUED_WORDS:
            continue
        found = read_credits(text, at, end)
        if not found:
            continue
        opening = _OPENING.match(text, at, end)
        head = opening.end() if opening is not None else at
        phrase = pattern.match(text, head, end)
        if phrase is not None and roles[phrase.group().casefold()][0] == "after":
            return at
        if found[0].start == head and _clauses_are_credits(text, at, end):
            return at
    return None


def _clauses_are_credits(text: str, start: int, end: int) -> bool:
    """Does every clause of ``text[start:end]`` hold a credit phrase?"""
    pattern, _ = _phrases()
    return all(pattern.search(text, a, b) is not None for a, b in _clauses(text, start, end))


def is_signature(text: str, start: int, end: int) -> bool:
    """A line that signs the story with its author's name ("Text: Jane Doe")."""
    return signature(text, start, end) is not None


def signature(text: str, start: int, end: int) -> byline.BylineMatch | None:
    """The byline of a line that signs the story after a label: strictly read, or the
    names right after the label when a note follows them ("Autorin: Jana Roth,
    Projektleiterin in Tunis.")."""
    if _SIGNED.match(text, start, end) is None or "\n" in text[start:end]:
        return None
    found = byline.match_byline(text, start, end)
    if found is None:
        found = byline.read_author_line(text, start, end)
        if found is None or found.rule != "by-line in header" or not found.names:
            return None
    return found


def is_credit_block(text: str, start: int, end: int, words: int) -> bool:
    """Is this block a credit line: short, opening with a clause that holds a credit
    phrase, and naming someone? (A paragraph of prose with a credit glued to its end is
    body; :func:`glued_credit` finds where its credit starts.)"""
    if words > MAX_CREDIT_WORDS:
        return False
    if is_signature(text, start, end):
        return True
    clauses = _clauses(text, start, end)
    pattern, _ = _phrases()
    if not clauses or pattern.search(text, clauses[0][0], clauses[0][1]) is None:
        return False
    return bool(read_credits(text, start, end))
