"""The patterns the people index (:mod:`newsstruct.quotes.people`) reads an article with:
runs of capitalised words, the pronouns "he" and "she", and what stands around a name
(an appositive, a role before it, its verb after it); and their ASCII twins
(:mod:`newsstruct.text.twins`), which find the same on ASCII text, faster.
"""

from __future__ import annotations

import regex

from newsstruct.text import names, twins

_CAP_TOKEN = r"(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’\-]*+\.?)"
_CAPS_RUN = rf"{_CAP_TOKEN}(?:[ \t]+(?:(?:{names.PARTICLE}|of|for|of[ \t]+the)[ \t]+){{0,3}}{_CAP_TOKEN})*+"
_JOINED_RUN = r"\b(?:al|el)-\p{Lu}[\p{L}\p{M}'’\-]*+"  # "al-Sharif", "el-Sayed"
_RUN = regex.compile(rf"{_CAPS_RUN}|{_JOINED_RUN}")
#: :data:`_RUN` without its second branch, for a paragraph where that cannot match (it
#: holds no "l-"): the same runs, found faster, as most positions then try one branch
_CAPS_ONLY = regex.compile(_CAPS_RUN)
#: The ASCII twin of :data:`_CAPS_ONLY` (:mod:`newsstruct.text.twins`), for an ASCII paragraph.
#: (The standard library's engine scans a paragraph for the rarer joined names and
#: pronouns more slowly than ``regex``: those keep their one pattern.)
_ASCII_CAP_TOKEN = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][A-Za-z'\-]*+\.?)"
_ASCII_CAPS_RUN = (
    rf"{_ASCII_CAP_TOKEN}(?:[ \t]+(?:(?:{names.PARTICLE}|of|for|of[ \t]+the)[ \t]+){{0,3}}"
    rf"{_ASCII_CAP_TOKEN})*+"
)
_ASCII_CAPS_ONLY = twins.twin(_ASCII_CAPS_RUN, _CAPS_ONLY)
#: The characters ``(?i)`` takes for a lower-case letter: the letter, its capital, and for
#: "i" and "s" the dotted capital I and the long s.
_CASES = {"i": "iIİ", "s": "sSſ"}


def _any_case(word: str) -> str:
    """``word`` in a pattern that takes it in any case, as ``(?i)`` would (a class per
    letter, which the pattern engine tests faster than a case-blind comparison)."""
    return "".join(f"[{_CASES.get(c, c + c.upper())}]" for c in word)


_PRONOUN_WORDS = ("he", "him", "his", "himself", "she", "her", "hers", "herself")
_PRONOUN = regex.compile(rf"\b(?:{'|'.join(map(_any_case, _PRONOUN_WORDS))})\b")
#: After a name: an appositive that describes a person ("Ana, a resident of …", "Hale, 73,",
#: "Ana Ruiz, Minister of Trade,").
_APPOSITIVE = regex.compile(
    r",[ \t]+(?:(?P<age>\d{1,3})[,.)]|(?P<description>[^,.;:!?“”\"()\n]{1,80}?)(?=[,.;:)]))"
)
#: Before a name: "the LinkedIn chief executive, Jeff Weiner".
_DESCRIBED_BEFORE = regex.compile(
    r"(?:^|[ \t(])(?P<description>(?:the|a|an)[ \t][^,.;:!?“”\"()\n]{1,60}?),[ \t]+$"
)
#: Before a name: a lower-case role ("Leeds retiree Tom Hale", "pollster Ana Ruiz").
_ROLE_BEFORE = regex.compile(r"(?P<role>\p{Ll}[\p{L}\-]*+)[ \t]+$")
#: After a name: its verb, maybe after an appositive ("Jane Doe, the mayor, said").
_VERB_AFTER = regex.compile(r"(?:,[^,.;:!?“”\"\n]{1,120},)?[ \t]+(?P<word>\p{Ll}[\p{L}'’\-]*+)")
#: The ASCII twins of the patterns read around a name (in an ASCII text).
_ASCII_APPOSITIVE = twins.twin(
    r",[ \t]+(?:(?P<age>[0-9]{1,3})[,.)]|(?P<description>[^,.;:!?\"()\n]{1,80}?)(?=[,.;:)]))", _APPOSITIVE
)
_ASCII_ROLE_BEFORE = twins.twin(r"(?P<role>[a-z][A-Za-z\-]*+)[ \t]+$", _ROLE_BEFORE)
_ASCII_VERB_AFTER = twins.twin(r"(?:,[^,.;:!?\"\n]{1,120},)?[ \t]+(?P<word>[a-z][A-Za-z'\-]*+)", _VERB_AFTER)
