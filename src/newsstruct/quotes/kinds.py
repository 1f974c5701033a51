"""What kind of quotation a pair of marks holds: direct, partial or block.

* ``block``: the quotation fills its paragraph (or paragraphs): someone's words set
  apart, with nothing of the writer's around them.
* ``direct``: an utterance: the quotation stands where a sentence or a clause of its
  own begins (at the start of a sentence, after a colon or a comma, right after a cue
  verb: said, “…”) and ends where one ends (a full stop, a comma before the
  attribution, the end of the paragraph).
* ``partial``: a fragment the writer's sentence runs through (his “old friend”, calling
  it “a waste of time” on Friday), a title (“The Walking Dead”), a scare quote, or a
  heading that quotes someone (a short quoted paragraph without a full stop).

The decision reads the words right before the opening mark (``opens``) and right after
the closing mark (``closes``); it never needs to know who spoke.
"""

from __future__ import annotations

import regex

from newsstruct.model import QuoteKind
from newsstruct.text import shape

#: What stands right before an opening mark, in its sentence.
OPENS = ("start", "punct", "cue", "that", "word")
#: What stands right after a closing mark, in its sentence.
CLOSES = ("end", "punct", "attribution", "word")

_SENTENCE_INSIDE = regex.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]?[\p{Lu}\p{N}]")
_TERMINAL = frozenset(".!?…")
#: Most words a quoted heading may have.
HEADING_WORDS = 14


def classify(
    content: str, opens: str, closes: str, whole: bool, standalone: bool, single: bool = False
) -> QuoteKind:
    """The kind of a quotation whose text is ``content``.

    ``whole``: the quotation fills its paragraphs; ``standalone``: it is a paragraph of
    its own with no attribution in it or in the paragraph after (a heading, maybe);
    ``single``: its marks are single ones, as quoted headings often have.
    """
    stripped = content.rstrip(" \"'”’)")
    terminal = bool(stripped) and stripped[-1] in _TERMINAL
    words = shape.word_count(content)
    if whole:
        if standalone and (not terminal or single) and words <= HEADING_WORDS:
            return "partial"  # a quoted heading: 'They owned us', 'A change warrior.'
        return "block"
    if opens in ("word", "that"):
        return "partial"
    if opens == "punct" and (content[:1].islower() or words == 1):
        # the writer's sentence goes on into the quote (“…, “which sounds like”), or names
        # a thing in it (her film, “Trainwreck.”)
        return "partial"
    if opens != "cue" and closes != "attribution" and is_title(content):
        return "partial"
    if opens == "start" and content.rstrip()[-1:] in (",", "?", "!") and content[:1].isupper():
        return "direct"  # “Today, the plan is final,” the ministry states: the comma calls its speaker
    # the sentence runs on: a fragment, unless a cue verb introduced a whole utterance
    # ("she crowed, “Oh, it’s my rose,” which is when …")
    runs_on = closes == "word" and not _SENTENCE_INSIDE.search(content)
    if runs_on and not (opens == "cue" and content[:1].isupper()):
        return "partial"
    return "direct"


def is_title(content: str) -> bool:
    """A title or a name in quotes (“The Walking Dead,” “Settle for Hillary”): title
    case and no full stop, question or exclamation mark."""
    stripped = content.rstrip(" ,;:\"'”’")
    if not stripped or stripped[-1] in _TERMINAL or stripped[-1] == "?":
        return False
    return shape.is_title_case(stripped, limit=12) and shape.word_count(stripped) <= 10
