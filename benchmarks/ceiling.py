"""How fast pure CPython reads article structure at all, beside newsstruct, on the same texts.

    python benchmarks/ceiling.py CORPUS.jsonl [MORE.jsonl ...] [--repeat 3] [--field text]
    python benchmarks/ceiling.py FOLDER_OF_TXT_FILES

A throughput target means little until it is set against what the language can do. This
script times a ladder of deliberately thin readers, each doing a little more of what any
reader of article structure must do, and newsstruct itself, in one process over the same
texts (the best pass of each, after a warm-up pass; the readers take turns):

1. ``lines``: walk the text's lines with their offsets (one pattern over the text).
2. ``+ words``: also find each line's letter runs and count the capitalised ones.
3. ``+ line patterns``: also try a byline, a dateline and a boilerplate pattern on each line.
4. ``+ quotes, output``: also find the quotations and serialise the spans as JSON.

The thin readers weigh no evidence, resolve no speaker and read no page furniture, so their
speed is a ceiling on what any pure-Python reader of the same parts can reach here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import bench  # the corpus loader of benchmarks/bench.py, beside this script
import regex

import newsstruct

LINE = regex.compile(r"[^\n]*+\n?+")
WORD = regex.compile(r"\p{L}++")
BYLINE = regex.compile(r"[ \t]*+[Bb][Yy][ \t]++\p{Lu}\p{L}*+(?:[ \t]++\p{Lu}\p{L}*+){0,3}[ \t]*+$")
DATELINE = regex.compile(
    r"[ \t]*+\p{Lu}[\p{Lu} .]{1,30}+(?:,[ \t]*+\p{L}{2,12}+\.?[ \t]*+\d{0,2}+)?[ \t]*+[-—–]"
)
BOILERPLATE = regex.compile(
    r"(?i)\b(?:subscribe|newsletter|cookies?|copyright|all rights reserved|advertisement)\b"
)
QUOTE = regex.compile(r"[\"“]([^\"“”\n]{1,2000}+)[\"”]")

Reader = Callable[[str], Any]


def lines(text: str) -> list[tuple[int, int]]:
    """Each non-empty line's start and end."""
    spans = []
    for match in LINE.finditer(text):
        start, end = match.span()
        if start == end:
            break
        spans.append((start, end))
    return spans


def words(text: str) -> list[tuple[int, int, int, int]]:
    """Each line's span, its number of letter runs and how many of them are capitalised."""
    out = []
    for start, end in lines(text):
        runs = WORD.findall(text, start, end)
        out.append((start, end, len(runs), sum(1 for run in runs if run[0].isupper())))
    return out


def line_patterns(text: str) -> list[tuple[int, int, str]]:
    """Each line's span and a kind from three patterns, after counting its words."""
    out = []
    for start, end, _, _ in words(text):
        if BYLINE.match(text, start, end):
            kind = "byline"
        elif DATELINE.match(text, start, end):
            kind = "dateline"
        elif BOILERPLATE.search(text, start, end):
            kind = "boilerplate"
        else:
            kind = "body"
        out.append((start, end, kind))
    return out


def quotes_and_output(text: str) -> str:
    """The line kinds and the quotations, as JSON with the text of every span."""
    record = {
        "lines": [{"start": s, "end": e, "kind": k, "text": text[s:e]} for s, e, k in line_patterns(text)],
        "quotes": [{"start": m.start(), "end": m.end(), "text": m.group()} for m in QUOTE.finditer(text)],
    }
    return json.dumps(record)


def newsstruct_reader(text: str) -> str:
    return json.dumps(newsstruct.parse(text).to_dict())


READERS: dict[str, Reader] = {
    "lines": lines,
    "+ words": words,
    "+ line patterns": line_patterns,
    "+ quotes, output": quotes_and_output,
    "newsstruct": newsstruct_reader,
}


def one_pass(reader: Reader, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        reader(text)
    return time.perf_counter() - start


def best_times(texts: list[str], repeat: int) -> dict[str, float]:
    """The best pass of each reader; the readers take turns, so a busy spell hits them alike."""
    for reader in READERS.values():
        one_pass(reader, texts)  # warm-up: word lists load, patterns compile
    best = dict.fromkeys(READERS, float("inf"))
    for _ in range(repeat):
        for name, reader in READERS.items():
            best[name] = min(best[name], one_pass(reader, texts))
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="JSON-lines corpora or folders of .txt files")
    ap.add_argument("--field", default="text", help="the JSON field holding the text")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = bench.load(args.inputs, args.field)
    if not texts:
        print("no texts found", file=sys.stderr)
        return 2
    megabytes = bench.megabytes(texts)
    print(f"{len(texts)} articles, {megabytes:.2f} MB, best of {args.repeat}")
    print(f"{'reader':18} {'MB/s':>7} {'art/s':>8}")
    for name, seconds in best_times(texts, args.repeat).items():
        print(f"{name:18} {megabytes / seconds:7.2f} {len(texts) / seconds:8,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
