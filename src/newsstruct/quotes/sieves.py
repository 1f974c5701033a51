"""A speaker's mention linked to an entity of the article, by sieves from the most
precise to the least, each linking only where the entity's attributes agree
(:mod:`newsstruct.quotes.entities`), and the entities as the model gives them.

Sieves, each named in :attr:`newsstruct.model.Speaker.rule`:

* ``name``: a name of several words is the entity of that full name;
* ``surname`` / ``first-name``: one word (after an honorific or not) is the one
  entity whose name ends (or begins) with it and whose gender agrees (see
  :func:`newsstruct.quotes.pronouns.resolve` for the order of ties);
* ``acronym``: "IRCC" is the named body whose initials it spells;
* ``organisation``: a named body speaks as itself; "the company", "the ministry" is
  the body the article names, the one whose name holds the word first;
* ``description``: "the spokeswoman" is the person the article ties that description
  to, else the nearest person named before it whose gender agrees;
* ``pronoun``: he and she are persons, it an organisation or document, they a group,
  an organisation or two people named together (see
  :func:`~newsstruct.quotes.pronouns.resolve`);
* ``unresolved``: nothing agrees; the speaker keeps its mention and names no one.
"""

from __future__ import annotations

from typing import Literal

from newsstruct import model
from newsstruct.quotes import phrases, pronouns
from newsstruct.quotes.entities import (
    DOCUMENT,
    GROUP,
    ORGANISATION,
    PERSON,
    Entity,
    Mention,
    Resolution,
    documents,
    is_acronym,
    noun_gender,
    org_nouns,
)
from newsstruct.quotes.people import People, _description_words
from newsstruct.quotes.pronouns import SENTENCES_BACK

_UNRESOLVED = Resolution(None, "unresolved")
_INDEFINITE = ("a ", "an ", "one ", "another ", "some ", "two ", "three ")
_PLURAL_PEOPLE = frozenset(("people", "police", "spokespeople", "staff", "folks", "crowd", "public"))


def resolve(people: People, start: int, end: int, kind: str) -> Resolution:
    """Link the mention ``start:end`` of a speaker (``kind`` as :class:`phrases.Phrase`
    gives it) to an entity, or to no one."""
    mention = people.text[start:end]
    if kind == "pronoun":
        return pronouns.resolve(people, mention, start)
    if kind in ("name", "group"):
        return resolve_name(people, start, end)
    if _owned_writing(mention):
        # "her statement said": the writer speaks
        return pronouns.resolve(people, mention.split()[0], start, speaker=False)
    return resolve_description(people, mention, start)


def _owned_writing(description: str) -> bool:
    words = description.casefold().split()
    return len(words) >= 2 and words[0] in ("his", "her", "their") and words[-1] in phrases.documents()


def resolve_name(people: People, start: int, end: int) -> Resolution:
    """A name: the entity the people index linked it to (its sieves run as the names
    are read), or the body an acronym abbreviates."""
    mention = people.mention_at(start, end) or people.adopt(start, end)
    if mention is None:
        body = people.acronym(people.text[start:end])
        if body is None:
            return _UNRESOLVED
        people.add_mention(start, end, body)
        return Resolution(people.entities[body].name, "acronym", body)
    e = people.entities[mention.entity]
    if e.org:
        shortened = len(e.tokens) > 1 and is_acronym(people.text[start:end])
        return Resolution(e.name, "acronym" if shortened else "organisation", mention.entity)
    if e.group:
        return Resolution(e.name, "name", mention.entity)
    if not e.person:
        e.likely = True  # a speaker is likely a person, but that is no evidence of one
    words = people.text[mention.start : mention.end].split()
    if len(words) > 1:
        rule = "name"
    elif len(e.tokens) > 1 and words[0] == e.tokens[0] and words[0] != e.tokens[-1]:
        rule = "first-name"
    else:
        rule = "surname"
    return Resolution(e.name, rule, mention.entity)


def head_kind(head: str) -> str:
    """What a description's head noun describes: an organisation ("company"), a
    document ("statement"), several people ("officials") or a person."""
    if head in org_nouns():
        return ORGANISATION
    if head in documents():
        return DOCUMENT
    if (
        head in _PLURAL_PEOPLE
        or head.endswith(("men", "women"))
        or (head.endswith("s") and not head.endswith(("ss", "us", "is")))
    ):
        return GROUP
    return PERSON


def _fits(e: Entity, kind: str, gender: str) -> bool:
    """Does the entity agree with a description of this kind and gender?"""
    if kind == ORGANISATION:
        return e.org or e.kind is None
    if kind == GROUP:
        return e.group or e.org
    if kind == DOCUMENT:
        return True
    return e.personal() and (gender == "-" or e.sex() in ("-", gender))


def resolve_description(people: People, description: str, pos: int) -> Resolution:
    """A definite description: the entity the text ties it to, whose type and gender
    agree with its head (all the description's words among the tie's: "the Russian
    president" is not the one tied to "president" alone); else, for a body ("the
    company"), the body named nearest before it, one whose name holds the word first;
    for a person ("the Kentucky Republican"), the person named nearest before it whose
    gender agrees, the subject of an earlier sentence first. A
    description of several people, of someone's ("his colleague"), or of someone the
    text describes without naming, resolves to no one."""
    words = _description_words(description)
    if not words:
        return _UNRESOLVED
    head = words[-1]
    kind = head_kind(head)
    gender = noun_gender(head)
    wanted = frozenset(words)
    for tied, n in reversed(people.ties):
        if wanted <= tied and _fits(people.entities[n], kind, gender):
            e = people.entities[n]
            return Resolution(e.name, "organisation" if e.org else "description", n)
    if description.casefold().startswith(_INDEFINITE) or kind == GROUP:
        return _UNRESOLVED
    recent = _before(people, pos)
    if kind == ORGANISATION:
        # "her office", "his campaign": a body of the person's own, not one named
        # "the company": the body named before; "the Clinton campaign", "her office":
        # a body of someone's, not one the article names
        definite = description.casefold().startswith("the ") and not any(
            w[:1].isupper() for w in description.split()[1:]
        )
        return _body(people, recent, head, definite)
    if _unnamed(people, head, pos) or _someones(description):
        # "his colleague", "Trayvon's father": someone of theirs, whom no name ties to
        return _UNRESOLVED
    chosen: Mention | None = None
    here = people.sentence_of(pos)
    for m in recent:
        if _fits(people.entities[m.entity], PERSON if kind == DOCUMENT else kind, gender):
            if chosen is None:
                chosen = m
            elif m.sentence != chosen.sentence:
                break
            if m.subject and not chosen.subject and m.sentence != here:
                # the subject of the nearest earlier sentence that names someone; in
                # its own sentence, a description names another than the subject
                # ("X addressed Y, and the Russian president called …")
                chosen = m
    if chosen is None:
        return _UNRESOLVED
    return Resolution(people.entities[chosen.entity].name, "description", chosen.entity)


_POSSESSIVES = ("his ", "her ", "their ", "its ", "our ", "my ", "your ")


def _someones(description: str) -> bool:
    """Does the description say whose the person is ("his aide", "Ms. Merkel's
    spokesman")? It then describes someone related to the one named, not that one."""
    return description.casefold().startswith(_POSSESSIVES) or "'s " in description or "’s " in description


def _unnamed(people: People, head: str, pos: int) -> bool:
    """Was someone described by ``head`` just before, with no name given ("The
    justice official told reporters …. “…,” the official said")?"""
    window = people.text[max(0, pos - 600) : max(0, pos - 1)].casefold()
    at = window.rfind(" " + head)
    while at >= 0:
        after = window[at + 1 + len(head) : at + 1 + len(head) + 3]
        if not after[:1].isalpha() or after.startswith("s "):
            lead = window[max(0, at - 40) : at].split()
            if any(w in ("the", "a", "an", "one") for w in lead[-4:]):
                original = people.text[max(0, pos - 600) : max(0, pos - 1)]
                rest = original[at + 1 + len(head) :].lstrip(" ,")
                if not rest[:1].isupper():
                    return True
        at = window.rfind(" " + head, 0, at)
    return False


def _before(people: People, pos: int) -> list[Mention]:
    """The mentions outside quotations in the sentences a description looks back over,
    the nearest first."""
    here = people.sentence_of(pos)
    out = []
    for m in people.recent(pos):
        if m.sentence < here - SENTENCES_BACK:
            break
        if not m.quoted and m.start < pos:
            out.append(m)
    return out


def _body(people: People, recent: list[Mention], head: str, definite: bool) -> Resolution:
    """ "The company said": a body named before, the nearest whose name holds the word,
    else (for "the …" with no name of its own in it) the nearest body that was the
    subject of its sentence."""
    entities = people.entities
    for m in recent:
        e = entities[m.entity]
        if e.org and head in (t.casefold() for t in e.tokens):
            return Resolution(e.name, "organisation", m.entity)
    if not definite:
        return _UNRESOLVED
    for m in recent:
        if m.subject and entities[m.entity].org:
            return Resolution(entities[m.entity].name, "organisation", m.entity)
    return _UNRESOLVED


_TYPES: dict[str | None, model.EntityType | None] = {t: t for t in model.ENTITY_TYPES}
_GENDERS: dict[str, Literal["m", "f"]] = {"m": "m", "f": "f"}


def entity_id(index: int) -> str:
    """The id the model gives the index's entity ``index``."""
    return f"e{index + 1}"


def entity_index(ident: str) -> int:
    """The index's entity that :func:`entity_id` gave ``ident``."""
    return int(ident[1:]) - 1


def export(people: People, spoken: set[int]) -> tuple[model.Entity, ...]:
    """The index's entities as the model gives them, each with all its mentions: those
    the text gives evidence of a type for, and those that speak (``spoken``). A
    capitalised name with no evidence at all ("Europe", "Olympic") is left out: nothing
    says it is a person, a body or a group."""
    text = people.text
    entities = people.entities
    spans: list[list[tuple[int, int]] | None] = [
        [] if n in spoken or e.kind is not None else None for n, e in enumerate(entities)
    ]
    for m in people.all_mentions():
        where = spans[m.entity]
        if where is not None:
            where.append((m.start, m.end))
    out = []
    span = model.Span
    for n, e in enumerate(entities):
        where = spans[n]
        if not where:
            continue
        if len(where) > 1:
            where = sorted(set(where))  # a speaker's mention may be recorded twice
        kind = e.kind
        out.append(
            model.Entity(
                entity_id(n),
                e.name,
                _TYPES.get(kind),
                _GENDERS.get(e.sex()) if kind in (PERSON, None) else None,
                [span(a, b, text[a:b]) for a, b in where],
                e.roles,
                e.evidence,
            )
        )
    return tuple(out)
