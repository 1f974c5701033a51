"""The data files: they load, use known kinds and roles, and hold what the docs promise."""

from __future__ import annotations

from importlib import resources

import pytest

from newsstruct import lexicon
from newsstruct.boilerplate import KINDS, PHRASE_FILES
from newsstruct.model import ROLES

DATA = resources.files("newsstruct").joinpath("data")


def test_every_data_file_loads() -> None:
    names = [p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".tsv"))]
    assert len(names) >= 12
    for name in names:
        assert lexicon.entries(name), name


def test_speech_verbs_are_many_with_inflections() -> None:
    verbs = lexicon.words("speech_verbs.txt")
    assert len(verbs) > 300
    assert {"said", "says", "told", "tweeted", "insisted", "acknowledged"} <= verbs


@pytest.mark.parametrize("name", PHRASE_FILES)
def test_boilerplate_kinds_are_documented(name: str) -> None:
    assert {row[0] for row in lexicon.table(name)} <= set(KINDS)


def test_credit_roles_are_contract_roles() -> None:
    rows = lexicon.table("credit_roles.tsv")
    assert {row[1] for row in rows} <= set(ROLES)
    assert {row[0] for row in rows} == {"before", "after"}


def test_tables_have_their_columns() -> None:
    for name, width in [
        ("honorifics.tsv", 2),
        ("agencies.tsv", 2),
        ("months.tsv", 2),
        ("given_names.tsv", 2),
    ]:
        assert all(len(row) == width for row in lexicon.table(name)), name


def test_alternation_prefers_longer_entries() -> None:
    assert lexicon.alternation(["a", "ab", "a.b"]).split("|")[0] in ("a\\.b", "ab")
