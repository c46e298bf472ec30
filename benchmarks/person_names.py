#!/usr/bin/env python3
"""Benchmark: person names found by huiyi's stages on text that is not huiyi's own.

    python benchmarks/person_names.py [--corpus ../shared/corpora/cluener_dev.jsonl]
                                      [--backends rules,hanlp,spacy] [--model-path DIR]
                                      [--model-gate cue|name] [--gate-score 9]

Runs clean → articles → segment → NER (pkuseg segmenter) on every sentence of a
JSON-lines NER corpus (CLUENER2020 dev by default: Sina news, names of every kind,
most without a title) and scores the PERSON mentions against the corpus's ``name``
entities, per sentence as sets of strings: precision, recall, F1 per NER backend.
"""
from __future__ import annotations

import argparse
import datetime
import json
import time
from pathlib import Path

from pipeline.config import NerConfig, SegmentConfig
from pipeline.records import Document
from pipeline.stages.articles import split_articles
from pipeline.stages.clean import clean_document
from pipeline.stages.ner import recognize
from pipeline.stages.segment import segment

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "cluener_dev.jsonl"


def score_backend(corpus: Path, backend: str, model_path: str | None, model_gate: str = "cue",
                  gate_score: float = 9.0) -> dict:
    """PERSON precision/recall/F1 of one NER backend over the corpus."""
    seg_cfg = SegmentConfig(segmenter="pkuseg")
    ner_cfg = NerConfig(backend=backend, model_path=model_path if backend != "rules" else None,
                        model_gate=model_gate, model_gate_score=gate_score)
    tp = fp = fn = n_chars = 0
    t0 = time.perf_counter()
    with open(corpus, encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            record = json.loads(line)
            text = record["text"]
            gold = {e["entity"] for e in record.get("entity_list") or [] if e["entity_type"] == "name"}
            doc = Document(f"s{k}", str(corpus), text + "\n", "utf-8", datetime.date(2020, 1, 15))
            clean = clean_document(doc)
            articles = split_articles(clean)
            sentences = segment(clean, articles, seg_cfg)
            mentions = recognize(clean, articles, sentences, ner_cfg, text, seg_cfg)
            found = {m.text for m in mentions if m.label == "PERSON"}
            tp += len(found & gold)
            fp += len(found - gold)
            fn += len(gold - found)
            n_chars += len(text)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"backend": backend, "model_path": ner_cfg.model_path, "model_gate": model_gate,
            "gate_score": gate_score, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn,
            "seconds": round(time.perf_counter() - t0, 1), "chars": n_chars}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--backends", default="rules,hanlp", help="comma-separated: rules, hanlp, spacy")
    ap.add_argument("--model-path", default=None, help="model folder for the hanlp/spacy backend")
    ap.add_argument("--model-gate", default="cue", choices=("cue", "name"), help="ner.model_gate")
    ap.add_argument("--gate-score", type=float, default=9.0, help="ner.model_gate_score")
    args = ap.parse_args()
    for backend in args.backends.split(","):
        result = score_backend(args.corpus, backend.strip(), args.model_path, args.model_gate, args.gate_score)
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
