"""Strip boilerplate from scraped articles and write clean text, one file an article.

    python examples/clean_text.py                          # the bundled articles, into ./clean/
    python examples/clean_text.py scraped/ -o clean/

Each output keeps the headline, the deck, the byline, the body (the dateline stays at
the head of the first paragraph) and the credit lines, one paragraph a line with a
blank line between; menus, share bars, related links and other furniture are dropped.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsstruct
from newsstruct import Article

ARTICLES = Path(__file__).parent / "articles"


def clean(article: Article) -> str:
    """The article's own text: what a reader would keep."""
    parts = [span.text for span in (article.headline, article.subheadline, article.byline) if span]
    body = [p.text for p in article.paragraphs]
    if article.dateline and body:
        body[0] = f"{article.dateline.text} {body[0]}"
    parts.extend(body)
    parts.extend(c.text for c in article.credits)
    return "\n\n".join(" ".join(part.split()) for part in parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ARTICLES)
    parser.add_argument("-o", "--output", type=Path, default=Path("clean"), help="folder to write into")
    args = parser.parse_args()

    args.output.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.folder.glob("*.txt")):
        article = newsstruct.parse(path.read_text(encoding="utf-8"))
        (args.output / path.name).write_text(clean(article), encoding="utf-8")
        kept, dropped = len(article.paragraphs), len(article.boilerplate)
        print(f"{path.name}: kept {kept} paragraphs, dropped {dropped} lines of furniture")


if __name__ == "__main__":
    main()
