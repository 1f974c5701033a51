"""Who said each quote: attribution patterns around the quote, the quote's kind,
carry-over from the speaker's earlier quote, and resolution of the mention to a name.

Attribution rules, each named in :attr:`newsstruct.model.Quote.rule`:

* ``quote-speaker-cue``: “…,” Mr. Putin told Mr. Xi. / “…,” he said. / “…” the
  company said in a statement.
* ``quote-cue-speaker``: “…,” said Arthur Miller, a vice president.
* ``quote-appositive-cue``: “…,” Jane Doe, a spokeswoman for the ministry, said.
* ``quote-dash-speaker``: “…” — Jane Doe
* ``according-to``: “…,” according to the ministry. / According to X, “…”
* ``speaker-cue-quote``: Mr. Putin told Mr. Xi: “…” / She said, “…” / X took to
  Twitter, writing: “…”
* ``split-quote``: “…,” said X, “and …” (the second half of a quote cut by its cue)
* ``cue-speaker-quote``: Said Jane Doe, who grew up there, “…” (the cue opens the sentence)
* ``speaker-colon-quote``: Transcript of X's remarks: “…” (a colon, no cue verb)
* ``sentence-cue``: He said the two countries were “defending …”
* ``clause-subject``: Xi Jinping addressed Mr. Putin as his “old friend”
* ``next-paragraph``: a quote paragraph followed by "X said."
* ``lead-in``: "X continued:" closing the paragraph before the quote
* ``previous-paragraph``: a quote paragraph after one that reports what X said
* ``carry-over``: a quote with no cue of its own continues the last speaker's turn,
  in its paragraph or, for a paragraph that opens with a quote, the paragraph before.

The grammar of speakers and cues lives in :mod:`newsstruct.quotes.phrases`, the kinds in
:mod:`newsstruct.quotes.kinds`, the people in :mod:`newsstruct.quotes.people`. Every pattern reads a
bounded window (the sentence around the quote), so the cost stays linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from newsstruct.model import Entity, QuoteKind, Span, Speaker
from newsstruct.quotes import kinds, phrases, sieves
from newsstruct.quotes.entities import Resolution
from newsstruct.quotes.marks import Marked
from newsstruct.quotes.people import People
from newsstruct.quotes.phrases import Phrase
from newsstruct.text import sentences
from newsstruct.text.names import known_given_name
from newsstruct.text.tokens import Stretch, Tokens, tokenize

#: Attribution windows: how far from a quote its speaker may stand (characters).
WINDOW = 260
#: Most tokens between a cue and the quote it introduces ("told reporters on Tuesday:").
INTRO_TOKENS = 12
#: Most tokens between a quote and the cue that follows it ("…,” X, a …, said).
SPEAKER_TOKENS = 30
#: Longest paragraph read as "X said." after a quote paragraph.
SHORT_PARAGRAPH = 160
#: Rules that find the speaker on their own (not through a neighbouring quote).
_OWN = frozenset(
    "quote-speaker-cue quote-cue-speaker quote-appositive-cue quote-dash-speaker according-to "
    "speaker-cue-quote cue-speaker-quote split-quote speaker-colon-quote".split()
)
#: Cue verbs that may open a sentence before their speaker ("Said Jane Doe, “…”").
_INVERTED = phrases.grammar("inverted")


#: Dashes and bullets that may frame a quote paragraph ("– ‘We’re alive’ –").
_FRAME = "–—-•*"
#: Rules whose speaker stands after the quote.
_AFTER = frozenset("quote-speaker-cue quote-cue-speaker quote-appositive-cue quote-dash-speaker".split())


class Attribution(NamedTuple):
    """Where a quote's speaker and cue stand, and which rule found them. (This record
    and the two below are named tuples: several are made for every quote, and tuples
    are the cheapest records to make.)"""

    phrase: Phrase | None
    cue: tuple[int, int] | None
    rule: str


class Attributed(NamedTuple):
    """A quote with its kind, speaker and cue, ready for the model."""

    marked: Marked
    kind: QuoteKind
    speaker: Speaker | None
    cue: Span | None
    rule: str


class _Window(NamedTuple):
    """The words around one quote, in its sentence."""

    sentence: Tokens  # sentence start to the opening mark
    floor: int  # first token of ``sentence`` after the previous quote in it (0 if none)
    after: Tokens  # closing mark to the sentence end (or the next opening mark)
    split: bool  # the window before starts at a quote closed in the same sentence
    ended: bool  # the quote's content ends with a full stop ("….”): its sentence ended


class Attributions(NamedTuple):
    """Every quote attributed, and the entities the speakers were resolved among
    (none when no quote needed its speaker resolved)."""

    quotes: list[Attributed]
    entities: tuple[Entity, ...]


def attribute(text: str, paragraphs: Sequence[tuple[int, int]], marked: Sequence[Marked]) -> Attributions:
    """Attribute every quote, decide its kind and resolve its speaker."""
    if not marked:
        return Attributions([], ())
    # people named after the paragraph that follows the last quote speak no quote
    reach = min(len(paragraphs), max(q.last_paragraph for q in marked) + 2)
    people = _LazyPeople(text, paragraphs[:reach], [(q.start, q.end) for q in marked])
    out: list[Attributed] = []
    last: dict[int, Attributed] = {}  # paragraph -> its latest quote with a speaker
    stretches: dict[int, Stretch] = {}  # the paragraphs' tokens, found once for their quotes
    for n, q in enumerate(marked):
        w = _window(text, paragraphs, marked, n, stretches)
        found = _own_attribution(w)
        whole = _is_whole_paragraph(text, q, paragraphs)
        after_found = found is not None and (
            found.rule in _AFTER or (found.rule == "according-to" and _at(found, w.after))
        )
        opens = _opens(w, found)
        closes = _closes(w, after_found)
        content = text[q.start : q.end]
        if whole and found is None:
            found = _next_paragraph(text, q, paragraphs) or _lead_in(text, q, paragraphs)
        standalone = whole and found is None
        single = text[q.open_at] in "'‘‹"
        kind = kinds.classify(content, opens, closes, whole, standalone, single)
        if found is None and kind == "partial" and not kinds.is_title(content):
            found = _clause_subject(w, content)
        speaker: Speaker | None = None
        cue: Span | None = None
        rule = ""
        if found is not None and found.phrase is not None:
            speaker = _resolve(text, people, found.phrase)
            rule = found.rule
            if found.cue is not None:
                cue = Span(found.cue[0], found.cue[1], text[found.cue[0] : found.cue[1]])
        elif kind != "partial":
            carried = _carried(text, q, paragraphs, last, opens, whole)
            if carried is not None:
                speaker, cue, rule = carried.speaker, carried.cue, "carry-over"
            elif whole or opens == "start":
                reported = _previous_paragraph(text, q, paragraphs)
                if reported is not None and reported.phrase is not None:
                    speaker = _resolve(text, people, reported.phrase)
                    rule = reported.rule
        item = Attributed(q, kind, speaker, cue, rule)
        out.append(item)
        if speaker is not None and rule != "clause-subject":
            for p in range(q.paragraph, q.last_paragraph + 1):
                last[p] = item
    spoken = {
        sieves.entity_index(a.speaker.entity) for a in out if a.speaker is not None and a.speaker.entity
    }
    return Attributions(out, people.entities(spoken))


def _window(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    marked: Sequence[Marked],
    n: int,
    stretches: dict[int, Stretch] | None = None,
) -> _Window:
    q = marked[n]
    lo = paragraphs[q.paragraph][0]
    hi = paragraphs[q.last_paragraph][1]
    if stretches is not None:
        for p in (q.paragraph, q.last_paragraph):
            if p not in stretches:
                stretches[p] = Stretch(text, *paragraphs[p])
    start = max(lo, sentences.sentence_start(text, lo, q.open_at), q.open_at - WINDOW)
    # earlier quotes of the same sentence: the cue is looked for after them
    quoted: list[tuple[int, int]] = []
    k = n - 1
    while k >= 0:
        earlier = marked[k]
        if earlier.close_end <= start or earlier.last_paragraph != q.paragraph:
            break
        quoted.append((earlier.open_at, earlier.close_end))
        k -= 1
    floor = max([b for _, b in quoted]) if quoted else start
    following = marked[n + 1] if n + 1 < len(marked) else None
    if q.closed:
        end = min(sentences.sentence_end(text, q.close_end, hi), q.close_end + WINDOW)
        if following is not None and following.paragraph == q.last_paragraph:
            end = min(end, max(q.close_end, following.open_at))
        after = tokenize(
            text, q.close_end, end, within=stretches[q.last_paragraph] if stretches is not None else None
        )
    else:
        after = tokenize(text, q.close_end, q.close_end)
    content = text[q.start : q.end].rstrip(" \"'”’)")
    ended = bool(content) and content[-1] in ".…"  # “…?” Jane Doe asked: no new sentence
    sentence = tokenize(
        text, start, q.open_at, tuple(quoted), stretches[q.paragraph] if stretches is not None else None
    )
    first = bisect.bisect_left(sentence.starts, floor)  # the first token at or after the floor
    return _Window(sentence=sentence, floor=first, after=after, split=bool(quoted), ended=ended)


# -- patterns ---------------------------------------------------------------------------
def _own_attribution(w: _Window) -> Attribution | None:
    """The quote's own attribution, before or after it, by the precedence of patterns."""
    before = _before(w)
    if before is not None and before.rule not in ("sentence-cue", "speaker-colon-quote"):
        return before
    after = _after(w)
    if before is not None and before.rule == "speaker-colon-quote":
        # "Ruiz was less upbeat: “…,” she recounted": a cue verb after the quote says
        # more than the colon before it, which names no verb of saying
        return after if after is not None and after.rule in _EXPLICIT else before
    if after is not None and (after.rule != "according-to" or before is None):
        return after
    return before


#: The rules after a quote that name its speaker and a verb of saying.
_EXPLICIT = frozenset(("quote-speaker-cue", "quote-cue-speaker", "quote-appositive-cue"))


def _after(w: _Window) -> Attribution | None:
    """Attribution in the words after the closing mark, to the end of the sentence."""
    t = w.after
    n = len(t)
    i = 0
    comma = dash = False
    while i < n and t.word(i) in (",", "—", "–", "-", "--", "―"):
        comma = comma or t.word(i) == ","
        dash = dash or t.word(i) != ","
        i += 1
    if i >= n:
        return None
    if w.ended and not comma and not dash and t.capitalised(i):
        # “… countries.” He said …: a new sentence, which may only be "X said."
        found = _speaker_then_cue(t, i, n)
        if found is None or not _short_close(t, found, n):
            return None
        return found
    if dash and not comma:
        p = phrases.np_after(t, i, n)
        if p is not None and p.kind in ("name", "group"):
            return Attribution(p, None, "quote-dash-speaker")
    width = phrases.cue_at(t, i)
    if width:
        if phrases.is_according(t, i):
            p = phrases.np_after(t, i + width, n)
            return Attribution(p, _cue_span(t, i, width), "according-to") if p is not None else None
        j = i + width
        while j < n and phrases.between_word(t, j):
            j += 1
        p = phrases.np_after(t, j, n)
        if p is not None:
            return Attribution(p, _cue_span(t, i, width), "quote-cue-speaker")
        # "Tom Hale, citing “…,” said the plan …": the sentence's subject stands before
        s = w.sentence
        p = phrases.np_after(s, 0, len(s), closed=False) if w.floor == 0 else None
        if p is not None and p.last + 1 < len(s) and s.word(p.last + 1) == ",":
            return Attribution(p, _cue_span(t, i, width), "sentence-cue")
        return None
    found = _speaker_then_cue(t, i, n)
    if found is not None:
        return found
    for k in range(i, min(n, i + SPEAKER_TOKENS)):
        if phrases.is_according(t, k) and phrases.cue_at(t, k) and k > 0 and t.word(k - 1) == ",":
            p = phrases.np_after(t, k + 2, n)
            if p is not None:
                return Attribution(p, _cue_span(t, k, 2), "according-to")
    return None


def _speaker_then_cue(t: Tokens, i: int, n: int) -> Attribution | None:
    """ "X said", "X, a spokeswoman for Y, said", "he later told reporters"."""
    limit = min(n, i + SPEAKER_TOKENS)
    for k in range(i + 1, limit):
        if t.is_mark(k) or t.ends_sentence(k) or t.word(k) == ";":
            return None
        width = phrases.cue_at(t, k)
        if not width or phrases.is_according(t, k):
            continue
        end = k
        while end > i and phrases.between_word(t, end - 1):
            end -= 1
        p = _speaker_span(t, i, end)
        if p is None:
            return None
        rule = (
            "quote-appositive-cue" if p.last + 1 < end and t.word(p.last + 1) == "," else "quote-speaker-cue"
        )
        return Attribution(p, _cue_span(t, k, width), rule)
    return None


def _speaker_span(t: Tokens, i: int, end: int) -> Phrase | None:
    """The speaker among the tokens ``i..end-1`` standing between a quote and its cue.

    The phrase may carry an appositive ("Jane Doe, a spokeswoman for the ministry,"), a
    complement ("Donald Hartley of Madison"), descriptive words before a name ("former
    George W. Bush speechwriter Noam Neusner") or be a description of any noun ("the
    conference speaker"): the place between a quote and its cue vouches for it.
    """
    if end <= i:
        return None
    stop = end
    for k in range(i, end):
        if t.word(k) in (",", "(", ";", "—", "–") or (
            k > i and t.lower(k) and t.folded(k) in ("of", "from", "at", "with", "in", "for", "who", "whose")
        ):
            stop = k
            break
    if stop < end and t.word(stop) == "," and not (t.word(end - 1) == "," or end - stop <= 3):
        return None  # "…,” the report, which was released Tuesday, said"—fine; a clause—not
    if stop < end and t.word(stop) == "(" and not any(t.word(k) == ")" for k in range(stop, end)):
        return None
    p = phrases.np_after(t, i, stop, closed=False)
    if p is not None and p.last == stop - 1:
        return p
    if p is not None and p.kind == "name" and _role_words(t, p.last + 1, stop):
        # "Surrey staff", "Acme officials": people of the body named, not the body
        return p._replace(end=t.ends[stop - 1], head_end=t.ends[stop - 1], kind="description", last=stop - 1)
    # descriptive words, then a name: the last name of the span heads it
    last_name = None
    k = i
    while k < stop:
        if not t.is_word(k) or (t.lower(k) and (t.folded(k) in phrases.STOPS or phrases.cue_at(t, k))):
            return None
        if t.capitalised(k):
            q = phrases.np_after(t, k, stop, closed=False)
            if q is not None and q.kind in ("name", "group") and q.last == stop - 1:
                last_name = q
                break
        k += 1
    if last_name is not None:
        return last_name._replace(start=t.starts[i], first=i)
    if (p is None or p.kind == "description") and _described(t, i, stop):
        return phrases.Phrase(
            t.starts[i], t.ends[stop - 1], t.starts[i], t.ends[stop - 1], "description", i, stop - 1
        )
    return p if p is not None and p.last >= stop - 1 else None


def _described(t: Tokens, i: int, stop: int) -> bool:
    """Are the tokens ``i..stop-1`` a short description that opens on a determiner and
    ends on a lower-case word ("the conference speaker", "the committee chairmen")?"""
    return stop - i <= 5 and t.folded(i) in phrases.DETERMINERS and t.lower(stop - 1)


def _role_words(t: Tokens, lo: int, hi: int) -> bool:
    """Are the tokens ``lo..hi-1`` one or two lower-case role nouns ("staff", "union
    officials")?"""
    return 0 < hi - lo <= 2 and all(t.lower(k) and t.folded(k) in phrases.roles() for k in range(lo, hi))


def _short_close(t: Tokens, found: Attribution, n: int) -> bool:
    """After a quote that ended its sentence, "X said." (and little else) attributes it."""
    if found.cue is None:
        return False
    rest = [k for k in range(n) if t.starts[k] >= found.cue[1]]
    return len(rest) <= 6 and (not rest or t.word(rest[-1]) in (".", "!", "?"))


def _before(w: _Window) -> Attribution | None:
    """Attribution in the words of the sentence before the opening mark.

    The cue is looked for after the previous quote of the sentence (``w.floor``); its
    subject anywhere in the sentence ("He voiced his “…” on Twitter, writing “…”").
    """
    t = w.sentence
    n = len(t)
    if n == 0 or w.floor >= n:
        return None
    cue = -1
    width = 0
    for k in range(n - 1, w.floor - 1, -1):
        if t.is_mark(k):
            break
        width = phrases.cue_at(t, k)
        if width:
            cue = k
            break
    if cue < 0 and w.floor == 0 and n > 2 and t.capitalised(0) and t.folded(0) in _INVERTED:
        # "Said Jane Doe, who grew up there, “…”": the cue opens the sentence
        p = phrases.np_after(t, 1, n)
        if p is not None and t.word(n - 1) in (",", ":"):
            return Attribution(p, _cue_span(t, 0, 1), "cue-speaker-quote")
    if cue < 0:
        if t.word(n - 1) == ":" and w.floor == 0:
            p = phrases.clause_subject(t, 0, n - 1, subordinate=True) or phrases.np_before(t, 0, n - 2)
            if p is not None and not _section_label(t, p):
                return Attribution(p, None, "speaker-colon-quote")
        return None
    span = _cue_span(t, cue, width)
    tail = range(cue + width, n)
    if phrases.is_according(t, cue):
        p = phrases.np_after(t, cue + width, n)
        return Attribution(p, span, "according-to") if p is not None else None
    last = t.word(n - 1)
    intro = len(tail) == 0 or (last in (",", ":") and len(tail) <= INTRO_TOKENS)
    if len(tail) > 0 and t.folded(tail[0]) in phrases.REPORTED:
        intro = False  # reported speech: "said that for most voters, “the …”"
    if intro and len(tail) > 0 and any(t.is_mark(k) for k in tail):
        intro = False
    if w.split and cue == w.floor + (1 if t.word(w.floor) == "," else 0):
        # “…,” said X, “…”: the speaker follows the cue
        p = phrases.np_after(t, cue + width, n)
        if p is not None:
            return Attribution(p, span, "split-quote" if intro else "sentence-cue")
    subject = phrases.subject_before(t, 0, cue)
    if subject is None:
        return None
    if intro:
        return Attribution(
            subject, span, "split-quote" if w.split and cue - w.floor <= 4 else "speaker-cue-quote"
        )
    return Attribution(subject, span, "sentence-cue")


def _section_label(t: Tokens, p: Phrase) -> bool:
    """A label in capitals before a colon ("ANALYST'S TAKE:", "KEY QUOTE:"), not a
    name: a possessive, or several words that do not open on a given name."""
    words = [t.word(k) for k in range(p.first, p.last + 1)]
    if not all(w.isupper() or not any(c.isalpha() for c in w) for w in words):
        return False
    joined = " ".join(words)
    return "'S" in joined or "’S" in joined or (len(words) > 1 and not known_given_name(joined))


def _clause_subject(w: _Window, content: str) -> Attribution | None:
    """The subject of the clause that holds a fragment (his “old friend”)."""
    if len(content.split()) < 2:
        return None
    t = w.sentence
    p = phrases.clause_subject(t, 0, len(t))
    if p is None:
        return None
    return Attribution(p, None, "clause-subject")


def _next_paragraph(text: str, q: Marked, paragraphs: Sequence[tuple[int, int]]) -> Attribution | None:
    """A quote paragraph followed by a short paragraph such as "Jane Doe said."."""
    index = q.last_paragraph + 1
    if index >= len(paragraphs):
        return None
    lo, hi = paragraphs[index]
    if hi - lo > SHORT_PARAGRAPH:
        return None
    t = tokenize(text, lo, hi)
    found = _speaker_then_cue(t, 0, len(t))
    if found is None or found.phrase is None or found.phrase.first != 0:
        return None
    return Attribution(found.phrase, found.cue, "next-paragraph")


def _lead_in(text: str, q: Marked, paragraphs: Sequence[tuple[int, int]]) -> Attribution | None:
    """The paragraph before ends with a colon: "Doe continued:"."""
    if q.paragraph == 0:
        return None
    lo, hi = paragraphs[q.paragraph - 1]
    tail = text[max(lo, hi - 3) : hi].rstrip()
    if not tail.endswith(":"):
        return None
    start = max(lo, sentences.sentence_start(text, lo, hi - 1), hi - WINDOW)
    t = tokenize(text, start, hi)
    w = _Window(t, 0, tokenize(text, hi, hi), False, False)
    found = _before(w)
    if found is None or found.phrase is None:
        return None
    return Attribution(found.phrase, found.cue, "lead-in")


def _previous_paragraph(text: str, q: Marked, paragraphs: Sequence[tuple[int, int]]) -> Attribution | None:
    """A quote paragraph after one that reports what someone said ("X said he …"): the
    subject of the paragraph's last cue verb."""
    if q.paragraph == 0:
        return None
    lo, hi = paragraphs[q.paragraph - 1]
    start = max(lo, sentences.sentence_start(text, lo, max(lo, hi - 2 * WINDOW)))
    t = tokenize(text, start, hi)
    found: Attribution | None = None
    sentence = 0
    for k in range(len(t)):
        if t.is_mark(k):
            return None
        if t.word(k) in (".", "!", "?") and k + 1 < len(t):
            sentence = k + 1
        width = phrases.cue_at(t, k)
        if width and not phrases.is_according(t, k):
            p = phrases.subject_before(t, sentence, k)
            if p is not None:
                found = Attribution(p, _cue_span(t, k, width), "previous-paragraph")
    return found


def _carried(
    text: str,
    q: Marked,
    paragraphs: Sequence[tuple[int, int]],
    last: dict[int, Attributed],
    opens: str,
    whole: bool,
) -> Attributed | None:
    """The turn a quote without a cue continues: the last speaker in its paragraph, or,
    for a paragraph that opens with the quote, the paragraph before's."""
    mine = last.get(q.paragraph)
    if mine is not None:
        return mine
    if (whole or (opens == "start" and _opens_paragraph(text, q, paragraphs))) and q.paragraph - 1 in last:
        return last[q.paragraph - 1]
    return None


# -- helpers ----------------------------------------------------------------------------
class _LazyPeople:
    """The article's :class:`People`, read on the first speaker to resolve.

    Reading every name of the article is the dearest step of attribution, and many
    articles with quotation marks resolve no speaker (titles, scare quotes). The index
    depends only on the text, the paragraphs and the quotes, all known here, so reading
    it later gives the same index as reading it at once.
    """

    __slots__ = ("_args", "_people")

    def __init__(
        self, text: str, paragraphs: Sequence[tuple[int, int]], quoted: Sequence[tuple[int, int]]
    ) -> None:
        self._args = (text, paragraphs, quoted)
        self._people: People | None = None

    def get(self) -> People:
        if self._people is None:
            self._people = People(*self._args)
        return self._people

    def entities(self, spoken: set[int]) -> tuple[Entity, ...]:
        """The entities, if the index was read (``spoken``: the entities that speak)."""
        return sieves.export(self._people, spoken) if self._people is not None else ()


def _cue_span(t: Tokens, i: int, width: int) -> tuple[int, int]:
    return (t.starts[i], t.ends[i + width - 1])


def _at(found: Attribution, t: Tokens) -> bool:
    """Does the attribution stand in the window ``t``?"""
    return found.cue is not None and len(t) > 0 and t.starts[0] <= found.cue[0] <= t.ends[-1]


def _opens(w: _Window, found: Attribution | None) -> str:
    """What stands before the opening mark: see :data:`newsstruct.quotes.kinds.OPENS`."""
    t = w.sentence
    n = len(t)
    if n == 0:
        return "start"
    last = t.word(n - 1)
    if t.is_mark(n - 1) or last in ("(", "[", ";", "—", "–", "-", "--", "―", "…"):
        return "punct"
    if last in (",", ":"):
        k = n - 2
        while k >= 0 and phrases.between_word(t, k):
            k -= 1
        intro = (
            found is not None
            and found.cue is not None
            and found.rule in ("speaker-cue-quote", "cue-speaker-quote", "split-quote", "according-to")
            and _at(found, t)
        )
        if intro or (k >= 0 and phrases.cue_at(t, k)):
            return "cue"
        return "punct"
    if phrases.cue_at(t, n - 1) or (n >= 2 and phrases.cue_at(t, n - 2) > 1):
        return "cue"
    if t.folded(n - 1) == "that" and found is not None and found.rule == "sentence-cue":
        return "that"
    if last in (".", "!", "?") or (last.endswith(".") and len(last) > 1):
        return "start"  # a sentence ended, maybe on an abbreviation ("in the U.S. “Forget …”")
    return "word"


def _closes(w: _Window, attributed_after: bool) -> str:
    """What stands after the closing mark: see :data:`newsstruct.quotes.kinds.CLOSES`."""
    t = w.after
    if len(t) == 0:
        return "end"
    first = t.word(0)
    if first in (".", "!", "?", "…"):
        return "end"
    if attributed_after:
        return "attribution"
    k = 1 if first in (",", "—", "–") and len(t) > 1 else 0
    if phrases.cue_at(t, k):
        return "attribution"  # “…,” said one well-connected Democrat familiar with …
    if first in (",", ";", ":", ")", "—", "–", "-", "--", "―") or t.is_mark(0):
        return "punct"
    if w.ended and t.capitalised(0):
        return "end"
    return "word"


def _is_whole_paragraph(text: str, q: Marked, paragraphs: Sequence[tuple[int, int]]) -> bool:
    """Does the quote fill its paragraphs (nothing but spaces and stops around it)?"""
    return _opens_paragraph(text, q, paragraphs) and _ends_paragraph(text, q, paragraphs)


def _opens_paragraph(text: str, q: Marked, paragraphs: Sequence[tuple[int, int]]) -> bool:
    """Only spaces stand between the paragraph's start and the opening mark (looked at
    from the mark backwards, so a long paragraph costs nothing more)."""
    lo = paragraphs[q.paragraph][0]
    i = q.open_at
    while i > lo and (text[i - 1].isspace() or text[i - 1] in _FRAME):
        i -= 1
    return i == lo


def _ends_paragraph(text: str, q: Marked, paragraphs: Sequence[tuple[int, int]]) -> bool:
    """Only spaces and stops stand between the closing mark and the paragraph's end."""
    hi = paragraphs[q.last_paragraph][1]
    i = q.close_end
    while i < hi and (text[i] in " .,\t\r\n" or text[i] in _FRAME):
        i += 1
    return i == hi


def _resolve(text: str, lazy: _LazyPeople, phrase: Phrase) -> Speaker:
    start, end, kind = phrase.head_start, phrase.head_end, phrase.kind
    mention = text[start:end]
    people = lazy.get()
    res = sieves.resolve(people, start, end, kind)
    if res.name is None and kind in ("name", "group"):
        res = Resolution(mention, "name")  # a name no index read stands for itself
    if res.entity is not None and kind in ("pronoun", "description"):
        people.add_mention(start, end, res.entity)
    entity = sieves.entity_id(res.entity) if res.entity is not None else None
    return Speaker(start, end, mention, res.name, res.rule, entity)
