"""The trainer for linear models: fits that separate what is separable, deterministic
weights, standardisation folded back, exact weights files, and folds that keep a
group on one side."""

from __future__ import annotations

import json
import math
import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsstruct.learn import (
    LinearModel,
    choose_l2,
    data_hash,
    fit_listwise,
    fit_logistic,
    group_folds,
    load_model,
    logistic,
    model_from_json,
    model_to_json,
    site_of,
    softmax,
)

Row = dict[str, float]


def _points(seed: int, n: int) -> tuple[list[Row], list[bool]]:
    """Points in the square, labelled by the line x + 2y = 1.5, with a margin of 0.1."""
    rng = random.Random(seed)
    examples: list[Row] = []
    labels: list[bool] = []
    while len(examples) < n:
        x, y = rng.uniform(0, 1), rng.uniform(0, 1)
        side = x + 2 * y - 1.5
        if abs(side) < 0.1:
            continue
        examples.append({"x": x, "y": y, "noise": rng.uniform(-1, 1)})
        labels.append(side > 0)
    return examples, labels


def _noisy(seed: int, n: int) -> tuple[list[Row], list[bool]]:
    """Overlapping classes, so the fit has a finite optimum and the penalty matters."""
    rng = random.Random(seed)
    examples: list[Row] = []
    labels: list[bool] = []
    for _ in range(n):
        x = {"a": rng.gauss(0, 1), "b": float(rng.random() < 0.3), "c": rng.gauss(5, 2)}
        labels.append(x["a"] + 2 * x["b"] - 0.3 * x["c"] + rng.gauss(0, 1.5) > 0)
        examples.append(x)
    return examples, labels


def _ranked(seed: int, n_groups: int) -> tuple[list[list[Row]], list[int | None]]:
    """Groups of candidates whose gold is the argmax of a hidden linear rule."""
    rng = random.Random(seed)
    hidden = {"p": 2.0, "q": -1.0, "r": 0.5}
    groups: list[list[Row]] = []
    gold: list[int | None] = []
    for _ in range(n_groups):
        candidates = [
            {"p": rng.uniform(0, 1), "q": rng.uniform(0, 1), "r": float(rng.random() < 0.5)}
            for _ in range(rng.randint(2, 6))
        ]
        scores = [sum(hidden[f] * v for f, v in c.items()) for c in candidates]
        groups.append(candidates)
        gold.append(max(range(len(candidates)), key=scores.__getitem__))
    return groups, gold


def _pick(model: LinearModel, candidates: list[Row]) -> int:
    return max(range(len(candidates)), key=lambda i: model.score(candidates[i]))


def _norm(model: LinearModel) -> float:
    return math.sqrt(sum(w * w for w in model.weights))


# -- fitting --------------------------------------------------------------------------


def test_separable_points_are_all_classified_right() -> None:
    examples, labels = _points(1, 200)
    model = fit_logistic(examples, labels, l2=1e-3)
    assert model.features == ("noise", "x", "y")
    assert [model.probability(x) > 0.5 for x in examples] == labels
    assert model.meta["fit"] == "logistic"


def test_the_same_input_gives_identical_weights() -> None:
    examples, labels = _noisy(2, 300)
    first = fit_logistic(examples, labels, l2=0.5)
    again = fit_logistic(examples, labels, l2=0.5)
    # dicts iterated in another order: the features are indexed in sorted order
    reordered = fit_logistic([dict(reversed(list(x.items()))) for x in examples], labels, l2=0.5)
    assert first.weights == again.weights == reordered.weights
    assert first.bias == again.bias == reordered.bias
    groups, gold = _ranked(3, 100)
    assert fit_listwise(groups, gold, l2=0.1).weights == fit_listwise(groups, gold, l2=0.1).weights


def test_the_listwise_ranker_finds_the_hidden_rule() -> None:
    groups, gold = _ranked(4, 300)
    model = fit_listwise(groups, gold, l2=1e-3)
    assert all(_pick(model, g) == k for g, k in zip(groups, gold, strict=True))
    fresh, fresh_gold = _ranked(5, 300)
    right = sum(_pick(model, g) == k for g, k in zip(fresh, fresh_gold, strict=True))
    assert right >= 0.95 * len(fresh)
    weight = dict(zip(model.features, model.weights, strict=True))
    assert weight["p"] > 0 > weight["q"] and weight["r"] > 0
    assert model.bias == 0.0  # cancels in the softmax


def test_a_none_option_learns_when_no_candidate_is_right() -> None:
    rng = random.Random(6)
    groups: list[list[Row]] = []
    gold: list[int | None] = []
    while len(groups) < 200:
        candidates = [{"good": float(rng.random() < 0.2), "length": rng.uniform(0, 3)} for _ in range(4)]
        good = [i for i, c in enumerate(candidates) if c["good"]]
        if len(good) < 2:  # one right candidate, or none
            groups.append(candidates)
            gold.append(good[0] if good else None)
    assert None in gold
    model = fit_listwise(groups, gold, l2=1e-3, none_option=True)
    assert model.bias < 0  # a candidate without the feature loses to "none"
    for candidates, answer in zip(groups, gold, strict=True):
        best = _pick(model, candidates)
        assert (best if model.score(candidates[best]) > 0 else None) == answer
    skipped = fit_listwise(groups, gold, l2=1e-3)  # without the option, the None groups are skipped
    assert skipped.bias == 0.0 and skipped.meta["none_option"] is False


def test_a_larger_l2_shrinks_the_weights() -> None:
    examples, labels = _noisy(7, 300)
    norms = [_norm(fit_logistic(examples, labels, l2=l2)) for l2 in (0.01, 1.0, 10.0, 100.0, 1000.0)]
    assert norms == sorted(norms, reverse=True) and norms[0] > 2 * norms[-1]
    groups, gold = _ranked(8, 200)
    ranked = [_norm(fit_listwise(groups, gold, l2=l2)) for l2 in (0.01, 1.0, 100.0)]
    assert ranked == sorted(ranked, reverse=True)


def test_a_feature_unit_does_not_change_the_fit() -> None:
    examples, labels = _noisy(9, 300)
    scaled = [{**x, "c": x["c"] * 1000} for x in examples]
    model = fit_logistic(examples, labels, l2=1.0)
    other = fit_logistic(scaled, labels, l2=1.0)
    for x, y in zip(examples, scaled, strict=True):
        assert abs(model.probability(x) - other.probability(y)) < 1e-6
    weight, weight_scaled = (dict(zip(m.features, m.weights, strict=True))["c"] for m in (model, other))
    assert weight_scaled == pytest.approx(weight / 1000, rel=1e-5)


def test_an_example_weight_counts_as_copies() -> None:
    examples, labels = _noisy(10, 100)
    weighted = fit_logistic(examples, labels, l2=1.0, weights_of_examples=[2.0] * 50 + [1.0] * 50)
    copied = fit_logistic(examples[:50] * 2 + examples[50:], labels[:50] * 2 + labels[50:], l2=1.0)
    assert weighted.weights == pytest.approx(copied.weights, rel=1e-5, abs=1e-8)
    assert weighted.bias == pytest.approx(copied.bias, rel=1e-5, abs=1e-8)


def test_fits_reject_bad_input() -> None:
    with pytest.raises(ValueError, match="labels"):
        fit_logistic([{"a": 1.0}], [True, False], l2=1.0)
    with pytest.raises(ValueError, match="l2"):
        fit_logistic([{"a": 1.0}], [True], l2=-1.0)
    with pytest.raises(ValueError, match="nan"):
        fit_logistic([{"a": math.nan}], [True], l2=1.0)
    with pytest.raises(ValueError, match="gold 3"):
        fit_listwise([[{"a": 1.0}]], [3], l2=1.0)
    with pytest.raises(ValueError, match="no group"):
        fit_listwise([[{"a": 1.0}]], [None], l2=1.0)


def test_data_hash_names_the_data() -> None:
    examples, labels = _noisy(11, 20)
    rows = [{"x": x, "label": y} for x, y in zip(examples, labels, strict=True)]
    assert data_hash(rows) == data_hash(json.loads(json.dumps(rows)))
    assert len(data_hash(rows)) == 64
    before = data_hash(rows)
    rows[0]["label"] = not rows[0]["label"]
    assert data_hash(rows) != before


# -- the runtime model -----------------------------------------------------------------

HEADER = LinearModel(
    "header",
    ("byline follows", "stamp follows", "title case", "all caps"),
    (2.1, 1.3, 0.8, -3.0),
    -1.0,
    {"l2": 1.0},
)


def test_explain_names_the_largest_contributions_in_order() -> None:
    x = {"title case": 1.0, "stamp follows": 1.0, "byline follows": 1.0, "all caps": 0.5, "unknown": 9.0}
    assert HEADER.contributions(x) == [
        ("byline follows", 2.1),
        ("all caps", -1.5),
        ("stamp follows", 1.3),
        ("title case", 0.8),
    ]
    assert HEADER.explain(x) == "byline follows +2.10, all caps -1.50, stamp follows +1.30"
    assert HEADER.explain(x, top=1) == "byline follows +2.10"
    assert HEADER.explain({"unknown": 1.0}) == ""


def test_contribution_ties_go_by_name() -> None:
    model = LinearModel("m", ("b", "a", "c"), (1.0, -1.0, 0.0), 0.0)
    assert model.contributions({"b": 1.0, "a": 1.0, "c": 5.0}) == [("a", -1.0), ("b", 1.0)]


def test_score_ignores_unknown_and_defaults_missing_to_zero() -> None:
    assert HEADER.score({}) == -1.0
    assert HEADER.score({"unknown": 1e300, "title case": 2.0}) == pytest.approx(0.6)
    assert HEADER.probability({"all caps": 1e300}) == 0.0
    assert HEADER.probability({"byline follows": 1e300}) == 1.0
    assert logistic(-745.2) >= 0.0 and logistic(710.0) == 1.0


def test_a_model_checks_its_shape() -> None:
    with pytest.raises(ValueError, match="2 features but 1 weights"):
        LinearModel("m", ("a", "b"), (1.0,), 0.0)
    with pytest.raises(ValueError, match="twice"):
        LinearModel("m", ("a", "a"), (1.0, 2.0), 0.0)


names = st.lists(st.text(min_size=1, max_size=12), min_size=0, max_size=8, unique=True)
finite = st.floats(min_value=-1e100, max_value=1e100, allow_nan=False)


@given(
    names.flatmap(lambda ns: st.tuples(st.just(ns), st.lists(finite, min_size=len(ns), max_size=len(ns)))),
    finite,
    st.dictionaries(st.text(max_size=12), st.floats(-1e3, 1e3), max_size=10),
)
def test_json_round_trip(named: tuple[list[str], list[float]], bias: float, x: dict[str, float]) -> None:
    features, weights = named
    model = LinearModel("m", tuple(features), tuple(weights), bias, {"cmd": "train", "cv": {"acc": 0.5}})
    text = model_to_json(model)
    back = model_from_json(text)
    assert model_to_json(back) == text  # a second trip changes nothing
    assert back.meta == model.meta and back.name == "m"
    assert json.loads(text)["format"] == 1
    x.update({f: 1.0 for f in features[:2]})
    size = abs(bias) + sum(abs(w * x.get(f, 0.0)) for f, w in zip(features, weights, strict=True))
    assert abs(back.score(x) - model.score(x)) <= 1e-5 * size + 1e-300


def test_weights_file_layout() -> None:
    text = model_to_json(HEADER)
    assert text.endswith("}\n")
    doc = json.loads(text)
    assert list(doc) == ["bias", "format", "meta", "name", "weights"]
    assert list(doc["weights"]) == sorted(HEADER.features)
    assert model_to_json(LinearModel("m", ("a",), (1 / 3,), -0.0)) == model_to_json(
        LinearModel("m", ("a",), (0.333333,), 0.0)
    )
    with pytest.raises(ValueError, match="format"):
        model_from_json(text.replace('"format": 1', '"format": 2'))


def test_load_model_names_a_missing_model() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-model"):
        load_model("no-such-model")
    with pytest.raises(ValueError, match="not a model name"):
        load_model("../weights")


@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=20))
def test_softmax_sums_to_one_even_for_huge_scores(scores: list[float]) -> None:
    probabilities = softmax(scores)
    assert len(probabilities) == len(scores)
    if scores:
        assert math.fsum(probabilities) == pytest.approx(1.0, abs=1e-9)
        assert all(0.0 <= p <= 1.0 for p in probabilities)
        assert probabilities[scores.index(max(scores))] == max(probabilities)


def test_softmax_edge_cases() -> None:
    assert softmax([]) == []
    assert softmax([1e308, -1e308]) == [1.0, 0.0]
    assert softmax([math.inf, 0.0, math.inf]) == [0.5, 0.0, 0.5]
    assert softmax([-math.inf, -math.inf]) == [0.5, 0.5]


# -- cross-validation ------------------------------------------------------------------


@given(st.lists(st.sampled_from("abcdefgh"), min_size=2, max_size=40), st.integers(2, 10))
def test_group_folds_keep_each_group_on_one_side(keys: list[str], k: int) -> None:
    assume(len(set(keys)) >= 2)
    folds = group_folds(keys, k)
    assert len(folds) == min(k, len(set(keys)))
    assert sorted(i for _, test in folds for i in test) == list(range(len(keys)))
    for train, test in folds:
        assert test and sorted(train + test) == list(range(len(keys)))
        assert not {keys[i] for i in train} & {keys[i] for i in test}
    assert group_folds(list(keys), k) == folds


def test_group_folds_balance_and_refuse_a_single_group() -> None:
    keys = ["big"] * 6 + ["mid"] * 3 + ["s1", "s2", "s3"]
    assert sorted(len(test) for _, test in group_folds(keys, 2)) == [6, 6]
    with pytest.raises(ValueError, match="2 distinct groups"):
        group_folds(["a", "a"], 2)
    with pytest.raises(ValueError, match="k >= 2"):
        group_folds(["a", "b"], 1)


def test_choose_l2_picks_the_best_and_breaks_ties_towards_more_shrinkage() -> None:
    folds = group_folds(["a", "b", "c", "d"], 4)
    best, figures = choose_l2(
        lambda train, l2: l2, lambda l2, test: -((l2 - 1.0) ** 2), folds, [0.1, 1.0, 10.0]
    )
    assert best == 1.0 and figures == {0.1: pytest.approx(-0.81), 1.0: 0.0, 10.0: -81.0}
    flat, _ = choose_l2(lambda train, l2: l2, lambda l2, test: 0.5, folds, [0.1, 1.0, 10.0])
    assert flat == 10.0


def test_choose_l2_with_real_fits() -> None:
    examples, labels = _noisy(12, 200)
    sites = [f"site{i % 7}" for i in range(len(examples))]

    def fit(train: list[int], l2: float) -> LinearModel:
        return fit_logistic([examples[i] for i in train], [labels[i] for i in train], l2=l2, max_iter=50)

    def log_likelihood(model: LinearModel, test: list[int]) -> float:
        p = [model.probability(examples[i]) for i in test]
        return sum(math.log(q if labels[i] else 1 - q) for q, i in zip(p, test, strict=True)) / len(test)

    best, figures = choose_l2(fit, log_likelihood, group_folds(sites, 3), [0.01, 1.0, 1e5])
    assert best != 1e5 and figures[1e5] < figures[best]  # shrinking everything away is worse


def test_site_of() -> None:
    assert site_of("https://www.Example.com:8080/news/1") == "example.com"
    assert site_of("http://amp.m.example.co.uk/a?b=http://other.org") == "example.co.uk"
    assert site_of("edition.cnn.com/2024/01/01/story") == "edition.cnn.com"
    assert site_of("https://www.com/") == "www.com"
    assert site_of("http://[::1") == "" and site_of("") == ""
