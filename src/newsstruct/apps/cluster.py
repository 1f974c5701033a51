"""Run newsstruct on a cluster with Dask: JSON-lines files in, JSON lines or Parquet out.

Needs the ``dask`` extra (``pip install 'newsstruct[dask]'``). Every input line gives one
output record: ``{"id": …, <the JSON contract>}``, or ``{"id": …, "error": …}`` for a line
that is not JSON or has no text. Partitions are parsed independently, so a corpus far
larger than memory streams through::

    from dask.distributed import Client
    from newsstruct.apps.cluster import parse_jsonl_files

    with Client():  # a local cluster; pass a scheduler address for a real one
        parse_jsonl_files("corpus/*.jsonl", "out/", fmt="parquet")

The same recipe on Spark is ``rdd.mapPartitions(newsstruct.apps.cluster.records_from_lines)``
(see the docs' batch-processing recipe).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from newsstruct.apps.batch import Item, record

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag as db


def _item(line: str, number: int, field: str, id_field: str) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Item(number, None, f"not JSON ({exc.msg})")
    if not isinstance(obj, dict):
        return Item(number, None, "not a JSON object")
    ident = obj.get(id_field, number)
    if not isinstance(ident, (str, int)):
        ident = number
    text = obj.get(field)
    if not isinstance(text, str):
        return Item(ident, None, f"no text in field {field!r}")
    return Item(ident, text)


def records_from_lines(
    lines: Iterable[str], field: str = "text", id_field: str = "id"
) -> Iterator[dict[str, Any]]:
    """Records for JSON lines (one partition's worth); usable from Dask and from Spark.

    A line without an id takes its position in the partition as id.
    """
    for number, line in enumerate(lines):
        if line.strip():
            yield record(_item(line, number, field, id_field))


def parse_bag(lines: db.Bag, field: str = "text", id_field: str = "id") -> db.Bag:
    """A bag of JSON lines (as from ``dask.bag.read_text``) to a bag of records."""
    parsed: db.Bag = lines.map_partitions(lambda part: list(records_from_lines(part, field, id_field)))
    return parsed


#: Columns of the Parquet output: the figures people filter on, plus the whole record.
PARQUET_COLUMNS = (
    "id",
    "error",
    "headline",
    "byline",
    "authors",
    "dateline_location",
    "dateline_date",
    "dateline_agency",
    "paragraphs",
    "quotes",
    "speakers",
    "body_text",
    "record",
)


def flat_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One record as a flat row for tables (Parquet, data frames)."""

    def text(x: dict[str, Any] | None) -> str | None:
        return x["text"] if x else None

    dateline = rec.get("dateline") or {}
    paragraphs = [p["text"] for p in rec.get("paragraphs") or []]
    quotes = rec.get("quotes") or []
    body = "\n".join(([dateline["text"]] if dateline else []) + paragraphs)
    return {
        "id": str(rec["id"]),
        "error": rec.get("error"),
        "headline": text(rec.get("headline")),
        "byline": text(rec.get("byline")),
        "authors": [a["name"] for a in rec.get("authors") or []],
        "dateline_location": dateline.get("location"),
        "dateline_date": dateline.get("date"),
        "dateline_agency": dateline.get("agency"),
        "paragraphs": len(paragraphs),
        "quotes": len(quotes),
        "speakers": sorted(
            {q["speaker"]["name"] for q in quotes if q.get("speaker") and q["speaker"].get("name")}
        ),
        "body_text": body if "error" not in rec else None,
        "record": json.dumps(rec, ensure_ascii=False),
    }


def _write_parquet(rows: list[dict[str, Any]], path: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.string()),
            ("error", pa.string()),
            ("headline", pa.string()),
            ("byline", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("dateline_location", pa.string()),
            ("dateline_date", pa.string()),
            ("dateline_agency", pa.string()),
            ("paragraphs", pa.int32()),
            ("quotes", pa.int32()),
            ("speakers", pa.list_(pa.string())),
            ("body_text", pa.string()),
            ("record", pa.string()),
        ]
    )
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return path


def parse_jsonl_files(
    inputs: str | list[str],
    output: str,
    *,
    field: str = "text",
    id_field: str = "id",
    fmt: str = "jsonl",
    blocksize: str | int | None = "32MiB",
) -> list[str]:
    """Parse JSON-lines files into ``output`` (a folder): one JSON-lines or Parquet file a partition.

    Runs on the current Dask scheduler (a ``dask.distributed.Client`` if one is active).
    ``blocksize`` None reads each file as one partition. Returns the files written.
    """
    import dask.bag as db
    from dask.base import compute
    from dask.delayed import delayed

    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"fmt must be 'jsonl' or 'parquet', not {fmt!r}")
    os.makedirs(output, exist_ok=True)
    bag = parse_bag(db.read_text(inputs, blocksize=blocksize), field, id_field)
    if fmt == "jsonl":
        written: list[str] = bag.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(
            os.path.join(output, "part-*.jsonl")
        )
        return written
    parts = bag.map(flat_row).to_delayed()
    write = delayed(_write_parquet)
    tasks = [write(part, os.path.join(output, f"part-{i:05d}.parquet")) for i, part in enumerate(parts)]
    return list(compute(*tasks))
