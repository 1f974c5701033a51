"""Find the headline among the blocks around the top of the body, by shape and place.

On a whole scraped page the headline is not the first line: menus, kickers, share bars
and teasers stand before it, and the body's prose run may start a little early or
late. What marks the headline is its neighbourhood. Each block near the top of the
body gets a *role* (stamp, byline, "By" label, name line, furniture, title, prose,
list item); every title-shaped block is then scored on what follows it within a few
blocks, as a page lays out an article's header::

    [kicker] HEADLINE [deck] [byline | stamp | share bar | caption]* BODY

A byline after it counts most, then a publication stamp, then the body's prose; a
deck or another title in between counts against it, and so does prose of the run it
would cut off. A title the page repeats in a breadcrumb or title bar ("Home › News ›
Title", "Title | Site") gains, more so right under the breadcrumb that ends with it,
and so does one a comment heading far down the page quotes. A title loses when another
title, not its deck, stands between it and the header it found (it is then a kicker, a
section or a site name), and when it is a short label the page repeats, a breadcrumb
trail, an issue line with its date, a line with an address or one cut short on an
article. Links glued into one line ("this story.Log In") are furniture. A list item of
bare names beside a date item is the author of a blog post's meta list ("* 25. Juli
2019" / "* Jane Doe" / "* Category"), not a menu entry. A widget's placeholders that
the page repeats take no room in a header; the author's handle under a byline and a
column's blurb under an "About" link are furniture; a title with its own deck and byline
is no deck of a shorter title over it (that one names a section); a section's label over
the byline is no deck. A much longer title right over a short one that heads the same
byline is its overline; a long quoted sentence is a motto, no title. The best-scoring
title wins; the rule of each pick lists what it rests on.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from newsstruct.grammar import byline, dateline, timestamps
from newsstruct.grammar.timestamps import find_stamps
from newsstruct.header import headline_cuts
from newsstruct.page import boilerplate
from newsstruct.page.measure import MAX_HEADLINE_WORDS, Measure
from newsstruct.page.zone import Zone
from newsstruct.text import lexicon, names, shape
from newsstruct.text.blocks import Block, Line

#: How many blocks before the body's first block the headline may stand.
REACH_BACK = 60
#: How many blocks into the body run the header reaches at least (the run may start early)...
REACH_INTO = 12
#: ... and at most, while the run opens with menus rather than prose.
MAX_INTO = 150
#: A line of prose longer than this is no byline ("By Perry Bacon Jr." is short).
MAX_PROSE_BYLINE = 12
#: Blocks of up to this many lines are read for a byline.
MAX_HEADER_LINES = 3
#: A title of two lines is a headline less often than one of one line; one with bars
#: ("Title | Site") is more often a title bar.
MULTILINE_SHAPE = -1.5
BAR_SHAPE = -1.0
#: A line of two or three capitalised words may be a name or a title ("Downloading Python").
NAME_SHAPE = -1.0
#: How many blocks after a headline its header may take, not counting furniture ...
LOOK_AHEAD = 14
#: ... and counting it.
MAX_LOOK = 60
#: Prose of this many words is the body (or a deck, right under the headline).
BODY_WORDS = 12
#: A short paragraph of prose inside the run still counts as body.
SENTENCE_WORDS = 4
#: Decks are short.
MAX_DECK_WORDS = 70
#: A line that opens with a date and has few words is a stamp line ("Dec 20, 2023 6 min read").
MAX_STAMP_WORDS = 12
#: A byline or stamp this many blocks after a title (furniture included) is its own.
META_REACH = 15
#: How far above a title a byline or stamp may stand.
BEFORE_REACH = 5
#: List items this short between a headline and the body are share bars and tags.
SHORT_LIST = 6
#: Blocks that are neither deck, header nor body end the walk after a headline.
MAX_OTHERS = 3
#: A title of this many words may have a deck under it ...
LONG_TITLE = 3
#: ... unless it is a kicker: a title-case label of this many words over a longer line.
MAX_KICKER_WORDS = 4
#: A line under a title is its deck when at least this share of its length; a much
#: shorter one is the headline under its overline ("Kolumne: Queer Royal - ..." over
#: "Im Schlepptau").
DECK_SHARE = 0.6
#: A line in sentence case this much longer than the title over it is its deck, even in
#: a run of titles.
LONG_DECK_SHARE = 1.5
LONG_DECK_WORDS = 15
#: How far off on the page a title bar or a comment heading may repeat a title (blocks) ...
REPEAT_REACH = 400
#: ... and how many characters it may add to it ("Title | Site Name", "3 Kommentare zu …").
TITLE_BAR_EXTRA = 48
_OPENING_QUOTES = frozenset("\"'„“«»‚‘‹›")
_CLOSING_QUOTES = frozenset("\"'“”«»‘’‹›")
#: A line that may quote a title or give it in a title bar: it has a mark or a bar.
_MAY_QUOTE = regex.compile(r"[\"'„“”«»‚‘’‹›]|[ \t][|–—\-·•:»][ \t]")
#: Lines longer than a headline and a heading's words are not looked at.
MAX_QUOTING_CHARS = 400
#: What follows a title in a title bar: a separator and a few words of a site's name.
_TITLE_BAR_TAIL = regex.compile(r"[ \t]{1,4}[|–—\-·•:»][ \t]{1,4}[^\n|]{1,40}[ \t]*")
#: What a short title loses when the page repeats it (a site name, a menu's label) ...
MENU_LABEL = 2.0
#: ... up to this many words.
MENU_LABEL_WORDS = 3
#: What a title loses when it carries a full date (an issue or "valid since" line).
DATED_TITLE = 1.5
#: What a title loses when it opens on a plain lower-case word ...
LOWER_START = 3.0
#: ... and on a brand's ("iPhone 15 review", "eBay"), which headlines often do.
BRAND_START = 0.5
#: What a title loses when it ends on an article or holds an address.
UNFINISHED = 3.0
#: What a title gains right under a breadcrumb trail that ends with it.
BREADCRUMB_ABOVE = 2.0
#: What a title loses when another title, not its deck, stands between it and its header.
CLOSER_TITLE = 2.0
#: ... when it has this many words (shorter ones are labels and tags as often).
CLOSER_WORDS = 4
#: A line of fewer words under a title is no deck by its length alone (a site's name
#: over a short headline).
MIN_DECK_WORDS = 5
#: A body of this many words of prose within this many blocks is an article's, not a teaser's.
LONG_BODY_WORDS = 150
LONG_BODY_BLOCKS = 8
#: What a line of two or three names loses right under a longer title: it is that
#: title's byline.
NAME_UNDER_TITLE = 1.0
#: The least score a title needs to be the headline.
MIN_SCORE = 2.0
#: A title that opens a text with no furniture above its body is its headline.
TOP_OF_PLAIN_TEXT = 4.0

#: A title may end in an abbreviation ("... Christmas in L.A.", "Tricks für Kleiderschrank & Co.").
_ABBREVIATION_END = regex.compile(
    r"(?:(?<![\p{L}])\p{Lu}|\b(?:Co|Inc|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms|Tues|Wed|Thurs))\.$"
)
#: A line that introduces names on the next line ("Recipe tested by", "Reporting by").
#: A full stop after a lower-case word, and a lower-case word that is not a title's
#: small word: together they make a sentence, not a headline.
_SENTENCE_END = regex.compile(r"\p{Ll}{2,}[.]['\"”’]?\s*$")
_LOWER_WORD = regex.compile(
    r"(?<![\p{L}'’])(?!(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|over|the|to|up|with|vs)\b)"
    r"\p{Ll}{3,}\b"
)
#: A sentence ending inside a line, another starting after it ("... is here. And ...").
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{3}[.!?][\"”’]?[ \t]{1,3}[\"“‘]?\p{Lu}")
#: The last word of a line, when it is a plain word after a space.
_LAST_WORD = regex.compile(r"\s(\p{L}{1,8})[ \t]*$")
#: A web or e-mail address, which a headline does not carry ("AFP - [email protected]").
_ADDRESS = regex.compile(r"(?i)\bwww\.|https?://|\[email[ \t]protected\]|\w@\w")
#: A sentence and the next glued without a space ("this story.Log In"), as the links of a
#: box are when a page loses its markup.
_GLUED = regex.compile(r"\p{Ll}{2}[.!?]\p{Lu}\p{Ll}")
#: The steps of a breadcrumb trail ("Home » Technik » News", "Health / Diet / Alcohol").
_TRAIL = regex.compile(r"[»›]|\s>\s|\s/\s")
_ENDS_BY = regex.compile(r"(?i)(?:^|\s)(?:by|von)\s*:?$")


def _ends_by(line: str) -> bool:
    """:data:`_ENDS_BY` in ``line``. Its match ends the line on "by" or "von" (maybe
    then spaces and a colon): a line whose last character, spaces and colons set aside, is
    an ASCII character other than "y" or "n" is passed over without the search (one
    ending on a character beyond ASCII is not)."""
    last = line.rstrip().rstrip(":").rstrip()[-1:]
    if last.isascii() and last not in "yYnN":
        return False
    return _ENDS_BY.search(line) is not None


#: Separators that make a line a title bar or a menu, which a headline rarely carries.
_BAR = regex.compile(r"\s[|•·]\s")
#: Lines that credit a helper in the header, not an author ("Reviewed by Jane Doe").
_CONTRIBUTION = regex.compile(
    r"(?i)(?:[*•]\s*)?(?:edited|reviewed|medically\s+reviewed|fact[- ]?checked|illustrat(?:ed|ions?)|"
    r"photo(?:graph)?s?|photographed|produced|design(?:ed)?|graphics|video|recipe\s+(?:tested|developed)|"
    r"tested|contributions?|with\s+contributions|additional\s+reporting)\s+(?:by|from)\b"
)
#: A link to the previous or next story ("« Older post", "Next story »").
_NAV_ARROW = regex.compile(r"^[«‹←<]\s|\s[»›→>]$")
#: Words after a dateline that make its block a paragraph rather than a title.
MIN_DATED_WORDS = 4
#: A line that a dateline seems to open but that goes on with this many words at most
#: (``MIN_DATED_WORDS`` at least: "New York, April 3 - First Quarter" over a table is a
#: dateline) and no sentence's end is a title naming a date, not a paragraph.
MAX_TITLE_REST = 8
#: A one-word author handle ("CarolRomig").
_HANDLE = regex.compile(r"[\p{L}][\p{L}\p{N}_.\-]{1,30}")
#: A PHP error a broken page prints over its content ("Strict Standards: Non-static
#: method … should not be called statically in /www/htdocs/… on line 661").
_SCRIPT_ERROR = regex.compile(
    r"^(?:Strict Standards|Warning|Notice|Deprecated|(?:Catchable )?Fatal error|Parse error):[ \t]"
)
_SCRIPT_ERROR_PLACE = regex.compile(r"[ \t]in[ \t]+/\S+[ \t]+on[ \t]+line[ \t]+\d+")
#: A line of a script's data that a page leaks into its text, a key and a value in
#: JSON ('"name": "Ad - Inline",', '"component": "29509126",').
_SCRIPT_DATA = regex.compile(
    r'[ \t]*+[{\[]?[ \t]*+"[\w\- ]{1,40}"[ \t]*+:[ \t]*+'
    r'(?:"[^"\n]{0,200}"|-?\d{1,20}(?:\.\d{1,20})?|true|false|null|[{\[])[ \t]*+,?[ \t]*+'
)


def _script_data(text: str) -> bool:
    """Is the line a key and a value of a script's data (it holds a quote mark and a
    colon before the pattern is run)?"""
    return text.lstrip(" \t{[")[:1] == '"' and ":" in text and _SCRIPT_DATA.fullmatch(text) is not None


#: A line the page repeats this often is a widget's label ("More content below"), never
#: the headline (a headline repeats in a title bar, a breadcrumb and a teaser or two).
MANY_REPEATS = 10
#: Links to this many social networks, each after the same word ("bei Facebook …
#: bei Twitter … bei XING"), are a follow box.
FOLLOW_LINKS = 3
#: A list item or a navigation arrow at the start of a line.
_LIST_MARK = regex.compile(r"(?:[*•·▪●◦‣+>»«›‹←→o]|-(?!-)|\d{1,3}[.)])[ \t]")


class Role(NamedTuple):
    """What one block is to the header: ``kind``, the byline read from it, and, for a
    block that may be the headline, how its shape counts (0 for a title; less for a
    name line or a short sentence, which are headlines less often). A named tuple: one
    is made for every block of the header, and tuples are the cheapest records to make."""

    kind: str  # stamp, byline, label, name, staff, dateline, dated, furniture, title, prose, list, other
    byline: byline.BylineMatch | None = None
    candidate: float | None = None


@attrs.frozen(slots=True)
class Evidence:
    """What follows a title-shaped block: the header it heads and the body after it."""

    byline: int | None
    stamp: int | None
    body: int | None
    decks: int
    others: int
    end: int  # the first block after the header (the body, when found)
    meta_end: int  # the block after the last byline, label or stamp (the title's when none)


#: What a kicker glued before the headline by a bare space is, once cut off ...
KICKER_ZONE = Zone("boilerplate", "structure: kicker glued to the headline", "kicker")
#: ... what a deck or caption glued after it by a bare space is ...
TAIL_ZONE = Zone("boilerplate", "structure: deck glued after the headline", "other")
#: ... and what a deck or caption after a wide gap in its line is.
GAP_ZONE = Zone("boilerplate", "structure: text after a wide gap in the headline's line", "other")


@attrs.frozen(slots=True)
class Pick:
    """The chosen headline block, its evidence and the rule that says why."""

    index: int
    evidence: Evidence
    rule: str
    #: Where the headline starts inside its block, when a kicker glued before it is cut off.
    start: int | None = None
    #: Where the headline ends inside its block, when a deck or caption glued after it
    #: across a wide gap is cut off.
    end: int | None = None
    #: The zones of what is cut off before and after the headline in its block.
    start_zone: Zone = KICKER_ZONE
    end_zone: Zone = GAP_ZONE


def headline_shaped(m: Measure, lines: int) -> bool:
    """Could this block be a headline: a short title-like line, not a list item or label?"""
    if lines > 2 or not 1 <= m.words <= MAX_HEADLINE_WORDS or len(m.text) > 320:
        return False
    if _LIST_MARK.match(m.text) or m.text.rstrip().endswith(":") or _ends_by(m.text):
        return False
    if not _two_letters(m.text):
        return False
    if m.title or _ABBREVIATION_END.search(m.text):
        return True
    stripped = m.text.rstrip("\"'”’»)] \t")
    return stripped.endswith(("?", "!")) and m.words <= 30


def _two_letters(text: str) -> bool:
    """Has ``text`` two letters at least? (It stops at the second, not at the end.)"""
    seen = 0
    for ch in text:
        if ch.isalpha():
            seen += 1
            if seen == 2:
                return True
    return False


def glued_links(text: str) -> bool:
    """Is a title-shaped line the links of a box glued together ("Please log in to
    bookmark this story.Log InCreate Free Account", "The Verge logo.The Verge homepage")?"""
    return _GLUED.search(text) is not None


@functools.cache
def _social() -> frozenset[str]:
    return lexicon.words("social_networks.txt")


@functools.cache
def _notices() -> tuple[str, ...]:
    return tuple(p.casefold() for p in lexicon.entries("notice_phrases.txt"))


@functools.cache
def _long_social() -> tuple[str, ...]:
    """The social networks' names of some letters: a bar of links names one at least
    (a cheap test before the words are counted)."""
    return tuple(name for name in _social() if len(name) >= 5)


#: What stands before the agency in a photo credit ("Jane Doe/AFP", "Belga via AFP").
_CREDIT_MARK = regex.compile(r"/|[ \t]via[ \t]")
#: A credit's agency is short.
MAX_CREDIT_CHARS = 40
_PICTURE_DESKS = frozenset(
    {"getty images", "getty", "picture alliance", "imago", "imago images", "shutterstock"}
)


#: A caption's sentence closed by its photographer and agency, "Name Surname / Agency"
#: ("… in Helsinki in February. Jane Doe / Lehtikuva"): a sentence ends, then two or
#: three capitalised words, a spaced slash and one or two capitalised words end the line.
_CAPTION_CREDIT = regex.compile(
    r"\p{Ll}[.!?][ \t]+\p{Lu}[\p{L}'’\-]*+(?:[ \t]\p{Lu}[\p{L}'’\-]*+){1,2}"
    r"[ \t]/[ \t]\p{Lu}[\p{L}\-]*+(?:[ \t]\p{Lu}[\p{L}\-]*+)?$"
)
#: How far from the end of a line a photographer's credit is looked for.
MAX_CAPTION_CREDIT = 90


def photo_credit(text: str) -> bool:
    """Does the line end as a caption does, with a photo credit: a slash or "via" and
    a news agency or a picture desk ("… | Arthur Gekiere/Belga via AFP"), or, after
    the caption's sentence, a photographer's name and agency ("… in February. Jane Doe
    / Lehtikuva")?"""
    line = text.rstrip()
    marks = list(_CREDIT_MARK.finditer(line, max(0, len(line) - MAX_CREDIT_CHARS)))
    if not marks:
        return False
    who = line[marks[-1].end() :].strip()
    if who.casefold() in _PICTURE_DESKS or byline.agency_pattern().fullmatch(who) is not None:
        return True
    return _CAPTION_CREDIT.search(line, max(0, len(line) - MAX_CAPTION_CREDIT)) is not None


def page_notice(text: str) -> bool:
    """Is a short line page furniture that may look like a title: a PHP error, a bar
    of links to social networks ("FB TW Pinterest Insta SC", "Besuchen Sie uns bei
    Facebook Folgen Sie uns bei Twitter …"), a caption closed by a photo credit, or an
    affiliate or advertising disclosure ("Anzeige, enthält Affiliate Links")?"""
    if len(text) > MAX_QUOTING_CHARS:
        return False
    if script_error(text):
        return True
    folded = text.casefold()
    # (``map`` over ``str.__contains__`` runs the look-ups in C: this test is made for
    # every short line of a header)
    if any(map(folded.__contains__, _long_social())) and _social_links(text):
        return True
    if photo_credit(text):
        return True
    if ui_line(text):
        return True
    return any(map(folded.__contains__, _notices()))


#: A bar of bracketed links ("[spanish] [greek] [english]"): two bracketed items at least
#: and nothing else but separators.
_BRACKET_BAR = regex.compile(r"[ \t]*+(?:\[[^\[\]\n]{1,30}\][ \t|/·•,]*+){2,}")
#: A counter of nothing ("0 Kommentare", "0 nowych wpisów"): a zero opens a short line.
_ZERO_COUNT = regex.compile(r"[ \t]*+0[ \t]++\p{L}")
#: A shop's link naming its domain ("mp3 bei amazon.de", "Buy at example.com"): a short
#: lower-case word, then a lower-case domain name, end the line (a title naming a site
#: spells it capitalised: "Schneekarten auf Gipfelbuch.ch").
_SHOP_LINK = regex.compile(r"(?:^|[ \t])\p{Ll}{1,4}[ \t]++(?:[\p{Ll}\d\-]++\.)++\p{Ll}{2,6}[ \t]*+$")
#: Words at most in a shop's link (a domain name counts as one).
MAX_SHOP_WORDS = 4
#: A pager's number after its word, then a mark or the line's end ("Seite 1 \\ …",
#: "Page 2 | …"; not "Page 3 girls return").
_PAGE_NUMBER = regex.compile(r"[ \t]*+(\p{L}++)[ \t]++\d{1,3}[ \t]*+(?:[\\/|:–—\-]|$)")
#: Words at most in a counter or a pager's heading ...
MAX_UI_WORDS = 10
#: ... and in a salutation (which may name its readers at length).
MAX_SALUTATION_WORDS = 20


@functools.cache
def _salutations() -> frozenset[str]:
    return lexicon.words("salutations.txt")


@functools.cache
def _page_words() -> frozenset[str]:
    return lexicon.words("page_words.txt")


def ui_line(text: str) -> bool:
    """Is a short line page furniture by its own shape: a bar of bracketed links, a
    counter of nothing ("0 Kommentare"), a shop's link naming its domain ("mp3 bei
    amazon.de"), a pager's heading ("Seite 1 \\ A wie Anno 1800") or a letter's
    salutation ending on a comma ("Liebe Leserinnen und Leser,")?  None of these is
    ever a headline, however title-like its letters.

    Each pattern runs only on a line that shows what it needs (an opening bracket or a
    zero first, a dot, a salutation's or a pager's word first): most lines show none."""
    opening = text.lstrip()[:1]
    if opening == "[" and _BRACKET_BAR.fullmatch(text.rstrip()):
        return True
    first = shape.WORD.search(text)
    if first is None:
        return False
    key = first.group().casefold()
    salutation = key in _salutations()
    pager = key in _page_words()
    zero = opening == "0"
    shop = _ends_on_domain(text)
    if not (salutation or pager or zero or shop):
        return False
    words = shape.word_count(text)
    if salutation and words <= MAX_SALUTATION_WORDS and _salutation(text, first.end()):
        return True
    if words > MAX_UI_WORDS:
        return False
    if zero and _ZERO_COUNT.match(text):
        return True
    if shop and len(text.split()) <= MAX_SHOP_WORDS and _SHOP_LINK.search(text):
        return True
    # (the pager's word is the line's first: the gate above asked for it)
    return pager and _PAGE_NUMBER.match(text) is not None


def _ends_on_domain(text: str) -> bool:
    """Does the line end on a lower-case top-level domain (".de", ".com"), as a shop's
    link does? (A cheap look before :data:`_SHOP_LINK`.)"""
    line = text.rstrip()
    dot = line.rfind(".", max(0, len(line) - 7))
    return 2 <= len(line) - dot - 1 <= 6 and dot > 0 and line[-1].islower()


def _salutation(text: str, after: int) -> bool:
    """Does a letter's salutation (its word ends at ``after``) make up the line: a comma
    at the end, or the addressee, a comma and an exclamation ("Liebe Freunde, in Nord
    und Süd, wo immer Ihr lebt!")?"""
    line = text.rstrip()
    if line.endswith(","):
        return True
    # "Liebe Leserinnen, liebe Leser!": the addressee, a comma, and an exclamation at the end
    return line.endswith("!") and _ADDRESSEE.match(line, after) is not None


#: The addressee after a salutation's word, then a comma: a word or more ("Liebe
#: Freunde, …"; not "Liebe, Tod und Teufel!", where the word is a noun).
_ADDRESSEE = regex.compile(r"(?:[ \t]++[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*+){1,6},")


def _social_links(text: str) -> bool:
    """Do names of social networks make up half the line's words (two at least), or
    do several follow the same word, as a run of follow links does?"""
    words = [w.casefold() for w in shape.WORD.findall(text)]
    social = _social()
    hits = [k for k, w in enumerate(words) if w in social]
    if len({words[k] for k in hits}) < 2:
        return False
    if 2 * len(hits) >= len(words):
        return True
    leads = [words[k - 1] for k in hits if k > 0 and words[k - 1] not in social]
    return any(leads.count(w) >= FOLLOW_LINKS for w in set(leads))


#: A byline this many blocks further up than ``REACH_BACK`` still draws the window to it ...
BYLINE_REACH_BACK = 60
#: ... with this many blocks over it, for its headline and deck.
OVER_BYLINE = 8


def window_start(measures: Sequence[Measure], first: int) -> int:
    """Where the header window starts: ``REACH_BACK`` blocks before the body's first
    block (not counting PHP errors, which take no room), or, when no byline
    stands between, a little above the nearest byline further up (a product page puts a
    price box and a list of pros and cons between the header and the review's text)."""
    lo = first
    counted = skipped = 0
    while lo > 0 and counted < REACH_BACK:
        lo -= 1
        if skipped < MAX_NO_ROOM and script_error(measures[lo].text):
            skipped += 1  # a PHP error takes no room
        else:
            counted += 1
    if any(m.byline is not None for m in measures[lo:first]):
        return lo
    for j in range(lo - 1, max(-1, lo - 1 - BYLINE_REACH_BACK), -1):
        if measures[j].byline is not None:
            return max(0, j - OVER_BYLINE)
    return lo


def window_end(measures: Sequence[Measure], first: int, last: int) -> int:
    """Where the header window ends: a few blocks into the prose run, and past the
    run's opening menus and teasers until three paragraphs of prose are behind (the run
    may open with lines that carry figures)."""
    if first > last:
        return min(len(measures), first)
    seen = 0
    i = first
    stop = min(last + 1, first + MAX_INTO)
    while i < stop and (i < first + REACH_INTO or seen < 3):
        m = measures[i]
        seen += m.prose and m.words >= BODY_WORDS
        i += 1
        if seen == i - first == 3:
            break  # the run opens with three paragraphs: it is the body, from its start
    return i


def roles(text: str, blocks: Sequence[Block], measures: Sequence[Measure], lo: int, hi: int) -> list[Role]:
    """The role of each block in ``[lo, hi)``."""
    out: list[Role] = []
    for i in range(lo, hi):
        out.append(_role(text, blocks[i], measures[i]))
    # A numbered line under a breadcrumb's step that ends with it is the page's title,
    # its number an ordinal ("4. 15. Zukunftsforum Ländliche Entwicklung" over "15.
    # Zukunftsforum Ländliche Entwicklung"), not a list's next item.
    for k in range(1, len(out)):
        i = lo + k
        if (
            out[k].kind == "list"
            and _ORDINAL.match(measures[i].text)
            and out[k - 1].kind in ("list", "furniture")
            and len(blocks[i].lines) == 1
        ):
            key = shape.normalise(measures[i].text)
            above = shape.normalise(measures[i - 1].text)
            if key.count(" ") >= 2 and above.endswith(" " + key) and measures[i].title:
                out[k] = Role("title", candidate=0.0)
    # A headline may be written as a sentence or two ("Goats ruled this island. Now, it's
    # being reborn."): a short line of prose right under a kicker, with a byline a few
    # blocks under it, is a title; so is one right after a menu with the byline right under it.
    for k in range(1, len(out)):
        i = lo + k
        if out[k].kind == "prose" and _sentence_headline(measures[i], len(blocks[i].lines)):
            over = measures[i - 1]
            kicker = over.verdict is not None and over.verdict.kind == "kicker"
            label = out[k - 1].kind == "title" and over.words <= 2
            signed = any(r.kind in ("byline", "label") for r in out[k + 1 : k + 1 + SENTENCE_BYLINE_REACH])
            if ((kicker or label) and signed) or _signed_under_menu(out, k):
                out[k] = Role("title", candidate=SENTENCE_SHAPE)
    _meta_list_names(text, blocks, lo, out)
    _author_handles(measures, lo, out)
    _about_blurbs(measures, lo, out)
    # A "By" or "Author" label makes the names on the next line a byline.
    for k in range(len(out) - 1):
        if out[k].kind == "label" and out[k + 1].kind in ("name", "other", "title", "list", "byline"):
            found = _names_after_label(text, blocks[lo + k + 1])
            if found is not None:
                out[k + 1] = Role("byline", found)
    return out


def _signed_under_menu(out: Sequence[Role], k: int) -> bool:
    """Is the short sentence ``k`` the first line after a menu (a list item or furniture
    right above it) with the byline right under it? A blog gives its headline so
    ("Warum ich lieber … sage." between the menu and "Jane Doe – 14.09.2022 – Kolumne")."""
    if not 0 < k < len(out) - 1:
        return False
    under = out[k + 1].byline
    signed = out[k + 1].kind == "byline" and under is not None and bool(under.names)
    return signed and out[k - 1].kind in ("list", "furniture")


#: A column's or an author's blurb under an "About" link is short.
MAX_BLURB_WORDS = 40
_ABOUT = regex.compile(r"(?i)[*•|\s]*about[\s|:»›]*")


def _about_blurbs(measures: Sequence[Measure], lo: int, out: list[Role]) -> None:
    """A short paragraph right under a bare "About" link or label ("About |") tells what
    a column, a blog or its author is ("Not your average Android news — …"): it is the
    column's header, furniture, not the body under a headline."""
    for k in range(1, len(out)):
        if out[k].kind != "prose" or out[k - 1].kind != "furniture":
            continue
        if measures[lo + k].words <= MAX_BLURB_WORDS and _ABOUT.fullmatch(measures[lo + k - 1].text):
            out[k] = Role("furniture")


#: How far under a byline or name line the author's card may give a handle.
HANDLE_REACH = 4
_HANDLE_WORD = regex.compile(r"@?([\p{L}\p{N}_.]{4,40})")


def _author_handles(measures: Sequence[Measure], lo: int, out: list[Role]) -> None:
    """A title-shaped line a few blocks under a byline that carries the author's name as
    one handle ("Plus Icon hadleymeares" under "By Hadley Meares") is the author's card,
    a link to their profile: furniture, not a title."""
    for k, role in enumerate(out):
        if role.byline is None or role.kind not in ("byline", "name"):
            continue
        # Two words at least, glued ("hadleymeares").
        glued = {"".join(p.name.split()).casefold() for p in role.byline.names if len(p.name.split()) > 1}
        if not glued:
            continue
        for t in range(k + 1, min(len(out), k + 1 + HANDLE_REACH)):
            if out[t].kind != "title":
                continue
            words = {found.group(1).casefold() for found in _HANDLE_WORD.finditer(measures[lo + t].text)}
            if glued & words:
                out[t] = Role("furniture")


def _meta_list_names(text: str, blocks: Sequence[Block], lo: int, out: list[Role]) -> None:
    """A list item of bare names next to a stamp item is the author in a blog post's
    meta list ("* 25. Juli 2019" / "* Jane Doe" / "* Category"), not a menu entry: a
    menu lists no dates. (A name item with no stamp beside it stays a list item.)"""
    for k, role in enumerate(out):
        block = blocks[lo + k]
        if role.kind != "list" or len(block.lines) != 1:
            continue
        beside = (k > 0 and out[k - 1].kind == "stamp") or (k + 1 < len(out) and out[k + 1].kind == "stamp")
        if not beside or not _LIST_MARK.match(text, block.start, block.end):
            continue
        found = byline.match_name_line(text, block.start, block.end)
        if found is not None and found.names:
            out[k] = Role("name", found)


#: A headline in sentence form: one line of a few words, two sentences at most; it is a
#: headline less often than a title-shaped line.
MIN_SENTENCE_HEADLINE = 5
MAX_SENTENCE_HEADLINE = 20
SENTENCE_SHAPE = -1.0
#: ... and it has a byline this many blocks under it at most.
SENTENCE_BYLINE_REACH = 3
_SENTENCE_STOP = regex.compile(r"\p{Ll}[.!?][\"”’]?(?:\s|$)")


def _sentence_headline(m: Measure, lines: int) -> bool:
    return (
        lines == 1
        and MIN_SENTENCE_HEADLINE <= m.words <= MAX_SENTENCE_HEADLINE
        and len(_SENTENCE_STOP.findall(m.text)) <= 2
    )


#: A line opening with a number and a full stop ("15. Zukunftsforum …").
_ORDINAL = regex.compile(r"\d{1,3}\.[ \t]")


def _names_after_label(text: str, block: Block) -> byline.BylineMatch | None:
    line = block.lines[0]
    found = byline.match_name_line(text, line.start, line.end)
    if found is None:
        found = byline.read_author_line(text, line.start, line.end)
    if found is None:
        # "By" on one line and a handle on the next ("By" / "CarolRomig").
        word = text[line.start : line.end].lstrip("*• \t")
        if _HANDLE.fullmatch(word):
            start = line.end - len(word)
            found = byline.BylineMatch(
                start, line.end, (byline.NameSpan(start, line.end, word),), None, "handle"
            )
    return found


def _role(text: str, block: Block, m: Measure) -> Role:
    lines = len(block.lines)
    if m.verdict is not None:
        return Role("stamp" if m.verdict.kind == "timestamp" else "furniture")
    if m.byline is not None:
        return Role("byline", m.byline)
    if m.dateline_alone:
        return Role("dateline")
    if not any(map(str.isalpha, m.text)) or _script_data(m.text):
        return Role("furniture")
    if lines <= 2 and (m.repeats >= MANY_REPEATS or page_notice(m.text)):
        return Role("furniture")
    if lines == 2 and _credit_under(text, block):
        return Role("furniture")  # a caption over its photo credit
    if lines == 1 and (byline.is_by_label(text, block.start, block.end) or _ends_by(m.text)):
        return Role("label")
    if lines == 1 and _CONTRIBUTION.match(m.text):
        return Role("staff")  # "Reviewed by Jane Doe": part of the header, not the byline
    if _NAV_ARROW.search(m.text):
        return Role("list")
    if lines == 2 and title_over_name(text, block):
        return Role("title", candidate=MULTILINE_SHAPE)
    if (lines == 1 and not (m.prose and m.words > MAX_PROSE_BYLINE)) or (
        lines <= MAX_HEADER_LINES and not m.prose and not _wrapped(text, block)
    ):
        found = _byline_in(text, block, m)
        if (
            found is not None
            and found.byline is not None
            and lines == 1
            and dated_title_start(text, block.lines[0], found.byline) is not None
        ):
            return Role("title", candidate=0.0)  # "1. März 2022 Ministerin Huber: Neue Regeln für …"
        if found is not None:
            return found
    if m.words >= 4 and not (m.prose and m.words >= BODY_WORDS) and _dated(text, block, m):
        return Role("dated")  # a paragraph a dateline opens is body, never a title
    if (
        lines == 1
        and m.words <= MAX_STAMP_WORDS
        and (_opens_with_date(text, block) or _label_and_date(text, block) or _named_month_stamp(m.text))
    ):
        return Role("stamp")
    dated = lines == 1 and m.words <= MAX_STAMP_WORDS and shape.count_digits(m.text) > 0
    if dated and _shared_date(m.text):
        return Role("stamp")  # "Teilen November 2022": a share button glued to the date
    if dated and _issue_line(m.text):
        return Role("stamp")  # "Ausgabe 2022/3 Kategorie: Grundlagen", "Erschienen in Heft 12 | 2022"
    if lines == 1 and m.words <= 6 and byline.is_staff_title(m.text):
        return Role("staff")
    if lines == 1 and m.words <= 6:
        agency = _agency_alone(m.text)
        if agency is not None:
            start = block.start + len(m.text) - len(m.text.lstrip(" \t*•·|"))
            end = block.start + len(m.text.rstrip(" \t*•·|"))
            return Role("byline", byline.BylineMatch(start, end, (), agency, "agency line"))
    if _LIST_MARK.match(m.text):
        return Role("list")
    if headline_shaped(m, lines):
        if glued_links(m.text):
            return Role("furniture")
        if m.words >= BODY_WORDS and _WHOLE_QUOTE.fullmatch(m.text):
            return Role("prose")  # a motto: a quoted sentence (and its note's number)
        penalty = (MULTILINE_SHAPE if lines > 1 else 0.0) + (BAR_SHAPE if _BAR.search(m.text) else 0.0)
        return Role("title", candidate=penalty)
    if m.prose:
        return Role("prose")
    return Role("other")


#: A line that is one quoted sentence, closed by its mark and maybe a note's number
#: ("“Es ist nicht zu wenig Zeit, die wir haben, … nutzen.”1").
_WHOLE_QUOTE = regex.compile(r"[ \t]*+[„“\"«‚‘][^\n„“\"«»”]{20,400}[.!?…][“”\"»‘’]\d{0,2}[ \t]*+")


@functools.cache
def _agencies() -> dict[str, str]:
    return {k.casefold(): v for k, v in names.agencies().items()}


def _agency_alone(text: str) -> str | None:
    """The agency, when the line is a news agency's name and nothing else ("The
    Canadian Press"), as a wire story's header credits it under the headline."""
    return _agencies().get(text.strip(" \t*•·|").casefold())


def _credit_under(text: str, block: Block) -> bool:
    """Is the block's last line a photo credit ("Photograph by Ed Marshall, …"), the
    line above it a caption?"""
    last = block.lines[-1]
    verdict = boilerplate.classify_line(text[last.start : last.end])
    return verdict is not None and verdict.kind == "caption"


def _wrapped(text: str, block: Block) -> bool:
    """Is the block one paragraph hard-wrapped over lines: does a line open in lower
    case in the middle of a sentence?"""
    return any(
        text[line.start : line.start + 1].islower() and not shape.ends_sentence(text[prev.start : prev.end])
        for prev, line in itertools.pairwise(block.lines)
    )


#: A title over its author's name in one block has this many words at least.
MIN_TITLE_OVER_NAME = 3
#: The title line of a title over its name does not end on these: a sentence's full
#: stop, a colon or a comma (a line of prose, a label).
_NOT_TITLE_CLOSE = ".:,;"


def title_over_name(text: str, block: Block) -> bool:
    """Is the two-line block a title with its author's name on the line under it ("Was
    ist eine Vorsatzschalung?" over "Jane Doe"), as a page's markup gives them once
    lost? The name opens with a known given name, so that a two-line title ("Downloading
    Python" over "Step by Step") stays whole; the title line is no name line itself and
    gives no date (a stamp over its byline is no title)."""
    top, last = block.lines[0], block.lines[-1]
    title = text[top.start : top.end]
    if shape.word_count(title) < MIN_TITLE_OVER_NAME or not title[:1].isupper():
        return False
    if title.rstrip()[-1:] in _NOT_TITLE_CLOSE or _LIST_MARK.match(title):
        return False
    # (the name line first: most blocks of two lines have none, and it is cheap to read)
    found = byline.match_name_line(text, last.start, last.end)
    if found is None or len(found.names) != 1 or not names.known_given_name(found.names[0].name):
        return False
    if find_stamps(text, top.start, top.end):
        return False  # "Published Fri, Dec 22 2023" over "Jane Doe": a stamp over its byline
    over = byline.read_header_line(text, top.start, top.end)
    return over is None or not (over.names or over.agency)


#: A title glued after the date that opens its line has this many words at least, and
#: this many of them open in lower case (a byline's names and titles do not).
MIN_DATED_TITLE_WORDS = 8
MIN_DATED_TITLE_LOWER = 3
#: The zone of a date glued before the headline.
DATE_BEFORE_ZONE = Zone("boilerplate", "structure: a date glued before the headline", "timestamp")


def dated_title_start(text: str, line: Line, found: byline.BylineMatch) -> int | None:
    """Where the title starts when a line read as names after a date is a title glued
    after its date ("1. Februar 2022 Ministerin Raab: Mehr Geld für die Kinderbetreuung
    in allen Ländern"): the date opens the line, and what follows is long and has words
    in lower case, as a sentence has and a line of names does not."""
    stamp = found.stamp
    if found.rule != "names with stamp or title" or stamp is None or not found.names:
        return None
    if text[line.start : stamp.start].strip(" \t*•·|") or stamp.end >= line.end:
        return None
    rest = text[stamp.end : line.end]
    start = stamp.end + len(rest) - len(rest.lstrip(" \t,–—-|·"))
    words = text[start : line.end].split()
    if len(words) < MIN_DATED_TITLE_WORDS or not words[0][:1].isupper():
        return None
    if sum(w[:1].islower() for w in words) < MIN_DATED_TITLE_LOWER or shape.ends_sentence(
        text[start : line.end]
    ):
        return None
    return start


def _date_glued_before(w: Window, i: int) -> int | None:
    """Where the title starts in title ``i`` past the date glued before it, if one is."""
    block = w.blocks[i]
    if len(block.lines) != 1 or w.kind(i) != "title":
        return None
    found = byline.read_header_line(w.text, block.start, block.end)
    return None if found is None else dated_title_start(w.text, block.lines[0], found)


#: The zone of an author's name under the headline in its block.
NAME_UNDER_ZONE = Zone("boilerplate", "structure: the author's name under the headline in its block", "other")


def _byline_in(text: str, block: Block, m: Measure) -> Role | None:
    """A byline or a name line in a block of up to three lines ("Jane Doe 8:41 PM on
    December 20, 2023" over "Share Tweet"); a line of prose is passed over."""
    name: byline.BylineMatch | None = None
    for line in block.lines:
        chunk = text[line.start : line.end]
        if shape.ends_sentence(chunk) and shape.is_prose(chunk):
            continue
        found = byline.read_header_line(text, line.start, line.end)
        if found is None or not (found.names or found.agency):
            continue
        if found.rule != "name-line":
            return Role("byline", found)
        if not _LIST_MARK.match(chunk):
            name = name or found  # a list item of names is a menu, not a byline
    if name is not None and name.names:
        # Two or three capitalised words may be a title ("Downloading Python"), unless
        # they start with a known given name.
        shaped = len(block.lines) == 1 and headline_shaped(m, 1)
        titled = shaped and not names.known_given_name(name.names[0].name)
        return Role("name", name, NAME_SHAPE if titled else None)
    return None


def _dated(text: str, block: Block, m: Measure) -> bool:
    """Does a dateline open a paragraph here? Not when a line of capitals merely has a
    dash in it ("CORN SUPPLY/DEMAND BY COUNTRY -- USDA"), nor a bare place before a
    colon in a title ("GOTY: Kotaku's Top 12 ..."), nor when a short line goes on after
    the date with no sentence's end ("Frist endet 1. Februar - Hinweise zur Düngung"):
    those are headlines."""
    found = dateline.match_dateline(text, block.start, block.end)
    if found is None:
        return False
    if m.prose:
        return True
    rest = text[found.end : block.end].strip()
    if (
        found.date is not None
        and len(block.lines) == 1
        and rest
        and not shape.ends_sentence(rest)
        and MIN_DATED_WORDS <= shape.word_count(rest) <= MAX_TITLE_REST
    ):
        return False  # "Sperrfrist 1. Februar - Hinweise zur Düngung": a title naming a date
    if found.rule != "place":
        return True
    if text[found.start : found.end].rstrip().endswith(":"):
        return False
    return shape.word_count(text[found.end : block.end]) >= MIN_DATED_WORDS


def _opens_with_date(text: str, block: Block) -> bool:
    start = block.start
    while start < block.end and text[start] in "*•·| \t":
        start += 1
    return timestamps.opens_with_date(text, start, block.end)


#: A section's label before a stamp line ("Energie 12.12.2022, 08:30 Uhr") has this
#: many capitalised words at most.
MAX_STAMP_LABEL = 2


#: A date in any language, with its clock time: day, the month's name, year and time
#: ("15 августа 2016, 13:43", "3. März 2021 um 10:15").
_NAMED_MONTH_STAMP = regex.compile(
    r"\d{1,2}\.?[ \t]+\p{L}{3,12}\.?[ \t]+(?:19|20)\d\d,?[ \t]+(?:\p{L}{1,3}[ \t]+)?\d{1,2}[:.]\d\d"
)


@functools.cache
def _issue_number() -> regex.Pattern[str]:
    """An issue's word and its number with the year, either way round ("Ausgabe 12 |
    2022", "Issue 2021/3")."""
    words = lexicon.alternation(sorted(lexicon.words("issue_words.txt")), ignore_case=True)
    return regex.compile(
        rf"(?i)(?<![\p{{L}}])(?:{words})\.?[ \t]{{1,3}}"
        r"(?:(?:19|20)\d\d[ \t]{0,3}[/|][ \t]{0,3}\d{1,2}"
        r"|\d{1,3}[ \t]{0,3}[/|][ \t]{0,3}(?:19|20)\d\d)(?![\d/])"
    )


def _issue_line(text: str) -> bool:
    """Does a short line name the periodical's issue by its number and year (a
    magazine's issue line, "Ausgabe 2022/3 Kategorie: Grundlagen")? A stamp of the
    page, not a title."""
    return _issue_number().search(text) is not None


@functools.cache
def _month_year() -> regex.Pattern[str]:
    """A month's name and a year, and nothing else ("November 2022", "mars 2021")."""
    names = [row[0] for row in lexicon.table("months.tsv") if row[1] != "day"]
    return regex.compile(rf"(?i)(?:{lexicon.alternation(names, ignore_case=True)})[ \t]{{1,3}}(?:19|20)\d\d")


#: A share button's words before a date are this many at most ("Teilen", "Share this").
MAX_SHARE_WORDS = 3


@functools.cache
def _share_openers() -> frozenset[str]:
    """The first words of the share phrases of every phrase table ("teilen", "share")."""
    return frozenset(
        row[1].split()[0].casefold()
        for name in boilerplate.PHRASE_FILES
        for row in lexicon.table(name)
        if row[0] == "share" and row[1].split()
    )


def _shared_date(text: str) -> bool:
    """Is the line a share button glued to the page's date, as a page loses its markup
    ("Teilen November 2022", "Share 12 May 2021")? The words before the date make a
    share bar; the rest is a date (a month and year, or a stamp)."""
    words = list(shape.WORD.finditer(text))
    if len(words) < 2 or words[0].group().casefold() not in _share_openers():
        return False
    for k in range(min(MAX_SHARE_WORDS, len(words) - 1), 0, -1):
        head, rest = text[: words[k - 1].end()], text[words[k].start() :].strip(" \t.,|")
        verdict = boilerplate.classify_line(head)
        if verdict is None or verdict.kind != "share":
            continue
        return _month_year().fullmatch(rest) is not None or timestamps.match_timestamp(rest) is not None
    return False


def _named_month_stamp(text: str) -> bool:
    """Is the line a date with a month's name and a clock time, and nothing else?"""
    return _NAMED_MONTH_STAMP.fullmatch(text.strip(" \t*•·|")) is not None


def _label_and_date(text: str, block: Block) -> bool:
    """Is the line a section's label and a full date with its clock time that ends it
    ("Energie 12.12.2022, 08:30 Uhr"), as a stamp line of a page is? (Without the time,
    "Sitzung 12. März 2021" may be a title.)"""
    stamps = find_stamps(text, block.start, block.end)
    if not stamps or "T" not in (stamps[0].iso_datetime or ""):
        return False
    if text[stamps[-1].end : block.end].strip(" \t.,|"):
        return False  # the date ends the line
    label = shape.WORD.findall(text, block.start, stamps[0].start)
    return 1 <= len(label) <= MAX_STAMP_LABEL and all(w[:1].isupper() for w in label)


@attrs.frozen(slots=True)
class Window:
    """The blocks around the top of the body and their roles (``kinds[k]`` is the role
    of block ``offset + k``); ``first`` is the prose run's first block."""

    text: str
    blocks: Sequence[Block]
    measures: Sequence[Measure]
    kinds: Sequence[Role]
    offset: int
    first: int
    _normalised: dict[int, str] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    _quoting: list[int] = attrs.field(factory=list, init=False, repr=False, eq=False)

    def quoting(self) -> list[int]:
        """The short blocks within reach of the window that may quote a title or give it
        in a title bar (they hold a quotation mark or a bar), found once."""
        if not self._quoting:
            lo = max(0, self.offset - REPEAT_REACH)
            hi = min(len(self.blocks), self.offset + len(self.kinds) + REPEAT_REACH)
            found = [
                j
                for j in range(lo, hi)
                if self.blocks[j].end - self.blocks[j].start <= MAX_QUOTING_CHARS
                and _MAY_QUOTE.search(self.text, self.blocks[j].start, self.blocks[j].end)
            ]
            self._quoting.extend(found or [-1])
        return self._quoting

    def normalised(self, i: int) -> str:
        """Block ``i`` as :func:`newsstruct.text.shape.normalise` gives it, worked out once."""
        found = self._normalised.get(i)
        if found is None:
            found = shape.normalise(self.text[self.blocks[i].start : self.blocks[i].end])
            self._normalised[i] = found
        return found

    def kind(self, i: int) -> str:
        k = i - self.offset
        return self.kinds[k].kind if 0 <= k < len(self.kinds) else ""

    def opens_body(self, j: int) -> bool:
        """Prose of some length, a block of the prose run, or a paragraph a dateline opens."""
        m = self.measures[j]
        if m.prose and m.words >= BODY_WORDS:
            return True
        if j >= self.first and (m.prose or _body_like(m)):
            return True
        return self.dated(j)

    def dated(self, j: int) -> bool:
        """Does a dateline open block ``j`` ("WALTHAM, Mass., March 11 - Kurzweil ...")?
        (Long paragraphs are prose to :func:`roles`; they are checked here, when asked.)"""
        kind = self.kind(j)
        if kind == "prose" and self.measures[j].words >= BODY_WORDS:
            return _dated(self.text, self.blocks[j], self.measures[j])
        return kind == "dated"


def _avatar_initials(w: Window, j: int) -> bool:
    """Is block ``j`` the initials of the name line under it, between two name lines
    ("Jane Doe" / "AP" / "Ann Poe")? Then it joins the names, even where the initials
    spell an agency's."""
    if w.kind(j - 1) != "name" or w.kind(j + 1) != "name":
        return False
    names = w.kinds[j + 1 - w.offset].byline
    block = w.blocks[j]
    return (
        names is not None
        and bool(names.names)
        and byline.is_joiner(w.text, block.start, block.end, names.names[0].name)
    )


#: Blocks that take no room may stretch a header's reach by this many blocks at most.
MAX_NO_ROOM = 400


def no_room(m: Measure) -> bool:
    """Does block ``m`` take no room in a header: a widget's placeholder the page repeats
    ``MANY_REPEATS`` times or more, or a PHP error a broken page prints (a page may print
    hundreds of them between its headline and its text)?"""
    return m.repeats >= MANY_REPEATS or script_error(m.text)


def script_error(text: str) -> bool:
    """Is ``text`` a PHP error ("Strict Standards: … in /www/… on line 661")?"""
    return (
        len(text) <= MAX_QUOTING_CHARS
        and _SCRIPT_ERROR.match(text) is not None
        and _SCRIPT_ERROR_PLACE.search(text) is not None
    )


def _look_end(w: Window, i: int) -> int:
    """Where the walk after title ``i`` stops: ``MAX_LOOK`` blocks on, not counting the
    blocks that take no room (``MAX_NO_ROOM`` of them at most)."""
    hi = w.offset + len(w.kinds)
    j = i + 1
    counted = skipped = 0
    while j < hi and counted < MAX_LOOK:
        if skipped < MAX_NO_ROOM and w.kind(j) == "furniture" and no_room(w.measures[j]):
            skipped += 1
        else:
            counted += 1
        j += 1
    return j


def evidence(i: int, w: Window) -> Evidence:
    """Walk the blocks after title ``i``: deck, byline, stamps, furniture, then the body.

    A byline or stamp counts only near the title (``META_REACH`` blocks, not counting
    the placeholders of a widget the page repeats ``MANY_REPEATS`` times or more).
    """
    found_byline = stamp = body = deck = None
    decks = others = seen = 0
    lede = False
    meta_end = i + 1
    names: list[int] = []
    stop = _look_end(w, i)
    end = stop
    placeholders = 0  # a widget's lines the page repeats many times take no room
    for j in range(i + 1, stop):
        kind = w.kind(j)
        if kind == "furniture" and no_room(w.measures[j]):
            placeholders += 1
            continue
        meta = found_byline is not None or stamp is not None or bool(names)
        near = j - i - placeholders <= META_REACH
        if kind in ("byline", "label"):
            if near and found_byline is None and not _avatar_initials(w, j):
                found_byline, meta_end = j, j + 1
            continue
        if kind == "name":
            if near:
                names.append(j)
            continue
        if kind == "stamp":
            if near and stamp is None:
                stamp, meta_end = j, j + 1
            continue
        if kind == "dateline":
            # A wire dateline on its own line dates the story, and the body follows it.
            stamp = stamp if stamp is not None else j
            after = _next_content(w, j + 1, stop)
            if after is not None:
                body, end = after, after
                break
            continue
        if kind in ("furniture", "staff") or (kind == "list" and w.measures[j].words <= SHORT_LIST):
            continue  # share bars, tags, captions
        if kind == "title" and _section_label(w, j):
            continue  # "Reviews" over the byline: the section's label, no deck
        seen += 1
        if seen > LOOK_AHEAD:
            end = j
            break
        if kind in ("prose", "other", "title", "dated") and w.opens_body(j):
            if (
                not meta
                and not lede
                and decks < 2
                and seen <= 2
                and w.measures[j].words <= MAX_DECK_WORDS
                and (kind != "title" or (seen == 1 and _standfirst(w, j, i)))
                and kind != "dated"
                and not w.dated(j)
            ):
                deck = deck if deck is not None else j
                decks += 1
                lede = True  # one paragraph may stand between a headline and its byline
                continue
            body, end = j, j
            break
        if kind in ("prose", "title", "other") and not meta and decks < 2:
            deck = deck if deck is not None else j
            decks += 1
            continue
        others += 1
        if others > MAX_OTHERS:
            end = j
            break
    # A line of bare names counts as the byline over a staff title ("Jane Doe" over
    # "Politics Reporter"), or, when it opens with a known given name, next to a stamp
    # or right under the headline and its deck.
    for j in names:
        if found_byline is None and (
            w.kind(j + 1) == "staff"
            or stamp == j + 1
            or (_given(w, j) and (_under_stamp(w, j, stamp) or j - 1 - i <= decks))
        ):
            found_byline = j
            meta_end = max(meta_end, j + 1)
    meta = found_byline is not None or stamp is not None
    if body is None and deck is not None and not meta:
        body, end, decks = deck, deck, 0
    return Evidence(found_byline, stamp, body, decks, others, end, meta_end)


def _under_stamp(w: Window, j: int, stamp: int | None) -> bool:
    """Does block ``j`` stand under the stamp line, past furniture only (the photo's
    caption between a stamp and the author's name)?"""
    if stamp is None or stamp >= j:
        return False
    k = j - 1
    while k > stamp and w.kind(k) == "furniture":
        k -= 1
    return k == stamp


def _section_label(w: Window, j: int) -> bool:
    """Is title ``j`` a section's label right over the byline or stamp: a word or two
    that the page repeats (in its menu: "Reviews" between a deck and "By Jane Doe")?"""
    m = w.measures[j]
    if w.kind(j) != "title" or m.words > MENU_LABEL_WORDS or m.repeats < 2:
        return False
    return w.kind(_past_furniture(w, j + 1)) in ("byline", "label", "stamp")


def meta_before(i: int, w: Window) -> str | None:
    """A byline or stamp just above title ``i`` (past furniture and a short kicker), as
    blogs and some magazines set them: "byline" or "stamp"."""
    kickers = 0
    for j in range(i - 1, max(w.offset - 1, i - 1 - BEFORE_REACH), -1):
        kind = w.kind(j)
        if kind in ("byline", "label"):
            return "byline"
        if kind in ("stamp", "name") and w.kind(j - 1) in ("byline", "name", "label"):
            return "byline"
        if kind == "stamp":
            return "stamp"
        if kind == "furniture":
            continue
        if kind in ("title", "name") and w.measures[j].words <= 3 and kickers == 0:
            kickers += 1
            continue
        return None
    return None


def pick_headline(w: Window) -> Pick | None:
    """The best-scoring title in the window, or None when no title has a header's
    neighbourhood."""
    best: tuple[float, int] | None = None
    best_pick: Pick | None = None
    cut = 0  # body-like blocks of the run before the title (a headline there cuts them off)
    titled = False  # the last block that is no furniture nor stamp is a title of some words
    plain = _plain_top(w)
    for k, role in enumerate(w.kinds):
        i = w.offset + k
        if role.candidate is not None:
            ev = evidence(i, w)
            score, why = _score(i, ev, w, cut, role.candidate)
            if plain and i == 0 and not _titles_between(w, i, ev):
                score += TOP_OF_PLAIN_TEXT
                why.append("top of a text with no furniture above the body")
            key = (score, -abs(w.first - i))
            if score >= MIN_SCORE and (best is None or key > best):
                best = key
                best_pick = Pick(i, ev, "headline: " + ", ".join(why))
        if i >= w.first and (_body_like(w.measures[i]) or role.kind == "dated" or _sentence(w.measures[i])):
            # A stamp line opening the run belongs to the title over it, if any; a
            # title under it cuts it off that header. With no title over it, it dates
            # the headline under it ("Energie 12.12.2022, 08:30 Uhr" over the title).
            # Furniture (a PHP error, glued links) and a byline are no body to cut off.
            cut += role.kind not in _NOT_CUT and (role.kind != "stamp" or titled)
        if role.kind not in ("furniture", "stamp"):
            # (A short label, "Sport", owns no stamp: it is a kicker over the header.)
            titled = role.candidate is not None and w.measures[i].words >= LONG_TITLE
    if best_pick is None:
        return None
    fuller = _fuller_below(w, best_pick.index)
    if fuller is not None:
        below, start = fuller
        best_pick = Pick(
            below,
            evidence(below, w),
            best_pick.rule + ", the fuller title on the line below",
            start,
        )
    return _trimmed(w, best_pick)


#: A fuller title under the picked one adds this many words at least, the picked one
#: has this many ...
MIN_FULLER_WORDS = 2
MIN_TITLE_WORDS = 3
#: ... and a kicker glued before the fuller one at most this many.
MAX_FULLER_KICKER = 6


def _fuller_below(w: Window, i: int) -> tuple[int, int | None] | None:
    """The line just below title ``i`` (past stamps and furniture) that gives the same
    title at more length, as pages set a short title over the story's full one
    ("Teil 49" / "Dienstag, 2. November 2021" / "Teil 49 – Büssing-NAG (1931 – 1945)"),
    and where the title starts in it, when a kicker stands glued before it."""
    block = w.blocks[i]
    if len(block.lines) != 1:
        return None
    title = w.text[block.start : block.end].strip()
    words = shape.word_count(title)
    if words < MIN_TITLE_WORDS:
        return None
    for j in range(i + 1, min(w.offset + len(w.kinds), i + 4)):
        if w.kind(j) in ("furniture", "stamp"):
            continue
        below = w.blocks[j]
        if len(below.lines) != 1 or below.end - below.start > MAX_QUOTING_CHARS:
            return None
        line = w.text[below.start : below.end]
        at = line.find(title)
        after = line[at + len(title) : at + len(title) + 1]
        if at < 0 or (at > 0 and line[at - 1] != " ") or after.isalnum() or shape.ends_sentence(line):
            return None
        kicker = shape.word_count(line[:at])
        if shape.word_count(line) - kicker < words + MIN_FULLER_WORDS or kicker > MAX_FULLER_KICKER:
            return None
        if kicker and _dangles(line[:at]):
            return (
                None  # the title is a phrase of another line ("HR Innovation in einer Enterprise 2.0 – ...")
            )
        return j, (below.start + at if kicker else None)
    return None


def _trimmed(w: Window, pick: Pick) -> Pick:
    """The pick with what its block holds besides the headline cut off: the author's
    name under it, a date or a kicker before it, a deck after a wide gap or glued on,
    a format label at its end."""
    block = w.blocks[pick.index]
    if len(block.lines) == 2 and title_over_name(w.text, block):
        return _ending(
            pick, block.lines[0].end, "the author's name under it in its block cut off", NAME_UNDER_ZONE
        )
    if len(block.lines) != 1:
        return pick  # every cut below reads one line
    dated = _date_glued_before(w, pick.index)
    if dated is not None:
        pick = _starting(pick, dated, "a date glued before it", DATE_BEFORE_ZONE)
    else:
        start = glued_kicker(w, pick.index)
        if start is not None:
            pick = _starting(pick, start, "a kicker glued before it", KICKER_ZONE)
    end = gap_end(w, pick.index, pick.start)
    if end is not None:
        pick = _ending(pick, end, "ends at a wide gap in its line", GAP_ZONE)
    else:
        end = glued_tail(w, pick.index, pick.start)
        if end is not None:
            pick = _ending(pick, end, "a deck glued after it cut off", TAIL_ZONE)
    lo = block.start if pick.start is None else pick.start
    hi = block.end if pick.end is None else pick.end
    cut = headline_cuts.kicker_cut(w.text, lo, hi) if pick.start is None else None
    if cut is not None:
        lo = cut.at
        pick = _starting(pick, cut.at, cut.rule, cut.zone)
    cut = headline_cuts.tail_cut(w.text, lo, hi)
    return pick if cut is None else _ending(pick, cut.at, cut.rule, cut.zone)


def _starting(pick: Pick, at: int, rule: str, zone: Zone) -> Pick:
    """The pick starting at ``at`` in its block, what stands before taking ``zone``."""
    return attrs.evolve(pick, start=at, rule=f"{pick.rule}, {rule}", start_zone=zone)


def _ending(pick: Pick, at: int, rule: str, zone: Zone) -> Pick:
    """The pick ending at ``at`` in its block, what stands after taking ``zone``."""
    return attrs.evolve(pick, end=at, rule=f"{pick.rule}, {rule}", end_zone=zone)


#: How far above the headline a line giving the title alone is looked for, in blocks.
TITLE_ALONE_REACH = 60
#: A title given alone above its glued line has this many letters at least.
MIN_ALONE_LETTERS = 4


def glued_tail(w: Window, i: int, start: int | None) -> int | None:
    """Where the headline ends in title ``i`` when a deck or caption stands glued
    after it by a bare space, as a page's markup gives them once lost ("Alte Zeche
    Blick auf den Förderturm"). The page must show the cut: a line of its own above,
    not a list item, gives the title alone ("Alte Zeche"), and what follows it can
    stand apart (:func:`_tail_apart`). The longest title given alone wins."""
    block = w.blocks[i]
    if len(block.lines) != 1:
        return None
    lo = block.start if start is None else start
    raw = w.text[lo : block.end].rstrip()
    if len(raw) > MAX_QUOTING_CHARS:
        return None
    splits = {m.start() for m in _BARE_SPACE.finditer(raw) if _tail_apart(raw[m.start() + 1 :])}
    if not splits:
        return None
    best: int | None = None
    for j in range(max(0, i - TITLE_ALONE_REACH), i):
        other = w.blocks[j]
        if len(other.lines) != 1 or other.end - other.start > len(raw) or w.measures[j].listed:
            continue
        alone = w.text[other.start : other.end].strip()
        at = len(alone)
        if (
            at in splits
            and raw.startswith(alone)
            and sum(ch.isalpha() for ch in alone) >= MIN_ALONE_LETTERS
            and (best is None or at > best)
        ):
            best = at
    return None if best is None else lo + best


def _tail_apart(tail: str) -> bool:
    """Can ``tail`` stand apart from the title before it: a deck or caption of its own
    (it opens with a capital, "Blick auf den Förderturm"), or one word that needs an
    object the line does not give ("... Oriental Rice with"), what is left of a label
    cut short? A tail opening in lower case continues the title's own phrase ("Welpen
    kaufen", "10 Tipps für ein schlankes Fest"), which a shorter title elsewhere (a
    breadcrumb's) only abridges."""
    if tail[:1].isupper():
        return True
    word = tail.strip().casefold()
    return word in _dangling() or word in _prepositions()


#: A run of this many spaces inside a line is a gap between two cells of a page's
#: layout table, not a space between words.
GAP_SPACES = 8
_GAP = regex.compile(rf"[ \t\u00a0\u3000]{{{GAP_SPACES},}}")


def gap_end(w: Window, i: int, start: int | None) -> int | None:
    """Where the headline ends in title ``i`` when a deck, caption or teaser stands
    after it on the same line across a wide gap of spaces, as a page laid out in table
    cells gives them once its markup is lost ("Title<many spaces>Caption"). A title
    never holds such a gap between its own words."""
    block = w.blocks[i]
    if len(block.lines) != 1:
        return None
    lo = block.start if start is None else start
    found = _GAP.search(w.text, lo, block.end)
    if found is None or found.end() >= block.end or shape.word_count(w.text[lo : found.start()]) < 1:
        return None
    return found.start()


#: What stands between a kicker and its headline where the page gives them apart.
_KICKER_SEPARATORS = (" - ", " – ", " — ", ": ", " : ", " | ", " · ")
#: A headline after a glued kicker has this many words at least.
MIN_AFTER_KICKER = 3
#: A single space between two words (where a kicker and its headline may be glued).
_BARE_SPACE = regex.compile(r"(?<=[\p{L}\p{N}'’\"“”»)?!.]) (?=[\p{L}\p{N}„“\"«'‘])")


def glued_kicker(w: Window, i: int) -> int | None:
    """Where the headline proper starts in title ``i`` when a kicker stands glued
    before it by a bare space, as a page's markup gives them once lost ("Interne
    Unterlagen im Netz Daten von Rheinmetall gehackt"). The page must show the cut: a
    line elsewhere gives the two apart with a separator ("Daten von Rheinmetall
    gehackt - Interne Unterlagen im Netz", "Grenzschließungen: Deutschland, …"), or
    the breadcrumb trail right above ends with the kicker."""
    block = w.blocks[i]
    if len(block.lines) != 1:
        return None
    raw = w.text[block.start : block.end].rstrip()
    if len(raw) > MAX_QUOTING_CHARS:
        return None
    splits = [
        at
        for at in (m.start() for m in _BARE_SPACE.finditer(raw))
        if shape.word_count(raw[at + 1 :]) >= MIN_AFTER_KICKER
    ]
    if not splits:
        return None
    trail = _trail_above(w, i)
    # A line giving the two apart holds the first and the last word of the title.
    head, tail = raw[: splits[0]], raw[splits[-1] + 1 :]
    others = [other for other in _lines_near(w, i) if head in other and tail in other]
    for at in splits:
        kicker, title = raw[:at], raw[at + 1 :]
        if trail is not None and trail.endswith(" " + shape.normalise(kicker)):
            return block.start + at + 1
        for other in others:
            if any(
                kicker + sep + title in other or title + sep + kicker in other for sep in _KICKER_SEPARATORS
            ):
                return block.start + at + 1
    return None


def _trail_above(w: Window, i: int) -> str | None:
    """The breadcrumb trail just above block ``i`` (past furniture), normalised."""
    for j in range(i - 1, max(w.offset - 1, i - 3), -1):
        if len(w.blocks[j].lines) == 1 and _TRAIL.search(w.measures[j].text):
            return w.normalised(j)
        if w.kind(j) != "furniture":
            return None
    return None


def _lines_near(w: Window, i: int) -> list[str]:
    """The short lines of the page that may give a title apart from its kicker: the
    window's lines and the title bars and comment headings within reach."""
    found: list[str] = []
    seen: set[int] = set()
    near = range(max(w.offset, i - 30), min(w.offset + len(w.kinds), i + 30))
    for j in itertools.chain(near, w.quoting()):
        if j < 0 or j == i or j in seen or abs(j - i) > REPEAT_REACH:
            continue
        seen.add(j)
        block = w.blocks[j]
        if block.end - block.start <= MAX_QUOTING_CHARS:
            found.extend(w.text[line.start : line.end] for line in block.lines)
    return found


#: Roles of the run's opening blocks that a headline under them does not cut off.
_NOT_CUT = frozenset({"furniture", "byline", "label", "staff"})


def _titles_between(w: Window, i: int, ev: Evidence) -> bool:
    """Does another title stand between title ``i`` and the body it found (a menu line,
    a login label over a second title)? Then ``i`` does not head the body directly."""
    stop = ev.body if ev.body is not None else ev.end
    return any(
        w.kinds[k - w.offset].kind == "title" for k in range(i + 1, min(stop, w.offset + len(w.kinds)))
    )


def _plain_top(w: Window) -> bool:
    """Is there nothing but plain blocks above the body (no menu, no furniture, no list)?
    Then the text starts with its article, and its first title is the headline."""
    return w.offset == 0 and all(
        m.verdict is None and not m.listed and m.repeats <= 1 for m in w.measures[: w.first]
    )


def _long_body(w: Window, start: int) -> bool:
    """Does a body of some length start at ``start``: prose of ``LONG_BODY_WORDS`` within
    the next ``LONG_BODY_BLOCKS`` blocks (a teaser under another story's title is short)?"""
    words = 0
    for j in range(start, min(len(w.measures), start + LONG_BODY_BLOCKS)):
        m = w.measures[j]
        if m.prose:
            words += m.words
            if words >= LONG_BODY_WORDS:
                return True
    return False


def _sentence(m: Measure) -> bool:
    """A short sentence of running text (a headline never cuts one off the body)."""
    return m.prose and m.words >= SENTENCE_WORDS and not m.title


def _body_like(m: Measure) -> bool:
    """Prose, or a table row of running text ("Net loss 23.3 mln vs loss 44.8 mln")."""
    if m.prose:
        return m.words >= BODY_WORDS
    return m.words >= 3 and shape.count_digits(m.text) >= 2


def _score(i: int, ev: Evidence, w: Window, cut: int, shape_score: float) -> tuple[float, list[str]]:
    m = w.measures[i]
    score = shape_score
    why: list[str] = []
    if ev.byline is not None:
        score += 4
        why.append("byline follows")
    if ev.stamp is not None:
        score += 2
        why.append("stamp follows")
    if ev.body is not None:
        score += 2
        why.append("body follows")
        if _long_body(w, ev.body):
            score += 1
            why.append("a long body")
    if ev.byline is None and ev.stamp is None:
        before = meta_before(i, w)
        if before is not None:
            score += 2 if before == "byline" else 1
            why.append(f"{before} above")
    if m.text[:1].islower():
        first_word = m.text.split(maxsplit=1)[0]
        # A line that opens on a plain lower-case word is the rest of one cut in two
        # ("from Washington and beyond"); a brand's ("iPhone 15 review") is a headline's.
        score -= BRAND_START if any(ch.isupper() for ch in first_word) else LOWER_START
        why.append("lower-case start")
    if m.repeats > 1 and max(m.words, _parts(m.text)) <= MENU_LABEL_WORDS and not _post_title(w, i, ev):
        score -= MENU_LABEL
        why.append("a short label the page repeats")
    if _full_date(w, i):
        if _date_glued_before(w, i) is not None:
            score += 2
            why.append("dated by the date that opens its line")
        else:
            score -= DATED_TITLE
            why.append("carries a full date")
    if _dangles(m.text):
        score -= UNFINISHED
        why.append("ends on a word that needs another")
    if _ADDRESS.search(m.text):
        score -= UNFINISHED
        why.append("holds a web or e-mail address")
    if _trail(m.text):
        score -= UNFINISHED
        why.append("a breadcrumb trail")
    if _lists_sections(w, i):
        score -= UNFINISHED
        why.append("lists the page's menu sections (a site's tagline)")
    if _SENTENCE_END.search(m.text) and _LOWER_WORD.search(m.text):
        score -= 1.5
        why.append("reads as a sentence")
    score -= 0.5 * (ev.decks + ev.others)
    if 4 <= m.words <= 25 or (m.words == 3 and m.repeats == 1):
        score += 1  # a headline's length (three words, when no menu repeats them)
    elif m.words <= 2:
        score -= 3 - m.words
    above = _title_above(w, i)
    if above is not None and _deck_under(w, i, above):
        score -= 1.5
        why.append("a deck under a title")
    elif above is not None and w.measures[above].words < m.words and _own_deck(w, i):
        why.append("a deck of its own under it (the shorter title above names a section)")
    elif above is not None and w.kind(i) == "name" and m.words <= 3 < w.measures[above].words:
        score -= NAME_UNDER_TITLE
        why.append("a name under a title (its byline)")
    below = _title_below(w, i)
    if below is not None and w.normalised(i).endswith(w.normalised(below)):
        score -= 1.5
        why.append("a breadcrumb of the title below")
    if cut:
        score -= 2 * cut
        why.append(f"cuts {cut} body blocks")
    elif i < w.first:
        score -= 0.02 * (w.first - i)
    if _repeated(w, i):
        score += 2
        why.append("repeated in a breadcrumb or title bar")
    if _breadcrumb_above(w, i):
        score += BREADCRUMB_ABOVE
        why.append("the last step of the breadcrumb above")
    closer = _closer_title(w, i, ev)
    if closer is not None:
        score -= CLOSER_TITLE
        why.append("a title stands closer to its header")
    elif _short_title_under(w, i, ev) is not None:
        score -= CLOSER_TITLE
        why.append("an overline over a short title that heads the same header")
    return score, why


#: A headline under its overline is this many words shorter than it at least.
OVERLINE_EXTRA = 4


def _post_title(w: Window, i: int, ev: Evidence) -> bool:
    """Is a short title of three words the blog post's own, right over its byline, that
    the page repeats only in its lists of posts far below ("Neueste Beiträge")? A menu's
    label is repeated in menus above the body too."""
    if ev.byline != i + 1 or w.measures[i].words < MENU_LABEL_WORDS:
        return False
    key = w.normalised(i)
    return not any(w.normalised(j) == key for j in range(w.offset, i))


def _short_title_under(w: Window, i: int, ev: Evidence) -> int | None:
    """The short title right under title ``i`` (two or three words the page does not
    repeat) that heads the byline or stamp ``i`` found, when ``i`` is much longer: a
    deck is about as long as its headline, so ``i`` is the overline of a short
    headline ("Kolumne: Queer Royal - Über Dragqueens ..." over "Im Schlepptau").
    (:data:`CLOSER_WORDS` keeps such short titles out of :func:`_closer_title`.)"""
    if ev.byline is None and ev.stamp is None:
        return None
    k = _title_below(w, i)
    if k is None or k != i + 1:
        return None
    m, short = w.measures[i], w.measures[k]
    role = w.kinds[k - w.offset]
    if role.candidate is None or short.repeats > 1 or not 2 <= _parts(short.text) <= MENU_LABEL_WORDS:
        return None
    if m.words < short.words + OVERLINE_EXTRA or shape.ends_sentence(short.text) or _dangles(short.text):
        return None
    end = short.text.rstrip()[-1:]
    if not (end.isalnum() or end in _CLOSING_QUOTES or end in "?!"):
        return None  # "ET Online|": a source's label in a bar
    if _section_label(w, k) or _deck_under(w, k, i):
        return None
    under = evidence(k, w)
    return k if (under.byline, under.stamp) == (ev.byline, ev.stamp) else None


#: A title naming this many of the page's menu sections is a site's tagline.
MIN_SECTIONS = 3
#: What stands between the sections a tagline names ("Art, Design, DIY and Beauty").
_SECTION_SPLIT = regex.compile(r"[,;|–—]|\s-\s|\s(?:and|und|et|y|&)\s")


def _lists_sections(w: Window, i: int) -> bool:
    """Does title ``i`` list the sections the page's menu gives ("My Daily Magazine –
    Art, Design, DIY, Fashion and Beauty !" over a menu of "Art", "Design", …)? That is
    the site's name and tagline, not an article's headline."""
    text = w.measures[i].text
    if text.count(",") < MIN_SECTIONS - 1:
        return False
    items = {shape.normalise(part) for part in _SECTION_SPLIT.split(text)}
    items.discard("")
    if len(items) < MIN_SECTIONS:
        return False
    labels = {
        w.normalised(j)
        for j in range(w.offset, min(i, w.offset + len(w.kinds)))
        if w.kind(j) == "list" and w.measures[j].words <= MENU_LABEL_WORDS
    }
    return len(items & labels) >= MIN_SECTIONS


#: The number of a breadcrumb's step, normalised ("3 ").
_STEP_NUMBER = regex.compile(r"^\d{1,3} ")


def _breadcrumb_above(w: Window, i: int) -> bool:
    """Does the line just above title ``i`` (past furniture) end with it, as a
    breadcrumb trail ends with the page's title ("3. Title", "Home › News › Title")?"""
    key = w.normalised(i)
    if key.count(" ") < 1:
        return False
    for j in range(i - 1, max(w.offset - 1, i - 3), -1):
        if w.kind(j) == "furniture" and not w.normalised(j).endswith(key):
            continue
        other = w.normalised(j)
        if other == key or len(w.blocks[j].lines) != 1:
            return False
        if other.endswith(" " + key):
            return True
        # The title names the last step and what it is about ("3. Reise- und
        # Sicherheitshinweise" over "Italien: Reise- und Sicherheitshinweise").
        step = _STEP_NUMBER.sub("", other, count=1)
        return (
            step.count(" ") >= 1
            and _LIST_MARK.match(w.measures[j].text) is not None
            and key.endswith(" " + step)
        )
    return False


def _closer_title(w: Window, i: int, ev: Evidence) -> int | None:
    """Another title between title ``i`` and the byline, stamp or body it found, which
    is not its deck: that title heads them, and ``i`` is a kicker, a section or a site
    name over it."""
    found = [j for j in (ev.byline, ev.stamp, ev.body) if j is not None]
    if not found:
        return None
    for k in range(i + 1, min(found)):
        role = w.kinds[k - w.offset]
        if role.kind in ("prose", "dated"):
            return None  # a lede or a teaser's text: the header is not this simple
        if _heads(w, i, k):
            return k
    return _title_under_meta(w, i, ev)


def _title_under_meta(w: Window, i: int, ev: Evidence) -> int | None:
    """For a short label ``i`` (a site's name, a tagline's end): a title in title case
    between the byline or stamp it found and the body, right over the body's prose, as
    blogs and magazines set the byline above the headline. That title heads the body.
    Under a column's "About" blurb ("Android Intelligence", its byline, "About |", what
    the column is), the title in any case heads it: ``i`` is the column's name."""
    m = w.measures[i]
    if m.words > MAX_KICKER_WORDS or ev.body is None:
        return None
    meta = max((j for j in (ev.byline, ev.stamp) if j is not None), default=None)
    if meta is None:
        return None
    about = False
    for k in range(meta + 1, ev.body):
        about = about or _about_blurb(w, k)
        # Under the byline it is no deck of ``i``, whatever its length.
        if not _heads(w, i, k, deck=False) or not (about or shape.is_title_case(w.measures[k].text)):
            continue
        after = k + 1
        while w.kind(after) == "furniture":
            after += 1
        if w.kind(after) in ("prose", "dated"):
            return k
    return None


def _about_blurb(w: Window, j: int) -> bool:
    """Is block ``j`` the blurb under an "About" link that :func:`roles` made furniture?"""
    return (
        j > 0
        and w.kind(j) == "furniture"
        and w.measures[j].prose
        and _ABOUT.fullmatch(w.measures[j - 1].text) is not None
    )


def _heads(w: Window, i: int, k: int, deck: bool = True) -> bool:
    """Could title ``k``, under title ``i``, be the headline rather than its deck (when
    ``deck``, it may be one)?"""
    role = w.kinds[k - w.offset]
    words = w.measures[k].words
    if (
        role.kind != "title"
        or role.candidate is None
        or (words < CLOSER_WORDS and _parts(w.measures[k].text) < CLOSER_WORDS)
    ):
        return False
    if len(w.blocks[k].lines) > 1 or w.normalised(k) in w.normalised(i) or (deck and _deck_under(w, k, i)):
        return False
    # A label cut short, a credit with an address: no headline.
    return not (_dangles(w.measures[k].text) or _ADDRESS.search(w.measures[k].text))


_PART = regex.compile(r"[\p{L}\p{N}'’]+")


def _parts(text: str) -> int:
    """How many words a line has, a hyphenated compound counted by its parts ("Neue
    DJV-Online-Seminare" has four): German joins with hyphens in one compound what
    English writes as several words."""
    return len(_PART.findall(text))


def _trail(text: str) -> bool:
    """Is the line a breadcrumb trail, of two steps or more?"""
    return len(_TRAIL.findall(text)) >= 2


def _full_date(w: Window, i: int) -> bool:
    """Does block ``i`` carry a date with its year ("Ausgabe vom 15. Februar 2022")?"""
    return any(stamp.iso for stamp in find_stamps(w.text, w.blocks[i].start, w.blocks[i].end))


@functools.cache
def _dangling() -> frozenset[str]:
    return lexicon.words("dangling_words.txt")


@functools.cache
def _prepositions() -> frozenset[str]:
    return lexicon.words("prepositions.txt")


#: The last word of a line before a question or exclamation mark set off by a space.
_WORD_BEFORE_MARK = regex.compile(r"\s(\p{L}{1,8})[ \t]{1,3}[?!][ \t]*$")


def _dangles(text: str) -> bool:
    """Does the line end on an article or a conjunction ("Joghurt mit", "... and the"),
    or on a preposition before a mark set off by a space, where a link was lost
    ("Kennst Du meine Videos auf ?")?"""
    last = _LAST_WORD.search(text)
    if last is not None and last.group(1).casefold() in _dangling():
        return True
    if text.rstrip()[-1:] not in ("?", "!"):
        return False
    cut = _WORD_BEFORE_MARK.search(text)
    return cut is not None and cut.group(1).casefold() in _prepositions()


def _title_above(w: Window, i: int) -> int | None:
    """The one-line title just above block ``i`` (past a caption or two), if any. A
    kicker ("Local News") or a widget's button ("Subscribe") over ``i`` ends a box or
    opens a header: no title above it counts."""
    for j in range(i - 1, max(w.offset - 1, i - 4), -1):
        if w.kind(j) == "furniture":
            verdict = w.measures[j].verdict
            if verdict is not None and verdict.kind in _HEADER_OPENERS:
                return None
            continue
        if w.kind(j) == "title" and len(w.blocks[j].lines) == 1:
            return j
        return None
    return None


def _next_content(w: Window, j: int, stop: int) -> int | None:
    """The first block from ``j`` on that is not furniture."""
    while j < stop and w.kind(j) in ("furniture", "staff"):
        j += 1
    return j if j < stop and w.kind(j) in ("prose", "other", "title", "dated", "list") else None


def _given(w: Window, j: int) -> bool:
    """Does the name line ``j`` start with a known given name?"""
    found = w.kinds[j - w.offset].byline
    return found is not None and bool(found.names) and names.known_given_name(found.names[0].name)


def _deck_under(w: Window, i: int, above: int) -> bool:
    """Does title ``i`` read as the deck under title ``above``? Not when ``above`` only
    repeats it (a breadcrumb), is short, sits in a list of titles, or is a kicker: a
    short title-case label over a much longer line ("Shop With Us")."""
    a, m = w.measures[above], w.measures[i]
    if shape.normalise(m.text) in shape.normalise(a.text) or a.words < LONG_TITLE or _full_date(w, above):
        return False
    if a.words < m.words and _own_deck(w, i):
        return False  # a shorter line over the headline and its deck: a section's name
    if _trail(a.text):
        return False
    higher = _title_above(w, above)
    if (
        higher is not None
        and w.measures[higher].words >= LONG_TITLE
        and not _long_deck(m, a)
        and w.normalised(above) not in w.normalised(higher)  # a breadcrumb over the title
    ):
        return False
    # A deck is about as long as its headline or longer, or a sentence, or in sentence
    # case under a title-case headline; a much shorter line under a longer one is the
    # headline under its overline ("Kolumne: Queer Royal - ..." over "Im Schlepptau").
    kicker = a.words <= MAX_KICKER_WORDS and shape.is_title_case(a.text) and m.words >= a.words + 3
    if kicker and not shape.ends_sentence(m.text):
        return False
    sentence = shape.ends_sentence(m.text) and not m.text.rstrip().endswith("?")
    if (m.words >= DECK_SHARE * a.words and m.words >= MIN_DECK_WORDS) or sentence:
        return True
    return m.words >= MIN_DECK_WORDS and shape.is_title_case(a.text) and not shape.is_title_case(m.text)


def _own_deck(w: Window, i: int) -> bool:
    """Has title ``i`` a deck of its own: a sentence of prose right under it, and the
    byline or stamp under that? A deck has no deck: ``i`` is the headline, and a shorter
    title over it is a section's or a series' name ("2024 Draft on B/R")."""
    j = _past_furniture(w, i + 1)
    m = w.measures[j] if j < len(w.measures) else None
    if m is None or w.kind(j) != "prose" or not BODY_WORDS <= m.words <= MAX_DECK_WORDS:
        return False
    if not shape.ends_sentence(m.text):
        return False
    return w.kind(_past_furniture(w, j + 1)) in ("byline", "label", "stamp")


def _past_furniture(w: Window, j: int) -> int:
    while w.kind(j) == "furniture":
        j += 1
    return j


def _standfirst(w: Window, j: int, i: int) -> bool:
    """Is title-shaped block ``j``, right under title ``i``, its standfirst rather than
    the body: a deck by its place and, by its shape, of some sentences or long?"""
    m, a = w.measures[j], w.measures[i]
    shaped = _long_deck(m, a) or _SENTENCE_INSIDE.search(m.text) is not None
    return shaped and _deck_under(w, j, i)


def _long_deck(m: Measure, a: Measure) -> bool:
    """Is ``m`` a standfirst by its length: a line in sentence case, half as long again
    as the title over it and longer than most headlines? (Teasers' titles in a list are
    about as long as each other.)"""
    return m.words >= max(LONG_DECK_WORDS, LONG_DECK_SHARE * a.words) and not shape.is_title_case(m.text)


#: Furniture over a title that ends what stands above it.
_HEADER_OPENERS = frozenset({"kicker", "newsletter", "subscription"})


def _title_below(w: Window, i: int) -> int | None:
    """The one-line title just below block ``i`` (past a caption or two), if any."""
    for j in range(i + 1, min(w.offset + len(w.kinds), i + 4)):
        if w.kind(j) == "furniture":
            continue
        if w.kind(j) == "title" and len(w.blocks[j].lines) == 1:
            return j
        return None
    return None


def _repeated(w: Window, i: int) -> bool:
    """Does a block nearby hold this title inside a longer line ("Home News Title",
    "Title | Site") or as a list item ("* Title")? Or, further off on the page, a title
    bar at the foot ("Title - Site") or a comment heading that quotes it ("2 Kommentare
    zu „Title“", "One thought on “Title”")?"""
    raw = w.text[w.blocks[i].start : w.blocks[i].end]
    key = w.normalised(i)
    if key.count(" ") < 2:
        return False
    near_lo = max(w.offset, i - 30)
    near_hi = min(w.offset + len(w.kinds), i + 30)
    for j in range(near_lo, near_hi):
        if j == i or w.measures[j].prose:
            continue
        block = w.blocks[j]
        if block.end - block.start > 4 * len(raw) + 40 or w.text[block.start : block.end] == raw:
            continue
        if len(block.lines) > 1:
            continue  # a block of lines (a teaser and its label) is no breadcrumb nor title bar
        if key in w.normalised(j):
            return True
    title = raw.strip()
    for j in w.quoting():
        if j < 0 or abs(j - i) > REPEAT_REACH or near_lo <= j < near_hi:
            continue
        block = w.blocks[j]
        if block.end - block.start > len(title) + TITLE_BAR_EXTRA:
            continue
        if _quotes_or_bars(w.text[block.start : block.end], title):
            return True
    return False


def _quotes_or_bars(other: str, title: str) -> bool:
    """Does the line ``other`` quote ``title`` or give it as a title bar (the title,
    then a separator and a site's name)?"""
    at = other.find(title)
    if at < 0:
        return False
    before, after = other[:at].rstrip(), other[at + len(title) :]
    if before[-1:] in _OPENING_QUOTES and after[:1] in _CLOSING_QUOTES:
        return True
    return not before and _TITLE_BAR_TAIL.fullmatch(after) is not None
