"""Attribution patterns of issue 4, one table row each, with the rule that finds them.

Every example is written for the project. Each article is a headline, a paragraph that
introduces the people, and the paragraph under test.
"""

from __future__ import annotations

import pytest

import newsstruct

INTRO = (
    "Marta Okafor, the city's budget director, met Paul Lindqvist, a council member, on Monday. "
    "Ms. Okafor later spoke to reporters."
)

PATTERNS = [
    # (paragraph, speaker mention, resolved name, rule)
    ("“The numbers add up,” Ms. Okafor said.", "Ms. Okafor", "Marta Okafor", "quote-speaker-cue"),
    (
        "“The numbers add up,” said Paul Lindqvist, the council member.",
        "Paul Lindqvist",
        "Paul Lindqvist",
        "quote-cue-speaker",
    ),
    (
        "“The numbers add up,” said Lindqvist of the finance committee.",
        "Lindqvist",
        "Paul Lindqvist",
        "quote-cue-speaker",
    ),
    ("Okafor said: “The numbers add up.”", "Okafor", "Marta Okafor", "speaker-cue-quote"),
    ("Okafor said, “The numbers add up.”", "Okafor", "Marta Okafor", "speaker-cue-quote"),
    ("Okafor told reporters: “The numbers add up.”", "Okafor", "Marta Okafor", "speaker-cue-quote"),
    ("“The numbers add up” — Paul Lindqvist", "Paul Lindqvist", "Paul Lindqvist", "quote-dash-speaker"),
    (
        "“The numbers add up,” Paul Lindqvist, a member of the finance committee, said.",
        "Paul Lindqvist",
        "Paul Lindqvist",
        "quote-appositive-cue",
    ),
    ("According to Lindqvist, “the numbers add up.”", "Lindqvist", "Paul Lindqvist", "according-to"),
    ("“The numbers add up,” according to Lindqvist.", "Lindqvist", "Paul Lindqvist", "according-to"),
    ("“The numbers add up,” she later told reporters.", "she", "Marta Okafor", "quote-speaker-cue"),
    (
        "Okafor took to social media, writing: “The numbers add up.”",
        "Okafor",
        "Marta Okafor",
        "speaker-cue-quote",
    ),
    (
        "As Lindqvist, who chairs the committee, put it: “The numbers add up.”",
        "Lindqvist",
        "Paul Lindqvist",
        "speaker-cue-quote",
    ),
    (
        "Asked about the vote, Okafor smiled and said, “The numbers add up.”",
        "Okafor",
        "Marta Okafor",
        "speaker-cue-quote",
    ),
    (
        "“The numbers add up,” Sen. Paul Lindqvist (D-Ohio) said Tuesday.",
        "Sen. Paul Lindqvist",
        "Paul Lindqvist",
        "quote-speaker-cue",
    ),
    ("“Are the numbers right?” Lindqvist asked.", "Lindqvist", "Paul Lindqvist", "quote-speaker-cue"),
    (
        "“The numbers add up,” the budget director said.",
        "the budget director",
        "Marta Okafor",
        "quote-speaker-cue",
    ),
    ("“The numbers add up,” her statement said.", "her statement", "Marta Okafor", "quote-speaker-cue"),
    (
        "Said Lindqvist, a council member, “The numbers add up.”",
        "Lindqvist",
        "Paul Lindqvist",
        "cue-speaker-quote",
    ),
    # a verb and its object after the name, then the cue: the name is the subject
    (
        "Ms. Okafor shook her head and said, “The numbers add up.”",
        "Ms. Okafor",
        "Marta Okafor",
        "speaker-cue-quote",
    ),
    (
        "Lindqvist shared the figures on Monday, writing “The numbers add up.”",
        "Lindqvist",
        "Paul Lindqvist",
        "speaker-cue-quote",
    ),
]


@pytest.mark.parametrize(("paragraph", "mention", "name", "rule"), PATTERNS)
def test_attribution_pattern(paragraph: str, mention: str, name: str, rule: str) -> None:
    article = newsstruct.parse(f"Budget Vote Nears\n\n{INTRO}\n\n{paragraph}")
    assert len(article.quotes) == 1
    q = article.quotes[0]
    assert q.kind == "direct"
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name, q.rule) == (mention, name, rule)


def test_split_quote_keeps_its_speaker() -> None:
    text = f"Budget Vote Nears\n\n{INTRO}\n\n“The numbers,” said Lindqvist, “do add up.”"
    first, second = newsstruct.parse(text).quotes
    assert (first.rule, second.rule) == ("quote-cue-speaker", "split-quote")
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.name == second.speaker.name == "Paul Lindqvist"
    assert second.kind == "direct"


def test_quote_paragraph_then_said_paragraph() -> None:
    text = (
        f"Budget Vote Nears\n\n{INTRO}\n\n“The numbers add up and the vote can go ahead.”\n\nLindqvist said."
    )
    q = newsstruct.parse(text).quotes[0]
    assert (q.kind, q.rule) == ("block", "next-paragraph")
    assert q.speaker is not None and q.speaker.name == "Paul Lindqvist"


def test_a_paragraph_ending_in_a_colon_leads_into_the_quote() -> None:
    text = (
        f"Budget Vote Nears\n\n{INTRO}\n\nLindqvist continued:\n\n“The numbers add up, and so does the plan.”"
    )
    q = newsstruct.parse(text).quotes[0]
    assert q.rule == "lead-in"
    assert q.speaker is not None and q.speaker.name == "Paul Lindqvist"


def test_a_quote_paragraph_after_reported_speech() -> None:
    text = (
        f"Budget Vote Nears\n\n{INTRO}\n\n"
        "Lindqvist said the committee would meet again on Friday.\n\n"
        "“The numbers add up, and the council should vote.”"
    )
    q = newsstruct.parse(text).quotes[0]
    assert q.rule == "previous-paragraph"
    assert q.speaker is not None and q.speaker.name == "Paul Lindqvist"


def test_carry_over_within_and_across_paragraphs() -> None:
    text = (
        f"Budget Vote Nears\n\n{INTRO}\n\n"
        "“The numbers add up,” Lindqvist said. “The vote can go ahead.”\n\n"
        "“We have waited long enough.”\n\n"
        "The council will meet on Friday."
    )
    quotes = newsstruct.parse(text).quotes
    assert [q.rule for q in quotes] == ["quote-speaker-cue", "carry-over", "carry-over"]
    assert {q.speaker.name for q in quotes if q.speaker} == {"Paul Lindqvist"}


RESOLUTION = [
    # (intro, paragraph, resolved name)
    (
        "Vladimir V. Putin, the Russian president, met Xi Jinping.",
        "“We agree,” Mr. Putin said.",
        "Vladimir V. Putin",
    ),
    (
        "Vladimir V. Putin, the Russian president, met Xi Jinping.",
        "“We agree,” the Russian president said.",
        "Vladimir V. Putin",
    ),
    ("Darian Lonechild spoke first.", "“We agree,” Lonechild said.", "Darian Lonechild"),
    # honorifics tell gender
    ("Mr. Alan Reed met Ms. Carla Diaz.", "“We agree,” she said.", "Carla Diaz"),
    ("Ms. Carla Diaz met Mr. Alan Reed.", "“We agree,” he said.", "Alan Reed"),
    # given names tell gender
    ("Robert Kincaid met Susan Vance.", "“We agree,” she said.", "Susan Vance"),
    # the pronouns of the text tell gender when nothing else does
    (
        "Nkem Abara said her office was ready. Tomasz Wrobel said his was not.",
        "“We are not ready,” he said.",
        "Tomasz Wrobel",
    ),
    # they: a group named together, or an organisation
    (
        "Owners Tore Vik and Lena Abu said they respected the vote.",
        "“We respect it,” they said.",
        "Tore Vik and Lena Abu",
    ),
    (
        "The Ministry of Health issued new rules.",
        "“The rules stand,” the ministry said.",
        "Ministry of Health",
    ),
]


@pytest.mark.parametrize(("intro", "paragraph", "name"), RESOLUTION)
def test_resolution(intro: str, paragraph: str, name: str) -> None:
    article = newsstruct.parse(f"Talks Go On\n\n{intro}\n\n{paragraph}")
    q = article.quotes[0]
    assert q.speaker is not None
    assert q.speaker.name == name


NOT_SPEAKERS = [
    # a capitalised word that opens a sentence is not a person a pronoun can stand for
    (
        "Jane Okoro runs the clinic. Regular exercise helps her patients.",
        "“It works,” she said.",
        "Jane Okoro",
    ),
    # a name inside a quotation is not the antecedent of the pronoun after it
    ("Tom Hale ran the meeting.", "“Carl Brandt is wrong,” he said.", "Tom Hale"),
    # a credit in brackets is not an antecedent either
    ("Tom Hale ran the meeting. (Carl Brandt/Reuters)", "“It went well,” he said.", "Tom Hale"),
]


@pytest.mark.parametrize(("intro", "paragraph", "name"), NOT_SPEAKERS)
def test_words_that_are_not_the_speaker(intro: str, paragraph: str, name: str) -> None:
    q = newsstruct.parse(f"Clinic Opens\n\n{intro}\n\n{paragraph}").quotes[-1]
    assert q.speaker is not None and q.speaker.name == name


def test_a_verb_after_said_is_no_inverted_speaker() -> None:
    text = "Tax Plan\n\nTom Hale, citing “the math of it,” said the plan could work."
    q = newsstruct.parse(text).quotes[0]
    assert q.kind == "partial"
    assert q.speaker is not None and q.speaker.name == "Tom Hale"


KNOWN_FAILURES = [
    pytest.param(
        "Review Night\n\nThe hall was full.\n\n“Best show all year!” was the verdict of one happy fan.",
        "one happy fan",
        marks=pytest.mark.xfail(
            reason="an attribution through a copula ('was the verdict of') has no cue verb"
        ),
    ),
    pytest.param(
        "Poem Read\n\nAnna Berg read a poem.\n\n“The river knows my name,” the poem began.",
        "the poem",
        marks=pytest.mark.xfail(reason="'began' is no cue verb; adding it would attribute narration"),
    ),
]


@pytest.mark.parametrize(("text", "mention"), KNOWN_FAILURES)
def test_known_failures(text: str, mention: str) -> None:
    q = newsstruct.parse(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == mention
