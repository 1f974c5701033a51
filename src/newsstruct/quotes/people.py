"""Who is who in an article: people's names, the shorter forms that refer back to them
("Mr. Putin", "Putin"), the descriptions tied to them ("Russian President Vladimir
Putin", "Jane Doe, the company's spokeswoman"), and the pronouns that point at them.

The index links each name to an entity as it reads it, by the first sieves of
:mod:`newsstruct.quotes.sieves`, most precise first: the same full name (or a fuller or
shorter form of it, "Vladimir Putin" → "Vladimir V. Putin"); the acronym of a named
body; a given name alone, when one person has it ("Jordan" → "Jordan Stewart"); a
surname, after an honorific or not, of an entity whose gender agrees. It gathers the
evidence of each entity's type, gender and roles (:mod:`newsstruct.quotes.entities`):
the title or honorific, the given name, an age, the description in apposition or before
the name, "who" or "which" after it, and the "he" or "she" that can only refer back to
it. "He" and "she" that open a clause are resolved as they come
(:mod:`newsstruct.quotes.pronouns`), so later pronouns can follow the chain.

Capitalised words that only begin sentences ("Regular exercise …", "Given his views …")
are not taken for names: a lone capitalised word at the start of a sentence counts only
when the article also writes it capitalised elsewhere, knows it as a given name, or
already names someone by it. Names inside quotations count for "Mr. Putin" → "Vladimir
V. Putin" but are passed over when a pronoun looks for the person it stands for.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from newsstruct.quotes import phrases, pronouns
from newsstruct.quotes.entities import (
    GENDERED,
    Entity,
    Mention,
    initials,
    is_acronym,
    org_nouns,
    org_suffixes,
)
from newsstruct.quotes.name_patterns import (
    _APPOSITIVE,
    _ASCII_APPOSITIVE,
    _ASCII_CAPS_ONLY,
    _ASCII_ROLE_BEFORE,
    _ASCII_VERB_AFTER,
    _CAPS_ONLY,
    _DESCRIBED_BEFORE,
    _PRONOUN,
    _ROLE_BEFORE,
    _RUN,
    _VERB_AFTER,
)
from newsstruct.quotes.name_shapes import (
    _INITIALS,
    _bare,
    _given,
    _is_title,
    _lone_common,
    _name_shape,
    _not_names,
    _roles,
    _run_shape,
    owner_before_name,
)
from newsstruct.text import lexicon, sentences, twins
from newsstruct.text.lower_words import LowerWords

#: How many earlier mentions a pronoun or description looks back over.
REACH = 40
#: What may stand between a sentence's start and a run that opens it ("“Jane", "(Jane").
_OPENING_MARKS = " \t\"'“‘«„(—–-["


@functools.cache
def _cues() -> frozenset[str]:
    return lexicon.words("speech_verbs.txt")


@functools.cache
def _auxiliaries() -> frozenset[str]:
    return phrases.grammar("auxiliary")


@functools.cache
def _noun_endings() -> tuple[str, ...]:
    return tuple(sorted(phrases.grammar("noun-ending")))


class _Run(NamedTuple):
    """A run of capitalised words the scan found (a tuple: made once per run, cheaply)."""

    start: int
    text: str
    sentence: int
    at_start: bool  # the run opens its sentence (after an opening mark, maybe)
    quoted: bool


class People:
    """The entities of one article and every place they are named.

    ``quoted`` lists the spans of the article's quotations (content only), so that the
    names and pronouns inside them are known as such.
    """

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[tuple[int, int]],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []  # names, in text order
        self._positions: list[int] = []
        # pronouns read into chains, and speakers' mentions: kept apart so that adding one
        # never shifts the long list of names (linear cost)
        self._chains: list[Mention] = []
        self._chain_positions: list[int] = []
        self._added: list[Mention] = []
        self._added_positions: list[int] = []
        #: descriptions tied to entities, in text order: (words of the description, entity)
        self.ties: list[tuple[frozenset[str], int]] = []
        self._ends: dict[str, list[int]] = {}  # last name word -> entities
        self._begins: dict[str, list[int]] = {}  # first name word -> entities
        self._last_seen: dict[int, int] = {}  # entity -> index of its latest mention
        self._acronyms: dict[str, int] = {}  # the initials of a body's name -> the body
        self._quoted = sorted(quoted)
        self._quote_starts = [a for a, _ in self._quoted]  # to bisect on plain ints
        #: sentence starts, in text order, for every paragraph
        self._sentence_starts: list[int] = []
        self._lower = LowerWords(text, paragraphs)  # words the article writes in lower case
        self._inner_words: set[str] = set()  # words it capitalises inside a sentence, as written
        self._inner_caps: set[str] | None = None  # the same, bare: made when first asked
        runs = self._collect(paragraphs)
        for run in runs:
            self._read_run(run)
        self._positions = [m.start for m in self.mentions]
        self._follow_pronouns(paragraphs)

    # -- building -------------------------------------------------------------------
    def _collect(self, paragraphs: Sequence[tuple[int, int]]) -> list[_Run]:
        """Every run of capitalised words that may name someone, and the words the
        article capitalises inside a sentence."""
        text = self.text
        runs: list[_Run] = []
        inner = self._inner_words
        sentence_starts = self._sentence_starts
        bisect_right = bisect.bisect_right
        quote_starts, quoted = self._quote_starts, self._quoted  # :meth:`_inside_quote`, inlined
        for lo, hi in paragraphs:
            starts = sentences.starts(text, lo, hi)
            base = len(sentence_starts)
            sentence_starts.extend(starts)
            pattern: twins.Pattern
            if text.find("l-", lo, hi) >= 0:
                pattern = _RUN
            else:  # (the ASCII twin is faster, but not that of the joined branch's search)
                pattern = _ASCII_CAPS_ONLY if twins.plain(text, lo, hi) else _CAPS_ONLY
            for m in pattern.finditer(text, lo, hi):
                whole = m.group()
                if " " not in whole and "\t" not in whole and _lone_common(whole):
                    continue  # one common word ("The", "But"): nobody's name, and no name's word
                for offset, run in _pieces(whole):
                    pos = m.start() + offset
                    s = bisect_right(starts, pos) - 1
                    # Only opening marks stand between the sentence start and the run; most
                    # runs stand further in, which the first character tells (no copy made).
                    opening = starts[s] if s >= 0 else pos
                    at_start = opening == pos or (
                        text[opening] in _OPENING_MARKS and not text[opening:pos].strip(_OPENING_MARKS)
                    )
                    words = run.split()
                    inner.update(words[1:] if at_start else words)
                    if len(words) == 1 and _lone_common(run):
                        continue  # read as nobody's name: no need to carry it further
                    q = bisect_right(quote_starts, pos) - 1
                    runs.append(_Run(pos, run, base + max(s, 0), at_start, q >= 0 and pos < quoted[q][1]))
        return runs

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1  # the last quote opening at or before pos
        return i >= 0 and pos < self._quoted[i][1]

    def _read_run(self, run: _Run) -> None:
        """Read one run as a mention, unless it is one common word ("The", "But"): the
        callers pass over those, as the steps below would, more cheaply."""
        shape = _run_shape(run.text)
        tokens = shape.tokens
        i = shape.skipped
        if run.at_start and i == 0:
            while i < len(tokens) - 1 and self._common_opening(tokens[i]) and not _is_title(tokens, i):
                i += 1
        i = owner_before_name(tokens, i)
        name = _name_shape(tokens, i)
        if name is None and i == len(tokens) - 1 and self._names_a_person(tokens[i]):
            name = _name_shape(tokens, i, True)  # a place's name, but a person's here
        if name is None:
            return
        name_tokens, folded, last = name.tokens, name.folded, name.last
        k, first_word = name.title_end, name.first_word
        lone_at_start = run.at_start and k == first_word == 0
        end = run.start + shape.offsets[k + len(name_tokens) - 1] + len(last)
        text = self.text
        plain = text.isascii()  # the twins of the patterns read around the name serve
        appositive = (
            (_ASCII_APPOSITIVE if plain else _APPOSITIVE).match(text, end, end + 100)
            if text.startswith(",", end)
            else None
        )
        described = None
        aged = False
        if appositive is not None:
            description = appositive.group("description")
            if description:
                words = _description_words(description)
                if any(w in _roles() for w in words[:4]):
                    described = description  # "Jane Doe, the city's mayor,"
            aged = appositive.group("age") is not None
        if len(name_tokens) == 1 and lone_at_start and not self._known_word(last) and not (aged or described):
            return
        if name.org and len(name_tokens) == 1 and last.isupper() and last.casefold() in self._lower:
            return  # "WATCH": a word in capitals, not an acronym
        suffixed = len(name_tokens) > 1 and folded[-1] in org_suffixes()
        org = name.org or suffixed
        begin = run.start + shape.offsets[first_word]
        gender = name.gender
        role_before = _role_before(text, begin, plain) if begin > 1 and text[begin - 2].islower() else None
        if role_before is not None:
            role = role_before.group("role").casefold()
            if role in org_nouns():
                org = True  # "the public relations firm Edelman", "the carmaker Tesla"
                role_before = None
            elif role not in _roles():
                role_before = None
        # ", who …" says a person, ", which …" a thing
        comma = appositive is not None or text.startswith(",", end)
        who = comma and text.startswith(", who ", end)
        person = not org and (
            name.titled
            or aged
            or described is not None
            or who
            or (len(name_tokens) > 1 and (name.given or role_before is not None))
        )
        entity = self._link(name_tokens, gender, org, person, name.titled)
        e = self.entities[entity]
        if e.given == "-" and not org:
            e.given = name.given_gender
        if len(name_tokens) == 1 and not org and e.gender == e.given == "-" and e.he == e.she == 0:
            # "Bob said": a given name alone says a gender, weakly (a vote pronouns may outvote)
            said = _given().get(last)
            if said == "m":
                e.he += 1
            elif said == "f":
                e.she += 1
        if not person and not org:
            if comma and text.startswith(", which ", end):
                e.org = not e.person
                e.add_evidence("which")
            elif len(name_tokens) > 1 and not e.likely and self._unlike_words(name_tokens, folded):
                e.likely = True
        if person:
            e.add_evidence(
                "title"
                if name.titled
                else "age"
                if aged
                else "role"
                if described or role_before
                else "who"
                if who
                else "given name"
            )
        elif suffixed:
            e.add_evidence("suffix")
        elif org and len(name_tokens) == 1 and is_acronym(last):
            e.add_evidence("acronym")
        elif org:
            e.add_evidence("organisation word")
        if name.described_by:
            self.tie(name.described_by, entity)
        if described:
            self.tie(described, entity)
        if role_before is not None:
            self.tie(role_before.group("role"), entity)
        before = (
            _DESCRIBED_BEFORE.search(text, max(0, begin - 70), begin)
            if text[max(0, begin - 2) : begin] == ", "
            else None
        )
        if before is not None:
            self.tie(before.group("description"), entity)
        subject = not shape.possessive and (self._at_clause_start(begin, run) or self._verb_follows(end))
        # a credit ("(Jane Doe/Reuters)", "Jane Doe / The Canadian Press"), where no pronoun
        # looks for its person or body
        aside = (
            text.startswith(_CREDIT_SLASH, end)
            or "/" in text[max(0, begin - 3) : begin]  # the agency after the slash
            or (text.startswith(_CLOSING, end) and text[max(0, begin - 1) : begin] == "(")
        )
        self.mentions.append(Mention(begin, end, entity, subject, run.sentence, run.quoted or aside))
        if len(name_tokens) > 1 or name.titled:
            self._group_with_previous(begin)

    def _names_a_person(self, word: str) -> bool:
        """Is ``word`` the given name or the surname of a person named before ("Jordan"
        after "Jordan Stewart")? Then it is that person's, even if a place has it."""
        entities = self.entities
        if word in _given() and any(entities[n].person for n in self._begins.get(word, ())):
            return True
        return any(entities[n].person for n in self._ends.get(word, ()))

    def _common_opening(self, token: str) -> bool:
        """A capitalised word opening a sentence that is no name: a word the article
        also writes in lower case, a cue verb ("Said Jane Doe, …"), or a participle or
        adverb ("Knowing", "Mostly")."""
        if token in _given() or token.endswith("."):
            return False
        low = token.casefold()
        return (
            low in self._lower
            or low in _not_names()
            or low in _cues()
            or (len(low) > 4 and low.endswith(("ing", "ly")))
        )

    def _unlike_words(self, tokens: Sequence[str], folded: Sequence[str]) -> bool:
        """Two or three words the article never writes in lower case and that do not end
        like English nouns ("Tomasz Wrobel", not "Economic Development")."""
        if len(tokens) > 3:
            return False
        if any(f.endswith(_noun_endings()) or f in self._lower for f in folded):
            return False
        return all(t[:1].isupper() for t in tokens)

    def _verb_follows(self, end: int) -> bool:
        """Does a verb follow the name ending at ``end`` (it is then a subject)?"""
        if not self.text.startswith((",", " ", "\t"), end):
            return False  # the pattern opens on a comma or a space
        m = (_ASCII_VERB_AFTER if self.text.isascii() else _VERB_AFTER).match(self.text, end, end + 140)
        if m is None:
            return False
        word = m.group("word").casefold()
        if word in _auxiliaries() or word in _cues():
            return True
        return len(word) > 3 and (
            word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us")))
        )

    def _known_word(self, word: str) -> bool:
        """May a lone capitalised word at a sentence start be a name?"""
        if word in self._ends or word in self._begins or word in _given():
            return True
        if self._inner_caps is None:
            # each word written once, made bare once (a run's words repeat)
            self._inner_caps = set(map(_bare, self._inner_words))
        return word in self._inner_caps and word.casefold() not in self._lower

    def _group_with_previous(self, begin: int) -> None:
        """ "Tore Vik and Lena Abu": two people named together form a group."""
        if len(self.mentions) < 2:
            return
        a, b = self.mentions[-2], self.mentions[-1]
        if self.text[a.end : b.start] not in (" and ", " & "):
            return
        ea, eb = self.entities[a.entity], self.entities[b.entity]
        if not (ea.personal() and eb.personal()) or a.entity == b.entity:
            return
        group = Entity([*ea.tokens, "and", *eb.tokens], "-", False, False, True)
        self.entities.append(group)
        self.mentions.append(Mention(a.start, b.end, len(self.entities) - 1, a.subject, a.sentence, a.quoted))

    def _at_clause_start(self, pos: int, run: _Run) -> bool:
        if run.at_start:
            return True
        return self.text[max(0, pos - 6) : pos].endswith((", and ", "; ", ", but ", " — "))

    def _link(self, tokens: Sequence[str], gender: str, org: bool, person: bool, titled: bool = False) -> int:
        """The entity these tokens name: an earlier one they fit, or a new one. The
        sieves, most precise first: the same full name (or a fuller or shorter form of
        it); an acronym of a named body; a given name alone, when one entity has it;
        a surname (after an honorific or not) of an entity whose gender agrees."""
        if len(tokens) == 1:
            found = self._by_one_word(tokens[0], gender, titled)
            if found is not None:
                e = self.entities[found]
                if person and not e.org and not e.group:
                    e.person = True  # "Mr. Obama" after "Obama": evidence for the one entity
                    if e.gender == "-":
                        e.gender = gender
                self._seen(found)
                return found
        else:
            for n in sorted(self._ends.get(tokens[-1]) or (), key=self._recency, reverse=True):
                e = self.entities[n]
                if e.org == org and _same_person(e.tokens, tokens):
                    if len(tokens) > len(e.tokens):
                        e.tokens = list(tokens)
                        self._begins.setdefault(tokens[0], []).append(n)
                        if org:
                            self._index_acronym(n)
                    if e.gender == "-":
                        e.gender = gender
                    e.person = e.person or person
                    self._seen(n)
                    return n
        n = len(self.entities)
        self.entities.append(Entity(list(tokens), gender, org, person and not org))
        self._ends.setdefault(tokens[-1], []).append(n)
        self._begins.setdefault(tokens[0], []).append(n)
        if org:
            self._index_acronym(n)
        self._seen(n)
        return n

    def _index_acronym(self, n: int) -> None:
        """Note the acronym a body's name makes, for a later "IRCC" or "CBC"."""
        e = self.entities[n]
        if e.org and len(e.tokens) > 1:
            letters = initials(e.tokens)
            if len(letters) > 1:
                self._acronyms[letters] = n

    def acronym(self, word: str) -> int | None:
        """The named body ``word`` is the acronym of, if any."""
        return self._acronyms.get(word) if is_acronym(word) else None

    def _seen(self, entity: int) -> None:
        self._last_seen[entity] = len(self.mentions)

    def _recency(self, entity: int) -> int:
        return self._last_seen.get(entity, -1)

    def _by_one_word(self, word: str, gender: str, titled: bool) -> int | None:
        """The entity one word names: the body it abbreviates; the one person whose
        given name it is ("Jordan" after "Jordan Stewart"); else the entity whose name
        ends (or, for names written family name first, begins) with it and whose gender
        agrees, a known agreeing gender before an unknown one, then the latest."""
        if word.isupper() and word in self._acronyms:
            return self._acronyms[word]
        entities = self.entities
        begins = self._begins.get(word)
        if begins and not titled and word in _given():
            firsts = {
                n
                for n in begins
                if len(entities[n].tokens) > 1 and not entities[n].group and not entities[n].org
                if gender == "-" or entities[n].sex() in ("-", gender)
            }
            if len(firsts) == 1:
                return firsts.pop()
        for index in (self._ends, self._begins):
            known = index.get(word)
            if known is None:
                continue  # most words name no one yet: no list to filter
            fits = [
                n
                for n in known
                if gender == "-" or entities[n].sex() in ("-", gender)
                if index is self._ends or len(entities[n].tokens) > 1
                if not entities[n].group
            ]
            if len(fits) == 1:
                return fits[0]
            if fits:
                return max(
                    fits, key=lambda n: (gender != "-" and entities[n].sex() == gender, self._recency(n))
                )
        return None

    def _follow_pronouns(self, paragraphs: Sequence[tuple[int, int]]) -> None:
        """Read "he"/"she" outside quotations, in order. Each votes for the gender of the
        one person named in its sentence before it (or in the sentence before, if its
        own names none); one that opens a clause ("He said …") is resolved and becomes
        a mention of its person, so that later pronouns can follow the chain."""
        for lo, hi in paragraphs:
            for m in _PRONOUN.finditer(self.text, lo, hi):
                pos = m.start()
                if self._inside_quote(pos):
                    continue
                word = m.group().casefold()
                alone = self._only_person_before(pos)
                if alone is not None:
                    e = self.entities[alone]
                    if GENDERED[word] == "m":
                        e.he += 1
                    else:
                        e.she += 1
                if word in ("he", "she") and self._opens_clause(pos):
                    res = pronouns.resolve(self, word, pos, speaker=False)
                    if res.entity is not None:
                        self._chains.append(
                            Mention(pos, m.end(), res.entity, True, self.sentence_of(pos), False)
                        )
                        self._chain_positions.append(pos)

    def _only_person_before(self, pos: int) -> int | None:
        """The one person named in the sentence before ``pos`` (or the one before that).

        Read while the index is built (no speaker's mention yet): the names and the
        chains are walked back from ``pos`` side by side, the nearest first, without
        gathering them (one call a pronoun, so it stays cheap)."""
        s = self.sentence_of(pos)
        names, chains, entities = self.mentions, self._chains, self.entities
        i = bisect.bisect_left(self._positions, pos) - 1
        j = bisect.bisect_left(self._chain_positions, pos) - 1 if chains else -1
        people: set[int] = set()
        sentence = None
        for _ in range(12):
            if j < 0 or (i >= 0 and names[i].start >= chains[j].start):
                if i < 0:
                    break
                mention = names[i]
                i -= 1
            else:
                mention = chains[j]
                j -= 1
            if (
                len(people) >= 2
                or mention.sentence < s - 1
                or (sentence is not None and mention.sentence != sentence)
            ):
                break
            e = entities[mention.entity]
            if not mention.quoted and (e.person or e.likely) and not (e.org or e.group or e.document):
                people.add(mention.entity)
                sentence = mention.sentence
        return people.pop() if len(people) == 1 else None

    def recent(self, pos: int, reach: int = REACH) -> list[Mention]:
        """Up to ``reach`` mentions of any kind before ``pos``, the nearest first."""
        out: list[Mention] = []
        for mentions, positions in (
            (self.mentions, self._positions),
            (self._chains, self._chain_positions),
            (self._added, self._added_positions),
        ):
            if positions:  # chains and speakers' mentions are often none
                i = bisect.bisect_left(positions, pos)
                out.extend(mentions[max(0, i - reach) : i])
        out.sort(key=_START, reverse=True)
        return out[:reach]

    def _opens_clause(self, pos: int) -> bool:
        s = self.sentence_of(pos)
        lead = self.text[self._sentence_starts[s] : pos] if s >= 0 else ""
        if not lead.strip(" \t\"'“‘(—–-"):
            return True
        if lead.strip().rstrip(",") in (
            "But",
            "And",
            "So",
            "Yet",
            "Then",
            "Still",
            "Now",
            "Later",
            "Instead",
        ):
            return True
        return lead.endswith((", and ", "; ", ", but ", " — ", " and "))

    # -- reading --------------------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self._sentence_starts, pos) - 1

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The name mention that best fits ``start:end`` (overlapping it, closest in extent)."""
        found: Mention | None = None
        best = 1 << 62
        for mentions, positions in ((self.mentions, self._positions), (self._added, self._added_positions)):
            i = bisect.bisect_right(positions, end - 1) - 1
            while i >= 0:
                m = mentions[i]
                if m.start < start - 200:
                    break
                if m.start < end and m.end > start:
                    distance = abs(m.start - start) + abs(m.end - end)
                    if distance < best:
                        found, best = m, distance
                i -= 1
        return found

    def adopt(self, start: int, end: int) -> Mention | None:
        """Read a speaker's name the scan passed over (a lone word opening a sentence:
        "Hale said"): being a speaker is evidence enough."""
        run = _Run(start, self.text[start:end], self.sentence_of(start), False, False)
        if _lone_common(run.text):
            return None  # one common word names nobody
        before = len(self.mentions)
        self._read_run(run)
        added = self.mentions[before:]
        del self.mentions[before:]
        for mention in added:
            self._insert(mention)
        return min(added, key=lambda m: abs(m.start - start) + abs(m.end - end)) if added else None

    def add_mention(self, start: int, end: int, entity: int) -> None:
        """Record a resolved pronoun or description as a mention of ``entity`` (a subject)."""
        self._insert(Mention(start, end, entity, True, self.sentence_of(start), False))

    def _insert(self, mention: Mention) -> None:
        """Add a speaker's mention (near the end of its list, as quotes come in order)."""
        i = bisect.bisect_left(self._added_positions, mention.start)
        self._added.insert(i, mention)
        self._added_positions.insert(i, mention.start)

    def all_mentions(self) -> Iterator[Mention]:
        """Every mention of every entity: names, pronouns read into chains, speakers'."""
        return itertools.chain(self.mentions, self._chains, self._added)

    def tie(self, description: str, entity: int) -> None:
        """Tie a description to an entity ("Jane Doe, the spokeswoman for X")."""
        words = _description_words(description)
        if words:
            self.ties.append((frozenset(words), entity))
            self.entities[entity].add_role(description)


_START = operator.attrgetter("start")
#: After a name, a credit's slash ("Jane Doe / Reuters") or closing bracket ("(Jane Doe)").
_CREDIT_SLASH = ("/", " /", "  /")
_CLOSING = (")", " )", "  )")
_WORD = regex.compile(r"\S+")
_DETERMINERS = frozenset("the a an its his her their our one another".split())
_DESCRIPTION_WORD = regex.compile(r"[\p{L}'’\-]+")


@functools.lru_cache(maxsize=8192)
def _pieces(run: str) -> tuple[tuple[int, str], ...]:
    """A run cut after each word whose full stop ends a sentence ("Monday. Jane Doe"
    holds two runs: the second is a name opening its sentence), with where each starts."""
    if ". " not in run and ".\u00a0" not in run:
        return ((0, run),)
    out = []
    start = 0
    for m in _WORD.finditer(run):
        word = m.group()
        if word.endswith(".") and not (_INITIALS.fullmatch(word) or word in sentences.abbreviations()):
            rest = m.end()
            while rest < len(run) and run[rest].isspace():
                rest += 1
            if rest >= len(run):
                break
            out.append((start, run[start : m.end()]))
            start = rest
    out.append((start, run[start:]))
    return tuple(out)


def _role_before(text: str, begin: int, plain: bool = False) -> re.Match[str] | regex.Match[str] | None:
    """:data:`_ROLE_BEFORE` in the 40 characters before ``begin``. Its word holds no
    space, so the search starts after the last space before the name's own (the same
    match, found without trying every position of the window). ``plain``: the text is
    ASCII; else the window is looked at (its twin is several times faster)."""
    lo = max(0, begin - 40)
    space = text.rfind(" ", lo, begin - 1)
    lo = space + 1 if space >= 0 else lo
    pattern = _ASCII_ROLE_BEFORE if plain or twins.plain(text, lo, begin) else _ROLE_BEFORE
    return pattern.search(text, lo, begin)


def _description_words(description: str) -> list[str]:
    """The content words of a description, case folded ("the Russian president")."""
    return [w for w in _DESCRIPTION_WORD.findall(description.casefold()) if w not in _DETERMINERS]


def _same_person(known: Sequence[str], new: Sequence[str]) -> bool:
    """Do two multi-word names fit one person ("Vladimir V. Putin" and "Vladimir Putin")?"""
    if known[-1] != new[-1]:
        return False
    if len(known) == 1 or len(new) == 1:
        return True
    a, b = known[0], new[0]
    return a == b or (a.endswith(".") and b.startswith(a[:-1])) or (b.endswith(".") and a.startswith(b[:-1]))
