"""Command line: ``newsstruct parse FILE|- [--json [--pretty]]`` for one article,
``newsstruct parse --jsonl IN | --folder DIR [--workers N] [-o OUT]`` for many, and
``newsstruct render FILE|- [-o OUT.html] [--title TITLE]``.

Errors (a missing file, a directory, bytes that are not UTF-8, an output file that
cannot be written) print one line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from newsstruct import __version__
from newsstruct.apps import batch
from newsstruct.apps.render import render_html
from newsstruct.model import Article
from newsstruct.parser import parse

EXIT_USAGE = 2


class InputError(Exception):
    """An input that cannot be read as text."""


def read_text(path: str) -> str:
    """The text of ``path`` (``-`` for standard input), decoded as UTF-8.

    A byte order mark is dropped; offsets are into the decoded text.
    """
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory (use --folder to parse the files in it)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None


def _short(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def outline(article: Article, out: TextIO) -> None:
    """A readable outline of the parse: header, paragraphs with quotes, tail."""
    w = out.write
    if article.headline:
        w(f"HEADLINE     {_short(article.headline.text)}\n")
    if article.subheadline:
        w(f"SUBHEADLINE  {_short(article.subheadline.text)}\n")
    if article.byline:
        agency = f"  [agency: {article.byline.agency}]" if article.byline.agency else ""
        w(f"BYLINE       {_short(article.byline.text)}{agency}\n")
    for person in article.authors:
        w(f"  author     {person.name}\n")
    if article.dateline:
        d = article.dateline
        fields = ", ".join(
            f"{k}: {v}" for k, v in (("location", d.location), ("date", d.date), ("agency", d.agency)) if v
        )
        w(f"DATELINE     {d.text}  [{fields}]\n")
    by_paragraph: dict[int, list[int]] = {}
    for n, q in enumerate(article.quotes):
        by_paragraph.setdefault(q.paragraph, []).append(n)
    for i, p in enumerate(article.paragraphs):
        w(f"\n[{i + 1}] {_short(p.text, 300)}\n")
        for n in by_paragraph.get(i, []):
            q = article.quotes[n]
            who = "no speaker"
            if q.speaker is not None:
                who = q.speaker.text
                if q.speaker.name and q.speaker.name != q.speaker.text:
                    who += f" → {q.speaker.name}"
            cue = f", cue “{q.cue.text}”" if q.cue else ""
            rule = f" ({q.rule})" if q.rule else ""
            w(f"    {q.kind:<7} “{_short(q.text, 70)}” — {who}{cue}{rule}\n")
    if article.credits:
        w("\n")
    for c in article.credits:
        w(f"CREDIT       {_short(c.text)}\n")
    for person in article.contributors:
        w(f"  {person.role:<10} {person.name}\n")
    if article.boilerplate:
        w("\n")
    for b in article.boilerplate:
        w(f"BOILERPLATE  {b.kind:<13} {_short(b.text, 70)}\n")


def _batch_command(args: argparse.Namespace) -> int:
    """Many articles in, one JSON line out for each (an error record when unreadable)."""
    if args.jsonl is not None:
        if not os.path.isfile(args.jsonl):
            print(f"newsstruct: {args.jsonl}: no such file", file=sys.stderr)
            return EXIT_USAGE
        items = batch.jsonl_items(args.jsonl, args.field, args.id_field)
        total: int | None = batch.count_lines(args.jsonl) if sys.stderr.isatty() else None
    else:
        if not os.path.isdir(args.folder):
            print(f"newsstruct: {args.folder}: not a folder", file=sys.stderr)
            return EXIT_USAGE
        paths = list(batch.folder_items(args.folder, args.glob))
        items = iter(paths)
        total = len(paths)
    progress = batch.Progress(sys.stderr, total) if sys.stderr.isatty() and not args.quiet else None
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        print(f"newsstruct: {args.output}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_USAGE
    try:
        written, errors = batch.write_jsonl(items, out, args.workers, progress)
    finally:
        if args.output:
            out.close()
    if errors and not args.quiet:
        print(
            f"newsstruct: {errors} of {written} inputs could not be parsed (see their error records)",
            file=sys.stderr,
        )
    return 0


def _parse_command(args: argparse.Namespace) -> int:
    if args.jsonl is not None or args.folder is not None:
        if args.file is not None:
            print("newsstruct: give a FILE, or --jsonl / --folder, not both", file=sys.stderr)
            return EXIT_USAGE
        return _batch_command(args)
    if args.file is None:
        print(
            "newsstruct: parse needs a FILE (or - for standard input), --jsonl IN or --folder DIR",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        text = read_text(args.file)
    except InputError as exc:
        print(f"newsstruct: {exc}", file=sys.stderr)
        return EXIT_USAGE
    article = parse(text)
    if args.json:
        json.dump(article.to_dict(), sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
        sys.stdout.write("\n")
    else:
        outline(article, sys.stdout)
    return 0


def _render_command(args: argparse.Namespace) -> int:
    try:
        text = read_text(args.file)
    except InputError as exc:
        print(f"newsstruct: {exc}", file=sys.stderr)
        return EXIT_USAGE
    page = render_html(parse(text), title=args.title)
    if args.output == "-":
        sys.stdout.write(page)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page)
    except OSError as exc:
        print(f"newsstruct: {args.output}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_USAGE
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsstruct", description="The structure of a news article.")
    parser.add_argument("--version", action="version", version=f"newsstruct {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("parse", help="parse one article (or many) and print its structure")
    p.add_argument("file", nargs="?", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print the JSON contract instead of an outline")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    many = p.add_argument_group("many articles (JSON lines out, one per input, in input order)")
    many.add_argument("--jsonl", metavar="IN", help="a JSON-lines file with one article per line")
    many.add_argument("--field", default="text", help="the field holding the text (default: text)")
    many.add_argument(
        "--id-field", default="id", help="the field holding the id (default: id; else line number)"
    )
    many.add_argument("--folder", metavar="DIR", help="a folder of UTF-8 text files (ids: relative paths)")
    many.add_argument("--glob", default="*.txt", help="which files in --folder (default: *.txt)")
    many.add_argument("--workers", type=int, default=1, help="processes to parse with (default: 1)")
    many.add_argument("-o", "--output", metavar="OUT", help="write the JSON lines here instead of stdout")
    many.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    p.set_defaults(run=_parse_command)
    r = commands.add_parser("render", help="draw the parse as one self-contained HTML page")
    r.add_argument("file", help="a UTF-8 text file, or - for standard input")
    r.add_argument(
        "-o", "--output", default="-", help="the HTML file to write (default: - for standard output)"
    )
    r.add_argument("--title", help="the page title (default: the headline)")
    r.set_defaults(run=_render_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``newsstruct parse FILE | head``): stop quietly, as
        # Unix tools do, and keep Python from complaining when it flushes at exit.
        _silence_stdout()
        return 1
    return code


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # pragma: no cover - stdout is not a file
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
