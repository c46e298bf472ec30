"""Extraction quality on pages with gold files, scored by the project's scorer.

The scorer and the dev gold live in ../shared beside the repository (as on CI); the
tests skip where it is absent. Thresholds are the end-to-end issue's targets.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.config import NerConfig, SegmentConfig
from pipeline.records import Document
from pipeline.stages.articles import split_articles
from pipeline.stages.clean import clean_document
from pipeline.stages.ner import recognize
from pipeline.stages.relations import extract_events
from pipeline.stages.segment import segment

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not beside the repo")


def _scorer():
    spec = importlib.util.spec_from_file_location("huiyi_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses in the scorer look their module up
    spec.loader.exec_module(module)
    return module


def _documents(folder: Path) -> list[Document]:
    docs = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".txt":
            docs.append(Document(path.stem, str(path), path.read_text(encoding="utf-8"), "utf-8"))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                if isinstance(rec.get("text"), str):
                    hint = date.fromisoformat(rec["issue_date"]) if rec.get("issue_date") else None
                    docs.append(Document(rec["id"], str(path), rec["text"], "utf-8", hint, rec.get("source")))
    return docs


def _run(folder: Path, out: Path, segmenter: str = "char") -> Path:
    meetings, attendance, mentions = [], [], []
    seg_cfg = SegmentConfig(segmenter=segmenter)
    for doc in _documents(folder):
        clean = clean_document(doc)
        articles = split_articles(clean)
        sentences = segment(clean, articles, seg_cfg)
        found = recognize(clean, articles, sentences, NerConfig(backend="rules"), doc.raw_text, seg_cfg)
        mentions += [{"doc_id": m.doc_id, "label": m.label, "text": m.text} for m in found]
        for ev in extract_events(clean, articles, sentences, found):
            meetings.append({"meeting_id": ev.meeting_id, "doc_id": ev.doc_id, "name": ev.name, "kind": ev.kind,
                             "date": ev.date, "month": ev.month, "day": ev.day})
            attendance += [{"meeting_id": ev.meeting_id, "person": p.person, "role": r, "title": p.title}
                           for p in ev.participants for r in sorted(p.roles)]
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("meetings", meetings), ("attendance", attendance), ("mentions", mentions)):
        pd.DataFrame(rows).to_parquet(out / f"{name}.parquet")
    return out


def _assert_targets(result: dict) -> None:
    assert result["attendance_strict"]["f1"] >= 0.90, result
    assert result["roles"]["f1"] >= 0.85, result
    assert result["events"]["f1"] >= 0.90, result
    assert result["persons"]["f1"] >= 0.90, result
    assert result["title_accuracy"] >= 0.85, result


def test_bundled_samples_meet_the_targets(tmp_path):
    _assert_targets(_scorer().score(REPO / "samples" / "gold", _run(REPO / "samples", tmp_path)))


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="no seed pages")
@pytest.mark.parametrize("segmenter", ["char", "pkuseg"])
def test_dev_pages_meet_the_targets(tmp_path, segmenter):
    out = _run(SHARED / "seeds", tmp_path, segmenter)
    _assert_targets(_scorer().score(SHARED / "eval" / "dev", out))


@pytest.mark.parametrize("pages, gold", [("seeds", "eval/dev"), ("eval/dev2/docs", "eval/dev2/gold")])
def test_project_scorer_agrees_with_the_shared_one(tmp_path, pages, gold):
    """`huiyi evaluate` (pipeline/evaluate.py) gives the shared scorer's figures on real dev pages."""
    from pipeline.evaluate import evaluate

    if not (SHARED / pages).exists() or not (SHARED / gold).exists():
        pytest.skip(f"no {pages} beside the repo")
    out = _run(SHARED / pages, tmp_path)
    assert evaluate(SHARED / gold, out).as_dict() == _scorer().score(SHARED / gold, out)
