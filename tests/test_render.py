"""The HTML picture of the parse: well formed, self-contained, and every segment,
quote and speaker in it, with the source text unchanged."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given

import newsstruct
from newsstruct.apps.cli import main
from newsstruct.apps.render import render_html, shown
from newsstruct.model import Article
from newsstruct.testing import GeneratedArticle, articles, noisy_text

ARTICLES = Path(__file__).parent.parent / "examples" / "articles"
SAMPLES = sorted(ARTICLES.glob("*.txt"))
VOID = {"meta", "br", "hr", "img", "link", "input"}


class _Balance(HTMLParser):
    """Checks that every element read as HTML is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in VOID, f"<{tag}/> is not a void element"

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def _tree(page: str) -> ET.Element:
    """The page parsed as XML (it must be well formed), after an HTML balance check."""
    checker = _Balance()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return ET.fromstring(page)


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def _source_div(root: ET.Element) -> ET.Element:
    found = root.find(".//div[@class='source']")
    assert found is not None
    return found


def check_page(article: Article, source: str) -> ET.Element:
    """Everything a page promises, for any article."""
    page = render_html(article)
    root = _tree(page)
    assert _text(_source_div(root)) == shown(source)
    drawn = root.findall(".//*[@data-label]")
    spans = [(e.get("data-label"), int(e.get("data-start", -1)), int(e.get("data-end", -1))) for e in drawn]
    assert spans == [(s.label, s.start, s.end) for s in article.segments]
    for element, segment in zip(drawn, article.segments, strict=True):
        assert _text(element) == shown(source[segment.start : segment.end])
    for n, q in enumerate(article.quotes, 1):
        pieces = root.findall(f".//mark[@data-quote='{n}']")
        assert "".join(_text(p) for p in pieces) == shown(q.text)
        if q.start < q.end:
            assert pieces[0].get("id") == f"q{n}"
        (who,) = root.findall(f".//span[@class='who'][@data-quote='{n}']")
        assert who.get("data-who") == shown((q.speaker.name or q.speaker.text) if q.speaker else "?")
    rows = root.findall(".//table[@class='quotes']/tbody/tr")
    assert len(rows) == max(1, len(article.quotes))
    return root


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_bundled_article_renders(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    check_page(newsstruct.parse(text), text)


def test_the_seed_page_shows_quotes_with_their_speakers() -> None:
    text = (ARTICLES / "seed-putin-xi.txt").read_text(encoding="utf-8")
    article = newsstruct.parse(text)
    root = check_page(article, text)
    tags = {w.get("data-who") for w in root.findall(".//span[@class='who']")}
    assert {"Vladimir V. Putin", "Xi Jinping"} <= tags
    drawn = _source_div(root)
    speakers = [_text(s) for s in drawn.findall(".//span[@class='speaker']")]
    assert "Mr. Putin" in speakers
    cues = sorted({(q.cue.start, q.cue.text) for q in article.quotes if q.cue is not None})
    assert [_text(c) for c in drawn.findall(".//span[@class='cue']")] == [text for _, text in cues]
    facts = _text(root.find(".//table[@class='facts']"))  # type: ignore[arg-type]
    assert "MOSCOW" in facts and "Anton Troianovski" in facts
    speaker_rows = root.findall(".//table[@class='speakers']/tbody/tr")
    assert {_text(r.find("th")) for r in speaker_rows} >= {"Vladimir V. Putin", "Xi Jinping"}  # type: ignore[arg-type]
    assert root.findtext(".//title") == article.headline.text  # type: ignore[union-attr]


def test_the_page_is_self_contained() -> None:
    text = (ARTICLES / "scraped-river-cleanup.txt").read_text(encoding="utf-8")
    page = newsstruct.parse(text).to_html()
    for needle in ("<script", "<link", "src=", "@import", "url(", "http://", "https://"):
        assert needle not in page


def test_the_legend_names_every_label() -> None:
    root = _tree(newsstruct.parse("Headline Here\n\nBody text, she said.").to_html())
    legend = _text(root.find(".//ul[@class='legend']"))  # type: ignore[arg-type]
    for label in newsstruct.model.LABELS:
        assert label in legend


def test_markup_in_the_text_is_shown_not_obeyed() -> None:
    text = 'Tags & Entities\n\n<script>alert("x")</script> &amp; “<b>bold</b>,” said Ann Lee.'
    page = newsstruct.parse(text).to_html(title="<i>t</i>")
    assert "<script>" not in page and "<b>bold" not in page and "<i>t</i>" not in page
    assert "&lt;script&gt;" in page and "&amp;amp;" in page
    check_page(newsstruct.parse(text), text)


def test_control_characters_and_lone_surrogates_still_make_a_well_formed_page() -> None:
    text = "Odd \x00 Title\n\nBody\x0b text \ud800 with “a quote\x1f,” said Ann Lee.\r\nMore\rlines."
    root = check_page(newsstruct.parse(text), text)
    assert "␀" in _text(_source_div(root))


def test_empty_text() -> None:
    check_page(newsstruct.parse(""), "")


def test_an_article_read_back_from_json_needs_its_source() -> None:
    text = (ARTICLES / "wire-grain-harvest.txt").read_text(encoding="utf-8")
    article = newsstruct.parse(text)
    bare = Article.from_dict(article.to_dict())
    with pytest.raises(ValueError, match="source"):
        bare.to_html()
    assert render_html(bare, source=text) == article.to_html()
    assert Article.from_dict(article.to_dict(), source=text).to_html() == article.to_html()


def test_the_title_defaults_to_the_headline_and_can_be_set() -> None:
    article = newsstruct.parse("Markets Rally\n\nStocks rose on Monday, traders said.")
    assert "<title>Markets Rally</title>" in article.to_html()
    assert "<title>Mine</title>" in article.to_html(title="Mine")


@given(articles())
def test_generated_articles_render(generated: GeneratedArticle) -> None:
    check_page(newsstruct.parse(generated.text), generated.text)


@given(noisy_text)
def test_noisy_text_renders(text: str) -> None:
    check_page(newsstruct.parse(text), text)


def test_render_command_writes_a_page(tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    assert main(["render", str(ARTICLES / "seed-putin-xi.txt"), "-o", str(out)]) == 0
    root = _tree(out.read_text(encoding="utf-8"))
    assert root.findall(".//*[@data-label='headline']")


def test_render_command_title_and_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(ARTICLES / "harbor-ferry.txt"), "--title", "Ferry"]) == 0
    page = capsys.readouterr().out
    assert _tree(page).findtext(".//title") == "Ferry"


@pytest.mark.parametrize("where", ["input", "output"])
def test_render_errors_are_one_line_and_status_2(tmp_path: Path, where: str) -> None:
    source = tmp_path / "missing.txt" if where == "input" else ARTICLES / "harbor-ferry.txt"
    target = tmp_path / "no-such-dir" / "out.html"
    run = subprocess.run(
        [sys.executable, "-m", "newsstruct", "render", str(source), "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1
    assert ("no such file" if where == "input" else "cannot write") in run.stderr
    assert not target.exists()
