"""Turn a folder of .txt articles into JSON lines: one parsed article a line.

    python examples/folder_to_jsonl.py                          # the bundled articles, to stdout
    python examples/folder_to_jsonl.py my-texts/ -o parsed.jsonl --jobs 4

Each line is the JSON contract (``Article.to_dict()``) with the file's name added as
``"file"``. ``--jobs`` parses in several processes with :func:`newsstruct.parse_many`;
the output order stays the folder's. (The command ``newsstruct parse --folder DIR``
does the same with error records for unreadable files.)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsstruct

ARTICLES = Path(__file__).parent / "articles"


def records(paths: list[Path], jobs: int) -> Iterator[dict[str, Any]]:
    """One record per file, in the folder's order, parsed in ``jobs`` processes."""
    texts = (path.read_text(encoding="utf-8") for path in paths)
    for path, article in zip(paths, newsstruct.parse_many(texts, workers=jobs), strict=True):
        yield {"file": path.name, **article.to_dict()}


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
