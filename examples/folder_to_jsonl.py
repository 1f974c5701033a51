"""Turn a folder of .txt articles into JSON lines: one parsed article a line.

    python examples/folder_to_jsonl.py                          # the bundled articles, to stdout
    python examples/folder_to_jsonl.py my-texts/ -o parsed.jsonl --jobs 4

Each line is the JSON contract (``Article.to_dict()``) with the file's name added as
``"file"``. ``--jobs`` parses in several processes; the output order stays the folder's.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsstruct

ARTICLES = Path(__file__).parent / "articles"


def parse_file(path: Path) -> dict[str, Any]:
    """One file's record (top level, so worker processes can import it)."""
    article = newsstruct.parse(path.read_text(encoding="utf-8"))
    return {"file": path.name, **article.to_dict()}


def records(paths: list[Path], jobs: int) -> Iterator[dict[str, Any]]:
    if jobs <= 1:
        yield from map(parse_file, paths)
        return
    with multiprocessing.Pool(jobs) as pool:
        yield from pool.imap(parse_file, paths, chunksize=16)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ARTICLES)
    parser.add_argument("-o", "--output", default="-", help="the .jsonl file to write (default: stdout)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    args = parser.parse_args()

    paths = sorted(args.folder.glob("*.txt"))
    with contextlib.ExitStack() as stack:
        out = sys.stdout
        if args.output != "-":
            out = stack.enter_context(open(args.output, "w", encoding="utf-8"))
        for record in records(paths, args.jobs):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
