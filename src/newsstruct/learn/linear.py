"""The runtime side of a fitted linear model: score, probability, explanation, and the
JSON weights file it ships in.

This module is what the parser imports, so it stays small and fast; fitting lives in
:mod:`newsstruct.learn.fit`. A model is a bias plus one weight per named feature, and
its input is a mapping from feature name to value, so that a feature the model does
not know is simply ignored and a feature the caller leaves out counts as 0. A new
feature can be added to the extractor before the weights that use it are retrained.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any, TypeGuard

import attrs

FORMAT = 1
"""The version of the weights file layout (the ``"format"`` key)."""

SIGNIFICANT_DIGITS = 6
"""Weights are written with this many significant digits, so a retrained file
differs from the old one only where a weight really moved."""


def _names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _floats(values: Iterable[float]) -> tuple[float, ...]:
    return tuple(float(v) for v in values)


@attrs.frozen(slots=True)
class LinearModel:
    """``bias + sum(weight * value)`` over named features.

    ``meta`` is provenance (the training command, a hash of the training data, the
    chosen hyper-parameters, the cross-validated figures); scoring never reads it.

    >>> m = LinearModel("header", ("byline follows", "stamp follows", "title case"), (2.1, 1.3, 0.8), -1.0)
    >>> round(m.score({"byline follows": 1, "title case": 1, "unknown": 5}), 6)
    1.9
    >>> m.explain({"byline follows": 1, "stamp follows": 1, "title case": 1})
    'byline follows +2.10, stamp follows +1.30, title case +0.80'
    """

    name: str
    features: tuple[str, ...] = attrs.field(converter=_names)
    weights: tuple[float, ...] = attrs.field(converter=_floats)
    bias: float = attrs.field(converter=float)
    meta: dict[str, Any] = attrs.field(factory=dict, hash=False)
    # Name -> weight for the nonzero weights, built once so that a score is one pass
    # over the (usually few) items of the input.
    _weight_of: dict[str, float] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ValueError(f"{len(self.features)} features but {len(self.weights)} weights")
        if len(set(self.features)) != len(self.features):
            raise ValueError(f"model {self.name!r} names a feature twice")
        weight_of = {f: w for f, w in zip(self.features, self.weights, strict=True) if w != 0.0}
        object.__setattr__(self, "_weight_of", weight_of)

    def score(self, x: Mapping[str, float]) -> float:
        """The linear score: features missing from ``x`` count as 0, and features the
        model does not know (or weighs 0) are ignored."""
        weight_of = self._weight_of
        total = self.bias
        for name, value in x.items():
            weight = weight_of.get(name)
            if weight is not None:
                total += weight * value
        return total

    def probability(self, x: Mapping[str, float]) -> float:
        """The logistic of the score."""
        return logistic(self.score(x))

    def contributions(self, x: Mapping[str, float]) -> list[tuple[str, float]]:
        """``(feature, weight * value)`` for the nonzero terms of the score, largest in
        absolute value first (ties by name, so the order is the same on every run)."""
        weight_of = self._weight_of
        terms = [(name, weight_of[name] * value) for name, value in x.items() if name in weight_of]
        return sorted(((n, c) for n, c in terms if c != 0.0), key=lambda t: (-abs(t[1]), t[0]))

    def explain(self, x: Mapping[str, float], top: int = 3) -> str:
        """The ``top`` largest contributions as text, for logs and error reports
        (empty when no feature contributes)."""
        return ", ".join(f"{name} {value:+.2f}" for name, value in self.contributions(x)[:top])


def logistic(score: float) -> float:
    """``1 / (1 + e**-score)`` without overflow for a huge ``|score|``.

    >>> logistic(0.0), logistic(-1e9), logistic(1e9)
    (0.5, 0.0, 1.0)
    """
    if score >= 0.0:
        return 1.0 / (1.0 + math.exp(-score))
    e = math.exp(score)
    return e / (1.0 + e)


def softmax(scores: Sequence[float]) -> list[float]:
    """Probabilities proportional to ``e**score``, computed after subtracting the
    largest score so that no exponential overflows. Infinite scores share the mass.

    >>> softmax([1000.0, 1000.0, -1000.0])
    [0.5, 0.5, 0.0]
    """
    if not scores:
        return []
    top = max(scores)
    if math.isinf(top):
        hits = [1.0 if s == top else 0.0 for s in scores]
        n = sum(hits)
        return [h / n for h in hits]
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _rounded(x: float) -> float:
    # ``+ 0.0`` turns -0.0 into 0.0 so that a zero weight is always written "0.0".
    return float(f"{x:.{SIGNIFICANT_DIGITS}g}") + 0.0


def model_to_json(model: LinearModel) -> str:
    """The weights file text: sorted keys, one weight a line, weights and bias rounded
    to :data:`SIGNIFICANT_DIGITS` significant digits (``meta`` is written as given)."""
    doc = {
        "format": FORMAT,
        "name": model.name,
        "bias": _rounded(model.bias),
        "weights": {f: _rounded(w) for f, w in zip(model.features, model.weights, strict=True)},
        "meta": model.meta,
    }
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def model_from_json(text: str) -> LinearModel:
    """The model a weights file holds (features in file order, which is sorted)."""
    doc = json.loads(text)
    if not isinstance(doc, dict):
        raise ValueError("a weights file holds a JSON object")
    if doc.get("format") != FORMAT:
        raise ValueError(f"unknown weights file format {doc.get('format')!r} (this reader knows {FORMAT})")
    name, weights, bias, meta = doc.get("name"), doc.get("weights"), doc.get("bias"), doc.get("meta", {})
    if not isinstance(name, str) or not isinstance(weights, dict) or not isinstance(meta, dict):
        raise ValueError("a weights file needs a string 'name' and objects 'weights' and 'meta'")
    if not all(_is_number(v) for v in weights.values()) or not _is_number(bias):
        raise ValueError(f"model {name!r}: 'bias' and every weight must be numbers")
    return LinearModel(name, tuple(weights), tuple(weights.values()), bias, meta)


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_model_name(name: str) -> bool:
    return bool(name) and not name.startswith(".") and all(c.isalnum() or c in "_-." for c in name)


@functools.cache
def load_model(name: str) -> LinearModel:
    """The model shipped as ``newsstruct/data/weights/{name}.json`` (read once per
    process)."""
    if not _is_model_name(name):
        raise ValueError(f"not a model name: {name!r}")
    path = resources.files("newsstruct").joinpath("data").joinpath("weights").joinpath(f"{name}.json")
    if not path.is_file():
        raise FileNotFoundError(f"no weights shipped for model {name!r}: newsstruct/data/weights/{name}.json")
    return model_from_json(path.read_text(encoding="utf-8"))
