"""A picture of the parse: one self-contained HTML page (no scripts, no external assets).

The page shows the original text with every segment coloured by its label, quotes
marked and tagged with their speaker's name, speaker mentions and cue verbs
underlined, a legend, and side tables of the article's elements, its quotes and its
speakers. Hovering over any mark shows the rule that made it.

The page is well-formed (it parses as XML too), and its text is the source: every
segment is an element carrying ``data-label``, ``data-start`` and ``data-end`` whose
text is ``source[start:end]`` as :func:`shown` displays it. Labels drawn next to
quotes come from CSS, so they never enter the page's text.

>>> import newsstruct
>>> article = newsstruct.parse("Rain Expected\\n\\nLONDON (Reuters) - “It will pour,” Ann Lee said.")
>>> page = render_html(article)
>>> page.startswith("<!DOCTYPE html>"), 'data-label="headline"' in page, "Ann Lee" in page
(True, True, True)
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from newsstruct import __version__
from newsstruct.model import LABELS, Article, Label, Quote

#: Background colours of the segment labels (light enough to read black text on).
LABEL_COLOURS: dict[Label, str] = {
    "headline": "#cfe2ff",
    "subheadline": "#e3ecfb",
    "byline": "#d7f5dd",
    "dateline": "#ffe0b8",
    "body": "#ffffff",
    "credit": "#e9dcf7",
    "boilerplate": "#e6e6e6",
}
#: What each label means, for the legend.
LABEL_MEANINGS: dict[Label, str] = {
    "headline": "the article's title",
    "subheadline": "the deck under the title",
    "byline": "the line naming the authors",
    "dateline": "where and when the story was filed",
    "body": "the article's paragraphs",
    "credit": "taglines and contributor lines",
    "boilerplate": "page furniture that is not the article",
}
#: Quotes longer than this are shortened in the side table (the full text is in its tooltip).
TABLE_QUOTE_CHARS = 160

_CLOSING_MARKS = frozenset("”\"»’'」』“")


def _control_pictures() -> dict[int, str]:
    """Characters XML and HTML cannot carry as text, mapped to something visible."""
    table = {c: chr(0x2400 + c) for c in range(0x20) if chr(c) not in "\t\n\r"}
    table[0x7F] = "\u2421"
    table.update({c: "\ufffd" for c in range(0xD800, 0xE000)})
    table[0xFFFE] = table[0xFFFF] = "\ufffd"
    return table


_PICTURES = _control_pictures()


def shown(text: str) -> str:
    """``text`` as the page displays it: line breaks as ``\\n``, control characters as
    their Unicode pictures (``\\x00`` as ``␀``), lone surrogates as ``\\ufffd``.

    >>> shown("a\\r\\nb\\x0bc")
    'a\\nb␋c'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_PICTURES)


def _esc(text: str) -> str:
    return html.escape(shown(text), quote=True)


@attrs.frozen(slots=True)
class _Mark:
    """A stretch of the source to wrap in an element; lower ``layer`` wraps higher."""

    start: int
    end: int
    layer: int
    tag: str
    attributes: tuple[tuple[str, str], ...]


@attrs.frozen(slots=True)
class _Point:
    """An empty element placed at one offset (a speaker label after a quote)."""

    at: int
    attributes: tuple[tuple[str, str], ...]


def _attrs(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {k}="{_esc(v)}"' for k, v in pairs)


def _who(q: Quote) -> str:
    """The name a quote is tagged with: resolved name, else the mention, else "?"."""
    if q.speaker is None:
        return "?"
    return q.speaker.name or q.speaker.text


def _quote_title(n: int, q: Quote) -> str:
    parts = [f"quote {n} ({q.kind})"]
    if q.speaker is not None:
        who = q.speaker.text
        if q.speaker.name and q.speaker.name != q.speaker.text:
            who += f" → {q.speaker.name}"
        parts.append(f"speaker: {who}")
    else:
        parts.append("no speaker")
    if q.cue is not None:
        parts.append(f"cue: {q.cue.text}")
    if q.rule:
        parts.append(f"rule: {q.rule}")
    return "; ".join(parts)


def _label_point(source: str, n: int, q: Quote) -> _Point:
    """Where the speaker tag goes: after the quote's closing mark when there is one."""
    at = q.end
    if source.startswith("''", at):
        at += 2
    elif at < len(source) and source[at] in _CLOSING_MARKS:
        at += 1
    return _Point(at, (("class", "who"), ("data-who", _who(q)), ("data-quote", str(n))))


def _marks(article: Article, source: str) -> tuple[list[_Mark], list[_Point]]:
    marks = [
        _Mark(
            s.start,
            s.end,
            0,
            "span",
            (
                ("class", f"seg seg-{s.label}"),
                ("data-label", s.label),
                ("data-start", str(s.start)),
                ("data-end", str(s.end)),
                ("title", f"{s.label}: {s.rule}" if s.rule else s.label),
            ),
        )
        for s in article.segments
    ]
    points: list[_Point] = []
    # A speaker mention or cue may serve several quotes (a carried-over turn): one mark each.
    mentions: dict[tuple[str, int, int], list[int]] = {}
    for n, q in enumerate(article.quotes, 1):
        marks.append(
            _Mark(
                q.start,
                q.end,
                1,
                "mark",
                (("class", f"quote quote-{q.kind}"), ("data-quote", str(n)), ("title", _quote_title(n, q))),
            )
        )
        points.append(_label_point(source, n, q))
        if q.speaker is not None:
            mentions.setdefault(("speaker", q.speaker.start, q.speaker.end), []).append(n)
        if q.cue is not None:
            mentions.setdefault(("cue", q.cue.start, q.cue.end), []).append(n)
    names = {n: _who(q) for n, q in enumerate(article.quotes, 1)}
    for (kind, start, end), numbers in mentions.items():
        listed = ", ".join(str(n) for n in numbers)
        title = (
            f"speaker of quote {listed} → {names[numbers[0]]}"
            if kind == "speaker"
            else f"cue of quote {listed}"
        )
        marks.append(_Mark(start, end, 2, "span", (("class", kind), ("title", title))))
    return marks, points


def _source_html(source: str, marks: Sequence[_Mark], points: Sequence[_Point]) -> str:
    """The source with marks nested as elements, split where they cross (so it stays
    well-formed) and with the first piece of each quote carrying its anchor."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(source)]
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, m in enumerate(marks):
        starts.setdefault(m.start, []).append(i)
        ends.setdefault(m.end, []).append(i)
    at_point: dict[int, list[_Point]] = {}
    for p in points:
        if 0 <= p.at <= len(source):
            at_point.setdefault(p.at, []).append(p)
    cuts = sorted({0, len(source), *starts, *ends, *at_point})
    out: list[str] = []
    stack: list[int] = []
    active: set[int] = set()
    anchored: set[str] = set()

    def order(i: int) -> tuple[int, int, int, int]:
        m = marks[i]
        return (m.layer, m.start, -m.end, i)

    for pos, nxt in zip(cuts, [*cuts[1:], None], strict=True):
        active.difference_update(ends.get(pos, ()))
        wanted = sorted(active, key=order)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
            keep += 1
        for i in reversed(stack[keep:]):
            out.append(f"</{marks[i].tag}>")
        del stack[keep:]
        for p in at_point.get(pos, ()):
            out.append(f"<span{_attrs(p.attributes)}></span>")
        active.update(starts.get(pos, ()))
        wanted = sorted(active, key=order)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
            keep += 1
        for i in reversed(stack[keep:]):
            out.append(f"</{marks[i].tag}>")
        del stack[keep:]
        for i in wanted[keep:]:
            m = marks[i]
            attributes = list(m.attributes)
            quote = dict(m.attributes).get("data-quote")
            if m.layer == 1 and quote is not None and quote not in anchored:
                anchored.add(quote)
                attributes.insert(0, ("id", f"q{quote}"))
            out.append(f"<{m.tag}{_attrs(attributes)}>")
            stack.append(i)
        if nxt is not None:
            out.append(_esc(source[pos:nxt]))
    for i in reversed(stack):
        out.append(f"</{marks[i].tag}>")
    return "".join(out)


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _row(*cells: str, header: str | None = None) -> str:
    head = f'<th scope="row">{_esc(header)}</th>' if header is not None else ""
    return "<tr>" + head + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _facts(article: Article) -> str:
    rows: list[str] = []

    def add(name: str, value: str | None) -> None:
        if value:
            rows.append(_row(_esc(value), header=name))

    add("headline", article.headline.text if article.headline else None)
    add("subheadline", article.subheadline.text if article.subheadline else None)
    if article.byline:
        agency = f" (agency: {article.byline.agency})" if article.byline.agency else ""
        add("byline", article.byline.text + agency)
    if article.dateline:
        d = article.dateline
        fields = "; ".join(
            f"{k}: {v}" for k, v in (("location", d.location), ("date", d.date), ("agency", d.agency)) if v
        )
        add("dateline", f"{d.text} ({fields})" if fields else d.text)
    add("authors", ", ".join(p.name for p in article.authors))
    add("contributors", ", ".join(f"{p.name} ({p.role})" for p in article.contributors))
    add("paragraphs", str(len(article.paragraphs)))
    add("quotes", str(len(article.quotes)))
    kinds = Counter(b.kind for b in article.boilerplate)
    add("boilerplate", ", ".join(f"{kind} ×{n}" if n > 1 else kind for kind, n in kinds.items()))
    return '<table class="facts"><caption>The article</caption><tbody>' + "".join(rows) + "</tbody></table>"


def _quotes_table(article: Article) -> str:
    rows: list[str] = []
    for n, q in enumerate(article.quotes, 1):
        speaker = q.speaker.text if q.speaker else ""
        name = (q.speaker.name or "") if q.speaker else ""
        rows.append(
            "<tr>"
            f'<td><a href="#q{n}">{n}</a></td>'
            f"<td>{_esc(q.kind)}</td>"
            f'<td title="{_esc(q.text)}">{_esc(_short(q.text, TABLE_QUOTE_CHARS))}</td>'
            f"<td>{_esc(speaker)}</td>"
            f"<td>{_esc(name)}</td>"
            f"<td>{_esc(q.cue.text if q.cue else '')}</td>"
            f"<td>{_esc(q.rule)}</td>"
            "</tr>"
        )
    head = "".join(
        f'<th scope="col">{h}</th>' for h in ("#", "kind", "quote", "speaker", "name", "cue", "rule")
    )
    body = "".join(rows) or '<tr><td colspan="7">no quotes</td></tr>'
    return (
        '<table class="quotes"><caption>Quotes</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _speakers_table(article: Article) -> str:
    said: dict[str, list[int]] = {}
    for n, q in enumerate(article.quotes, 1):
        said.setdefault(_who(q), []).append(n)
    rows = [
        _row(str(len(numbers)), ", ".join(f'<a href="#q{n}">{n}</a>' for n in numbers), header=who)
        for who, numbers in sorted(said.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    head = "".join(f'<th scope="col">{h}</th>' for h in ("speaker", "quotes", "which"))
    body = "".join(rows) or '<tr><td colspan="3">nobody is quoted</td></tr>'
    return (
        '<table class="speakers"><caption>Speakers</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _legend(article: Article) -> str:
    counts = {label: 0 for label in LABELS}
    for s in article.segments:
        counts[s.label] += 1
    items = [
        f'<li><span class="swatch seg-{label}"></span><b>{label}</b> {LABEL_MEANINGS[label]}'
        f' <span class="count">({counts[label]})</span></li>'
        for label in LABELS
    ]
    items.append(
        '<li><mark class="quote">quote</mark> text inside quotation marks, tagged with its speaker</li>'
    )
    items.append('<li><span class="speaker">speaker</span> the mention a quote is attributed to</li>')
    items.append('<li><span class="cue">cue</span> the verb of saying</li>')
    return '<ul class="legend">' + "".join(items) + "</ul>"


def _style() -> str:
    colours = "".join(f".seg-{label}{{background:{c}}}" for label, c in LABEL_COLOURS.items())
    return (
        "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f7f7f4}"
        "header{padding:1rem 1.5rem;border-bottom:1px solid #ccc;background:#fff}"
        "h1{font-size:1.3rem;margin:0 0 .5rem}"
        ".legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;"
        "font-size:.85rem}"
        ".swatch{display:inline-block;width:1em;height:1em;border:1px solid #999;vertical-align:-.15em;"
        "margin-right:.3em}"
        ".count{color:#666}"
        "main{display:grid;grid-template-columns:minmax(0,3fr) minmax(18rem,2fr);gap:1.5rem;padding:1.5rem}"
        "@media (max-width:900px){main{grid-template-columns:minmax(0,1fr)}}"
        ".source{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.6 Georgia,serif;background:#fff;"
        "padding:1rem 1.25rem;border:1px solid #ccc;border-radius:4px}"
        ".seg{border-radius:2px}"
        f"{colours}"
        ".seg-headline{font-weight:bold}"
        ".seg-boilerplate{color:#666}"
        "mark.quote{background:#fff3a3;color:inherit;border-bottom:2px solid #e0b400}"
        ".who::after{content:'\\2014\\00a0' attr(data-who);font:bold .7rem system-ui,sans-serif;color:#fff;"
        "background:#8a6d00;border-radius:3px;padding:0 .3em;margin-left:.2em;vertical-align:super;"
        "white-space:nowrap}"
        ".speaker{text-decoration:underline 2px #c0392b;font-weight:600}"
        ".cue{text-decoration:underline dotted 2px #2c6fbb;font-style:italic}"
        "aside table{width:100%;border-collapse:collapse;background:#fff;margin-bottom:1.5rem;"
        "font-size:.85rem}"
        "caption{text-align:left;font-weight:bold;padding:.3rem 0}"
        "th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}"
        "thead th{background:#eee}"
        ":target{outline:2px solid #e0b400}"
        "footer{padding:0 1.5rem 1.5rem;color:#777;font-size:.8rem}"
    )


def render_html(article: Article, *, title: str | None = None, source: str | None = None) -> str:
    """One self-contained HTML page picturing ``article``.

    ``source`` defaults to ``article.source`` (set by :func:`newsstruct.parse`); an
    article read back with :meth:`Article.from_dict` needs the text passed here or to
    ``from_dict``. ``title`` defaults to the headline.
    """
    text = article.source if source is None else source
    furthest = max((s.end for s in article.segments), default=0)
    if furthest > len(text):
        raise ValueError(
            "the article's offsets run past its source text; pass source= (or "
            "Article.from_dict(d, source=text)) to render an article read back from JSON"
        )
    heading = (
        title if title is not None else (article.headline.text if article.headline else "Parsed article")
    )
    marks, points = _marks(article, text)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
        f'<meta name="generator" content="newsstruct {_esc(__version__)}"/>\n'
        f"<title>{_esc(_short(heading, 120))}</title>\n<style>{_style()}</style>\n</head>\n<body>\n"
        f"<header><h1>{_esc(_short(heading, 200))}</h1>{_legend(article)}</header>\n"
        f'<main>\n<div class="source">{_source_html(text, marks, points)}</div>\n'
        f"<aside>{_facts(article)}{_quotes_table(article)}{_speakers_table(article)}</aside>\n</main>\n"
        f"<footer>Drawn by newsstruct {_esc(__version__)}. Hover over a mark to see the rule that made it."
        "</footer>\n</body>\n</html>\n"
    )


__all__ = ["LABEL_COLOURS", "LABEL_MEANINGS", "render_html", "shown"]
