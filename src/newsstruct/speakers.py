"""Who said each quote: attribution patterns around the quote, carry-over from the
speaker's earlier quote, and resolution of the mention to a name.

Attribution rules, each named in :attr:`newsstruct.model.Quote.rule`:

* ``quote-speaker-cue``: “…,” Mr. Putin told Mr. Xi. / “…,” he said.
* ``quote-cue-speaker``: “…,” said Arthur Miller, a vice president.
* ``quote-appositive-cue``: “…,” Jane Doe, a spokeswoman for the ministry, said.
* ``quote-dash-speaker``: “…” — Jane Doe
* ``according-to``: “…,” according to the ministry. / According to X, “…”
* ``speaker-cue-quote``: Mr. Putin told Mr. Xi: “…” / She said, “…”
* ``sentence-cue``: He said the two countries were “defending …”
* ``clause-subject``: Xi Jinping addressed Mr. Putin as his “old friend”
* ``next-paragraph``: a quote paragraph followed by "X said."
* ``carry-over``: a quote with no cue of its own continues the last speaker's turn.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from newsstruct import lexicon, names, sentences
from newsstruct.model import QuoteKind, Span, Speaker
from newsstruct.people import People, Resolution
from newsstruct.quotes import Marked

#: Attribution windows: how far from a quote its speaker may stand (characters).
WINDOW = 220

_ADVERBS = (
    r"(?:also|later|then|further|again|recently|previously|earlier|once|has|had|have|would|will|"
    r"was|is|did|does|just|simply|quickly|reportedly|repeatedly|often|told|frequently|"
    r"recalled|added|continued|explained|wrote|publicly|privately|flatly|bluntly|simply)"
)


@functools.cache
def _cue_pattern() -> regex.Pattern[str]:
    verbs = lexicon.words("speech_verbs.txt") - {"according"}
    return regex.compile(r"\b(?:according\s+to|" + lexicon.alternation(verbs) + r")\b", regex.IGNORECASE)


@functools.cache
def _speaker_source() -> str:
    roles = lexicon.alternation(lexicon.words("role_nouns.txt"))
    titles = lexicon.alternation(lexicon.entries("titles.txt"))
    honorifics = lexicon.alternation(list(names.honorifics()))
    word = r"\p{Lu}[\p{L}\p{M}'’\-]*+"
    name = (
        rf"(?:(?:{titles})[ \t]+)?(?:(?:{honorifics})[ \t]+)?"
        rf"(?:{word}|\p{{Lu}}\.)(?:[ \t]+(?:{names.PARTICLE}[ \t]+)?(?:{word}|\p{{Lu}}\.)){{0,4}}"
    )
    determiner = r"(?:the|a|an|one|another|two|three|several|some|many|other|his|her|their|its|our)"
    description = (
        rf"(?:(?i:{determiner})[ \t]+)?(?:[\p{{L}}\p{{N}}'’\-]+[ \t]+){{0,4}}?(?i:{roles})\b"
        rf"(?:[ \t]+(?:of|for|at|with|from|in|to|on)[ \t]+(?:the[ \t]+)?[\p{{L}}'’\-.&]+"
        rf"(?:[ \t]+(?:of[ \t]+|and[ \t]+)?\p{{Lu}}[\p{{L}}'’\-.&]*){{0,5}})?"
    )
    pronoun = r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\b"
    return rf"(?P<pronoun>{pronoun})|(?P<name>{name})|(?P<description>{description})"


@functools.cache
def _before_cue() -> regex.Pattern[str]:
    """A speaker standing right before a cue verb (end of the searched window)."""
    return regex.compile(rf"(?:{_speaker_source()})(?:[ \t]+{_ADVERBS}){{0,3}}[ \t]*,?[ \t]*$")


@functools.cache
def _after_cue() -> regex.Pattern[str]:
    """A speaker standing right after a cue verb ("said Jane Doe")."""
    return regex.compile(rf"[ \t]+(?:{_speaker_source()})")


@functools.cache
def _leading_name() -> regex.Pattern[str]:
    """A speaker opening the text after a quote, followed by an appositive and a comma."""
    return regex.compile(rf"\s*,?\s*(?:{_speaker_source()}),[ \t]+(?P<appositive>[^“”\"«»]{{2,140}}?),[ \t]*")


_DASH = regex.compile(r"\s*(?:—|–|--|―)\s*")
_LEAD = regex.compile(r"\s*[,—–\-]?\s*")


@attrs.frozen(slots=True)
class Attribution:
    """Where a quote's speaker and cue stand, and which rule found them."""

    speaker: tuple[int, int, str] | None  # (start, end, kind: pronoun|name|description)
    cue: tuple[int, int] | None
    rule: str
    direct: bool  # the pattern marks a full utterance (not a fragment)


def _speaker_of(m: regex.Match[str], offset: int = 0) -> tuple[int, int, str]:
    for kind in ("pronoun", "name", "description"):
        if m.group(kind) is not None:
            s, e = m.span(kind)
            return (s + offset, e + offset, kind)
    raise AssertionError("speaker pattern matched no alternative")


def _after_quote(text: str, q: Marked, hi: int) -> Attribution | None:
    """Attribution in the text that follows the closing mark."""
    start = q.close_end
    if text[q.end - 1] == "." and regex.match(r"\s+[\p{Lu}“\"]", text[start : start + 3]):
        return None  # “… countries.” He said …: the quote ended its sentence
    end = min(hi, start + WINDOW, sentences.sentence_end(text, start, hi))
    lead = _LEAD.match(text, start, end)
    pos = lead.end() if lead else start
    dash = _DASH.match(text, start, end)
    cue = _cue_pattern().search(text, pos, end)
    if cue is not None:
        nxt = _next_open(text, start, cue.start())
        if nxt is not None:
            cue = None
    if cue is not None and cue.start() == pos:
        m = _after_cue().match(text, cue.end(), end)
        if m is not None:
            rule = "according-to" if cue.group().casefold().startswith("according") else "quote-cue-speaker"
            return Attribution(_speaker_of(m), cue.span(), rule, True)
        return None
    if cue is not None:
        between = text[pos : cue.start()]
        if cue.group().casefold().startswith("according"):
            m = _after_cue().match(text, cue.end(), end)
            if m is not None and not between.strip(" ,"):
                return Attribution(_speaker_of(m), cue.span(), "according-to", True)
        lead_name = _leading_name().match(text, pos, cue.start() + 1)
        if lead_name is not None and lead_name.end() == cue.start():
            return Attribution(_speaker_of(lead_name), cue.span(), "quote-appositive-cue", True)
        m = _before_cue().search(between)
        if m is not None and len(between[: m.start()].split()) <= 6 and "," not in between[: m.start()]:
            return Attribution(_speaker_of(m, pos), cue.span(), "quote-speaker-cue", True)
    if dash is not None:
        m = regex.match(rf"(?:{_speaker_source()})", text[dash.end() : end])
        if m is not None and m.group("name"):
            return Attribution(_speaker_of(m, dash.end()), None, "quote-dash-speaker", True)
    return None


def _next_open(text: str, lo: int, hi: int) -> int | None:
    for i in range(lo, hi):
        if text[i] in '“„«"':
            return i
    return None


def _before_quote(text: str, q: Marked, lo: int) -> Attribution | None:
    """Attribution in the sentence before the opening mark."""
    start = max(lo, sentences.sentence_start(text, lo, q.open_at), q.open_at - WINDOW)
    end = q.open_at
    last_cue = None
    for cue in _cue_pattern().finditer(text, start, end):
        if _next_open(text, cue.end(), end) is None:
            last_cue = cue
    if last_cue is None:
        return None
    tail = text[last_cue.end() : end]
    if last_cue.group().casefold().startswith("according"):
        m = _after_cue().match(text, last_cue.end(), end)
        if m is not None:
            return Attribution(_speaker_of(m), last_cue.span(), "according-to", tail.rstrip().endswith(","))
        return None
    m = _before_cue().search(text[start : last_cue.start()])
    if m is None:
        return None
    speaker = _speaker_of(m, start)
    intro = tail.rstrip()
    direct = intro.endswith((":", ",")) and len(intro.split()) <= 8
    rule = "speaker-cue-quote" if direct or not intro.strip() else "sentence-cue"
    return Attribution(speaker, last_cue.span(), rule, direct)


_CLAUSE = regex.compile(r",[\"”’']?\s+(?:and|but|while|as)\s+|;\s+|\s+—\s+")


@functools.cache
def _subject() -> regex.Pattern[str]:
    """A speaker opening a clause and followed by its (lower-case) verb."""
    intro = r"(?:(?:But|And|So|Yet|Still|Then|Now|Instead)[ \t]+)?"
    return regex.compile(rf"{intro}(?:{_speaker_source()})(?=[ \t,]+\p{{Ll}})")


def _clause_subject(text: str, q: Marked, lo: int) -> Attribution | None:
    """The subject opening the clause that holds a fragment quote."""
    start = sentences.sentence_start(text, lo, q.open_at)
    starts = [start] + [m.end() for m in _CLAUSE.finditer(text, start, q.open_at)]
    for s in reversed(starts):
        m = _subject().match(text, s, q.open_at)
        if m is not None:
            return Attribution(_speaker_of(m), None, "clause-subject", False)
    return None


def _next_paragraph(text: str, q: Marked, paragraphs: Sequence[tuple[int, int]]) -> Attribution | None:
    """A quote paragraph followed by a short paragraph such as "Jane Doe said."."""
    index = q.last_paragraph + 1
    if index >= len(paragraphs):
        return None
    lo, hi = paragraphs[index]
    if hi - lo > 120:
        return None
    cue = _cue_pattern().search(text, lo, hi)
    if cue is None:
        return None
    m = _before_cue().search(text[lo : cue.start()])
    if m is None or m.start() != 0:
        return None
    return Attribution(_speaker_of(m, lo), cue.span(), "next-paragraph", True)


@attrs.frozen(slots=True)
class Attributed:
    """A quote with its kind, speaker and cue, ready for the model."""

    marked: Marked
    kind: QuoteKind
    speaker: Speaker | None
    cue: Span | None
    rule: str


def _is_whole_paragraph(text: str, q: Marked, paragraphs: Sequence[tuple[int, int]]) -> bool:
    """Does the quote fill its paragraphs (nothing but spaces and stops around it)?"""
    lo = paragraphs[q.paragraph][0]
    hi = paragraphs[q.last_paragraph][1]
    return q.open_at - lo <= 2 and hi - q.close_end <= 3 and not text[q.close_end : hi].strip(" .,\t")


def _starts_utterance(text: str, q: Marked, lo: int) -> bool:
    """Content opens with a capital at a sentence start or after a colon."""
    first = text[q.start]
    if not (first.isupper() or first.isdigit() or first in "…."):
        return False
    before = text[max(lo, q.open_at - 8) : q.open_at].rstrip()
    if not before:
        return q.open_at - lo <= 8
    return before[-1] in '.!?:;—–-"”' or sentences.sentence_start(text, lo, q.open_at) >= q.open_at - 1


def attribute(text: str, paragraphs: Sequence[tuple[int, int]], marked: Sequence[Marked]) -> list[Attributed]:
    """Attribute every quote and resolve its speaker."""
    people = People(text, paragraphs)
    out: list[Attributed] = []
    last_by_paragraph: dict[int, Attributed] = {}
    for q in marked:
        lo = paragraphs[q.paragraph][0]
        hi = paragraphs[q.last_paragraph][1]
        words = len(text[q.start : q.end].split())
        whole = _is_whole_paragraph(text, q, paragraphs)
        found = _after_quote(text, q, hi) or _before_quote(text, q, lo)
        if found is None and whole:
            found = _next_paragraph(text, q, paragraphs)
        utterance = _starts_utterance(text, q, lo)
        if found is None and not utterance and words >= 2:
            found = _clause_subject(text, q, lo)
        direct = whole or utterance or (found is not None and found.direct)
        kind: QuoteKind = "direct" if direct else "partial"
        if whole and found is None and words >= 40:
            kind = "block"
        speaker = None
        cue = (
            Span(found.cue[0], found.cue[1], text[found.cue[0] : found.cue[1]])
            if found and found.cue
            else None
        )
        rule = found.rule if found else ""
        if found is not None and found.speaker is not None:
            speaker = _resolve(text, people, found.speaker, q)
        elif direct:
            previous = last_by_paragraph.get(q.paragraph) or (
                last_by_paragraph.get(q.paragraph - 1) if whole else None
            )
            if previous is not None and previous.speaker is not None:
                speaker, cue, rule = previous.speaker, previous.cue, "carry-over"
        item = Attributed(q, kind, speaker, cue, rule)
        out.append(item)
        if speaker is not None:
            for p in range(q.paragraph, q.last_paragraph + 1):
                last_by_paragraph[p] = item
    return out


def _resolve(text: str, people: People, found: tuple[int, int, str], q: Marked) -> Speaker:
    start, end, kind = found
    mention = text[start:end]
    if kind == "pronoun":
        res = people.resolve_pronoun(mention, start)
    elif kind == "name":
        res = people.resolve_name(start, end)
        if res.name is None:
            res = Resolution(mention, "name")
        else:
            m = people.mention_at(start, end)
            if m is not None:
                people.mark_subject(m)
    else:
        res = people.resolve_description(mention, start)
    return Speaker(start, end, mention, res.name, res.rule)
