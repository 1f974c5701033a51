"""pytest runs the examples on these pages as doctests, from the root of the checkout
(as Sphinx's doctest builder does), so the pages cannot drift from the code."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _from_the_checkout_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
