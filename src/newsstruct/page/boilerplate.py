"""Lines that are page furniture, by phrase and by pattern, each with the rule that fired.

Phrases live in ``data/boilerplate.tsv`` (English and what all languages share) and
``data/boilerplate.LANG.tsv`` (German, French, Spanish, Italian, Dutch, Portuguese,
Polish, Finnish), rows of kind and phrase. A phrase matches a whole line after
:func:`newsstruct.text.shape.normalise`, with a count before or after it set aside
("43 Comments", "Kommentare (2)"). A phrase ending in ``" *"`` matches the start of a
line; a short one (one or two words) only where the line goes on after a separator
("Tags: …", "Read more: …") or does not read as a sentence, so that "Crédit Agricole
a annoncé …" is not a photo credit. A line whose parts, split at ``|``, ``·`` or ``•``,
are all phrases ("Impressum | Datenschutz | Kontakt") takes the kind of its first part.
Patterns cover what a list cannot: copyright lines, photo credits, reading times,
share bars, wire sign-offs and publication timestamps.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from newsstruct.grammar import timestamps
from newsstruct.grammar.timestamps import match_timestamp
from newsstruct.text import lexicon, shape

#: The kinds a boilerplate item can carry (documented in ``data/boilerplate.tsv``).
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
#: caption, a "Read more" link or the consent box of an embedded post may stand between
#: two paragraphs; a share bar, a comment prompt or a footer may not).
CLOSING = frozenset(
    {
        "navigation",
        "share",
        "subscription",
        "newsletter",
        "tags",
        "comments",
        "author-bio",
        "footer",
    }
)

#: The phrase tables, English first (a phrase keeps the kind of the first table that has it).
PHRASE_FILES = (
    "boilerplate.tsv",
    "boilerplate.de.tsv",
    "boilerplate.fr.tsv",
    "boilerplate.es.tsv",
    "boilerplate.it.tsv",
    "boilerplate.nl.tsv",
    "boilerplate.pt.tsv",
    "boilerplate.pl.tsv",
    "boilerplate.fi.tsv",
)

#: Lines longer than this are never matched by phrase (furniture is short).
MAX_PHRASE_LINE = 120
#: Small print under a form runs longer, up to this; a prefix phrase of
#: SMALL_PRINT_PREFIX words or more is needed to call such a line furniture.
MAX_SMALL_PRINT = 400
SMALL_PRINT_PREFIX = 4
#: How far from either end of a long line a photo credit is looked for.
CREDIT_WINDOW = 150
#: A prefix phrase this long is specific enough to match any line it opens.
SPECIFIC_PREFIX = 3
#: Lines this short match a prefix phrase whatever follows it.
SHORT_LINE = 6


@attrs.frozen(slots=True)
class Verdict:
    """Why a line is furniture: its kind and the rule that fired."""

    kind: str
    reason: str


@functools.cache
def _phrases() -> tuple[dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    prefix: dict[str, str] = {}
    for name in PHRASE_FILES:
        for row in lexicon.table(name):
            kind, phrase = row[0], row[1]
            if kind not in KINDS:
                raise ValueError(f"{name}: unknown kind {kind!r}")
            if phrase.endswith(" *"):
                prefix.setdefault(shape.normalise(phrase[:-2]), kind)
            else:
                exact.setdefault(shape.normalise(phrase), kind)
    return exact, prefix


_SIGNOFF = regex.compile(r"(?i)^(?:reuters?|\(?end\)?|###|-30-|—\s*AP|-- ?Reuters|\(AP\))\W*(?:\^M)?$")


def is_signoff(text: str) -> bool:
    """A wire service's closing line ("Reuter", "-30-", "(END)")."""
    return _SIGNOFF.match(text) is not None


#: Photo credits and the captions they close: "(AP Photo/Jane Doe)", "Photograph: …",
#: "… Scott Olson/Getty Images", "… Credit: Jane Doe", "Courtesy of …", "View 48 Photos".
_PHOTO_CREDIT = regex.compile(
    r"(?i)\((?:AP|Reuters|AFP|Getty|EPA|Bloomberg|dpa)\s+Photos?\b[^()\n]{0,80}\)\s*$"
    r"|^\(?(?:photo|photograph|image|picture|credit|foto|bild|fotografía|imagen|beeld|crédits?|screenshot)s?"
    r"(?:\s+(?:by|credits?|photos?|de|von|di))?\s*[:.]\s*\S"
    r"|^(?:photo|photograph|image|picture|foto|bild)s?\s+(?:by|von|door)\s"
    r"|\((?:REUTERS|AP|AFP|EFE|EPA|dpa|ANSA|crédito|credito|crédit|foto|photo|bild)\s*[/:][^()\n]{1,80}\)\s*$"
    r"|(?:getty\s+images|shutterstock|istock(?:photo)?|alamy|/\s*(?:ap|reuters|afp|epa|dpa))\s*$"
    r"|(?:^|[\s/(|])getty\)?\s*$"
    r"|\b(?:photo\s+|image\s+)?credits?\s*(?:[:.]{1,3}|…)\s*[^.!?\n]{2,80}$"
    r"|^courtesy\b|\bcourtesy(?:\s+of)?\s+\p{Lu}[^.!?\n]{0,60}$"
    r"|^view\s+\d{1,4}\s+(?:photos|images|pictures)$"
    r"|\(\p{Lu}[^()\n]{1,40}\s/\s\p{Lu}[^()\n]{1,40}\)\s*$"
)

_PATTERNS: tuple[tuple[str, str, regex.Pattern[str]], ...] = (
    (
        "footer",
        "copyright",
        regex.compile(
            r"(?i)^(?:©|\(c\)|copyright\b)[^\n]{0,60}?\b(?:19|20)\d\d\b|^copyright\s*(?:©|\(c\)|by\b)"
            r"|all rights reserved"
            r"|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
            r"|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados"
        ),
    ),
    # "© Bild: Werk/Jane Doe", "© dpa": a © without a year credits an image.
    ("caption", "image-credit", regex.compile(r"^(?:©|\(c\)|\(C\))\s*\S")),
    ("caption", "photo-credit", _PHOTO_CREDIT),
    (
        "reading-time",
        "reading-time",
        regex.compile(
            r"(?i)^(?:(?:reading\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|lecture|"
            r"tiempo\s+de\s+lectura|lectura|tempo\s+di\s+lettura|lettura|leestijd|tempo\s+de\s+leitura)"
            r"\s*:?\s*)?(?:ca\.\s*)?\d{1,3}\s*(?:-\s*)?min(?:ute|uten|utos|uti)?s?\.?"
            r"(?:\s+(?:read|lesezeit|lesedauer|de\s+lecture|de\s+lectura|di\s+lettura|leestijd|leitura))?$"
        ),
    ),
    ("signoff", "wire-signoff", _SIGNOFF),
    (
        "newsletter",
        "newsletter-name",
        regex.compile(
            r"(?i)^(?:(?:sign\s+up|subscribe|register)\s+(?:for|to)\s+)?(?:our\s+|the\s+)?"
            r"(?:[\w'’&.-]++\s+){0,3}(?:newsletters?|nieuwsbrief|infolettre)\W*$"
        ),
    ),
    ("advertisement", "advertisement", regex.compile(r"(?i)^-*\s*(?:advertisement|anzeige)\s*-*$")),
    # "Read more »", "HIER KOSTENLOS ANMELDEN »", "Alle Beiträge von Jane Doe →": a link
    # button (an arrow after a space; «Guillemets» close a quote).
    ("related", "link-arrow", regex.compile(r"^[^«‹\n]{1,80}?\s[»›→]\s*$")),
)

#: What a line must hold (case folded) for the costliest patterns above to match: one of
#: these strings, each taken from every branch of its pattern. A line with none of them
#: is passed over without running the pattern.
_NEEDS: dict[str, tuple[str, ...]] = {
    "photo-credit": (
        ")",
        "/",
        "photo",
        "image",
        "picture",
        "credit",
        "crédit",
        "foto",
        "bild",
        "beeld",
        "screenshot",
        "getty",
        "shutterstock",
        "istock",
        "alamy",
        "courtesy",
        "view",
    ),
    "newsletter-name": ("newsletter", "nieuwsbrief", "infolettre"),
    "link-arrow": ("»", "›", "→"),
    "copyright": ("©", "(c)", "copyright", "reserv", "réserv", "riserv", "vorbehalten", "voorbehouden"),
}
#: The ASCII characters a match of a pattern anchored at the line's start may open on
#: (both cases of a letter): a line opening on another ASCII character is passed over
#: without running the pattern (one opening on a character beyond ASCII is not).
_OPENS: dict[str, str] = {
    "image-credit": "©(",
    "reading-time": "RLTCrltc0123456789",
    "wire-signoff": "Rr(Ee#-—",
    "advertisement": "-Aa \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f",
}


def _any_of(needs: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """A search for any of the strings ``needs`` (literal, so the standard library's
    engine finds them as ``str.__contains__`` would, and in one call)."""
    return None if needs is None else re.compile("|".join(map(re.escape, needs)))


#: Each pattern with its verdict and gates, for the loop in :func:`classify_line`.
_GATED: tuple[tuple[Verdict, regex.Pattern[str], str | None, re.Pattern[str] | None], ...] = tuple(
    (Verdict(kind, f"pattern: {name}"), pattern, _OPENS.get(name), _any_of(_NEEDS.get(name)))
    for kind, name, pattern in _PATTERNS
)


def _may_stamp(item: str) -> bool:
    """Can :func:`newsstruct.grammar.timestamps.match_timestamp` find a stamp in
    ``item``? The timestamps' own gate says (a figure, or a word of a relative time)."""
    return timestamps.may_stamp(item, 0, len(item))


_SHARE_WORDS = frozenset(
    "share facebook twitter x linkedin whatsapp email e mail print reddit pinterest "
    "copy link tweet messenger telegram flipboard pocket comment comments save "
    "teilen drucken partager imprimer compartir imprimir condividi stampa delen".split()
)
#: Separators between the items of a bar of links ("Impressum | Datenschutz").
_BAR = regex.compile(r"\s*[|·•]\s*|\s+[/–—-]\s+")
#: Every separator of :data:`_BAR` holds one of these.
_BAR_MARKS = "|·•/–—-"
#: What may follow a short prefix phrase ("Tags: …", "Lesen Sie auch » …").
_AFTER_PREFIX = regex.compile(r"\s*[:|›»>\-–—]")


def _lookup(key: str) -> tuple[str, str] | None:
    """The kind and matched phrase for a normalised line, with a count set aside."""
    exact, _ = _phrases()
    if key in exact:
        return exact[key], key
    words = key.split()
    if len(words) > 1 and words[0].isdigit() and " ".join(words[1:]) in exact:
        rest = " ".join(words[1:])
        return exact[rest], rest
    if len(words) > 1 and words[-1].isdigit() and " ".join(words[:-1]) in exact:
        rest = " ".join(words[:-1])
        return exact[rest], rest
    return None


def _prefix(text: str, words: list[str]) -> tuple[str, str] | None:
    """A prefix phrase opening the line, or a whole-line phrase of three words or more
    that opens a line which is not a sentence ("Leave a Reply Cancel reply")."""
    if words[0] not in _prefix_starts():
        return None  # no phrase the loop below looks up opens with this word
    exact, prefix = _phrases()
    loose = len(words) <= SHORT_LINE or not shape.ends_sentence(text)
    for n in range(min(len(words), 6), 0, -1):
        head = " ".join(words[:n])
        if head in prefix:
            if n >= SPECIFIC_PREFIX or loose or _after_prefix(text, n):
                return prefix[head], head
        elif n >= SPECIFIC_PREFIX and n < len(words) and head in exact and (loose or _after_prefix(text, n)):
            return exact[head], head
    return None


@functools.cache
def _prefix_starts() -> frozenset[str]:
    """First words of the phrases :func:`_prefix` looks for: every prefix phrase, and
    the whole-line phrases of SPECIFIC_PREFIX words or more."""
    exact, prefix = _phrases()
    long_exact = (p for p in exact if len(p.split()) >= SPECIFIC_PREFIX)
    return frozenset(p.split()[0] for p in (*prefix, *long_exact) if p)


def _long_line(text: str) -> Verdict | None:
    """A long line is furniture only when a specific prefix phrase opens it (the
    legal small print of forms: "By submitting your email, you agree to …") or a
    photo credit closes it (a caption)."""
    if len(text) > MAX_SMALL_PRINT:
        return None
    opening = text[:80].casefold()
    first = shape.WORD.search(opening)
    if first is not None and first.group() in _small_print_starts():
        words = shape.WORD.findall(opening)
        _, prefix = _phrases()
        for n in range(min(len(words) - 1, 6), SMALL_PRINT_PREFIX - 1, -1):
            head = " ".join(words[:n])
            if head in prefix:
                return Verdict(prefix[head], f"phrase: {head} …")
    # A long caption opened or closed by its credit: look at both ends only.
    head, tail = text[:CREDIT_WINDOW], max(0, len(text) - CREDIT_WINDOW)
    if _PHOTO_CREDIT.match(head) or (_may_close_on_credit(text[tail:]) and _PHOTO_CREDIT.search(text, tail)):
        return Verdict("caption", "pattern: photo-credit")
    return None


@functools.cache
def _small_print_starts() -> frozenset[str]:
    """First words of the prefix phrases long enough to open small print: a line that
    opens with none of them needs no look-up of its longer openings."""
    _, prefix = _phrases()
    return frozenset(p.split()[0] for p in prefix if len(p.split()) >= SMALL_PRINT_PREFIX)


#: What every branch of :data:`_PHOTO_CREDIT` that may match after a line's start
#: holds (a bracket, a slash or one of these words, in any case); the branches that
#: open a line (a ``^``) need one of the :data:`_NEEDS` of "photo-credit".
_CREDIT_WORDS = ("getty", "shutterstock", "istock", "alamy", "credit", "courtesy")


def _may_close_on_credit(tail: str) -> bool:
    """Can :data:`_PHOTO_CREDIT` match inside ``tail``, past the line's start? Its
    branches there all end the line on a bracket, a slash or a credit word; prose
    rarely holds one, and this test is much cheaper than the search."""
    if ")" in tail or "/" in tail:
        return True
    return any(map(tail.casefold().__contains__, _CREDIT_WORDS))


def _after_prefix(text: str, n: int) -> bool:
    """Does a separator follow the first ``n`` words of the line?"""
    for k, m in enumerate(shape.WORD.finditer(text)):
        if k == n - 1:
            return _AFTER_PREFIX.match(text, m.end()) is not None
    return False


def classify_line(text: str, key: str | None = None) -> Verdict | None:
    """The boilerplate verdict for one line's text, or ``None`` when no rule fires.

    ``key``, when the caller has it, is ``shape.normalise(text)`` (saves normalising again).
    """
    if len(text) > MAX_PHRASE_LINE:
        return _long_line(text)
    if key is None:
        key = shape.normalise(text)
    found = _lookup(key)
    if found is not None:
        return Verdict(found[0], f"phrase: {found[1]}")
    words = key.split()
    found = _prefix(text, words) if words else None
    if found is not None:
        return Verdict(found[0], f"phrase: {found[1]} …")
    item = shape.item_text(text)  # "* Published May 5" reads as "Published May 5"
    folded = item.casefold()
    first = item[:1]
    ascii_first = first.isascii()
    for verdict, pattern, opens, needs in _GATED:
        if opens is not None and ascii_first and first not in opens:
            continue  # it cannot open here
        if needs is not None and needs.search(folded) is None:
            continue  # it holds nothing the pattern needs
        if pattern.search(item):
            return verdict
    if 2 <= len(words) <= 10 and _SHARE_WORDS.issuperset(words):
        return Verdict("share", "pattern: share-bar")
    if 2 <= len(words) <= 8 and _closing_words().issuperset(words):
        kind = _phrases()[0][words[0]]
        return Verdict(kind, f"pattern: bar of {words[0]} …")
    bar = _bar(item)
    if bar is not None:
        return bar
    stamp = match_timestamp(item) if _may_stamp(item) else None
    if stamp is not None:
        return Verdict("timestamp", f"pattern: timestamp ({stamp.rule})")
    return None


#: "45 Kommentare zu „…“", "12 thoughts on “…”": the heading of a comment thread.
_THREAD = regex.compile(
    r"(?i)^\d{1,5}\s+(?:thoughts?|comments?|responses?|replies|reactions?|gedanken|kommentare?|antworten|"
    r"réponses?|commentaires?|respuestas?|comentarios?|risposte|commenti|reacties|reactions?)"
    r"\s+(?:on|to|zu|auf|à|sur|a|en|su|op|em)\b"
)
#: "Jane says:", "Klaus sagt:": the line naming a commenter.
_SAYS = regex.compile(r"(?i)\s(?:says|sagt|schreibt|meint|dit|écrit|dice|escribe|scrive|zegt|diz)\s*:$")
#: Words before a date that make a byline, not a commenter's name ("By", "Von").
_BYLINE_WORDS = frozenset(
    "by von par por di door de da posted published updated geschrieben am le el".split()
)
#: Words that tie a heading to its date ("vom", "since"), never part of a commenter's name.
_DATE_WORDS = frozenset(
    "on of from since until till by at in the vom von am im seit bis ab zum zur der die das des "
    "du le la les depuis jusqu del desde hasta el dal dalla fino sinds tot op van".split()
)
#: Pronouns that open "He says:" in an article, never a commenter's line.
_PRONOUNS = frozenset(
    "he she they it we i er sie es wir ich il elle ils elles on él ella lui lei hij zij".split()
)


def comment_mark(text: str) -> bool:
    """Does the line head a comment: "45 thoughts on …", "Jane says:", "jane 11. Dezember 2012 um 11:07"?

    Only a page's layout can tell a commenter's "name, date" line from a byline with a
    date, so this is a structural mark for the layout pass, not a verdict on its own.
    """
    if len(text) > 100 or not (text[-1] == ":" or shape.count_digits(text)):
        return False
    if _THREAD.match(text):
        return True
    words = list(shape.WORD.finditer(text))
    if not 2 <= len(words) <= 12:
        return False
    if match_timestamp(shape.item_text(text)) is not None:
        return False  # a date on its own
    if len(words) <= 6 and _SAYS.search(text):
        return words[0].group().casefold() not in _PRONOUNS
    if words[0].group().casefold() in _BYLINE_WORDS or "@" in text or text[0] in "—–-":
        return False  # a byline, or an embedded post's "— Jane Doe (@jane) May 1, 2021"
    if words[0].group().isdigit() and text[words[0].end() : words[0].end() + 1] != ".":
        return False  # a date ("11 maja 2021, 11:49"), not "1. jane 11 May 2021"
    for w in words[1:5]:
        stamp = match_timestamp(text[w.start() :])
        if stamp is not None and text[: w.start()].rstrip()[-1:] in ":-–—|,":
            return False  # a label or a place: "Datum: 18.10.2021", "Wien - Mittwoch, 2. Februar"
        if stamp is not None and any(v.group().casefold() in _DATE_WORDS for v in words[: words.index(w)]):
            return False  # a heading with a date: "Dekret vom 22. September", "Update on May 5"
        if stamp is not None:
            return stamp.rule == "date" or ":" in text[w.start() :]
    return False


@functools.cache
def _closing_words() -> frozenset[str]:
    """The one-word phrases of a closing kind ("Impressum", "Weiter", "Login")."""
    return frozenset(p for p, kind in _phrases()[0].items() if kind in CLOSING and " " not in p)


def _bar(text: str) -> Verdict | None:
    """A bar of links whose every item is a phrase ("Impressum | Datenschutz | AGB")."""
    if not any(map(text.__contains__, _BAR_MARKS)):
        return None  # no separator: one part only
    parts = [p for p in _BAR.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    kinds = [_lookup(shape.normalise(p)) for p in parts]
    if any(k is None for k in kinds):
        return None
    first = kinds[0]
    assert first is not None
    return Verdict(first[0], f"pattern: bar of {first[1]} …")
