"""The pronoun sieve, the last of the speakers' sieves: the entity a pronoun refers
to, among those named in the sentences before it, or no one where none agrees.

Agreement (:mod:`newsstruct.quotes.entities`): he and she reach persons whose gender
agrees (an unknown gender agrees with both), it organisations and documents, they and
we groups and organisations (two people named together are a group).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsstruct.quotes.entities import GENDERED, NEUTER, PLURAL, Mention, Resolution

if TYPE_CHECKING:
    from newsstruct.quotes.people import People

#: How many sentences back a pronoun looks for its entity.
SENTENCES_BACK = 6


def resolve(people: People, pronoun: str, pos: int, speaker: bool = True) -> Resolution:
    """The entity a pronoun before ``pos`` refers to, among those named in the
    :data:`SENTENCES_BACK` sentences before it, or no one where none agrees.

    he/she: a person whose gender agrees (an unknown gender agrees with both): the
    nearest sentence that names one, its subject first, a known agreeing gender before
    an unknown one. A name that only looks like a person's (no title, no known given
    name: "Babatunji Farinloye") is not ranked lower for it, as many people's given
    names are in no list; a body with evidence of being one never agrees. it: an
    organisation or document, else the nearest subject of unknown type; they/we: a
    group or organisation; the nearest first.

    A speaker's pronoun passes over the non-subjects of its own sentence ("Asked
    what he would tell Mayor Ann Berg, he said")."""
    word = pronoun.casefold()
    want = GENDERED.get(word)
    if want is None and word not in NEUTER and word not in PLURAL:
        return Resolution(None, "unresolved")  # "I", "you": the writer or the reader
    here = people.sentence_of(pos)
    best: Mention | None = None
    best_key: tuple[int, bool, int] | None = None
    unknown: Mention | None = None  # the nearest subject of unknown type, for "it"
    for m in people.recent(pos):
        if m.quoted or m.start >= pos:
            continue
        if m.sentence < here - SENTENCES_BACK:
            break
        if speaker and m.sentence == here and not m.subject:
            continue
        e = people.entities[m.entity]
        if want is None:
            if (e.org or e.document) if word in NEUTER else (e.org or e.group):
                return Resolution(e.name, "pronoun", m.entity)
            if unknown is None and m.subject and e.kind is None and not e.likely and len(e.tokens) > 1:
                unknown = m
            continue
        distance = here - m.sentence
        if best_key is not None and distance > best_key[0]:
            break  # the nearest sentence with a candidate has been weighed
        if not e.agrees(want):
            continue
        key = (distance, not m.subject, -e.tier(want))
        if best_key is None or key < best_key:
            best, best_key = m, key
    if best is not None:
        return Resolution(people.entities[best.entity].name, "pronoun", best.entity)
    if unknown is not None and word in NEUTER:
        # "Harbor Freight cut jobs. … it said": no body named, but a subject of no
        # known type, which "it" shows to be one (a name of several words that does not
        # even look like a person's: a lone surname with no evidence may be anyone's)
        e = people.entities[unknown.entity]
        e.org = True
        e.add_evidence("it")
        return Resolution(e.name, "pronoun", unknown.entity)
    return Resolution(None, "unresolved")
