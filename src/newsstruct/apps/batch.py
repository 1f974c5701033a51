"""Parse many articles: in order, in parallel processes, with bounded memory, and with
one output record for every input — an error record when an input cannot be read.

>>> [a.headline.text for a in parse_many(["Rain Due\\n\\nIt will rain.", "Sun Due\\n\\nIt will shine."])]
['Rain Due', 'Sun Due']
"""

from __future__ import annotations

import collections
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from newsstruct.model import Article
from newsstruct.parser import parse

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

#: Inputs sent to a worker process at a time.
CHUNK = 16
#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
AHEAD = 4


@attrs.frozen(slots=True)
class Item:
    """One input: its id and its text, or the reason it has no text."""

    id: str | int
    text: str | None
    error: str | None = None


def _ordered_map(function: Callable[[list[T]], list[R]], items: Iterable[T], workers: int) -> Iterator[R]:
    """``function`` over chunks of ``items`` in a process pool, results in input order.

    At most ``workers * AHEAD`` chunks are in flight, so memory stays bounded however
    long the input is (``Pool.imap`` would read the whole input ahead).
    """
    if workers <= 1:
        chunk: list[T] = []
        for item in items:
            chunk.append(item)
            if len(chunk) == CHUNK:
                yield from function(chunk)
                chunk = []
        if chunk:
            yield from function(chunk)
        return
    # Imported here: the process pool (and multiprocessing under it) is a sizeable
    # import that a parse in one process never needs.
    from concurrent.futures import ProcessPoolExecutor

    pending: collections.deque[Future[list[R]]] = collections.deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = []
        for item in items:
            chunk.append(item)
            if len(chunk) == CHUNK:
                pending.append(pool.submit(function, chunk))
                chunk = []
                while len(pending) >= workers * AHEAD:
                    yield from pending.popleft().result()
        if chunk:
            pending.append(pool.submit(function, chunk))
        while pending:
            yield from pending.popleft().result()


def _parse_chunk(texts: list[str]) -> list[Article]:
    return [parse(t) for t in texts]


def parse_many(texts: Iterable[str], workers: int = 1) -> Iterator[Article]:
    """Parse ``texts`` in order; ``workers`` > 1 uses that many processes."""
    return _ordered_map(_parse_chunk, texts, workers)


def record(item: Item) -> dict[str, Any]:
    """The output record of one input: its id and the JSON contract, or its error."""
    if item.text is None:
        return {"id": item.id, "error": item.error or "no text"}
    try:
        article = parse(item.text)
    except Exception as exc:  # parse() promises not to raise; a record beats a lost input
        return {"id": item.id, "error": f"parse failed: {exc!r}"}
    return {"id": item.id, **article.to_dict()}


def _record_chunk(items: list[Item]) -> list[dict[str, Any]]:
    return [record(item) for item in items]


def records(items: Iterable[Item], workers: int = 1) -> Iterator[dict[str, Any]]:
    """One record per input item, in input order."""
    return _ordered_map(_record_chunk, items, workers)


def jsonl_items(path: str | os.PathLike[str], field: str = "text", id_field: str = "id") -> Iterator[Item]:
    """Items from a JSON-lines file: the text in ``field``, the id in ``id_field`` (else the line number).

    A line that is not JSON, not an object, or has no string in ``field`` gives an error item.
    """
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Item(number, None, f"line {number}: not JSON ({exc.__class__.__name__})")
                continue
            if not isinstance(obj, dict):
                yield Item(number, None, f"line {number}: not a JSON object")
                continue
            ident = obj.get(id_field, number)
            if not isinstance(ident, (str, int)):
                ident = number
            text = obj.get(field)
            if not isinstance(text, str):
                yield Item(ident, None, f"line {number}: no text in field {field!r}")
                continue
            yield Item(ident, text)


def folder_items(folder: str | os.PathLike[str], pattern: str = "*.txt") -> Iterator[Item]:
    """Items from the files in a folder (recursively, sorted), ids relative paths."""
    root = Path(folder)
    for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
        ident = path.relative_to(root).as_posix()
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Item(ident, None, f"cannot read: {exc.strerror or exc}")
            continue
        try:
            yield Item(ident, data.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield Item(ident, None, f"not UTF-8 text (bad byte at offset {exc.start})")


class Progress:
    """A one-line progress count on a terminal: done, total when known, rate."""

    def __init__(self, stream: Any, total: int | None = None, every: int = 50) -> None:
        import time

        self._time = time.monotonic
        self.stream = stream
        self.total = total
        self.every = every
        self.done = 0
        self.started = self._time()

    def step(self) -> None:
        self.done += 1
        if self.done % self.every == 0 or self.done == self.total:
            self._show()

    def _show(self) -> None:
        elapsed = max(self._time() - self.started, 1e-9)
        of = f"/{self.total}" if self.total is not None else ""
        self.stream.write(f"\rparsed {self.done}{of} articles, {self.done / elapsed:,.0f}/s")
        self.stream.flush()

    def close(self) -> None:
        self._show()
        self.stream.write("\n")
        self.stream.flush()


def write_jsonl(
    items: Iterable[Item], out: Any, workers: int = 1, progress: Progress | None = None
) -> tuple[int, int]:
    """Write one JSON line per item to ``out``; return (records written, errors among them)."""
    written = errors = 0
    for rec in records(items, workers):
        out.write(json.dumps(rec, ensure_ascii=False))
        out.write("\n")
        written += 1
        errors += "error" in rec
        if progress is not None:
            progress.step()
    if progress is not None:
        progress.close()
    return written, errors


def count_lines(path: str | os.PathLike[str]) -> int:
    """Non-blank lines of a file, read in blocks (for a progress total)."""
    with open(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())
