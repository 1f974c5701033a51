"""Choose the headline among the title blocks around the top of the body, by fitted models.

On a whole scraped page the headline is not the first line: menus, kickers, share bars
and teasers stand before it, and the body's prose run may start a little early or late.
What marks the headline is its neighbourhood, as a page lays out an article's header::

    [kicker] HEADLINE [deck] [byline | stamp | share bar | caption]* BODY

Each title-shaped block of the header window is a candidate with the named features of
:mod:`newsstruct.header.features` (what follows and precedes it, its shape and place, the
lines around it, how the page repeats it, the words it shares with its lede). The ranker
(``data/weights/headline.json``) scores a page's candidates together and puts one first;
the presence model (``data/weights/headline_presence.json``) says whether the text has a
headline at all. Both are fitted by ``python -m newsstruct.apps.train``; the rule of each
pick lists the features that weighed most, and its confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsstruct.header.features import Features, _sentence, headline_features, lede_words, shallow_features
from newsstruct.header.trimming import Pick, _fuller_below, _trimmed
from newsstruct.header.window import (
    LONG_TITLE,
    Evidence,
    Window,
    _body_like,
    evidence,
)
from newsstruct.learn import LinearModel, load_model, softmax

#: The weights files (``data/weights/NAME.json``) of the headline ranker, which orders a
#: window's titles, and of the presence model, which says how likely its first is the
#: headline at all.
MODEL = "headline"
PRESENCE = "headline_presence"
#: The presence model's probability below which the text has no headline.
MIN_PRESENCE = 0.5


class Candidate(NamedTuple):
    """A title block of the window that may be the headline, with what follows it and
    its named features."""

    block: int
    evidence: Evidence
    features: Features


def candidates(w: Window) -> list[Candidate]:
    """Every title-shaped block of the window with its features, top to bottom."""
    out: list[Candidate] = []
    cut = 0  # body-like blocks of the run before the title (a headline there cuts them off)
    titled = False  # the last block that is no furniture nor stamp is a title of some words
    plain = _plain_top(w)
    for k, role in enumerate(w.kinds):
        i = w.offset + k
        if role.candidate:
            ev = evidence(i, w)
            features = headline_features(w, i, ev, cut, lede_words(w, i, ev))
            shallow_features(w, i, features)
            if plain and i == 0 and not _titles_between(w, i, ev):
                features["top of a text with no furniture above the body"] = 1.0
            out.append(Candidate(i, ev, features))
        if i >= w.first and (_body_like(w.measures[i]) or role.kind == "dated" or _sentence(w.measures[i])):
            # A stamp line opening the run belongs to the title over it, if any; a
            # title under it cuts it off that header. With no title over it, it dates
            # the headline under it ("Energie 12.12.2022, 08:30 Uhr" over the title).
            # Furniture (a PHP error, glued links) and a byline are no body to cut off.
            cut += role.kind not in _NOT_CUT and (role.kind != "stamp" or titled)
        if role.kind not in ("furniture", "stamp"):
            # (A short label, "Sport", owns no stamp: it is a kicker over the header.)
            titled = role.candidate and w.measures[i].words >= LONG_TITLE
    if out:
        nearest = max((c for c in out if c.block < w.first), key=lambda c: c.block, default=None)
        if nearest is not None:
            nearest.features["the nearest title above the body"] = 1.0
    return out


def rank(found: Sequence[Features], model: LinearModel) -> tuple[int, float] | None:
    """The position of the best of the candidates' features in ``found`` and its share of
    the ranker's probability among them, or None when there are none."""
    if not found:
        return None
    scores = [model.score(features) for features in found]
    best = max(range(len(found)), key=lambda k: (scores[k], -k))
    return best, softmax(scores)[best]


def presence_features(features: Features, share: float) -> Features:
    """What the presence model reads of the ranker's first title: its features and its
    share of the ranking (the trainer reads the same)."""
    return {**features, "the ranker's share": share}


def pick_headline(
    w: Window, ranker: LinearModel | None = None, presence: LinearModel | None = None
) -> Pick | None:
    """The title the headline ranker puts first in the window, when the presence model
    gives even odds or better that the text has a headline at all (else None: the text
    opens with its body). Its rule names the features that weighed most in the ranking;
    its confidence is the probability that the text has a headline times the ranker's
    share for this title (the trainer reports how often picks in each band are right)."""
    ranker = ranker if ranker is not None else load_model(MODEL)
    presence = presence if presence is not None else load_model(PRESENCE)
    found = candidates(w)
    ranked = rank([c.features for c in found], ranker)
    if ranked is None:
        return None
    best, share = ranked
    chosen = found[best]
    present = presence.probability(presence_features(chosen.features, share))
    if present < MIN_PRESENCE:
        return None
    confidence = round(present * share, 4)  # four places: a probability, not a measurement
    rule = f"headline (confidence {confidence:.2f}): {ranker.explain(chosen.features)}"
    pick = Pick(chosen.block, chosen.evidence, rule, confidence=confidence)
    fuller = _fuller_below(w, pick.index)
    if fuller is not None:
        below, start = fuller
        pick = Pick(
            below,
            evidence(below, w),
            pick.rule + ", the fuller title on the line below",
            start,
            confidence=confidence,
        )
    return _trimmed(w, pick)


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
