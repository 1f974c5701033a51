"""Render a highlighted HTML view of one article's parse (a self-contained page).

    python examples/render_page.py                          # the seed article, to ./article.html
    python examples/render_page.py my-article.txt -o my-article.html

Open the page in a browser: segments are coloured by label, quotes carry their
speaker's name, and hovering over a mark shows the rule that made it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsstruct

SEED = Path(__file__).parent / "articles" / "seed-putin-xi.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED, help="a UTF-8 text file")
    parser.add_argument("-o", "--output", type=Path, default=Path("article.html"))
    args = parser.parse_args()

    article = newsstruct.parse(args.file.read_text(encoding="utf-8"))
    args.output.write_text(article.to_html(), encoding="utf-8")
    print(f"wrote {args.output} ({len(article.segments)} segments, {len(article.quotes)} quotes)")


if __name__ == "__main__":
    main()
