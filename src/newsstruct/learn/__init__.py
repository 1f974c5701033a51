"""Linear models fitted by the project's own trainer.

Some choices the parser makes (which header line is the headline, which lines name
authors, where the body starts, which speaker a quote goes to) are a weighted sum of a
few named features. The weights are fitted from annotated pages by this subpackage
and shipped as JSON files in ``newsstruct/data/weights`` (see the README there), so
that they can be retrained and reviewed like any other data file.

- :mod:`~newsstruct.learn.linear`: the runtime side, scoring and explaining
  (:class:`LinearModel`, :func:`load_model`, the JSON form);
- :mod:`~newsstruct.learn.fit`: fitting, pure Python and deterministic
  (:func:`fit_logistic`, :func:`fit_listwise`);
- :mod:`~newsstruct.learn.folds`: cross-validation that keeps each site on one side
  (:func:`group_folds`, :func:`choose_l2`, :func:`site_of`).

The parser scores with :mod:`~newsstruct.learn.linear` only; the other two need
nothing beyond the standard library, so importing the subpackage stays cheap.
"""

from __future__ import annotations

from newsstruct.learn.fit import data_hash, fit_listwise, fit_logistic
from newsstruct.learn.folds import choose_l2, group_folds, site_of
from newsstruct.learn.linear import LinearModel, load_model, logistic, model_from_json, model_to_json, softmax

__all__ = [
    "LinearModel",
    "choose_l2",
    "data_hash",
    "fit_listwise",
    "fit_logistic",
    "group_folds",
    "load_model",
    "logistic",
    "model_from_json",
    "model_to_json",
    "site_of",
    "softmax",
]
