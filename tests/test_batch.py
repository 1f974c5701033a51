"""Many articles: order kept, one record per input, errors as records, workers agree."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsstruct
from newsstruct.apps import batch
from newsstruct.testing import noisy_text

TEXTS = [f"Headline Number {i}\n\nThe council met on day {i}, officials said." for i in range(40)]


def test_parse_many_keeps_order_and_matches_parse() -> None:
    got = list(batch.parse_many(TEXTS))
    assert got == [newsstruct.parse(t) for t in TEXTS]


def test_workers_give_the_same_articles_in_the_same_order() -> None:
    assert list(batch.parse_many(TEXTS, workers=2)) == list(batch.parse_many(TEXTS))


def test_parse_many_is_lazy() -> None:
    seen: list[int] = []

    def texts() -> object:
        for i, t in enumerate(TEXTS):
            seen.append(i)
            yield t

    it = batch.parse_many(texts())  # type: ignore[arg-type]
    next(it)
    assert len(seen) <= batch.CHUNK


@settings(max_examples=30)
@given(st.lists(noisy_text, max_size=20))
def test_every_input_gives_one_record_in_order(texts: list[str]) -> None:
    items = [batch.Item(i, t) for i, t in enumerate(texts)]
    recs = list(batch.records(items))
    assert [r["id"] for r in recs] == list(range(len(texts)))
    assert all("error" not in r for r in recs)


def _jsonl(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join(line.encode("utf-8", "surrogatepass") + b"\n" for line in lines))
    return path


def test_bad_lines_become_error_records(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        [
            json.dumps({"id": "a", "text": TEXTS[0]}),
            "{not json",
            json.dumps([1, 2]),
            json.dumps({"id": "d", "body": "no text field"}),
            json.dumps({"id": "e", "text": TEXTS[1]}),
        ],
    )
    recs = list(batch.records(batch.jsonl_items(path)))
    assert [r["id"] for r in recs] == ["a", 2, 3, "d", "e"]
    assert ["error" in r for r in recs] == [False, True, True, True, False]
    assert recs[0]["headline"]["text"] == "Headline Number 0"


def test_folder_items_read_files_and_report_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(TEXTS[1], encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe bad bytes")
    items = list(batch.folder_items(tmp_path))
    assert [i.id for i in items] == ["a.txt", "c.txt", "sub/b.txt"]
    assert items[1].text is None and items[1].error and "UTF-8" in items[1].error


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsstruct", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_jsonl_in_jsonl_out(tmp_path: Path, workers: str) -> None:
    lines = [json.dumps({"id": i, "body": t}) for i, t in enumerate(TEXTS)] + ["oops"]
    path = _jsonl(tmp_path, lines)
    out = tmp_path / "out.jsonl"
    run = _cli("parse", "--jsonl", str(path), "--field", "body", "--workers", workers, "-o", str(out))
    assert run.returncode == 0, run.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == len(lines)
    assert [r["id"] for r in recs[:-1]] == list(range(len(TEXTS)))
    assert recs[5]["headline"]["text"] == "Headline Number 5"
    assert "error" in recs[-1]


def test_cli_folder(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(TEXTS[i], encoding="utf-8")
    run = _cli("parse", "--folder", str(tmp_path))
    assert run.returncode == 0
    recs = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["id"] for r in recs] == ["0.txt", "1.txt", "2.txt"]


def test_cli_batch_errors_are_one_line(tmp_path: Path) -> None:
    run = _cli("parse", "--jsonl", str(tmp_path / "missing.jsonl"))
    assert run.returncode == 2 and run.stderr.count("\n") == 1
    run = _cli("parse", "--folder", str(tmp_path / "missing"))
    assert run.returncode == 2 and "not a folder" in run.stderr
    run = _cli("parse", "x.txt", "--folder", str(tmp_path))
    assert run.returncode == 2
    (tmp_path / "in.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    run = _cli("parse", "--jsonl", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "no" / "out.jsonl"))
    assert run.returncode == 2 and "cannot write" in run.stderr and "Traceback" not in run.stderr
