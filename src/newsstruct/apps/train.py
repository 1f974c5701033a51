"""Fit the shipped weights of newsstruct's decisions on annotated corpora.

    python -m newsstruct.apps.train headline CORPUS.jsonl [CORPUS.jsonl ...] [--out FILE]

Each corpus line is ``{"id", "source", "url", "text", "gold": {...}}`` (the format of the
evaluation corpora). The headline ranker is fitted on the pages whose gold headline is one
of the header window's candidate titles; its regularisation is chosen by cross-validation
folded by site (the domain of ``url``, or ``source`` without one), so what it learns is what
carries to sites it has not seen. The same input gives the same weights, and the weights
file records the command, a hash of the training data and the cross-validated figures.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from newsstruct.grammar.dateline import match_dateline
from newsstruct.header import headline, scoring
from newsstruct.layout import stands_alone
from newsstruct.learn import (
    LinearModel,
    choose_l2,
    data_hash,
    fit_listwise,
    fit_logistic,
    group_folds,
    model_to_json,
    site_of,
)
from newsstruct.page.body import body_range
from newsstruct.page.measure import measure_page
from newsstruct.text.blocks import split_blocks

#: The regularisation strengths cross-validation chooses among.
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
#: A feature is fitted only when it fires on the pages of this many sites at least.
MIN_SITES = 5
#: How many folds (sites are never split between folds).
FOLDS = 5
#: No site gives more than this many pages (a wire's thousands would drown the web's sites).
PER_SITE = 100
#: What the comparison of a title with its gold ignores.
_FOLD_AWAY = " \t\r\n.,;:!?\"'“”‘’«»„‟‚‹›—–-()[]|"


class Page(NamedTuple):
    """One annotated page as the ranker sees it: its site, the candidates' features, and
    which candidates give the gold headline."""

    site: str
    features: list[dict[str, float]]
    gold: frozenset[int]
    #: A text with no headline: the ranker should rank none of its candidates first.
    headless: bool = False
    #: A web page (the record has a ``url``): cross-validation judges these.
    web: bool = True
    #: A story written out as a clean text under its headline: the presence model learns
    #: from it, the ranker does not (its one title is no choice).
    plain: bool = False


def fold(text: str) -> str:
    """Text compared as a reader would: case, width, spacing and edge punctuation aside."""
    folded = unicodedata.normalize("NFKC", text).casefold().strip(_FOLD_AWAY)
    return " ".join(folded.split())


def read_corpus(paths: Iterable[str]) -> Iterator[dict[str, Any]]:
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)


def headline_pages(record: dict[str, Any]) -> Iterator[Page]:
    """The record as a page labelled by its gold headline; the same story with no
    header, labelled as having none: the gold body where the record gives one, or a wire
    story from its first sentence on (past its headline and dateline); and, where the
    record gives the body, the story as a clean text under its headline. A text that opens
    with its body has no headline, one that opens with a title over it has one: the
    presence model learns the difference from the same stories, not from how plain a
    text is (the web pages with headlines are seldom plain)."""
    page = headline_page(record)
    if page is None:
        return
    yield page
    gold = record["gold"]["headline"]
    body = record["gold"].get("body")
    headless: str | None = None
    if isinstance(body, str):
        headless = body  # the article's own text, as a page gives it without its header
    elif not record.get("url"):
        headless = _past_dateline(record["text"], gold)
    if headless is None:
        return
    page = headline_page({**record, "text": headless, "gold": {"headline": gold}})
    if page is not None and not page.gold:
        yield Page(page.site, page.features, frozenset(), headless=True, web=page.web)
    if isinstance(body, str):
        # The same story as a clean text under its headline, as a scraper that kept only
        # the article gives it: a plain text's first line is its headline (and its headless
        # twin above says when there is none).
        plain = headline_page({**record, "text": f"{gold}\n\n{body}"})
        if plain is not None and plain.gold:
            yield plain._replace(web=False, plain=True)


def _past_dateline(text: str, gold: str) -> str | None:
    """A wire story from its first sentence on: past its headline line and the dateline
    that opens the next paragraph (None when it does not open that way)."""
    if not text.lstrip().startswith(gold):
        return None
    for block in split_blocks(text, stands_alone=stands_alone)[1:2]:
        found = match_dateline(text, block.start, block.end)
        if found is not None:
            return text[found.end :].lstrip()
    return None


def headline_page(record: dict[str, Any]) -> Page | None:
    """The candidates of a record's header window, labelled by its gold headline (None
    when the gold gives no headline)."""
    gold = record.get("gold", {}).get("headline")
    if not isinstance(gold, str):
        return None
    text = record["text"]
    blocks = split_blocks(text, stands_alone=stands_alone)
    if not blocks:
        return None
    measures = measure_page(text, blocks)
    first, last = body_range(measures)
    w = headline.header_window(text, blocks, measures, first, last)
    found = scoring.candidates(w)
    want = fold(gold)
    right = frozenset(k for k, c in enumerate(found) if _gives(fold(w.measures[c.block].text), want))
    url = record.get("url") or ""
    site = site_of(url) if url else str(record.get("source", "unknown"))
    return Page(site, [c.features for c in found], right, web=bool(url))


def _gives(block: str, gold: str) -> bool:
    """Does a candidate block give the gold headline: the same words, or the gold with a
    little glued to it that trimming cuts off (a kicker, a site's name)?"""
    return block == gold or (bool(gold) and gold in block and 2 * len(gold) >= len(block))


def _nearest(page: Page) -> int | None:
    """The gold candidate the ranker learns to pick: the last (nearest the body) of those
    that give the headline; None for a text that has none."""
    return max(page.gold) if page.gold else None


def _fit(pages: Sequence[Page], l2: float) -> LinearModel:
    """The ranker, fitted on the pages whose gold is a candidate (web pages and, a
    site of their own, wire stories: a plain text's first line is its headline)."""
    usable = [p for p in pages if p.gold and not p.plain]
    return fit_listwise([p.features for p in usable], [_nearest(p) for p in usable], l2=l2, name="headline")


def _ranked(model: LinearModel, page: Page) -> tuple[int, float] | None:
    return scoring.rank(page.features, model)


def accuracy(model: LinearModel, pages: Sequence[Page]) -> float:
    """The share of pages whose top-ranked candidate gives the gold headline (pages whose
    gold is no candidate count as misses: no ranking finds them)."""
    if not pages:
        return 0.0
    right = 0
    for page in pages:
        ranked = _ranked(model, page)
        right += ranked is not None and ranked[0] in page.gold
    return right / len(pages)


def _held_out_accuracy(model: LinearModel, judged: Sequence[Page]) -> float:
    """:func:`accuracy` on a fold's judged pages; NaN for a fold with none (a fold of
    wire stories only), which the mean over folds leaves out."""
    return accuracy(model, judged) if judged else math.nan


def _judged(pages: Sequence[Page], test: Sequence[int]) -> list[Page]:
    """The held-out pages cross-validation judges the ranker on: web pages with a headline."""
    return [pages[i] for i in test if pages[i].web and not pages[i].headless]


def train_headline(paths: Sequence[str], command: str) -> tuple[LinearModel, LinearModel]:
    """The ranker and the presence model. The ranker's regularisation is chosen by
    site-folded cross-validation; the presence model learns, from the ranker's held-out
    picks (each fold's pages ranked by a ranker fitted on the other folds), how often the
    first title is the headline, and says "none" on texts that open with their body."""
    pages = _per_site([p for record in read_corpus(paths) for p in headline_pages(record)])
    support = _site_support(pages)
    dropped = sorted(name for name, sites in support.items() if sites < MIN_SITES)
    pages = [_without(p, set(dropped)) for p in pages]
    folds = group_folds([p.site for p in pages], FOLDS)
    best, figures = choose_l2(
        lambda train, l2: _fit([pages[i] for i in train], l2),
        lambda model, test: _held_out_accuracy(model, _judged(pages, test)),
        folds,
        L2_GRID,
    )
    examples: list[dict[str, float]] = []
    labels: list[bool] = []  # the text has a headline
    right: list[bool] = []  # the ranker's first is the headline
    shares: list[float] = []
    sites: list[str] = []
    web_right = web_seen = 0  # the held-out picks on web pages with a headline, pooled
    for train, test in folds:
        held = _fit([pages[i] for i in train], best)
        for i in test:
            ranked = _ranked(held, pages[i])
            if pages[i].web and not pages[i].headless:
                web_seen += 1
                web_right += ranked is not None and ranked[0] in pages[i].gold
            if ranked is not None:
                top, share = ranked
                examples.append(scoring.presence_features(pages[i].features[top], share))
                labels.append(not pages[i].headless)
                right.append(top in pages[i].gold)
                shares.append(share)
                sites.append(pages[i].site)
    presence_l2, presence_figures = choose_l2(
        lambda train, l2: fit_logistic([examples[i] for i in train], [labels[i] for i in train], l2=l2),
        lambda model, test: _log_likelihood(model, [examples[i] for i in test], [labels[i] for i in test]),
        group_folds(sites, FOLDS),
        L2_GRID,
    )
    presence = fit_logistic(examples, labels, l2=presence_l2, name=scoring.PRESENCE)
    ranker = _fit(pages, best)
    judged = _judged(pages, range(len(pages)))
    meta = {
        "command": command,
        "data": [Path(p).name for p in paths],
        "data_sha256": data_hash([[p.site, p.features, sorted(p.gold), p.headless] for p in pages]),
        "pages": len(pages),
        "texts_with_no_headline": sum(p.headless for p in pages),
        "clean_texts_under_their_headline": sum(p.plain for p in pages),
        "sites": len({p.site for p in pages}),
        "l2": best,
        "cv_folds": len(folds),
        "cv_accuracy_by_l2": {str(k): round(v, 4) for k, v in sorted(figures.items())},
        "cv_web_accuracy_pooled": round(web_right / max(1, web_seen), 4),
        "train_accuracy": round(accuracy(ranker, judged), 4),
        "candidate_recall": round(sum(bool(p.gold) for p in judged) / max(1, len(judged)), 4),
        "sites_per_feature": {name: sites for name, sites in sorted(support.items()) if sites >= MIN_SITES},
        "dropped_features": dropped,
    }

    confidences = [presence.probability(x) * share for x, share in zip(examples, shares, strict=True)]
    presence_meta = {
        "command": command,
        "data_sha256": meta["data_sha256"],
        "l2": presence_l2,
        "cv_log_likelihood_by_l2": {str(k): round(v, 4) for k, v in sorted(presence_figures.items())},
        "examples": len(examples),
        "texts_with_a_headline": sum(labels),
        "confidence_bands_of_held_out_picks": _bands(confidences, right),
    }
    return (
        LinearModel(ranker.name, ranker.features, ranker.weights, ranker.bias, meta),
        LinearModel(presence.name, presence.features, presence.weights, presence.bias, presence_meta),
    )


def _log_likelihood(
    model: LinearModel, examples: Sequence[dict[str, float]], labels: Sequence[bool]
) -> float:
    """The mean log-probability a logistic model gives the held-out labels (higher is
    better; a calibrated model is what the confidence needs, not only a right side)."""
    total = 0.0
    for x, y in zip(examples, labels, strict=True):
        p = min(max(model.probability(x), 1e-12), 1 - 1e-12)
        total += math.log(p if y else 1 - p)
    return total / max(1, len(labels))


def _bands(confidences: Sequence[float], right: Sequence[bool]) -> dict[str, list[float]]:
    """Per band of confidence: how many held-out picks fall in it and the share right
    (a calibrated confidence has the share near the band)."""
    bands: dict[str, list[int]] = {}
    for p, y in zip(confidences, right, strict=True):
        low = min(4, int(p * 5)) / 5
        count = bands.setdefault(f"{low:.1f}-{low + 0.2:.1f}", [0, 0])
        count[0] += 1
        count[1] += y
    return {k: [n, round(r / n, 3)] for k, (n, r) in sorted(bands.items())}


def _site_support(pages: Sequence[Page]) -> dict[str, int]:
    """On how many sites' pages each feature fires: a condition earns its place with
    evidence from several sites, not one page's layout."""
    sites: dict[str, set[str]] = {}
    for page in pages:
        for features in page.features:
            for name in features:
                sites.setdefault(name, set()).add(page.site)
    return {name: len(found) for name, found in sites.items()}


def _without(page: Page, dropped: set[str]) -> Page:
    if not dropped:
        return page
    kept = [{k: v for k, v in f.items() if k not in dropped} for f in page.features]
    return page._replace(features=kept)


def _per_site(pages: Sequence[Page], most: int = PER_SITE) -> list[Page]:
    """The pages in order, at most ``most`` of any one site (and as many of its texts
    with no headline)."""
    counts: dict[tuple[str, bool], int] = {}
    kept = []
    for page in pages:
        key = (page.site, page.headless)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] <= most:
            kept.append(page)
    return kept


def _weights_path(name: str) -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "weights" / f"{name}.json"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsstruct.apps.train", description=__doc__.split("\n")[0]
    )
    parser.add_argument("decision", choices=["headline"], help="which decision's weights to fit")
    parser.add_argument("corpora", nargs="+", help="annotated JSON-lines corpora")
    parser.add_argument("--out", help="where to write the weights (default: the package's data/weights/)")
    args = parser.parse_args(argv)
    command = "python -m newsstruct.apps.train " + " ".join(
        [args.decision, *(Path(c).name for c in args.corpora)]
    )
    model, presence = train_headline(args.corpora, command)
    out = Path(args.out) if args.out else _weights_path(args.decision)
    out.write_text(model_to_json(model) + "\n", encoding="utf-8")
    out.with_name(f"{presence.name}.json").write_text(model_to_json(presence) + "\n", encoding="utf-8")
    meta = model.meta
    print(
        f"{args.decision}: {meta['pages']} pages from {meta['sites']} sites, l2 {meta['l2']}, "
        f"cross-validated accuracy on web pages {meta['cv_web_accuracy_pooled']:.3f}, written to {out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
