"""Throughput of newsstruct.parse over a corpus: articles per second and MB per second.

    python benchmarks/bench.py CORPUS.jsonl [MORE.jsonl ...] [--repeat 3] [--field text]
    python benchmarks/bench.py FOLDER_OF_TXT_FILES

Reports the median of the repeats (the first, warm-up pass is not counted) and, with
``--profile``, the share of time spent in each module of the package.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

import newsstruct


def load(paths: list[str], field: str) -> list[str]:
    texts: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt")))
        else:
            with path.open(encoding="utf-8") as fh:
                texts.extend(json.loads(line)[field] for line in fh if line.strip())
    return texts


def megabytes(texts: list[str]) -> float:
    """The texts' size in MB of UTF-8, the unit of the throughput figures."""
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def one_pass(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        newsstruct.parse(text).to_dict()
    return time.perf_counter() - start


def profile(texts: list[str]) -> None:
    """Share of time spent inside each module of the package (own time, not cumulative)."""
    profiler = cProfile.Profile()
    profiler.enable()
    one_pass(texts)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    package = Path(newsstruct.__file__).parent
    shares: dict[str, float] = {}
    for (filename, _, _), value in stats.stats.items():  # type: ignore[attr-defined]
        path = Path(filename)
        if path.is_relative_to(package):  # a module of a pass is named with its pass: header/features
            name = path.relative_to(package).with_suffix("").as_posix()
            shares[name] = shares.get(name, 0.0) + value[2]
    print("own time by module:")
    for name, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
        if seconds / total >= 0.001:
            print(f"  {name:22} {100 * seconds / total:5.1f}%")
    print(f"  {'other':22} {100 * (total - sum(shares.values())) / total:5.1f}%  (regex, attrs, builtins)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="JSON-lines corpora or folders of .txt files")
    ap.add_argument("--field", default="text", help="the JSON field holding the text")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the share of time per pass")
    args = ap.parse_args()
    texts = load(args.inputs, args.field)
    if not texts:
        print("no texts found", file=sys.stderr)
        return 2
    size = megabytes(texts)
    one_pass(texts)  # warm-up: word lists load, patterns compile
    times = [one_pass(texts) for _ in range(args.repeat)]
    median = statistics.median(times)
    print(f"{len(texts)} articles, {size:.2f} MB, median of {args.repeat}: {median:.3f} s")
    print(f"{len(texts) / median:,.0f} articles/s  {size / median:.2f} MB/s")
    if args.profile:
        profile(texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
