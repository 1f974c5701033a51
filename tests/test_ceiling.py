"""The thin readers of ``benchmarks/ceiling.py`` do the work they are timed for.

Their speed is quoted as a ceiling for pure-Python readers, so they must really walk every
line, count its words, try its patterns and find its quotations: a reader that skipped
work would make the ceiling look higher than it is.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "ceiling.py"


def _load() -> ModuleType:
    sys.path.insert(0, str(SCRIPT.parent))  # as when run: bench.py beside it is importable
    spec = importlib.util.spec_from_file_location("ceiling", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ceiling = _load()

STORY = (
    "OIL PRICES RISE\n"
    "By Jane Doe\n"
    "LONDON, Nov 28 - Oil rose, traders said.\n"
    '"Demand holds up," said John Roe.\n'
    "Subscribe to our newsletter\n"
)


def test_lines_cover_the_text_in_order() -> None:
    spans = ceiling.lines(STORY)
    assert "".join(STORY[s:e] for s, e in spans) == STORY
    assert len(spans) == STORY.count("\n")


def test_words_are_counted_with_their_capitals() -> None:
    counts = ceiling.words("By Jane Doe\nthe oil rose\n")
    assert [(n, caps) for _, _, n, caps in counts] == [(3, 3), (3, 0)]


def test_line_patterns_tell_the_kinds_apart() -> None:
    kinds = [kind for _, _, kind in ceiling.line_patterns(STORY)]
    assert kinds == ["body", "byline", "dateline", "body", "boilerplate"]


def test_output_carries_every_line_and_quotation() -> None:
    record = json.loads(ceiling.quotes_and_output(STORY))
    assert [q["text"] for q in record["quotes"]] == ['"Demand holds up,"']
    assert len(record["lines"]) == 5


def test_every_reader_is_timed_beside_newsstruct() -> None:
    assert list(ceiling.READERS)[-1] == "newsstruct"
    seconds = ceiling.best_times([STORY], repeat=1)
    assert set(seconds) == set(ceiling.READERS)
    assert all(s > 0 for s in seconds.values())


@given(st.text(max_size=300))
def test_spans_slice_any_text(text: str) -> None:
    record = json.loads(ceiling.quotes_and_output(text))
    for part in record["lines"] + record["quotes"]:
        assert text[part["start"] : part["end"]] == part["text"]
