"""Parse one article and print its structure, element by element.

python examples/parse_one.py                      # the bundled seed article
python examples/parse_one.py path/to/article.txt
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsstruct

SEED = Path(__file__).parent / "articles" / "seed-putin-xi.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED, help="a UTF-8 text file")
    args = parser.parse_args()

    article = newsstruct.parse(args.file.read_text(encoding="utf-8"))

    print("headline:   ", article.headline.text if article.headline else None)
    print("subheadline:", article.subheadline.text if article.subheadline else None)
    print("byline:     ", article.byline.text if article.byline else None)
    if article.dateline:
        d = article.dateline
        print("dateline:   ", repr(d.text), "location:", d.location, "date:", d.date, "agency:", d.agency)
    for person in article.authors + article.contributors:
        print(f"person:      {person.name} ({person.role})")
    for n, paragraph in enumerate(article.paragraphs):
        print(f"\n[{n}] {paragraph.text[:100]}{'…' if len(paragraph.text) > 100 else ''}")
        for quote in article.quotes:
            if quote.paragraph != n:
                continue
            speaker = quote.speaker
            who = f"{speaker.text} -> {speaker.name}" if speaker else "nobody"
            print(f"    {quote.kind} quote at {quote.start}..{quote.end}: {quote.text[:50]!r} by {who}")
    for credit in article.credits:
        print("\ncredit:     ", credit.text)
    for item in article.boilerplate:
        print(f"boilerplate: {item.text!r} ({item.kind}, because {item.reason})")


if __name__ == "__main__":
    main()
