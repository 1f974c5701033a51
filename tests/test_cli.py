"""The command line: outline, JSON, and one-line errors with status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsstruct.apps.cli import main

SEED = Path(__file__).parent.parent / "examples" / "articles" / "seed-putin-xi.txt"


def test_outline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "HEADLINE     Putin and Xi Show United Front" in out
    assert "DATELINE     MOSCOW —" in out
    assert "Mr. Putin → Vladimir V. Putin" in out
    assert "BOILERPLATE  related" in out


def test_json_is_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1
    assert data["dateline"]["location"] == "MOSCOW"


def test_pretty_json_is_indented(capsys: pytest.CaptureFixture[str]) -> None:
    main(["parse", str(SEED), "--json", "--pretty"])
    assert "\n  " in capsys.readouterr().out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    fake = io.TextIOWrapper(io.BytesIO(b"Headline Here\n\nBody text, she said."))
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["parse", "-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"]["text"] == "Headline Here"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: tmp, "is a directory"),
        (lambda tmp: _write(tmp / "bad.txt", b"\xff\xfe\x00bad"), "not UTF-8"),
    ],
)
def test_errors_are_one_line_and_status_2(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    run = subprocess.run(
        [sys.executable, "-m", "newsstruct", "parse", str(path)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 2
    assert message in run.stderr
    assert run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_byte_order_mark_is_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "bom.txt", "\ufeffHeadline Here\n\nBody text.".encode())
    main(["parse", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["headline"]["text"] == "Headline Here"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    # Far more output than a pipe holds, so the writer meets the closed pipe.
    long = _write(tmp_path / "long.txt", (("The council met again. " * 40 + "\n\n") * 2000).encode())
    run = subprocess.run(
        f"'{sys.executable}' -m newsstruct parse '{long}' | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.stdout == "\n"  # the outline opens with a blank line before paragraph [1]
    assert run.stderr == ""
