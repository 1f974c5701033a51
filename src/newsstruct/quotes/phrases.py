"""The small grammar of attribution: cue verbs, and the noun phrases that say them.

A speaker is a noun phrase next to a cue verb: a pronoun ("he"), a name with its title
("Sen. Ana Ruiz (D-Ohio)", "Lakers head coach Tom Hale"), two names joined by
"and", or a description ("the Russian president", "a spokeswoman for the ministry",
"the company's website"). This module finds such phrases in a window of
:class:`~newsstruct.text.tokens.Tokens`, forwards from a position (after "said") and
backwards from one (before "said"), and finds the subject of a clause ("Asked about it,
Ruiz denied …, saying"; "Hundreds of nurses marched …, chanting"). The words it needs
come from the data files: cue verbs (``speech_verbs.txt``, ``cue_phrases.txt``), role
nouns, organisation words, writings (``document_nouns.txt``) and the small words of the
grammar (``grammar_words.tsv``).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from newsstruct.text import lexicon, names
from newsstruct.text.tokens import Tokens

#: Most tokens a speaker phrase may span (an appositive is read separately).
LONGEST = 12

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


def grammar(kind: str) -> frozenset[str]:
    """The words of one class of ``grammar_words.tsv``."""
    rows = lexicon.table("grammar_words.tsv")
    return frozenset(w.casefold() for row in rows if row[0] == kind for w in row[1].split())


DETERMINERS = grammar("determiner")
#: Words that may stand between a subject and its cue verb ("he later said", "she has said").
_BETWEEN = grammar("between")
#: Words that end a noun phrase read forwards ("said Jane Doe of the council").
STOPS = grammar("stop")
_INDEFINITE = grammar("indefinite")
_SUBORDINATORS = grammar("subordinator")
#: Prepositions that attach an organisation to a role ("a spokeswoman for the ministry").
_ATTACH = grammar("attach")
#: Particles that stand inside a name ("Ludwig van Beethoven").
_PARTICLES = frozenset(names.PARTICLE[3:-1].split("|"))
#: Words that open a clause without being its subject.
_OPENERS = grammar("opener")
#: Words that may stand before a number ("about 200 protesters").
_ABOUT = grammar("approximate")
#: Words that open reported speech after a cue ("said that …").
REPORTED = grammar("reported")
#: Words that, capitalised at the start of a sentence, begin no name.
_FUNCTION = STOPS | _OPENERS | DETERMINERS | PRONOUNS | grammar("not-a-name")


def openers() -> frozenset[str]:
    """Words that open a clause without being its subject ("and", "but", "later")."""
    return _OPENERS


@functools.cache
def cues() -> frozenset[str]:
    """One-word cue verbs, case folded (every word of ``speech_verbs.txt``)."""
    return lexicon.words("speech_verbs.txt") - {"according"}


@functools.cache
def cue_phrases() -> tuple[tuple[str, ...], ...]:
    """Cues of several words ("according to", "pointed out"), longest first."""
    rows = {tuple(line.casefold().split()) for line in lexicon.entries("cue_phrases.txt")}
    return tuple(sorted(rows, key=len, reverse=True))


@functools.cache
def roles() -> frozenset[str]:
    """Nouns that head a speaker description: roles, bodies and documents."""
    return lexicon.words("role_nouns.txt") | lexicon.words("org_words.txt") | documents()


@functools.cache
def documents() -> frozenset[str]:
    """Writings that speak for their writer ("her statement said")."""
    return lexicon.words("document_nouns.txt")


class Phrase(NamedTuple):
    """A speaker phrase: ``start:end`` is the phrase, ``head_start:head_end`` the
    mention a reader would name (the name with its title, the pronoun, the
    description). ``kind`` is ``pronoun``, ``name``, ``group`` or ``description``.
    (A named tuple: the grammar makes many while it reads a quote's window.)"""

    start: int
    end: int
    head_start: int
    head_end: int
    kind: str
    first: int  # first token index
    last: int  # last token index (inclusive)


def cue_at(t: Tokens, i: int) -> int:
    """How many tokens the cue starting at token ``i`` spans (0: no cue there)."""
    width = t.cue_memo.get(i)
    if width is None:
        width = t.cue_memo[i] = _cue_width(t, i)
    return width


def _cue_width(t: Tokens, i: int) -> int:
    if not 0 <= i < len(t.starts):
        return 0
    first = t.text[t.starts[i]]
    if not first.isalnum():
        return 0  # no word
    word = t.folded(i)
    if not first.islower() and word != "according":
        return 0
    for phrase in _cue_phrases_from().get(word, ()):
        if all(i + k < len(t) and t.folded(i + k) == phrase[k] for k in range(1, len(phrase))):
            return len(phrase)
    return 1 if word in cues() else 0


@functools.cache
def _cue_phrases_from() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`cue_phrases` by their first word, longest first still: a token is then
    compared with the few phrases it can open, not with every one."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cue_phrases():
        found.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in found.items()}


def is_according(t: Tokens, i: int) -> bool:
    return t.folded(i) == "according"


def is_participle(t: Tokens, i: int) -> bool:
    return t.folded(i).endswith("ing")


def between_word(t: Tokens, i: int) -> bool:
    """An auxiliary or adverb that may stand between a subject and its verb."""
    if not t.lower(i):
        return False
    w = t.folded(i)
    return w in _BETWEEN or (w.endswith("ly") and len(w) > 4) or w.endswith(("n't", "n’t"))


def _nameish(t: Tokens, i: int) -> bool:
    """A token that can stand inside a name: a capitalised word or an initial."""
    if not t.capitalised(i):
        return False
    w = t.word(i)
    if w == "I" or (t.folded(i) in _FUNCTION and not names.is_initial(w)):
        return False  # "A." is an initial ("Julia A. Diaz"), "A" an article
    return len(w) > 1 or w.isupper()


def _pronoun(t: Tokens, i: int) -> bool:
    return (
        t.is_word(i)
        and t.folded(i) in PRONOUNS
        and (t.lower(i) or t.word(i) in ("He", "She", "They", "It", "We", "I"))
    )


def _modifier(t: Tokens, i: int) -> bool:
    """A lower-case word that may describe a speaker ("senior", "46-year-old")."""
    if not t.is_word(i) or t.capitalised(i):
        return False
    w = t.folded(i)
    return w not in STOPS and w not in _BETWEEN and w not in PRONOUNS and not cue_at(t, i)


def _run_end(t: Tokens, i: int, n: int) -> int:
    """Tokens ``i..k-1`` form a capitalised run (initials, particles, "and" between names)."""
    k = i
    while k < n and (_nameish(t, k) or (k > i and _joins_names(t, k, n))):
        k += 1
    return k


def _joins_names(t: Tokens, k: int, n: int) -> bool:
    """Particles ("van der") or "and" between two capitalised words."""
    if t.word(k) in ("and", "&"):
        return k + 1 < n and _nameish(t, k + 1)
    j = k
    while j < n and j - k < 3 and t.lower(j) and t.folded(j) in _PARTICLES:
        j += 1
    return j > k and j < n and _nameish(t, j)


def _skip_parenthetical(t: Tokens, k: int, n: int) -> int:
    """After a name, a short parenthetical ("(D-Md.)", "(R)") belongs to it."""
    if k < n and t.word(k) == "(":
        for j in range(k + 1, min(n, k + 8)):
            if t.word(j) == ")":
                return j + 1
    return k


def clean_end(t: Tokens, k: int, n: int) -> bool:
    """Can a noun phrase end before token ``k`` (punctuation, a preposition, the end)?"""
    if k >= n:
        return True
    if not t.is_word(k):
        return True
    return t.lower(k) and (t.folded(k) in STOPS or bool(cue_at(t, k)) or between_word(t, k))


def np_after(t: Tokens, i: int, n: int, closed: bool = True) -> Phrase | None:
    """The speaker phrase that starts at token ``i`` (read forwards, up to ``n``).

    ``closed``: the phrase must end where a phrase can end (punctuation, a
    preposition); a subject, followed by its verb, need not.
    """
    if i >= n:
        return None
    if _pronoun(t, i):
        return _phrase(t, i, i, i, i, "pronoun")
    first = i
    k = i
    if t.is_word(k) and t.folded(k) in DETERMINERS:
        k += 1
    name: tuple[int, int] | None = None
    head_noun: int | None = None
    while k < n and k - first < LONGEST:
        if _nameish(t, k):
            end = _run_end(t, k, n)
            if t.word(end - 1).endswith(("'s", "’s")) and end < n and t.lower(end):
                k = end  # "Mrs. Doe's remark", "the diner's owners": a possessive, not the head
                name = None
                continue
            for o in range(end - 2, k - 1, -1):
                if names.is_owner(t.word(o)):
                    k = first = o + 1  # "said Vancouver's Bo Horvat": the owner is not the speaker
                    break
            name = (k, end - 1)
            head_noun = None
            k = _skip_parenthetical(t, end, n)
            role = _role_ahead(t, k, n)
            if role is not None:
                # "the diner's owners Tore Vik …", "Lakers head coach Tom Hale"
                name = None
                head_noun = role
                k = role + 1
                continue
            tail = k
            while tail < n and tail - k < 3 and (_modifier(t, tail) or t.word(tail)[:1].isdigit()):
                tail += 1
            if tail > k and tail < n and _nameish(t, tail) and all(_noun_like(t, j) for j in range(k, tail)):
                # "Ohio delegate Ann Berg", "Air Force 1st Lt. Sam Ortiz"
                name = None
                k = tail
                continue
            if tail > k and first < name[0] and t.folded(first) in DETERMINERS and clean_end(t, tail, n):
                # "one Ruiz confidant", "a 2008 Hale veteran": a name used as a modifier
                return _phrase(t, first, tail - 1, first, tail - 1, "description")
            break
        if t.word(k) == "," and head_noun is None and name is None and k == first + 2 and _modifier(t, k + 1):
            k += 1  # "the lanky, bespectacled professor" (one adjective, a comma, more)
            continue
        if _modifier(t, k) or (t.is_word(k) and t.word(k)[0].isdigit()):
            if t.word(k).endswith(("'s", "’s")):
                head_noun = None  # "the ad’s narrator": a possessive is no head
            elif t.folded(k) in roles():
                head_noun = k
            elif head_noun is not None:
                # a compound noun ("campaign staffer") goes on to where a phrase ends; any
                # other word after the noun starts something else ("the president called")
                j = k
                while closed and j < n and j - k < 2 and _modifier(t, j):
                    j += 1
                if j == k or not clean_end(t, j, n):
                    break
                head_noun = j - 1
                k = j
                continue
            k += 1
            continue
        break
    if name is not None:
        stop = _skip_parenthetical(t, name[1] + 1, n)
        if closed and not clean_end(t, stop, n):
            return None
        if first < name[0] and t.folded(first) in _INDEFINITE:
            # "an Ohio Democrat", "a Republican": a description, not a name
            return _phrase(t, first, stop - 1, first, stop - 1, "description")
        kind = "group" if _is_group(t, name[0], name[1]) else "name"
        return _phrase(t, first, stop - 1, name[0], name[1], kind)
    if head_noun is not None:
        last = head_noun
        # "a spokeswoman for the Ministry of Health"
        if last + 1 < n and t.folded(last + 1) in _ATTACH:
            j = last + 2
            if j < n and t.folded(j) in ("the", "a", "an"):
                j += 1
            end = _run_end(t, j, n)
            if end > j:
                last = end - 1
        if closed and last == head_noun and not clean_end(t, last + 1, n):
            return None
        return _phrase(t, first, last, first, last, "description")
    if first + 1 < k <= first + 5 and t.folded(first) in DETERMINERS and (k >= n or not t.is_word(k)):
        # "one user", "the 46-year-old", "one former campaign staffer": closed by punctuation
        return _phrase(t, first, k - 1, first, k - 1, "description")
    return None


def _noun_like(t: Tokens, j: int) -> bool:
    """A lower-case word between two names that reads as a noun, not a verb
    ("delegate", "1st"; not "addressed", "likes")."""
    w = t.folded(j)
    if w in roles() or w[:1].isdigit():
        return True
    return not (len(w) > 3 and (w.endswith("ed") or w.endswith("s")))


def _role_ahead(t: Tokens, k: int, n: int) -> int | None:
    """After a capitalised word, a role noun within three modifiers ("head coach")."""
    for j in range(k, min(n, k + 3)):
        if not _modifier(t, j) or t.folded(j) in DETERMINERS:
            return None  # "Mrs. Clinton shook her head": a verb and its object, no role
        if t.folded(j) in roles():
            return j
        if j == k and t.folded(j).endswith("ed"):
            return None  # "Jane Doe shared the news": a verb after the name, not a modifier
    return None


def np_before(t: Tokens, lo: int, j: int) -> Phrase | None:
    """The speaker phrase that ends at token ``j`` (read backwards, not before ``lo``)."""
    if j < lo or t.hidden(j):
        return None
    if _pronoun(t, j):
        return _phrase(t, j, j, j, j, "pronoun")
    if t.word(j) == ")":
        for k in range(j - 1, max(lo, j - 8) - 1, -1):
            if t.word(k) == "(":
                inner = np_before(t, lo, k - 1)
                if inner is not None and inner.kind in ("name", "group"):
                    return inner._replace(end=t.ends[j], last=j)
                return None
        return None
    if _nameish(t, j):
        r = j
        while r - 1 >= lo and (
            _nameish(t, r - 1)
            or (t.folded(r - 1) in _PARTICLES and t.lower(r - 1) and r - 2 >= lo)
            or (t.word(r - 1) in ("and", "&") and r - 2 >= lo and _nameish(t, r - 2))
        ):
            r -= 1
        while r < j and not _nameish(t, r):
            r += 1
        for k in range(j - 1, r - 1, -1):
            if names.is_owner(t.word(k)):
                r = k + 1  # "Vancouver's Bo Horvat said": the owner is not the speaker
                break
        start = r
        # "a spokeswoman for the House Armed Services Committee"
        k = r - 1
        if k >= lo and t.folded(k) in ("the", "a", "an"):
            k -= 1
        if k - 1 >= lo and t.folded(k) in _ATTACH and t.folded(k - 1) in roles() and t.lower(k - 1):
            described = _description_back(t, lo, k - 1)
            if described is not None:
                return _phrase(t, described, j, described, j, "description")
        kind = "group" if _is_group(t, start, j) else "name"
        return _phrase(t, start, j, start, j, kind)
    if t.lower(j) and (t.folded(j) in roles() or t.word(j)[0].isdigit()):
        begin = _description_back(t, lo, j)
        if begin is not None:
            return _phrase(t, begin, j, begin, j, "description")
    return None


def _description_back(t: Tokens, lo: int, j: int) -> int | None:
    """Start of a description ending with the noun at ``j``: back to its determiner."""
    k = j
    while k - 1 >= lo and j - k < 6:
        prev = k - 1
        w = t.folded(prev)
        if w in DETERMINERS and t.is_word(prev):
            return prev
        if t.word(prev) == "," and prev - 1 >= lo and _modifier(t, prev - 1):
            k = prev  # "the lanky, bespectacled professor"
            continue
        if _modifier(t, prev) or _nameish(t, prev) or (t.is_word(prev) and t.word(prev)[0].isdigit()):
            k = prev
            continue
        break
    # no determiner: a bare plural or capitalised opening ("Officials", "Police")
    if k == j and t.capitalised(j):
        return j
    return k if k < j or t.folded(j).endswith("s") else None


def _is_group(t: Tokens, a: int, b: int) -> bool:
    """Two names joined by "and" ("Tore Vik and Lena Abu")."""
    return any(t.word(k) == "and" and k - a >= 2 and b - k >= 2 for k in range(a + 1, b))


def subject_before(t: Tokens, lo: int, cue: int) -> Phrase | None:
    """The subject of the cue verb at token ``cue``, looking back to ``lo``.

    "Jane Doe said", "Jane Doe, the mayor, said", "she later told", "X took to Twitter,
    writing", "X smiled and said", "X was prompted to say".
    """
    j = cue - 1
    while j >= lo and between_word(t, j):
        j -= 1
    if j < lo:
        return None
    w = t.folded(j)
    if is_participle(t, cue):
        # "Hundreds of nurses marched through the town, chanting “…”"
        return clause_subject(t, lo, j + 1, crowds=True)
    if t.lower(j) and w in ("and", "but", "to", "as", "then", "that", "which"):
        return clause_subject(t, lo, j)
    if t.word(j) == ",":
        # an appositive or an inserted clause: "Jane Doe, the mayor, said"
        return _appositive_subject(t, lo, j) or _leading_subject(t, lo, j) or clause_subject(t, lo, j)
    found = np_before(t, lo, j)
    if found is not None:
        return found
    return clause_subject(t, lo, j + 1)


def _appositive_subject(t: Tokens, lo: int, j: int) -> Phrase | None:
    """The phrase before the appositive that ends at the comma ``j``, when it opens a
    clause: "Mr. Hale, asked about …, had said", "as Tom Ruiz, a former …, put it"."""
    for c in range(j - 1, max(lo, j - 40) - 1, -1):
        if t.is_mark(c) and not t.hidden(c):
            return None
        if t.word(c) != ",":
            continue
        p = np_before(t, lo, c - 1)
        if p is not None and p.kind != "description" and _clause_opens_at(t, p.first, lo):
            return p
    return None


def _clause_opens_at(t: Tokens, k: int, lo: int) -> bool:
    """Does a clause begin at token ``k`` (after punctuation, a quote mark, "as", "when")?"""
    if k <= lo:
        return True
    prev = t.word(k - 1)
    if prev in (",", ";", ":", "(", "—", "–", "--", ".") or t.is_mark(k - 1):
        return True
    return t.folded(k - 1) in (_SUBORDINATORS | _OPENERS | {"and", "or", "if"})


def _leading_subject(t: Tokens, lo: int, j: int) -> Phrase | None:
    """The first phrase of the clause that a comma closes, introductory phrases passed
    over: "Ana Ruiz, Minister of Trade, Industry and Energy, said",
    "In an interview, Jane Doe, the mayor, said"."""
    starts = [lo] + [k + 1 for k in range(lo, j) if t.word(k) == ","]
    for s in starts:
        if s >= j or t.hidden(s) or not t.is_word(s):
            continue
        if t.folded(s) in _FUNCTION and t.folded(s) not in DETERMINERS and t.folded(s) not in PRONOUNS:
            continue  # "In an interview,", "After the vote,"
        if t.lower(s) and t.folded(s) not in DETERMINERS and t.folded(s) not in PRONOUNS:
            continue
        if t.capitalised(s) and is_participle(t, s):
            continue  # "Speaking in Leeds,"
        p = np_after(t, s, j, closed=False)
        if p is None:
            continue
        after = _skip_parenthetical(t, p.last + 1, j + 1)
        if after <= j and t.word(after) == ",":
            return p
    return None


def clause_subject(
    t: Tokens, lo: int, hi: int, subordinate: bool = False, crowds: bool = False
) -> Phrase | None:
    """The first noun phrase in ``lo..hi`` that a verb follows: the clause's subject.

    Introductory phrases ("On Friday,", "Speaking in Leeds, Eng., on Monday,") are
    passed over: each comma offers a new place for the subject to begin, the nearest
    to ``hi`` first ("… and the Russian president called"). With ``subordinate``, so
    do "when", "as", "after" … ("… on display when Ruiz took to Twitter with this:").
    With ``crowds``, a crowd counted by its number may be the subject (see :func:`_crowd`).
    """
    starts = [lo] + [k + 1 for k in range(lo, hi) if _opens_clause(t, k, subordinate)]
    for s in reversed(starts):
        if s < hi and t.hidden(s):
            continue
        while s < hi and t.folded(s) in _OPENERS and (t.lower(s) or not _nameish(t, s + 1)):
            s += 1  # "and", "And then", "But later" (not "But" before a name: "But Ruiz")
        crowd = _crowd(t, s, hi) if crowds else None
        if crowd is not None:
            return _phrase(t, s, crowd, s, crowd, "description")
        found = np_after(t, s, hi, closed=False)
        if found is not None and _verb_follows(t, found.last + 1, hi):
            return found
    return None


def _crowd(t: Tokens, s: int, hi: int) -> int | None:
    """The last token of a crowd named by its number that a past-tense verb follows:
    "Hundreds of nurses marched", "Small groups of students walked", "about 200
    teachers gathered" (several words, one of them a number or a number's noun before
    "of", ending on a plural)."""
    if s >= hi or (t.starts[s] > 0 and t.text[t.starts[s] - 1].isalnum()):
        return None  # a word the window cut
    counted = False
    for j in range(s, min(hi - 1, s + 6)):
        w = t.folded(j)
        if w == "of" and j > s:
            counted = True
            continue
        if w[:1].isdigit():
            counted = True
        elif not t.is_word(j) or (w in STOPS and not (j == s and w in _ABOUT)) or bool(cue_at(t, j)):
            return None
        if counted and j > s and w.endswith("s") and w not in _BETWEEN and _past_verb(t, j + 1, hi):
            return j
    return None


def _past_verb(t: Tokens, k: int, hi: int) -> bool:
    """Does a verb in the past tense (after adverbs) stand at token ``k``?"""
    while k < hi and between_word(t, k):
        k += 1
    return k < hi and t.lower(k) and t.folded(k).endswith("ed") and t.folded(k) not in STOPS


def _opens_clause(t: Tokens, k: int, subordinate: bool) -> bool:
    """Does a clause begin after token ``k`` (punctuation, a quote mark, "when")?"""
    if t.word(k) in (",", ";", "—", "–", "--", ":") or t.is_mark(k):
        return True
    return subordinate and t.lower(k) and t.folded(k) in _SUBORDINATORS


def _verb_follows(t: Tokens, k: int, hi: int) -> bool:
    """Does a verb (or an appositive, then a verb) follow the phrase ending before ``k``?"""
    if k < len(t) and t.word(k) == ",":
        for j in range(k + 1, min(len(t), k + 30)):
            if t.word(j) == ",":
                return _verb_follows(t, j + 1, hi)
            if t.is_mark(j):
                return False
        return False
    while k < len(t) and between_word(t, k):
        if t.folded(k) in ("has", "had", "have", "is", "was", "were", "are", "would", "will", "did"):
            return True
        k += 1
    if k >= len(t):
        return False
    return t.lower(k) and t.folded(k) not in STOPS and t.folded(k) not in DETERMINERS


def _phrase(t: Tokens, first: int, last: int, head_first: int, head_last: int, kind: str) -> Phrase:
    return Phrase(t.starts[first], t.ends[last], t.starts[head_first], t.ends[head_last], kind, first, last)
