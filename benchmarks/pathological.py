"""Linear cost on pathological inputs: seconds per MB at two sizes for each shape.

    python benchmarks/pathological.py [--size 1.0] [--repeat 3]

Each shape is built at SIZE MB and at a quarter of it; the table shows seconds per MB at
both and their ratio. A ratio near 1 means cost grows linearly with the input; the last
column compares the large size with ordinary articles (the Reuters-like sample below).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

import newsstruct

ORDINARY = (
    "OIL PRICES RISE AFTER OPEC TALKS\n\n"
    "By Jane Doe, Reuters\n"
    "LONDON, Nov 28 (Reuters) - Oil prices rose on Monday after producers agreed to hold\n"
    "output steady, traders said, and analysts expect the market to stay tight.\n"
    '    "We see demand holding up through the winter," said John Roe, an analyst at a bank.\n'
    "    Brent crude rose 1.2 pct to 82.40 dlrs a barrel by midday.\n"
    " Reuter\n\n"
)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "ordinary articles": _repeat(ORDINARY),
    "one long line": _repeat("the council met again and the vote was delayed "),
    "quote marks": _repeat("“”\"'‘’«»"),
    "straight quotes": _repeat('"a" '),
    "only opening quotes": _repeat("“word "),
    "blank lines": _repeat("\n"),
    "short lines": _repeat("ab\n"),
    "one-word lines": _repeat("word\n"),
    "'By' lines": _repeat("By Jane Doe\n"),
    "repeated datelines": _repeat("LONDON (Reuters) - "),
    "“…,” he said chains": _repeat("“Yes,” he said. "),
    "capitalised words": _repeat("Mr. Alpha Beta Gamma Delta "),
    "names and pronouns": _repeat("Jane Doe met John Roe. She said “no.” He said “yes.” "),
    "full stops": _repeat(". "),
    "dashes": _repeat("— "),
}


def seconds_per_mb(text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        newsstruct.parse(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) / (len(text.encode("utf-8")) / 1e6)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=float, default=1.0, help="the larger size in MB (default 1)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    big = int(args.size * 1e6)
    newsstruct.parse(ORDINARY)  # load word lists, compile patterns
    baseline = seconds_per_mb(SHAPES["ordinary articles"](big), args.repeat)
    print(f"{'shape':24} {'s/MB small':>10} {'s/MB large':>10} {'growth':>7} {'vs ordinary':>11}")
    for name, build in SHAPES.items():
        small = seconds_per_mb(build(big // 4), args.repeat)
        large = seconds_per_mb(build(big), args.repeat)
        print(f"{name:24} {small:10.3f} {large:10.3f} {large / small:7.2f} {large / baseline:11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
