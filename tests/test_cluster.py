"""The Dask integration, on a local cluster of worker processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")
pq = pytest.importorskip("pyarrow.parquet")

from newsstruct.apps import cluster  # noqa: E402

TEXTS = [f"Storm Number {i}\n\nLONDON (Reuters) - Storm {i} arrived, forecasters said." for i in range(30)]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    local = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with local, distributed.Client(local) as c:
        yield c


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for part in range(2):
        lines = [json.dumps({"id": f"{part}-{i}", "text": t}) for i, t in enumerate(TEXTS[part::2])]
        lines.insert(3, "not json")
        (folder / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_jsonl_to_jsonl_on_a_local_cluster(client: object, corpus: Path, tmp_path: Path) -> None:
    written = cluster.parse_jsonl_files(str(corpus / "*.jsonl"), str(tmp_path / "out"), blocksize=None)  # type: ignore[arg-type]
    recs = [
        json.loads(line) for f in sorted(written) for line in Path(f).read_text(encoding="utf-8").splitlines()
    ]
    assert len(recs) == len(TEXTS) + 2
    good = [r for r in recs if "error" not in r]
    assert {r["id"] for r in good} == {f"{p}-{i}" for p in range(2) for i in range(15)}
    assert all(r["dateline"]["location"] == "LONDON" for r in good)
    assert sum("error" in r for r in recs) == 2


def test_jsonl_to_parquet_on_a_local_cluster(client: object, corpus: Path, tmp_path: Path) -> None:
    written = cluster.parse_jsonl_files(
        str(corpus / "*.jsonl"), str(tmp_path / "pq"), fmt="parquet", blocksize=None
    )  # type: ignore[arg-type]
    rows = [row for f in written for row in pq.read_table(f).to_pylist()]
    assert len(rows) == len(TEXTS) + 2
    good = [r for r in rows if r["error"] is None]
    assert {r["headline"] for r in good} == {f"Storm Number {i}" for i in range(30)}
    assert all(r["dateline_agency"] == "Reuters" and r["paragraphs"] == 1 for r in good)
    assert json.loads(good[0]["record"])["schema_version"] == 1


def test_records_from_lines_serves_spark_map_partitions() -> None:
    lines = [json.dumps({"id": "x", "text": TEXTS[0]}), "", "{bad"]
    recs = list(cluster.records_from_lines(lines))
    assert [r["id"] for r in recs] == ["x", 2]
    assert "error" in recs[1]


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="fmt"):
        cluster.parse_jsonl_files("x", str(tmp_path), fmt="csv")
