"""Who is who in an article: people's names, the shorter forms that refer back to them
("Mr. Putin", "Putin"), the descriptions tied to them ("Russian President Vladimir
Putin", "Jane Doe, the company's spokeswoman"), and the pronouns that point at them.

Resolution rules, each named in :attr:`newsstruct.model.Speaker.rule`:

* ``name``: a full name stands for itself, lengthened to its fullest form in the text;
* ``surname``: one word (after an honorific) is the fullest name ending in it, the
  most recently mentioned first (or beginning with it, for names written family name
  first, like "Xi Jinping");
* ``pronoun``: he, she and they are the most recent person in subject position whose
  gender agrees (from honorifics and given names);
* ``description``: "the Russian president" is the person the article ties that
  description to, or else the person most recently mentioned;
* ``organisation``: a named body speaks as itself.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from newsstruct import lexicon, names, sentences

_CAP_TOKEN = r"(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’\-]*+\.?)"
_RUN = regex.compile(
    rf"{_CAP_TOKEN}(?:[ \t]+(?:(?:{names.PARTICLE})[ \t]+)?{_CAP_TOKEN})*+"
    rf"|\b(?:al|el)-\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*+"
)
_POSSESSIVE = regex.compile(r"['’]s?$")
#: How many earlier mentions a pronoun or description looks back over.
REACH = 40


@functools.cache
def _given() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("given_names.tsv")}


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in lexicon.entries("titles.txt"))


@functools.cache
def _org_words() -> frozenset[str]:
    return lexicon.words("org_words.txt")


@functools.cache
def _not_names() -> frozenset[str]:
    return lexicon.words("not_names.txt")


@attrs.define(slots=True)
class Entity:
    """A person or organisation the article names."""

    tokens: list[str]
    gender: str = "-"
    org: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


@attrs.frozen(slots=True)
class Mention:
    """Where an entity is named, and whether it stands as a clause's subject there."""

    start: int
    end: int
    entity: int
    subject: bool


@attrs.frozen(slots=True)
class Resolution:
    name: str | None
    rule: str
    entity: int | None = None


def _is_title(tokens: Sequence[str], i: int) -> int:
    """How many tokens from ``i`` form a title or honorific (0 when none)."""
    for width in (3, 2, 1):
        if i + width <= len(tokens):
            phrase = " ".join(tokens[i : i + width]).casefold()
            if phrase in _titles() or (width == 1 and tokens[i] in names.honorifics()):
                return width
    return 0


class People:
    """The entities of one article and every place they are named."""

    def __init__(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self._positions: list[int] = []
        #: descriptions tied to entities, in text order: (words of the description, entity)
        self.ties: list[tuple[frozenset[str], int]] = []
        self._ends: dict[str, list[int]] = {}  # last name word -> entities
        self._begins: dict[str, list[int]] = {}  # first name word -> entities
        self._last_seen: dict[int, int] = {}  # entity -> index of its latest mention
        for lo, hi in paragraphs:
            self._scan(lo, hi)
        self._positions = [m.start for m in self.mentions]

    # -- building -------------------------------------------------------------------
    def _scan(self, lo: int, hi: int) -> None:
        starts = sentences.starts(self.text, lo, hi)
        for m in _RUN.finditer(self.text, lo, hi):
            self._read_run(m.start(), m.group(), starts)

    def _read_run(self, start: int, run: str, starts: list[int]) -> None:
        raw = run.split()
        offsets = []
        pos = 0
        for tok in raw:
            pos = run.index(tok, pos)
            offsets.append(start + pos)
            pos += len(tok)
        # A full stop ends the run unless it closes an initial, honorific or title.
        for n, tok in enumerate(raw):
            if tok.endswith(".") and not (
                regex.fullmatch(r"(?:\p{Lu}\.)+", tok) or tok in sentences.abbreviations()
            ):
                raw = raw[: n + 1]
                break
        tokens = list(raw)
        i = 0
        while (
            i < len(tokens) and tokens[i].casefold().rstrip(".") in _not_names() and not _is_title(tokens, i)
        ):
            i += 1
        first_word = i
        gender = "-"
        described_by = None
        k = i
        while k < len(tokens):
            width = _is_title(tokens, k)
            if not width:
                break
            honorific = names.honorifics().get(tokens[k])
            if honorific and honorific != "-":
                gender = honorific
            described_by = " ".join(tokens[i : k + width]).casefold()
            k += width
        name_tokens = tokens[k:]
        if not name_tokens:
            return
        last = _POSSESSIVE.sub("", name_tokens[-1])
        if last.endswith(".") and not regex.fullmatch(r"\p{Lu}\.", last):
            last = last[:-1]
        name_tokens[-1] = last
        if not last or len(name_tokens) > 5:
            return
        folded = [t.casefold().rstrip(".") for t in name_tokens]
        if len(name_tokens) == 1 and (folded[0] in _not_names() or (k == first_word and len(last) < 2)):
            return
        if " ".join(name_tokens).casefold() in names.places() and k == first_word:
            return
        org = any(f in _org_words() for f in folded) or " ".join(name_tokens) in names.agencies()
        begin = offsets[first_word]
        end = offsets[-1] + len(last)
        if gender == "-" and not org:
            gender = _given().get(name_tokens[0], "-") if len(name_tokens) > 1 else "-"
        entity = self._link(name_tokens, gender, org)
        if described_by:
            self.tie(described_by, entity)
        subject = self._at_clause_start(begin, starts)
        self.mentions.append(Mention(begin, end, entity, subject))

    def _at_clause_start(self, pos: int, starts: list[int]) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos - starts[i] <= 3 and not self.text[starts[i] : pos].strip(" \t\"'“‘("):
            return True
        return self.text[max(0, pos - 6) : pos].endswith((", and ", "; ", ", but ", " — "))

    def _link(self, tokens: list[str], gender: str, org: bool) -> int:
        """The entity these tokens name: an earlier one they fit, or a new one."""
        if len(tokens) == 1:
            found = self._by_surname(tokens[0], gender)
            if found is not None:
                self._seen(found)
                return found
        else:
            for n in sorted(self._ends.get(tokens[-1], ()), key=self._recency, reverse=True):
                e = self.entities[n]
                if e.org == org and _same_person(e.tokens, tokens):
                    if len(tokens) > len(e.tokens):
                        e.tokens = list(tokens)
                        self._begins.setdefault(tokens[0], []).append(n)
                    if e.gender == "-":
                        e.gender = gender
                    self._seen(n)
                    return n
        n = len(self.entities)
        self.entities.append(Entity(list(tokens), gender, org))
        self._ends.setdefault(tokens[-1], []).append(n)
        self._begins.setdefault(tokens[0], []).append(n)
        self._seen(n)
        return n

    def _seen(self, entity: int) -> None:
        self._last_seen[entity] = len(self.mentions)

    def _recency(self, entity: int) -> int:
        return self._last_seen.get(entity, -1)

    def _by_surname(self, word: str, gender: str) -> int | None:
        """The most recently named entity whose name ends (or else begins) with ``word``."""
        for index in (self._ends, self._begins):
            fits = [
                n
                for n in index.get(word, ())
                if gender == "-" or self.entities[n].gender in ("-", gender)
                if index is self._ends or len(self.entities[n].tokens) > 1
            ]
            if fits:
                return max(fits, key=self._recency)
        return None

    # -- reading --------------------------------------------------------------------
    def mention_at(self, start: int, end: int) -> Mention | None:
        """The name mention overlapping ``start:end``, if any."""
        i = bisect.bisect_right(self._positions, end - 1) - 1
        while i >= 0 and self.mentions[i].end > start:
            if self.mentions[i].start < end:
                return self.mentions[i]
            i -= 1
        return None

    def mark_subject(self, mention: Mention) -> None:
        """Record that ``mention`` speaks (speakers count as subjects for pronouns)."""
        i = bisect.bisect_left(self._positions, mention.start)
        if i < len(self.mentions) and self.mentions[i].start == mention.start:
            self.mentions[i] = attrs.evolve(self.mentions[i], subject=True)

    def resolve_name(self, start: int, end: int) -> Resolution:
        mention = self.mention_at(start, end)
        if mention is None:
            return Resolution(None, "unresolved")
        e = self.entities[mention.entity]
        if e.org:
            return Resolution(e.name, "organisation", mention.entity)
        words = self.text[mention.start : mention.end].split()
        rule = "name" if len(words) > 1 else "surname"
        return Resolution(e.name, rule, mention.entity)

    def resolve_pronoun(self, pronoun: str, pos: int) -> Resolution:
        """he/she/they: the most recent subject that agrees, else the most recent mention."""
        word = pronoun.casefold()
        want = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(word)
        plural = word in ("they", "we")
        i = bisect.bisect_left(self._positions, pos) - 1
        fallback: int | None = None
        for m in self.mentions[max(0, i - REACH) : i + 1][::-1]:
            e = self.entities[m.entity]
            if plural:
                if e.org:
                    return Resolution(e.name, "pronoun", m.entity)
                continue
            if e.org:
                continue
            if want is not None and e.gender not in ("-", want):
                continue
            if m.subject:
                return Resolution(e.name, "pronoun", m.entity)
            if fallback is None:
                fallback = m.entity
        if fallback is not None:
            return Resolution(self.entities[fallback].name, "pronoun", fallback)
        return Resolution(None, "unresolved")

    def resolve_description(
        self, description: str, pos: int, clause_subject: int | None = None
    ) -> Resolution:
        """A definite description: a tie made in the text, else the latest other person."""
        words = _description_words(description)
        if not words:
            return Resolution(None, "unresolved")
        wanted = frozenset(words)
        for tied, n in reversed(self.ties):
            if wanted <= tied:
                return Resolution(self.entities[n].name, "description", n)
        if description.casefold().startswith(("a ", "an ", "one ", "another ")):
            return Resolution(None, "unresolved")
        head = words[-1]
        if head in _org_words() or head.rstrip("s") in _org_words():
            i = bisect.bisect_left(self._positions, pos)
            for m in self.mentions[max(0, i - REACH) : i][::-1]:
                e = self.entities[m.entity]
                if e.org and head in (t.casefold() for t in e.tokens):
                    return Resolution(e.name, "organisation", m.entity)
            return Resolution(None, "unresolved")
        i = bisect.bisect_left(self._positions, pos) - 1
        for m in self.mentions[max(0, i - REACH) : i + 1][::-1]:
            e = self.entities[m.entity]
            if e.org or m.entity == clause_subject:
                continue
            return Resolution(e.name, "description", m.entity)
        return Resolution(None, "unresolved")

    def tie(self, description: str, entity: int) -> None:
        """Tie a description to an entity ("Jane Doe, the spokeswoman for X")."""
        words = _description_words(description)
        if words:
            self.ties.append((frozenset(words), entity))


_DETERMINERS = frozenset("the a an its his her their our one another".split())


def _description_words(description: str) -> list[str]:
    """The content words of a description, case folded ("the Russian president")."""
    return [w for w in regex.findall(r"[\p{L}'’\-]+", description.casefold()) if w not in _DETERMINERS]


def _same_person(known: Sequence[str], new: Sequence[str]) -> bool:
    """Do two multi-word names fit one person ("Vladimir V. Putin" and "Vladimir Putin")?"""
    if known[-1] != new[-1]:
        return False
    if len(known) == 1 or len(new) == 1:
        return True
    a, b = known[0], new[0]
    return a == b or (a.endswith(".") and b.startswith(a[:-1])) or (b.endswith(".") and a.startswith(b[:-1]))
