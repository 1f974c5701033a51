"""Lines that are page furniture, by phrase and by pattern, each with the rule that fired.

Phrases live in ``data/boilerplate.tsv`` (kind, phrase); a phrase matches a whole
line after :func:`newsstruct.shape.normalise`, or the start of one when it ends in
``" *"``. Patterns cover what a list cannot: copyright lines, photo credits, reading
times, share bars, wire sign-offs and publication timestamps.
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct import lexicon, shape
from newsstruct.timestamps import match_timestamp

#: The kinds a boilerplate item can carry.
KINDS = (
    "navigation",
    "related",
    "share",
    "subscription",
    "cookie",
    "newsletter",
    "advertisement",
    "caption",
    "audio",
    "reading-time",
    "tags",
    "comments",
    "author-bio",
    "footer",
    "timestamp",
    "signoff",
    "kicker",
    "other",
)

#: Kinds that close an article: its body never runs across them (an advertisement, a
#: caption or a "Read more" link may stand between two paragraphs; a share bar, a
#: comment prompt or a footer may not).
CLOSING = frozenset(
    {
        "navigation",
        "share",
        "subscription",
        "cookie",
        "newsletter",
        "tags",
        "comments",
        "author-bio",
        "footer",
    }
)

#: Lines longer than this are never matched by phrase (furniture is short).
MAX_PHRASE_LINE = 120


@attrs.frozen(slots=True)
class Verdict:
    """Why a line is furniture: its kind and the rule that fired."""

    kind: str
    reason: str


@functools.cache
def _phrases() -> tuple[dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    prefix: dict[str, str] = {}
    for row in lexicon.table("boilerplate.tsv"):
        kind, phrase = row[0], row[1]
        if kind not in KINDS:
            raise ValueError(f"boilerplate.tsv: unknown kind {kind!r}")
        if phrase.endswith(" *"):
            prefix.setdefault(shape.normalise(phrase[:-2]), kind)
        else:
            exact.setdefault(shape.normalise(phrase), kind)
    return exact, prefix


_SIGNOFF = regex.compile(r"(?i)^(?:reuters?|\(?end\)?|###|-30-|—\s*AP|-- ?Reuters|\(AP\))\W*(?:\^M)?$")


def is_signoff(text: str) -> bool:
    """A wire service's closing line ("Reuter", "-30-", "(END)")."""
    return _SIGNOFF.match(text) is not None


_PATTERNS: tuple[tuple[str, str, regex.Pattern[str]], ...] = (
    ("footer", "copyright", regex.compile(r"(?i)^(?:©|\(c\)\s*\d{4}|copyright\b)|all rights reserved")),
    (
        "caption",
        "photo-credit",
        regex.compile(
            r"(?i)\((?:AP|Reuters|AFP|Getty|EPA|Bloomberg)\s+Photos?\b[^()\n]{0,80}\)\s*$"
            r"|^(?:photo|photograph|image|picture|credit|foto|bild)s?(?:\s+(?:by|credit))?\s*[:.]\s*\S"
            r"|(?:getty\s+images|shutterstock|istock(?:photo)?|alamy|afp via getty images|"
            r"/\s*(?:ap|reuters|afp|epa))\s*$"
        ),
    ),
    ("reading-time", "reading-time", regex.compile(r"(?i)^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read)?$")),
    ("signoff", "wire-signoff", _SIGNOFF),
    ("advertisement", "advertisement", regex.compile(r"(?i)^-*\s*advertisement\s*-*$")),
)

_SHARE_WORDS = frozenset(
    "share facebook twitter x linkedin whatsapp email e mail print reddit pinterest "
    "copy link tweet messenger telegram flipboard pocket comment comments save".split()
)


def classify_line(text: str) -> Verdict | None:
    """The boilerplate verdict for one line's text, or ``None`` when no rule fires."""
    if len(text) > MAX_PHRASE_LINE:
        return None
    key = shape.normalise(text)
    exact, prefix = _phrases()
    if key in exact:
        return Verdict(exact[key], f"phrase: {key}")
    words = key.split()
    for n in range(min(len(words), 5), 0, -1):
        head = " ".join(words[:n])
        if head in prefix:
            return Verdict(prefix[head], f"phrase: {head} …")
    for kind, name, pattern in _PATTERNS:
        if pattern.search(text):
            return Verdict(kind, f"pattern: {name}")
    if 2 <= len(words) <= 10 and all(w in _SHARE_WORDS for w in words):
        return Verdict("share", "pattern: share-bar")
    stamp = match_timestamp(text)
    if stamp is not None:
        return Verdict("timestamp", f"pattern: timestamp ({stamp.rule})")
    return None
