"""Read datelines into places and dates: a CSV row per article.

    python examples/datelines.py                        # the bundled articles, to stdout
    python examples/datelines.py wire/ --year 1987

A dateline gives its date as written ("Feb 26", "March 6", "April 4"); with the year
the story ran (``--year``), ``iso_date`` turns it into a calendar date.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import sys
from pathlib import Path

import newsstruct

ARTICLES = Path(__file__).parent / "articles"
MONTHS = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def iso_date(written: str | None, year: int | None) -> str:
    """A written date such as "Feb 26" or "March 6, 1987" as YYYY-MM-DD ("" when unreadable)."""
    if not written:
        return ""
    words = written.replace(",", " ").replace(".", " ").split()
    month = day = None
    for word in words:
        if word.isdigit() and len(word) == 4:
            year = int(word)
        elif word.isdigit():
            day = int(word)
        elif word[:3].lower() in MONTHS:
            month = MONTHS[word[:3].lower()]
    if year is None or month is None or day is None:
        return ""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ARTICLES)
    parser.add_argument("--year", type=int, help="the year the stories ran, for dates without one")
    args = parser.parse_args()

    writer = csv.writer(sys.stdout)
    writer.writerow(["article", "location", "date", "agency", "iso_date"])
    for path in sorted(args.folder.glob("*.txt")):
        dateline = newsstruct.parse(path.read_text(encoding="utf-8")).dateline
        if dateline is None:
            writer.writerow([path.name, "", "", "", ""])
            continue
        writer.writerow(
            [
                path.name,
                dateline.location or "",
                dateline.date or "",
                dateline.agency or "",
                iso_date(dateline.date, args.year),
            ]
        )


if __name__ == "__main__":
    main()
