"""What an article says about the people, organisations and groups it names: each
entity's type, number, gender and roles, with the evidence that set them.

The sieves that link mentions to entities (:mod:`newsstruct.quotes.people`,
:mod:`newsstruct.quotes.sieves`) link only where these attributes agree: "he" and
"she" reach persons, "it" organisations and documents, "they" groups and
organisations, "the company" an organisation, "the spokeswoman" a woman or a person
of unknown gender. An entity of unknown type or gender agrees with more mentions but
ranks below one whose attributes the text vouches for.

Evidence, each kind counted where it is read:

* person: an honorific or title, a known given name, an age ("Hale, 73,"), a role
  ("Ana Ruiz, a pollster,", "pollster Ana Ruiz"), "who" after the name, a he or she
  that can only refer back to it;
* organisation: an organisation word or a corporate suffix in the name ("Acme
  Widgets Inc."), an acronym of a named body, "which" after the name, "the company"
  or "it" resolved to it;
* gender: the honorific or given name, else the pronouns that refer back to the
  entity unambiguously, counted, so that one stray pronoun does not flip it.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import attrs

from newsstruct.text import lexicon

PERSON = "person"
ORGANISATION = "organisation"
GROUP = "group"
DOCUMENT = "document"

#: Pronouns that say a quote, by what they may refer to.
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f"}
GENDERED["herself"] = "f"
NEUTER = frozenset(("it", "its"))
PLURAL = frozenset(("they", "them", "their", "we", "our", "us"))


@functools.cache
def org_suffixes() -> frozenset[str]:
    """Last words that make a name a body ("Inc.", "Ltd", "Holdings")."""
    return frozenset(w.rstrip(".") for w in lexicon.words("org_suffixes.txt"))


@functools.cache
def org_nouns() -> frozenset[str]:
    """Nouns that head a description of an organisation ("the company", "the retailer")."""
    return lexicon.words("org_nouns.txt") | lexicon.words("org_words.txt")


@functools.cache
def gendered_nouns() -> dict[str, str]:
    """Nouns that say their person's gender ("spokeswoman" f, "father" m)."""
    return {row[0].casefold(): row[1] for row in lexicon.table("gendered_nouns.tsv")}


@functools.cache
def documents() -> frozenset[str]:
    return lexicon.words("document_nouns.txt")


def noun_gender(noun: str) -> str:
    """The gender a description's head says ("-" when none): listed, or by its ending
    ("spokeswoman", "congressman")."""
    if noun.endswith(("woman", "women")):
        return "f"
    if noun.endswith(("man", "men")) and len(noun) > 4 and not noun.endswith(("human", "humen")):
        return "m"
    return gendered_nouns().get(noun, "-")


#: How many pronouns of the other gender overrule a given name (see :meth:`Entity.sex`).
VOTES_AGAINST_GIVEN_NAME = 3


@attrs.define(slots=True)
class Entity:
    """A person, organisation, group or document the article names, with the evidence
    the text gives of what it is.

    ``person``: evidence of a person (see the module's list); ``likely``: only the name's
    shape says person (two or three words the article never writes in lower case, or
    it speaks a quote) — such an entity may be "he" or "she" but ranks below one with
    evidence. ``org``: evidence of an organisation. ``he``/``she``: how many pronouns
    referred back to it unambiguously. ``roles``: the descriptions the text ties to it.
    """

    tokens: list[str]
    gender: str = "-"
    org: bool = False
    person: bool = False
    group: bool = False
    likely: bool = False
    document: bool = False
    he: int = 0
    she: int = 0
    roles: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    given: str = "-"

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    @property
    def kind(self) -> str | None:
        """The entity's type, or None when the text gives no evidence either way."""
        if self.group:
            return GROUP
        if self.org:
            return ORGANISATION
        if self.document:
            return DOCUMENT
        if self.person or self.sex() != "-":
            return PERSON
        return None

    def sex(self) -> str:
        """ "m", "f" or "-": the honorific; else the given name, unless the pronouns
        that referred back to it clearly say otherwise ("Morgan", "Jordan" and "Alex"
        are given to both: at least :data:`VOTES_AGAINST_GIVEN_NAME` of them and more
        than twice as many as agree); else a clear majority of those pronouns (one
        stray vote flips nothing)."""
        if self.gender != "-":
            return self.gender
        he, she = self.he, self.she
        if self.given in ("m", "f"):
            agree, against = (he, she) if self.given == "m" else (she, he)
            if against >= VOTES_AGAINST_GIVEN_NAME and against > 2 * agree:
                return "f" if self.given == "m" else "m"
            return self.given
        if he > 2 * she:
            return "m"
        if she > 2 * he:
            return "f"
        return "-"

    def personal(self) -> bool:
        """May the entity be a person (no evidence against it, some for it)?"""
        return (self.person or self.likely) and not (self.org or self.group or self.document)

    def agrees(self, want: str | None) -> bool:
        """May "he" (``want`` "m") or "she" ("f") refer to this entity?"""
        return self.personal() and (want is None or self.sex() in ("-", want))

    def tier(self, want: str | None) -> int:
        """How well a gendered pronoun fits: 2 the gender is known and agrees, 1 a person
        of unknown gender, 0 only the name's shape says person."""
        if want is not None and self.sex() == want:
            return 2
        return 1 if self.person else 0

    def add_evidence(self, what: str) -> None:
        """Note a piece of evidence (each kind once, a few kinds an entity)."""
        if what not in self.evidence and len(self.evidence) < 12:
            self.evidence += (what,)

    def add_role(self, role: str) -> None:
        role = " ".join(role.split())
        if role and role not in self.roles and len(self.roles) < 12:
            self.roles += (role,)


def initials(tokens: list[str]) -> str:
    """The acronym a body's name makes ("Canadian Broadcasting Corporation" → "CBC")."""
    return "".join(
        t[0] for t in tokens if t[:1].isupper() and t.casefold() not in ("of", "and", "the", "for")
    )


def is_acronym(word: str) -> bool:
    """A word of two to six capitals ("IRCC", "NATO"), as bodies are shortened."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


class Mention(NamedTuple):
    """Where an entity is named: its sentence, whether it opens a clause there
    (``subject``), and whether it stands inside a quotation or a credit in brackets
    ("(Jane Doe/Reuters)"), where no pronoun looks for it (``quoted``). A named tuple,
    as one is made for every name the article writes."""

    start: int
    end: int
    entity: int
    subject: bool
    sentence: int = 0
    quoted: bool = False


class Resolution(NamedTuple):
    """The name a mention resolves to, the rule that resolved it and its entity."""

    name: str | None
    rule: str
    entity: int | None = None
