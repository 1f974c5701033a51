"""Attribution patterns, carry-over, and resolving a mention to a person's name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct.testing import cue_verbs, sentences

INTRO = "Jane Doe, the city's mayor, spoke on Monday. John Roe also attended the event."

CASES = [
    # (paragraph, speaker mention, resolved name, rule)
    ("“The budget is balanced,” Jane Doe said.", "Jane Doe", "Jane Doe", "quote-speaker-cue"),
    ("“The budget is balanced,” said Jane Doe, the mayor.", "Jane Doe", "Jane Doe", "quote-cue-speaker"),
    ("“The budget is balanced,” Ms. Doe told reporters.", "Ms. Doe", "Jane Doe", "quote-speaker-cue"),
    ("“The budget is balanced,” Doe said.", "Doe", "Jane Doe", "quote-speaker-cue"),
    ("“The budget is balanced,” she said.", "she", "Jane Doe", "quote-speaker-cue"),
    ("“The budget is balanced,” the mayor said.", "the mayor", "Jane Doe", "quote-speaker-cue"),
    ("Jane Doe said: “The budget is balanced.”", "Jane Doe", "Jane Doe", "speaker-cue-quote"),
    ("Doe told reporters, “The budget is balanced.”", "Doe", "Jane Doe", "speaker-cue-quote"),
    (
        "“The budget is balanced,” John Roe, a spokesman for the council, said.",
        "John Roe",
        "John Roe",
        "quote-appositive-cue",
    ),
    ("According to Jane Doe, “the budget is balanced.”", "Jane Doe", "Jane Doe", "according-to"),
    ("“The budget is balanced,” according to Jane Doe.", "Jane Doe", "Jane Doe", "according-to"),
    ("“The budget is balanced” — Jane Doe", "Jane Doe", "Jane Doe", "quote-dash-speaker"),
]


@pytest.mark.parametrize(("paragraph", "mention", "name", "rule"), CASES)
def test_attribution_patterns(paragraph: str, mention: str, name: str, rule: str) -> None:
    text = f"City Budget Passes\n\n{INTRO}\n\n{paragraph}"
    article = newsstruct.parse(text)
    assert len(article.quotes) == 1
    q = article.quotes[0]
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name, q.rule) == (mention, name, rule)
    assert q.kind == "direct"


def test_carry_over_in_the_same_paragraph(seed: dict[str, object]) -> None:
    article = newsstruct.parse(str(seed["text"]))
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert [q.rule for q in direct] == ["quote-speaker-cue", "carry-over"]
    assert {q.speaker.name for q in direct if q.speaker} == {"Vladimir V. Putin"}


def test_carry_over_into_a_quote_paragraph() -> None:
    text = (
        "Vote Delayed\n\n"
        "“We need more time,” said Maria Lopez, the council's chair.\n\n"
        "“The numbers are not ready and the public deserves better.”\n\n"
        "The vote will be held next week."
    )
    article = newsstruct.parse(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Maria Lopez", "Maria Lopez"]
    assert article.quotes[1].rule == "carry-over"


def test_quote_paragraph_then_speaker_paragraph() -> None:
    text = "Vote Delayed\n\nThe council met.\n\n“We need more time to count every vote.”\n\nMaria Lopez said."
    article = newsstruct.parse(text)
    q = article.quotes[0]
    assert q.speaker is not None and q.speaker.name == "Maria Lopez"
    assert q.rule == "next-paragraph"


def test_pronoun_follows_the_latest_subject_of_its_gender() -> None:
    text = (
        "Talks Resume\n\n"
        "Mr. Alan Reed met Ms. Carla Diaz on Monday. She called the talks useful.\n\n"
        "“We made progress,” she said. “It will take time,” he said."
    )
    article = newsstruct.parse(text)
    names = [q.speaker.name if q.speaker else None for q in article.quotes]
    assert names == ["Carla Diaz", "Alan Reed"]


def test_surname_first_names_resolve(seed: dict[str, object]) -> None:
    article = newsstruct.parse(str(seed["text"]))
    xi = [q for q in article.quotes if q.speaker and q.speaker.text == "Mr. Xi"]
    assert xi and xi[0].speaker is not None and xi[0].speaker.name == "Xi Jinping"


def test_partial_quotes_take_the_clause_subject(seed: dict[str, object]) -> None:
    article = newsstruct.parse(str(seed["text"]))
    partial = {q.text: q for q in article.quotes if q.kind == "partial"}
    assert partial["old friend,"].speaker is not None
    assert partial["old friend,"].speaker.name == "Xi Jinping"
    assert partial["dear friend"].speaker is not None
    assert partial["dear friend"].speaker.text == "the Russian president"
    assert partial["dear friend"].speaker.name == "Vladimir V. Putin"


def test_scare_quotes_are_partial_with_no_speaker() -> None:
    text = "Film Review\n\nThe so-called “experts” were wrong about the film."
    article = newsstruct.parse(text)
    assert [(q.kind, q.speaker) for q in article.quotes] == [("partial", None)]


def test_a_mid_sentence_fragment_is_partial() -> None:
    text = "Summit Ends\n\nThe minister described the talks as “a waste of time” on Friday."
    article = newsstruct.parse(text)
    assert article.quotes[0].kind == "partial"


def _first_speaker_and_rule(paragraph: str) -> tuple[str, str]:
    """The first quote's speaker mention and rule, the paragraph under a headline and a
    sentence that names no one."""
    quote = newsstruct.parse(f"Vote Delayed\n\nThe council met on Monday.\n\n{paragraph}").quotes[0]
    assert quote.speaker is not None
    return quote.speaker.text, quote.rule


@given(
    content=sentences(),
    determiner=st.sampled_from(("the", "a", "one")),
    body=st.sampled_from(("committee", "conference", "board", "council", "campaign")),
    head=st.sampled_from(("chairmen", "speaker", "organizers", "staffers", "veterans")),
    cue=st.sampled_from(cue_verbs()),
)
def test_a_description_between_quote_and_cue_is_the_speaker(
    content: str, determiner: str, body: str, head: str, cue: str
) -> None:
    # "“…,” the committee chairmen wrote.": a body word, then the noun it describes
    mention = f"{determiner} {body} {head}"
    paragraph = f"“{content.rstrip('.')},” {mention} {cue}."
    assert _first_speaker_and_rule(paragraph) == (mention, "quote-speaker-cue")


@given(
    content=sentences(),
    count=st.sampled_from(
        ("Hundreds of", "Dozens of", "Small groups of", "About 200", "Some 40", "Thousands of")
    ),
    who=st.sampled_from(("nurses", "striking teachers", "angry farmers", "pro-union workers")),
    verb=st.sampled_from(("marched through the town", "gathered outside", "walked the streets")),
    cue=st.sampled_from(("chanting", "shouting", "saying,", "while chanting,")),
)
def test_a_crowd_counted_by_its_number_is_the_subject_of_a_participle(
    content: str, count: str, who: str, verb: str, cue: str
) -> None:
    # "Hundreds of nurses marched through the town, chanting “…”"
    crowd = f"{count} {who}"
    paragraph = f"{crowd} {verb}, {cue} “{content}”"
    assert _first_speaker_and_rule(paragraph) == (crowd, "speaker-cue-quote")


@pytest.mark.parametrize("opener", ["And then", "But later", "And also", "So then"])
def test_openers_before_the_subject_of_a_participle(opener: str) -> None:
    text = (
        "Strike Goes On\n\nMaria Lopez chairs the council.\n\n"
        f"{opener} Lopez went on the attack, saying, “Nobody reads these reports anyway.”"
    )
    quote = newsstruct.parse(text).quotes[0]
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == ("Lopez", "Maria Lopez")


@pytest.mark.parametrize("verb", ["pressed", "retaliated", "riffed", "beamed", "reacted", "cracked"])
def test_less_common_speech_verbs_are_cues(verb: str) -> None:
    # "“…?” Hannity pressed.", "“…,” an angry Hollande retaliated."
    text = (
        "Talks Resume\n\nMaria Lopez chairs the council.\n\n"
        f"“Would the plan survive a vote in the spring?” Lopez {verb}.\n\n"
        f"“The plan will survive any vote,” {verb} Maria Lopez."
    )
    quotes = newsstruct.parse(text).quotes
    assert [(q.speaker.text if q.speaker else None, q.rule) for q in quotes] == [
        ("Lopez", "quote-speaker-cue"),
        ("Maria Lopez", "quote-cue-speaker"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "mention", "rule"),
    [
        ("Jane Doe had a simple message: “Go home and vote.”", "Jane Doe", "speaker-colon-quote"),
        ("Jane Doe was far less upbeat: “We lost,” she recounted.", "she", "quote-speaker-cue"),
        ("The council had one answer: “No,” John Roe said.", "John Roe", "quote-speaker-cue"),
    ],
)
def test_a_cue_after_the_quote_outranks_a_colon_before_it(paragraph: str, mention: str, rule: str) -> None:
    """A colon names no verb of saying: where the quote is followed by "she recounted",
    that cue names the speaker; alone, the colon's subject does."""
    article = newsstruct.parse(f"City Budget Passes\n\n{INTRO}\n\n{paragraph}")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.rule) == (mention, rule)
