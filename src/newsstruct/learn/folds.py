"""Grouped cross-validation: held-out figures that say how a model does on sites it
has not seen.

Pages of one site share templates, so a page's header lines look like its siblings'.
Folds that split a site between training and test would reward memorising templates;
folding by a group key (the site, :func:`site_of`) keeps every site on one side.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar
from urllib.parse import urlsplit

M = TypeVar("M")

Fold = tuple[list[int], list[int]]
"""``(train indices, test indices)``, each ascending."""

_PREFIXES = frozenset({"www", "m", "amp"})


def group_folds(groups: Sequence[str], k: int) -> list[Fold]:
    """``k`` folds over the indices of ``groups`` (one group key per item) such that no
    key has items on both sides of a fold, and every index is tested exactly once.

    Keys go to folds greedily, largest first (ties by key): each to the fold with the
    fewest items so far (ties to the first). That balances the folds' sizes and
    depends on nothing but the keys and their counts, so it is the same on every run
    (though adding data can move a key to another fold). With ``k`` at least the
    number of keys, each key is a fold of its own.

    >>> group_folds(["a", "b", "a", "c"], 2)
    [([1, 3], [0, 2]), ([0, 2], [1, 3])]
    """
    if k < 2:
        raise ValueError(f"cross-validation needs k >= 2 folds, not {k}")
    members: dict[str, list[int]] = {}
    for i, key in enumerate(groups):
        members.setdefault(key, []).append(i)
    if len(members) < 2:
        raise ValueError(f"cross-validation needs at least 2 distinct groups, not {len(members)}")
    k = min(k, len(members))
    tests: list[list[int]] = [[] for _ in range(k)]
    for key in sorted(members, key=lambda key: (-len(members[key]), key)):
        smallest = min(range(k), key=lambda f: len(tests[f]))
        tests[smallest].extend(members[key])
    folds: list[Fold] = []
    for test in tests:
        test.sort()
        held_out = set(test)
        folds.append(([i for i in range(len(groups)) if i not in held_out], test))
    return folds


def choose_l2(
    fit: Callable[[list[int], float], M],
    evaluate: Callable[[M, list[int]], float],
    folds: Sequence[Fold],
    grid: Sequence[float],
) -> tuple[float, dict[float, float]]:
    """The L2 strength with the highest mean held-out figure, and the mean figure for
    each strength in ``grid``. ``fit(train indices, l2)`` makes a model and
    ``evaluate(model, test indices)`` scores it (higher is better: accuracy, or the
    mean log-likelihood; NaN for a fold it cannot judge, which the mean leaves out). On
    a tie the larger l2, the simpler model, wins; a NaN mean never does."""
    if not grid:
        raise ValueError("choose_l2 needs a grid of l2 values")
    if not folds:
        raise ValueError("choose_l2 needs at least one fold")
    figures: dict[float, float] = {}
    for l2 in grid:
        held_out = [x for x in (evaluate(fit(train, l2), test) for train, test in folds) if not math.isnan(x)]
        figures[l2] = sum(held_out) / len(held_out) if held_out else math.nan
    best = max(figures, key=lambda l2: (-math.inf if math.isnan(figures[l2]) else figures[l2], l2))
    return best, figures


def site_of(url: str) -> str:
    """The site a page belongs to, for folding pages by site: the lowercased host
    without port and without a leading ``www.``, ``m.`` or ``amp.`` (a "registrable-ish"
    domain: ``edition.cnn.com`` stays itself). Empty if the URL has no host.

    >>> site_of("https://www.Example.com:8080/news/1")
    'example.com'
    >>> site_of("amp.theguardian.com/world"), site_of("https://m.bbc.co.uk/news")
    ('theguardian.com', 'bbc.co.uk')
    """
    url = url.strip()
    if not (url.partition("/")[0].endswith(":") or url.startswith("//")):
        url = "//" + url  # no scheme: the text up to the first "/" is the host
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed IPv6 host
        return ""
    labels = host.rstrip(".").split(".")
    while len(labels) > 2 and labels[0] in _PREFIXES:
        labels = labels[1:]
    return ".".join(labels)
