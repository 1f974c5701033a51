"""The headline is chosen by fitted models: a ranker over the header window's titles and a
presence model that says whether the text has a headline at all. These tests check the
shipped weights, the ranking, the explanation and confidence a pick carries, and the
trainer that fits them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

import newsstruct
from newsstruct.apps import train
from newsstruct.header import headline, scoring
from newsstruct.layout import stands_alone
from newsstruct.learn import LinearModel, load_model
from newsstruct.page.body import body_range
from newsstruct.page.measure import measure_page
from newsstruct.testing import GeneratedHeaderPage, header_pages
from newsstruct.text.blocks import split_blocks


def _window(text: str) -> scoring.Window:
    blocks = split_blocks(text, stands_alone=stands_alone)
    measures = measure_page(text, blocks)
    first, last = body_range(measures)
    return headline.header_window(text, blocks, measures, first, last)


def test_the_shipped_weights_say_how_they_were_made() -> None:
    ranker, presence = load_model(scoring.MODEL), load_model(scoring.PRESENCE)
    for model in (ranker, presence):
        assert model.meta["command"].startswith("python -m newsstruct.apps.train headline")
        assert len(model.meta["data_sha256"]) == 64
    assert ranker.meta["l2"] in train.L2_GRID
    assert 0.5 < ranker.meta["cv_web_accuracy_pooled"] <= 1.0
    bands = presence.meta["confidence_bands_of_held_out_picks"]
    assert sum(n for n, _ in bands.values()) == presence.meta["examples"]


def test_every_weighted_feature_fired_on_several_sites() -> None:
    ranker = load_model(scoring.MODEL)
    sites = ranker.meta["sites_per_feature"]
    assert set(ranker.features) <= set(sites)
    assert all(sites[name] >= train.MIN_SITES for name in ranker.features)


def test_the_ranker_weighs_what_the_literature_expects() -> None:
    """Signs a reader can check: a byline or a stamp under a title and words shared with
    the story count for it; a line of several lines, one longer than a headline and one
    of figures count against it."""
    ranker = load_model(scoring.MODEL)
    weight = dict(zip(ranker.features, ranker.weights, strict=True))
    for sign in (
        "byline follows",
        "stamp follows",
        "words shared with the lede",
        "words shared with the body",
    ):
        assert weight[sign] > 0, sign
    for sign in ("several lines", "longer than a headline", "share of figures"):
        assert weight[sign] < 0, sign


@given(header_pages())
def test_every_feature_of_a_candidate_is_one_the_ranker_knows(generated: GeneratedHeaderPage) -> None:
    known = set(load_model(scoring.MODEL).features)
    for candidate in scoring.candidates(_window(generated.text)):
        assert set(candidate.features) <= known


@given(header_pages())
def test_a_picked_headline_explains_itself(generated: GeneratedHeaderPage) -> None:
    article = newsstruct.parse(generated.text)
    rules = [s.rule for s in article.segments if s.label == "headline"]
    for rule in rules:
        if rule.startswith("headline (confidence"):
            confidence = float(rule.split("confidence ", 1)[1].split(")", 1)[0])
            assert 0.0 <= confidence <= 1.0
            assert rule.split("): ", 1)[1].split(", ")[0].rsplit(" ", 1)[1][0] in "+-"


def _model(weights: dict[str, float], bias: float = 0.0, name: str = "test") -> LinearModel:
    return LinearModel(name, tuple(weights), tuple(weights.values()), bias)


def test_rank_takes_the_highest_score_and_the_earlier_of_a_tie() -> None:
    model = _model({"good": 1.0})
    ranked = scoring.rank([{}, {"good": 2.0}, {"good": 2.0}], model)
    assert ranked is not None and ranked[0] == 1
    assert 0.0 < ranked[1] < 0.5  # two candidates share the best score
    assert scoring.rank([], model) is None


PAGE = (
    "* Home\n\n* World\n\n* Sport\n\nHarbour Bridge Reopens After Two Years of Repairs\n\nBy Jane Doe\n\n"
    "The harbour bridge reopened on Monday after two years of repairs, the city said in a statement.\n\n"
    "Traffic moved slowly across the bridge through the morning as drivers returned to the old route.\n\n"
    "Officials said the repairs came in under budget and ahead of the schedule set two years ago."
)


@pytest.mark.parametrize(("bias", "picked"), [(-100.0, False), (100.0, True)])
def test_the_presence_model_decides_whether_there_is_a_headline(bias: float, picked: bool) -> None:
    w = _window(PAGE)
    pick = scoring.pick_headline(w, presence=_model({}, bias, "presence"))
    assert (pick is not None) is picked
    if pick is not None:
        ranked = scoring.rank([c.features for c in scoring.candidates(w)], load_model(scoring.MODEL))
        assert ranked is not None and pick.confidence == pytest.approx(ranked[1])


def _corpus(path: Path) -> list[str]:
    """A few invented pages of four sites, each with its headline, byline and body."""
    titles = [
        "Harbour Bridge Reopens After Two Years of Repairs",
        "City Council Approves the New Budget for Schools",
        "Storm Brings Heavy Rain to the Northern Coast",
        "Local Team Wins the Cup After Extra Time",
        "Museum Opens a New Wing for Modern Art",
        "Ferry Service Returns to the Island This Spring",
        "Farmers Count the Cost of a Dry Summer",
        "New Library Opens Its Doors in the Old Town",
    ]
    lines = []
    for k, title in enumerate(titles):
        word = title.split()[1].lower()
        text = (
            f"* Home\n\n* News\n\nLatest\n\n{title}\n\nBy Jane Doe\n\n"
            f"The {word} story began on Monday, officials said in a statement to reporters.\n\n"
            f"People gathered to talk about the {word} news through the afternoon and evening.\n\n"
            "More details are expected later this week, the officials said.\n\nRelated\n\n* Other news"
        )
        record = {
            "id": str(k),
            "url": f"https://site{k % 4}.example/{k}",
            "text": text,
            "gold": {"headline": title},
        }
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(path)]


def test_the_trainer_is_deterministic_and_learns_its_pages(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "pages.jsonl")
    first, presence = train.train_headline(paths, "test")
    again, _ = train.train_headline(paths, "test")
    assert (first.features, first.weights, first.bias) == (again.features, again.weights, again.bias)
    assert first.meta["pages"] == 8 and first.meta["sites"] == 4
    pages = [p for record in train.read_corpus(paths) for p in train.headline_pages(record)]
    assert train.accuracy(first, pages) == 1.0
    assert presence.name == scoring.PRESENCE


def test_the_trainer_writes_weights_that_load(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "pages.jsonl")
    out = tmp_path / "headline.json"
    assert train.main(["headline", *paths, "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["name"] == "headline" and written["format"] == 1
    assert (tmp_path / "headline_presence.json").is_file()
