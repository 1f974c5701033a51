"""Write a CSV of who said what: one row a quote, with its speaker and cue verb.

    python examples/who_said_what.py                       # the bundled articles, to stdout
    python examples/who_said_what.py my-texts/ -o quotes.csv

Columns: article, speaker (the mention as written), name (the person it resolves
to, empty when unresolved), cue, kind, quote, start, end (offsets into the article).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import sys
from pathlib import Path

import newsstruct

ARTICLES = Path(__file__).parent / "articles"
COLUMNS = ["article", "speaker", "name", "cue", "kind", "quote", "start", "end"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ARTICLES)
    parser.add_argument("-o", "--output", default="-", help="the .csv file to write (default: stdout)")
    args = parser.parse_args()

    with contextlib.ExitStack() as stack:
        out = sys.stdout
        if args.output != "-":
            out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for path in sorted(args.folder.glob("*.txt")):
            article = newsstruct.parse(path.read_text(encoding="utf-8"))
            for quote in article.quotes:
                speaker = quote.speaker
                writer.writerow(
                    [
                        path.name,
                        speaker.text if speaker else "",
                        (speaker.name or "") if speaker else "",
                        quote.cue.text if quote.cue else "",
                        quote.kind,
                        quote.text,
                        quote.start,
                        quote.end,
                    ]
                )


if __name__ == "__main__":
    main()
