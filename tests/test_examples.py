"""Every script in examples/ runs on the bundled articles and writes what it promises.

Each runs as a user would run it (``python examples/NAME.py``), in a fresh temporary
folder, so nothing depends on the working directory.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import newsstruct

EXAMPLES = Path(__file__).parent.parent / "examples"
ARTICLES = EXAMPLES / "articles"
SAMPLES = sorted(ARTICLES.glob("*.txt"))


def run(tmp_path: Path, script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def parsed(path: Path) -> newsstruct.Article:
    return newsstruct.parse(path.read_text(encoding="utf-8"))


def test_every_example_is_tested() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py")}
    tested = {f"{name}.py" for name in ("parse_one", "folder_to_jsonl", "who_said_what", "clean_text")}
    assert scripts == tested | {"render_page.py", "datelines.py"}


def test_the_bundled_articles_are_there() -> None:
    names = {p.name for p in SAMPLES}
    assert "seed-putin-xi.txt" in names
    assert sum(n.startswith("reuters-") for n in names) >= 3
    assert len(names) >= 6


def test_parse_one(tmp_path: Path) -> None:
    out = run(tmp_path, "parse_one.py")
    assert "headline:    Putin and Xi Show United Front" in out
    assert "location: MOSCOW" in out
    assert "person:      Claire Fu (research)" in out
    assert "-> Vladimir V. Putin" in out
    assert "'Back to top button' (navigation, because phrase: back to top button)" in out


def test_parse_one_takes_a_file(tmp_path: Path) -> None:
    out = run(tmp_path, "parse_one.py", str(ARTICLES / "wire-grain-harvest.txt"))
    assert "agency: Reuters" in out
    assert "person:      Helen Marsh (editing)" in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_to_jsonl(tmp_path: Path, jobs: str) -> None:
    run(tmp_path, "folder_to_jsonl.py", str(ARTICLES), "-o", "parsed.jsonl", "--jobs", jobs)
    lines = (tmp_path / "parsed.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["file"] for line in lines] == [p.name for p in SAMPLES]
    for line, path in zip(lines, SAMPLES, strict=True):
        record = json.loads(line)
        del record["file"]
        assert newsstruct.Article.from_dict(record) == parsed(path)


def test_folder_to_jsonl_writes_stdout_by_default(tmp_path: Path) -> None:
    assert len(run(tmp_path, "folder_to_jsonl.py").splitlines()) == len(SAMPLES)


def test_who_said_what(tmp_path: Path) -> None:
    run(tmp_path, "who_said_what.py", "-o", "quotes.csv")
    with (tmp_path / "quotes.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = [(p.name, q) for p in SAMPLES for q in parsed(p).quotes]
    assert len(rows) == len(expected)
    for row, (name, quote) in zip(rows, expected, strict=True):
        assert row["article"] == name
        assert (row["quote"], int(row["start"]), int(row["end"])) == (quote.text, quote.start, quote.end)
        assert row["name"] == ((quote.speaker.name or "") if quote.speaker else "")
    seed = [r for r in rows if r["article"] == "seed-putin-xi.txt"]
    assert {"speaker": "Mr. Putin", "name": "Vladimir V. Putin", "cue": "told"}.items() <= seed[-2].items()


def test_who_said_what_to_stdout(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(run(tmp_path, "who_said_what.py"))))
    assert rows[0] == ["article", "speaker", "name", "cue", "kind", "quote", "start", "end"]


def test_clean_text(tmp_path: Path) -> None:
    out = run(tmp_path, "clean_text.py")
    assert out.count("kept") == len(SAMPLES)
    written = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "clean").glob("*.txt")}
    assert set(written) == {p.name for p in SAMPLES}
    for path in SAMPLES:
        article = parsed(path)
        text = written[path.name]
        if article.headline:
            assert text.startswith(article.headline.text)
        parts = text.strip().split("\n\n")
        for item in article.boilerplate:
            assert " ".join(item.text.split()) not in parts
        for paragraph in article.paragraphs:
            assert any(part.endswith(" ".join(paragraph.text.split())) for part in parts)
    scraped = written["scraped-river-cleanup.txt"]
    for junk in ("Skip to main content", "Share this article", "5 min read", "Related Articles"):
        assert junk not in scraped
    assert "Back to top button" not in written["seed-putin-xi.txt"]
    assert (
        written["seed-putin-xi.txt"].count("\n\n")
        == len(parsed(ARTICLES / "seed-putin-xi.txt").paragraphs) + 1
    )


def test_render_page(tmp_path: Path) -> None:
    out = run(tmp_path, "render_page.py")
    assert out.startswith("wrote article.html")
    root = ET.fromstring((tmp_path / "article.html").read_text(encoding="utf-8"))
    assert root.findall(".//*[@data-label='dateline']")


def test_datelines(tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run(tmp_path, "datelines.py", "--year", "2024"))))
    by_article = {r["article"]: r for r in rows}
    assert set(by_article) == {p.name for p in SAMPLES}
    assert by_article["wire-grain-harvest.txt"] == {
        "article": "wire-grain-harvest.txt",
        "location": "NAIROBI",
        "date": "April 4",
        "agency": "Reuters",
        "iso_date": "2024-04-04",
    }
    assert by_article["seed-putin-xi.txt"]["location"] == "MOSCOW"
    assert by_article["seed-putin-xi.txt"]["iso_date"] == ""


@pytest.mark.parametrize(
    ("written", "year", "iso"),
    [
        ("Feb 26", 1987, "1987-02-26"),
        ("March 6, 1987", None, "1987-03-06"),
        ("Sept. 3", 2021, "2021-09-03"),
        ("26 February 2019", None, "2019-02-26"),
        ("Feb 30", 1987, ""),
        ("Tuesday", 2020, ""),
        (None, 2020, ""),
        ("March 6", None, ""),
    ],
)
def test_iso_date(written: str | None, year: int | None, iso: str) -> None:
    sys.path.insert(0, str(EXAMPLES))
    try:
        from datelines import iso_date  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(EXAMPLES))
    assert iso_date(written, year) == iso
