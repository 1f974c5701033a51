"""Fitting linear models in pure Python: L2-regularised logistic regression, and a
listwise ranker (a softmax over each group's candidates), both minimised by L-BFGS.

The package's runtime needs nothing but ``regex`` and ``attrs``, and its problems are
small (tens of thousands of candidate rows, tens of features), so it fits its own
weights. The fit is deterministic: features are indexed in sorted order, every sum
runs in a fixed order and nothing is random, so the same input gives bit-identical
weights (on the same Python version) and a retrained weights file changes only where
the data did.

Inside, every feature is standardised: centred and divided by its standard deviation
over the training rows. That keeps the optimiser's problem well conditioned, and it
makes the L2 penalty shrink each feature alike whatever its unit (a count of words and
a fraction of a line are penalised on one scale). The returned weights are folded back
so that they apply to the raw features, the ones :meth:`LinearModel.explain` shows.
"""

from __future__ import annotations

import hashlib
import json
import math
import operator
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any, Protocol

from newsstruct.learn.linear import LinearModel

MEMORY = 10
"""How many recent steps L-BFGS keeps to model the curvature."""

ARMIJO = 1e-4
"""The line search accepts a step that achieves this fraction of the decrease the
slope promises."""

_HALVINGS = 50
_STALL = 1e-13  # relative decrease of the objective below which a step counts as none

_Gather = Callable[[Sequence[float]], "tuple[float, ...]"]


def _gather(indices: Sequence[int]) -> _Gather:
    """A function picking ``seq[i]`` for every ``i`` in ``indices`` as a tuple, in one
    C call (``itemgetter`` returns a bare item when given one index)."""
    if len(indices) > 1:
        getter: _Gather = operator.itemgetter(*indices)
        return getter
    if indices:
        only = indices[0]
        return lambda seq: (seq[only],)
    return lambda seq: ()


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(map(operator.mul, a, b), 0.0)


class _Design:
    """The training rows as standardised sparse vectors: row by row (the feature
    indices and values of each row's nonzero entries) to compute scores, and column by
    column to compute gradients. Each holds the indices as a gather function, so that
    a dot product is two C-level calls rather than a Python loop."""

    def __init__(
        self, examples: Sequence[Mapping[str, float]], *, center: bool, weights: Sequence[float] | None = None
    ) -> None:
        names = sorted({name for example in examples for name in example})
        index = {name: j for j, name in enumerate(names)}.__getitem__
        n = len(examples)
        # Each row's nonzero entries in feature order (sorted names, sorted indices), so
        # that sums run in one order whatever the order of an example's keys.
        row_indices: list[list[int]] = []
        row_values: list[list[float]] = []
        column_rows: list[list[int]] = [[] for _ in names]
        column_values: list[list[float]] = [[] for _ in names]
        for i, example in enumerate(examples):
            keys = sorted([name for name, value in example.items() if value != 0])
            indices = list(map(index, keys))
            values = list(map(float, map(example.__getitem__, keys)))
            for j, value in zip(indices, values, strict=True):
                column_rows[j].append(i)
                column_values[j].append(value)
            row_indices.append(indices)
            row_values.append(values)
        for name, values in zip(names, column_values, strict=True):
            if not all(map(math.isfinite, values)):
                raise ValueError(
                    f"feature {name!r} takes the value {next(v for v in values if not math.isfinite(v))}"
                )
        self.names: tuple[str, ...] = tuple(names)
        self.n = n
        self.scale: list[float] = []
        self.shift: list[float] = []  # the mean over the scale, or 0 where not centred
        # A column whose values are all one number (a 0/1 feature) is summed without
        # the multiplications: (gather, None, the number).
        self.columns: list[tuple[_Gather, tuple[float, ...] | None, float]] = []
        # Weighted statistics, so that an example of weight 2 and two copies of it fit alike.
        c = [1.0] * n if weights is None else [float(x) for x in weights]
        total = sum(c, 0.0)
        mul = operator.mul
        for rows, values in zip(column_rows, column_values, strict=True):
            pick = _gather(rows)
            weight_of_rows = pick(c)
            mean = sum(map(mul, weight_of_rows, values), 0.0) / total
            deviation = list(map(operator.sub, values, repeat(mean)))
            spread = sum(map(mul, weight_of_rows, map(mul, deviation, deviation)), 0.0)
            variance = (spread + (total - sum(weight_of_rows, 0.0)) * mean * mean) / total
            sd = math.sqrt(max(variance, 0.0))
            largest = max(map(abs, values), default=0.0)
            if not sd > 1e-12 * largest:  # constant (or never set): the bias covers it
                sd = largest or 1.0
            self.scale.append(sd)
            self.shift.append(mean / sd if center else 0.0)
            z = tuple(map(operator.truediv, values, repeat(sd)))
            same = bool(z) and z.count(z[0]) == len(z)
            self.columns.append((pick, None if same else z, z[0] if same else 0.0))
        self.rows: list[tuple[_Gather, tuple[float, ...]]] = []
        for indices, values in zip(row_indices, row_values, strict=True):
            pick = _gather(indices)
            self.rows.append((pick, tuple(map(operator.truediv, values, pick(self.scale)))))

    def scores(self, w: Sequence[float], offset: float) -> list[float]:
        """``Z·w + offset`` for every row."""
        mul = operator.mul
        return [offset + sum(map(mul, values, pick(w))) for pick, values in self.rows]

    def transposed(self, g: Sequence[float]) -> list[float]:
        """``Zᵀ·g`` for every column."""
        mul = operator.mul
        return [
            same * sum(pick(g), 0.0) if values is None else sum(map(mul, values, pick(g)), 0.0)
            for pick, values, same in self.columns
        ]


class _Loss(Protocol):
    def value_and_grad(self, s: Sequence[float]) -> tuple[float, list[float]]:
        """The negative log-likelihood at row scores ``s`` and its derivative by each
        score."""


class _Logistic:
    """Weighted binary log-loss; ``signs`` are +1 for a true label, -1 for false."""

    def __init__(self, signs: list[float], weights: list[float]) -> None:
        self.signs = signs
        self.weights = weights

    def value_and_grad(self, s: Sequence[float]) -> tuple[float, list[float]]:
        exp, log1p = math.exp, math.log1p
        total = 0.0
        grad: list[float] = []
        for score, sign, weight in zip(s, self.signs, self.weights, strict=True):
            margin = sign * score
            if margin > 0.0:  # both branches keep the exponent at or below 0
                e = exp(-margin)
                total += weight * log1p(e)
                grad.append(-weight * sign * e / (1.0 + e))
            else:
                e = exp(margin)
                total += weight * (log1p(e) - margin)
                grad.append(-weight * sign / (1.0 + e))
        return total, grad


class _Listwise:
    """Softmax log-loss over groups of consecutive rows ``(start, end, gold row)``;
    a gold row of -1 means the implicit "none" candidate (score 0) is the answer."""

    def __init__(self, groups: list[tuple[int, int, int]], n: int, *, none_option: bool) -> None:
        self.groups = groups
        self.n = n
        self.none_option = none_option

    def value_and_grad(self, s: Sequence[float]) -> tuple[float, list[float]]:
        exp, log = math.exp, math.log
        none_option = self.none_option
        total = 0.0
        grad = [0.0] * self.n
        for start, end, gold in self.groups:
            segment = s[start:end]
            top = max(segment)
            if none_option and top < 0.0:
                top = 0.0
            exps = [exp(x - top) for x in segment]
            mass = sum(exps, exp(-top) if none_option else 0.0)
            total += top + log(mass) - (s[gold] if gold >= 0 else 0.0)
            inverse = 1.0 / mass
            grad[start:end] = [e * inverse for e in exps]
            if gold >= 0:
                grad[gold] -= 1.0
        return total, grad


def _two_loop(grad: list[float], history: deque[tuple[list[float], list[float], float]]) -> list[float]:
    """The L-BFGS direction: minus the gradient times the inverse Hessian that the
    recent steps and gradient changes imply."""
    q = list(grad)
    alphas: list[float] = []
    for s, y, rho in reversed(history):
        a = rho * _dot(s, q)
        alphas.append(a)
        q = [qi - a * yi for qi, yi in zip(q, y, strict=True)]
    if history:
        s, y, _ = history[-1]
        gamma = _dot(s, y) / _dot(y, y)
        q = [gamma * qi for qi in q]
    for (s, y, rho), a in zip(history, reversed(alphas), strict=True):
        b = rho * _dot(y, q)
        q = [qi + (a - b) * si for qi, si in zip(q, s, strict=True)]
    return [-qi for qi in q]


def _minimise(
    design: _Design, loss: _Loss, *, l2: float, count: float, use_bias: bool, max_iter: int, tol: float
) -> tuple[list[float], int, bool]:
    """Minimise ``(loss + l2/2·|w|²) / count`` over the standardised weights ``w``
    (and the unpenalised bias, last, if ``use_bias``) by L-BFGS with a backtracking
    line search. Returns the parameters, the iterations run, and whether the
    gradient's largest entry fell to ``tol``.

    The line search moves along the direction in score space (``Δs = Z·d`` once per
    iteration), so a trial step costs one pass over the scores, not over the matrix."""
    d = len(design.names)
    shift = design.shift
    theta = [0.0] * (d + 1 if use_bias else d)

    def offset_of(t: Sequence[float]) -> float:
        return t[d] - _dot(shift, t[:d]) if use_bias else 0.0

    def objective(t: Sequence[float], loss_value: float) -> float:
        return (loss_value + 0.5 * l2 * _dot(t[:d], t[:d])) / count

    def gradient(t: Sequence[float], by_score: list[float]) -> list[float]:
        total = sum(by_score, 0.0) if use_bias else 0.0
        zg = design.transposed(by_score)
        g = [(zg[j] - total * shift[j] + l2 * t[j]) / count for j in range(d)]
        return [*g, total / count] if use_bias else g

    s = design.scores(theta[:d], offset_of(theta))
    loss_value, by_score = loss.value_and_grad(s)
    f = objective(theta, loss_value)
    grad = gradient(theta, by_score)
    history: deque[tuple[list[float], list[float], float]] = deque(maxlen=MEMORY)
    iterations = 0
    converged = max(map(abs, grad), default=0.0) <= tol
    while not converged and iterations < max_iter:
        direction = _two_loop(grad, history)
        slope = _dot(grad, direction)
        if not slope < 0.0:  # not a descent direction: forget the curvature
            history.clear()
            direction = [-g for g in grad]
            slope = -_dot(grad, grad)
            if not slope < 0.0:
                break  # a gradient too small to square: nothing left to follow
        step = 1.0 if history else min(1.0, 1.0 / math.sqrt(-slope))
        ds = design.scores(direction[:d], offset_of(direction))
        for _ in range(_HALVINGS):
            trial = [t + step * x for t, x in zip(theta, direction, strict=True)]
            trial_s = list(map(operator.add, s, map(operator.mul, ds, repeat(step))))
            loss_value, by_score = loss.value_and_grad(trial_s)
            f_new = objective(trial, loss_value)
            if f_new <= f + ARMIJO * step * slope:  # False for NaN too
                break
            step *= 0.5
        else:
            break  # no step decreases the objective: as close as floats allow
        grad_new = gradient(trial, by_score)
        sk = [step * x for x in direction]
        yk = [a - b for a, b in zip(grad_new, grad, strict=True)]
        sy = _dot(sk, yk)
        if sy > 1e-12 * math.sqrt(_dot(sk, sk) * _dot(yk, yk)):
            history.append((sk, yk, 1.0 / sy))
        iterations += 1
        stalled = f - f_new <= _STALL * max(abs(f), 1.0)
        theta, s, f, grad = trial, trial_s, f_new, grad_new
        converged = max(map(abs, grad), default=0.0) <= tol
        if stalled:
            break
    return theta, iterations, converged


def _check(l2: float, max_iter: int) -> None:
    if not (math.isfinite(l2) and l2 >= 0.0):
        raise ValueError(f"l2 must be a finite number >= 0, not {l2}")
    if max_iter < 0:
        raise ValueError(f"max_iter must be >= 0, not {max_iter}")


def _model(
    name: str, design: _Design, theta: list[float], *, use_bias: bool, meta: dict[str, Any]
) -> LinearModel:
    """Fold the standardisation back: raw weight ``w/sd``, and the centring moves into
    the bias."""
    d = len(design.names)
    weights = tuple(w / sd for w, sd in zip(theta[:d], design.scale, strict=True))
    bias = theta[d] - _dot(design.shift, theta[:d]) if use_bias else 0.0
    return LinearModel(name, design.names, weights, bias, meta)


def fit_logistic(
    examples: Sequence[Mapping[str, float]],
    labels: Sequence[bool],
    *,
    l2: float,
    weights_of_examples: Sequence[float] | None = None,
    name: str = "model",
    max_iter: int = 200,
    tol: float = 1e-6,
) -> LinearModel:
    """L2-regularised logistic regression: the weights maximising
    ``sum(c·log P(label | x)) - l2/2·|w|²`` (``c`` an example's weight, 1 by default;
    ``w`` the standardised weights, the bias not penalised).

    The model's features are every name seen in ``examples``, sorted. ``tol`` bounds
    the largest entry of the objective's gradient divided by the total example
    weight; the fit stops there or after ``max_iter`` iterations (``meta`` says which).
    """
    _check(l2, max_iter)
    if len(labels) != len(examples):
        raise ValueError(f"{len(examples)} examples but {len(labels)} labels")
    if not examples:
        raise ValueError("no examples to fit")
    if weights_of_examples is None:
        weights = [1.0] * len(examples)
    else:
        weights = [float(c) for c in weights_of_examples]
        if len(weights) != len(examples):
            raise ValueError(f"{len(examples)} examples but {len(weights)} example weights")
        if not all(math.isfinite(c) and c >= 0.0 for c in weights) or not sum(weights) > 0.0:
            raise ValueError("example weights must be finite, >= 0, and not all 0")
    design = _Design(examples, center=True, weights=weights)
    loss = _Logistic([1.0 if y else -1.0 for y in labels], weights)
    theta, iterations, converged = _minimise(
        design, loss, l2=l2, count=sum(weights), use_bias=True, max_iter=max_iter, tol=tol
    )
    meta = {"fit": "logistic", "l2": float(l2), "iterations": iterations, "converged": converged}
    return _model(name, design, theta, use_bias=True, meta=meta)


def fit_listwise(
    groups: Sequence[Sequence[Mapping[str, float]]],
    gold: Sequence[int | None],
    *,
    l2: float,
    none_option: bool = False,
    name: str = "model",
    max_iter: int = 200,
    tol: float = 1e-6,
) -> LinearModel:
    """A listwise ranker (conditional logit): within each group the candidates compete
    through a softmax of their scores, and the weights maximise
    ``sum over groups of log P(gold candidate | group) - l2/2·|w|²`` (``w`` the
    standardised weights).

    ``gold[k]`` is the index of the right candidate in ``groups[k]``, or ``None`` when
    the right answer is not among them. Such groups are skipped unless
    ``none_option``: then every group gets an implicit extra "none" candidate with
    score 0, which is the gold of those groups, and the model's bias is learnt as the
    offset of a real candidate's score against "none" (pick a candidate only if its
    score is above 0). Without ``none_option`` a common offset cancels in the softmax,
    so the bias is 0. Empty groups carry nothing and are skipped.

    The model's features are every name seen among the candidates fitted, sorted.
    ``tol`` bounds the largest entry of the objective's gradient divided by the
    number of groups fitted; the fit stops there or after ``max_iter`` iterations.
    """
    _check(l2, max_iter)
    if len(gold) != len(groups):
        raise ValueError(f"{len(groups)} groups but {len(gold)} gold indices")
    rows: list[Mapping[str, float]] = []
    spans: list[tuple[int, int, int]] = []
    for k, (candidates, answer) in enumerate(zip(groups, gold, strict=True)):
        if answer is not None and not 0 <= answer < len(candidates):
            raise ValueError(f"group {k}: gold {answer} is not one of its {len(candidates)} candidates")
        if (answer is None and not none_option) or not candidates:
            continue
        start = len(rows)
        rows.extend(candidates)
        spans.append((start, len(rows), -1 if answer is None else start + answer))
    if not spans:
        raise ValueError("no group to learn from (every gold is None and none_option is off?)")
    design = _Design(rows, center=none_option)
    loss = _Listwise(spans, len(rows), none_option=none_option)
    theta, iterations, converged = _minimise(
        design, loss, l2=l2, count=float(len(spans)), use_bias=none_option, max_iter=max_iter, tol=tol
    )
    meta = {
        "fit": "listwise",
        "l2": float(l2),
        "none_option": none_option,
        "iterations": iterations,
        "converged": converged,
    }
    return _model(name, design, theta, use_bias=none_option, meta=meta)


def data_hash(rows: Iterable[Any]) -> str:
    """The sha256 (hex) of the training rows written as canonical JSON (sorted keys,
    no spaces, no NaN), for a weights file's ``meta``: it tells whether a file was
    trained on the data at hand. The rows must be JSON values; 1 and 1.0 differ.

    >>> data_hash([{"b": 1.0, "a": 0.5}]) == data_hash([{"a": 0.5, "b": 1.0}])
    True
    """
    text = json.dumps(list(rows), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
