"""Words, marks and punctuation with their offsets, in a short stretch of text.

The attribution grammar (:mod:`newsstruct.quotes.phrases`) reads the few words around a
quotation; it works on these tokens rather than on characters so that its rules can
say "the word before the cue verb" or "a name, then a comma". Only bounded windows are
tokenised (the sentence around a quote), so the cost stays linear in the text.

A word keeps a full stop that belongs to it: an abbreviation the parser knows
("Mr.", "Sen.", "Jan."), an initial ("V."), dotted capitals ("U.S."), or any word whose
full stop a comma or a lower-case word follows ("R-Ky., said"). Any other full stop is
a token of its own.
"""

from __future__ import annotations

import bisect
import functools

import regex

from newsstruct.text import sentences, twins

_TOKEN = regex.compile(
    r"\p{Lu}\.(?:\p{Lu}\.)++"  # U.S., J.R.R.
    r"|[\p{L}\p{M}\p{N}]++(?:(?:['’\-&]|\.(?=[\p{Ll}\p{N}]))[\p{L}\p{M}\p{N}]++)*+"  # don't, AT&T, 3.5
    r"|``|''|--++|\S"
)
#: The ASCII twin of :data:`_TOKEN` (:mod:`newsstruct.text.twins`), for an ASCII stretch
#: (``\S`` spelled out: the standard library's ``\s`` also takes ``\x1c``-``\x1f``).
_ASCII_TOKEN = twins.twin(
    r"[A-Z]\.(?:[A-Z]\.)++"
    r"|[A-Za-z0-9]++(?:(?:['\-&]|\.(?=[a-z0-9]))[A-Za-z0-9]++)*+"
    r"|``|''|--++|[^\t-\r ]",
    _TOKEN,
)
_FAR = 1 << 62
#: Quotation marks, as tokens.
MARKS = frozenset(
    {'"', "“", "”", "„", "‟", "«", "»", "‹", "›", "「", "」", "『", "』", "``", "''", "'", "‘", "’"}
)


@functools.cache
def _dotted() -> frozenset[str]:
    """Words that keep a following full stop ("Mr", "Sen", "Jan", "Calif")."""
    return frozenset(a[:-1] for a in sentences.abbreviations() if a.endswith("."))


class Tokens:
    """The tokens of ``text[lo:hi]``: parallel lists of start and end offsets. (A plain
    slotted class: one is made for every window the attribution patterns read.)"""

    __slots__ = ("cue_memo", "ends", "folded_memo", "quoted", "starts", "text")

    def __init__(
        self, text: str, starts: list[int], ends: list[int], quoted: tuple[tuple[int, int], ...] = ()
    ) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        #: spans of quotations inside the stretch: their words are nobody's subject here
        self.quoted = quoted
        #: token index -> its folded form, and -> the width of the cue it opens: the
        #: attribution patterns ask about the same few tokens again and again
        self.folded_memo: dict[int, str] = {}
        self.cue_memo: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def folded(self, i: int) -> str:
        """The token case folded, its own full stop and a possessive ending dropped."""
        w = self.folded_memo.get(i)
        if w is None:
            w = self.text[self.starts[i] : self.ends[i]].casefold()
            if w.endswith(("'s", "’s")):
                w = w[:-2]
            w = w.rstrip(".")
            self.folded_memo[i] = w
        return w

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.starts) and self.text[self.starts[i]].isalnum()

    def capitalised(self, i: int) -> bool:
        return 0 <= i < len(self.starts) and self.text[self.starts[i]].isupper()

    def lower(self, i: int) -> bool:
        return 0 <= i < len(self.starts) and self.text[self.starts[i]].islower()

    def is_mark(self, i: int) -> bool:
        """A quotation mark (not the apostrophe of a plural possessive: "Sanders' aide")."""
        if not 0 <= i < len(self.starts) or self.word(i) not in MARKS:
            return False
        if self.word(i) in ("'", "’") and i > 0 and self.ends[i - 1] == self.starts[i]:
            return self.text[self.starts[i] - 1] not in "sS" or not self.is_word(i - 1)
        return True

    def ends_sentence(self, i: int) -> bool:
        """A full stop, question or exclamation mark followed by a space or the end."""
        if self.word(i) not in (".", "!", "?", "…"):
            return False
        return i + 1 >= len(self.starts) or self.starts[i + 1] > self.ends[i]

    def hidden(self, i: int) -> bool:
        """Does token ``i`` stand inside one of the :attr:`quoted` spans?"""
        if not self.quoted:
            return False
        pos = self.starts[i]
        k = bisect.bisect_right(self.quoted, (pos, _FAR)) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]


def tokenize(
    text: str,
    lo: int,
    hi: int,
    quoted: tuple[tuple[int, int], ...] = (),
    within: Stretch | None = None,
) -> Tokens:
    """Tokens of ``text[lo:hi]``; ``quoted`` marks the quotations inside it.

    ``within``, a :class:`Stretch` of the same text holding ``lo..hi``, reads the
    pattern's matches from those it found once in the whole stretch: the same tokens,
    without matching the words again (windows that overlap, as those of the quotes of
    one paragraph do, then cost little more than their length in tokens)."""
    if within is not None and within.lo <= lo <= hi <= within.hi:
        raw_starts, raw_ends = within.matches(lo, hi)
    else:
        raw_starts, raw_ends = _scan(text, lo, hi)
    if text.find(".", lo, hi) < 0:
        # no full stop for a word to keep: the tokens are the pattern's matches
        starts, ends = raw_starts, raw_ends
    else:
        starts, ends = _keeping_stops(text, hi, raw_starts, raw_ends)
    return Tokens(text, starts, ends, tuple(sorted(quoted)) if quoted else ())


def _scan(text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the token pattern's matches in ``text[lo:hi]``."""
    spans = [m.span() for m in (_ASCII_TOKEN if twins.plain(text, lo, hi) else _TOKEN).finditer(text, lo, hi)]
    return [s for s, _ in spans], [e for _, e in spans]


class Stretch:
    """The matches of the token pattern in ``text[lo:hi]`` (a paragraph), found once,
    from which :meth:`matches` gives those of any window inside it.

    The pattern looks at nothing before a match's start (no look-behind), and every
    character that is not white space opens a match. So a scan of a window that starts
    where a scan of the stretch stands (between two of its matches) finds the same
    matches from there on, and one that starts inside a match runs only until it
    reaches a start of the stretch's matches. A match that ends by the window's end is
    the same in both scans (the pattern never needs to see past it to end it); the one
    that reaches past the window's end is matched again in the window.
    """

    __slots__ = ("_asked", "_ends", "_starts", "hi", "lo", "text")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self._asked = 0  # characters of the windows scanned alone so far
        self._starts: list[int] = []
        self._ends: list[int] = []

    def matches(self, lo: int, hi: int) -> tuple[list[int], list[int]]:
        """Starts and ends of the pattern's matches in ``text[lo:hi]``, as a scan of that
        window alone finds them (``lo..hi`` inside the stretch)."""
        text = self.text
        starts, ends = self._starts, self._ends
        if not starts:
            if self._asked + hi - lo <= self.hi - self.lo:
                # Windows are scanned alone until they would have scanned the stretch's
                # length (a long paragraph with a quote or two never is scanned whole).
                self._asked += hi - lo
                return _scan(text, lo, hi)
            starts, ends = self._starts, self._ends = _scan(text, self.lo, self.hi)
        n = len(starts)
        i = bisect.bisect_left(starts, lo)  # the first of the stretch's matches at or after lo
        head_starts: list[int] = []
        head_ends: list[int] = []
        if i > 0 and ends[i - 1] > lo:
            # the window opens inside a match: scan it until the scan meets the stretch's
            for m in _TOKEN.finditer(text, lo, hi):
                s = m.start()
                while i < n and starts[i] < s:
                    i += 1
                if i < n and starts[i] == s:
                    break
                head_starts.append(s)
                head_ends.append(m.end())
            else:
                return head_starts, head_ends  # the window ended first
        k = max(i, bisect.bisect_right(ends, hi))  # matches i..k-1 end by the window's end
        out_starts = head_starts + starts[i:k] if head_starts else starts[i:k]
        out_ends = head_ends + ends[i:k] if head_ends else ends[i:k]
        if k < n and starts[k] < hi:
            # the match that reaches past the window's end, matched again inside it
            for m in _TOKEN.finditer(text, starts[k], hi):
                s, e = m.span()
                out_starts.append(s)
                out_ends.append(e)
        return out_starts, out_ends


def _keeping_stops(
    text: str, hi: int, raw_starts: list[int], raw_ends: list[int]
) -> tuple[list[int], list[int]]:
    """The tokens of the matches ``raw_starts``/``raw_ends``, a word keeping the full
    stop after it where it belongs to the word."""
    starts: list[int] = []
    ends: list[int] = []
    dotted = _dotted()
    for s, e in zip(raw_starts, raw_ends, strict=True):
        if e < hi and text[e] == "." and text[s].isalpha():
            word = text[s:e]
            after = text[e + 1 : e + 3].lstrip(" ")[:1]
            if (
                word in dotted
                or (len(word) == 1 and word.isupper())
                or after in (",", ")")
                or after.islower()
            ):
                e += 1  # "Mr.", "V.", "R-Ky., said", "p.m. on"
        elif starts and s < ends[-1]:
            continue  # the full stop was taken by the word before
        starts.append(s)
        ends.append(e)
    return starts, ends
