"""Speakers as entities: properties of the sieves on articles built from parts (people
from :func:`newsstruct.testing.people`, invented bodies, plain filler sentences), and
the entity records of the model and the contract."""

from __future__ import annotations

import json

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

import newsstruct
from newsstruct.contract import problems
from newsstruct.model import Article, Entity, Span
from newsstruct.quotes.name_shapes import _is_title, _not_names
from newsstruct.quotes.pronouns import SENTENCES_BACK
from newsstruct.testing import Person, people, sentences

HEADLINE = "Council Reviews Harbor Plan"
#: Invented words for the names of bodies (no given name, no English word).
BRANDS = "Acme Northwind Zentrix Bluevale Quorra Halvex Tarsen Morvik Olvane Brixel".split()
SUFFIXES = ("Inc.", "Ltd.", "Holdings", "Group", "Corp.")
PLACES_AND_BODIES = ("Vancouver", "Toronto", "Acme", "Ohio", "Northwind")
DOINGS = ("cut 200 jobs on Monday", "opened a new plant", "reviewed the harbor plan", "raised prices")


@st.composite
def bodies(draw: st.DrawFn) -> str:
    """An organisation's name with the evidence of a corporate suffix ("Acme Zentrix Inc.")."""
    a, b = draw(st.lists(st.sampled_from(BRANDS), min_size=2, max_size=2, unique=True))
    return f"{a} {b} {draw(st.sampled_from(SUFFIXES))}"


def _article(*paragraphs: str) -> tuple[str, Article]:
    text = "\n\n".join((HEADLINE, *paragraphs))
    return text, newsstruct.parse(text)


def _speaker_of(article: Article, content: str) -> newsstruct.Speaker | None:
    found = [q for q in article.quotes if q.text.startswith(content)]
    assert len(found) == 1, [q.text for q in article.quotes]
    return found[0].speaker


def _plain(name: str) -> str:
    return name.rstrip(".")


@given(bodies(), st.lists(people(), max_size=2), st.sampled_from(("he", "she")), st.sampled_from(DOINGS))
def test_an_organisation_is_never_the_antecedent_of_he_or_she(
    body: str, named: list[Person], pronoun: str, doing: str
) -> None:
    intro = " ".join(f"{p.name} spoke on Monday." for p in named)
    text, article = _article(f"{intro} {body} {doing}.".strip(), f"“We had no choice,” {pronoun} said.")
    speaker = _speaker_of(article, "We had no choice")
    assert speaker is not None and speaker.text == pronoun
    assert speaker.name != _plain(body)
    entities = {e.id: e for e in article.entities}
    if speaker.entity is not None:
        assert entities[speaker.entity].type == "person"
    assert problems(article, text) == []


@given(people(), people(), st.sampled_from(("last", "first")), st.integers(0, 3), st.data())
def test_a_name_given_in_full_then_shortened_resolves_to_the_full_name(
    person: Person, other: Person, form: str, filler: int, data: st.DataObject
) -> None:
    # two people who share no name word; a short form that is not also a common word
    # ("Will said" is ambiguous to any reader)
    assume(not {person.first, person.last} & {other.first, other.last})
    short = person.last if form == "last" else person.first
    assume(short.casefold() not in _not_names())
    between = " ".join(data.draw(sentences()) for _ in range(filler))
    _, article = _article(
        f"{person.name} reviewed the harbor plan on Monday. {other.name} opened the meeting.",
        f"{between} “The plan is sound,” {short} said.".strip(),
    )
    speaker = _speaker_of(article, "The plan is sound")
    assert speaker is not None and speaker.text == short
    assert speaker.name == person.name
    assert speaker.rule == ("surname" if form == "last" else "first-name")
    assert speaker.entity is not None
    entity = next(e for e in article.entities if e.id == speaker.entity)
    assert entity.name == person.name and entity.type == "person"


@given(st.lists(people(), min_size=1, max_size=3), bodies(), st.sampled_from(("m", "f")))
def test_a_pronoun_with_no_agreeing_entity_resolves_to_no_one(
    named: list[Person], body: str, gender: str
) -> None:
    # only people of one gender and a body: the other gender's pronoun agrees with none
    cast = [p for p in named if p.gender == gender]
    # a given name that is also a title ("Dean Okafor") leaves the gender unknown, and an
    # unknown gender agrees with either pronoun
    assume(cast and not any(_is_title((p.first, p.last), 0) for p in cast))
    pronoun = "she" if gender == "m" else "he"
    intro = " ".join(f"{p.name} spoke on Monday." for p in cast)
    _, article = _article(f"{intro} {body} raised prices.", f"“We had no choice,” {pronoun} said.")
    speaker = _speaker_of(article, "We had no choice")
    assert speaker is not None
    assert (speaker.name, speaker.entity, speaker.rule) == (None, None, "unresolved")


@given(st.lists(people(), min_size=2, max_size=2), st.sampled_from(("it", "they")))
def test_it_and_they_never_reach_a_lone_person(named: list[Person], pronoun: str) -> None:
    person = named[0]
    _, article = _article(f"{person.name} spoke on Monday.", f"“We had no choice,” {pronoun} said.")
    speaker = _speaker_of(article, "We had no choice")
    assert speaker is not None and speaker.name is None


@given(
    people(),
    people(),
    st.sampled_from(("pronoun", "last", "full")),
    st.sampled_from(("before", "after")),
    st.data(),
)
def test_an_unrelated_paragraph_far_from_a_quote_does_not_change_its_speaker(
    person: Person, other: Person, form: str, where: str, data: st.DataObject
) -> None:
    assume(not {person.first, person.last} & {other.first, other.last})
    mention = {"pronoun": person.pronoun, "last": person.last, "full": person.name}[form]
    filler = " ".join(data.draw(sentences()) for _ in range(SENTENCES_BACK + 1))
    paragraphs = [
        f"{person.name} reviewed the harbor plan on Monday.",
        f"“The plan is sound,” {mention} said.",
        filler,
    ]
    unrelated = f"{other.name} opened a bakery in the city. {other.name} sells bread there."
    grown = [unrelated, filler, *paragraphs] if where == "before" else [*paragraphs, unrelated]
    _, before = _article(*paragraphs)
    _, after = _article(*grown)
    a, b = _speaker_of(before, "The plan is sound"), _speaker_of(after, "The plan is sound")
    assert a is not None and b is not None
    assert (a.text, a.name, a.rule) == (b.text, b.name, b.rule)


def test_entities_carry_their_evidence_and_mentions() -> None:
    text, article = _article(
        "Ms. Ana Ruiz, a spokeswoman for Northwind Holdings, met reporters. "
        "Northwind Holdings cut 200 jobs on Monday.",
        "“We had no choice,” Ruiz said. “The plant will stay,” she said.",
    )
    by_name = {e.name: e for e in article.entities}
    ruiz, body = by_name["Ana Ruiz"], by_name["Northwind Holdings"]
    assert (ruiz.type, ruiz.gender) == ("person", "f")
    assert "a spokeswoman for Northwind Holdings" in ruiz.roles
    assert [m.text for m in ruiz.mentions] == ["Ms. Ana Ruiz", "Ruiz", "she"]
    assert (body.type, body.gender) == ("organisation", None)
    assert all(text[m.start : m.end] == m.text for e in article.entities for m in e.mentions)
    assert {q.speaker.entity for q in article.quotes if q.speaker} == {ruiz.id}


def test_the_company_is_the_body_named_before() -> None:
    _, article = _article(
        "Acme Zentrix Inc. cut 200 jobs on Monday.", "“We had no choice,” the company said."
    )
    speaker = _speaker_of(article, "We had no choice")
    assert speaker is not None and (speaker.name, speaker.rule) == ("Acme Zentrix Inc", "organisation")


def test_entities_go_through_json_and_the_contract_checker() -> None:
    text, article = _article("Ana Ruiz reviewed the plan.", "“It is sound,” Ruiz said.")
    data = json.loads(json.dumps(article.to_dict()))
    assert data["quotes"][0]["speaker"]["entity"] == data["entities"][0]["id"]
    assert Article.from_dict(data, source=text) == article
    broken = Entity("e9", "Ana Ruiz", "person", "f", [Span(0, 3, "xyz")])
    assert problems(attrs.evolve(article, entities=(broken,)), text) == [
        "entities[0].mentions[0]: text does not slice the source",
        "quotes[0].speaker: entity e1 is not among the entities",
    ]


@given(people(), people(), st.sampled_from(PLACES_AND_BODIES))
def test_a_given_name_yields_to_the_pronouns_of_the_text(subject: Person, other: Person, owner: str) -> None:
    """A given name says a gender only until the text's own pronouns clearly say the
    other ("Morgan", "Jordan" and "Alex" are given to both); one stray pronoun flips
    nothing."""
    assume(subject.last != other.last and other.gender == subject.gender)
    flipped = "she" if subject.gender == "m" else "he"
    possessive = "her" if flipped == "she" else "his"
    told = (
        f"{subject.name} found out {flipped} had won. {flipped.capitalize()} called {possessive} "
        f"family, and {flipped} thanked {possessive} team in {owner}."
    )
    _, article = _article(told, f"{other.name} spoke on Monday.", f"“It was a long road,” {flipped} said.")
    speaker = _speaker_of(article, "It was a long road")
    assert speaker is not None and speaker.name == subject.name

    _, article = _article(
        f"{subject.name} spoke first. Then {flipped} left.",
        f"{other.name} spoke on Monday.",
        f"“It was a long road,” {subject.pronoun} said.",
    )
    speaker = _speaker_of(article, "It was a long road")
    assert speaker is not None and speaker.name == other.name  # one stray vote flips nothing


@given(people(), st.sampled_from(PLACES_AND_BODIES), st.sampled_from(("before", "after")))
def test_an_owner_in_the_possessive_is_not_part_of_the_speakers_name(
    speaker_person: Person, owner: str, where: str
) -> None:
    """ "Vancouver's Bo Horvat said", "said Apple's Tim Cook": the speaker is the person."""
    attribution = (
        f"“We played well,” {owner}'s {speaker_person.name} said."
        if where == "before"
        else f"“We played well,” said {owner}'s {speaker_person.name}."
    )
    _, article = _article(f"{owner}'s {speaker_person.name} spoke on Monday.", attribution)
    speaker = _speaker_of(article, "We played well")
    assert speaker is not None
    assert (speaker.text, speaker.name) == (speaker_person.name, speaker_person.name)
    assert speaker_person.name in {e.name for e in article.entities}


@given(people(), st.sampled_from(("Besides", "Despite", "Unlike", "Among", "Beyond")))
def test_a_preposition_opening_a_sentence_is_not_part_of_a_name(person: Person, opener: str) -> None:
    _, article = _article(
        f"{opener} {person.first}, the others stayed home.", f"“We won,” {person.first} said."
    )
    speaker = _speaker_of(article, "We won")
    assert speaker is not None and speaker.name == person.first


@given(people(), st.sampled_from("ABCDEFGHIJKLMNOPRSTUVWY"), st.sampled_from(("before", "after")))
def test_a_middle_initial_is_part_of_the_name(person: Person, initial: str, where: str) -> None:
    """ "Julia A. Diaz": an initial, even "A.", is no article and no common word."""
    full = f"{person.first} {initial}. {person.last}"
    attribution = f"“We won,” said {full}." if where == "after" else f"“We won,” {full} said."
    _, article = _article(f"{full} spoke on Monday.", attribution, f"“It was close,” {person.last} said.")
    first, second = (_speaker_of(article, content) for content in ("We won", "It was close"))
    assert first is not None and (first.text, first.name) == (full, full)
    assert second is not None and second.name == full
