#!/usr/bin/env python3
"""Benchmark: one pathological page, 780 KB of cue words without a single punctuation mark.

    python benchmarks/pathological.py [--kb 780] [--configs default,rules-only] [--limit-s 60]
                                      [--workdir outputs/bench-pathological]

OCR that lost every 。 and , leaves a page that is one endless sentence. The page is
made of the lexicons' own cue words (titles, role cues, event triggers, meeting-name
endings) run together in a fixed random order, so every few characters something may
start a name, an event or a role: the worst case for NER and relations. Each config
runs the real CLI on it in a fresh output folder; the run must end within --limit-s
seconds (Prefect's start-up and model loading included), or this script exits 1.
Writes a JSON report next to the page.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import CONFIGS, huiyi_run  # noqa: E402

from pipeline.lexicons import load_lexicons  # noqa: E402


def cue_words() -> list[str]:
    lex = load_lexicons()
    words = set(lex.title_heads) | set(lex.role_cues) | set(lex.event_triggers) | set(lex.meeting_suffixes)
    return sorted(words)


def pathological_page(n_bytes: int, seed: int = 17) -> str:
    """``n_bytes`` of UTF-8 cue words, run together: no punctuation, no line break."""
    words, rnd = cue_words(), random.Random(seed)
    parts, size = [], 0
    while size < n_bytes:
        parts.append(rnd.choice(words))
        size += len(parts[-1].encode("utf-8"))
    return "".join(parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", type=float, default=780.0, help="size of the page in KB")
    ap.add_argument("--configs", default="default,rules-only", help=f"comma-separated: {', '.join(CONFIGS)}")
    ap.add_argument("--limit-s", type=float, default=60.0, help="the longest a run may take")
    ap.add_argument("--workdir", type=Path, default=Path("outputs") / "bench-pathological")
    a = ap.parse_args(argv)

    work = a.workdir.resolve()
    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    page = pathological_page(int(a.kb * 1000))
    (corpus / "unpunctuated_20250306.txt").write_text(page, encoding="utf-8")
    print(f"page: {len(page.encode('utf-8')):,} bytes, {len(page):,} characters, no punctuation", flush=True)

    report: dict = {"bytes": len(page.encode("utf-8")), "chars": len(page), "limit_s": a.limit_s, "runs": {}}
    ok = True
    for name in (c.strip() for c in a.configs.split(",") if c.strip()):
        out = work / f"out-{name}"
        shutil.rmtree(out, ignore_errors=True)
        run = huiyi_run(corpus, out, CONFIGS[name], "local", work / f"{name}.log", 1)
        timings = run["manifest"].get("timings") or {}
        stages = {s: timings[s].get("seconds") for s in ("clean", "segment", "ner", "relations") if s in timings}
        within = run["wall_s"] < a.limit_s and run["exit_code"] in (0, 1)
        ok &= within
        report["runs"][name] = {"wall_s": run["wall_s"], "exit_code": run["exit_code"], "stages_s": stages,
                                "peak_rss_mb": run["peak_rss_mb"], "within_limit": within, "log": run["log"]}
        print(f"{name}: {run['wall_s']} s end to end (stages {stages}), exit {run['exit_code']}, "
              f"peak RSS {run['peak_rss_mb']} MB: {'ok' if within else 'TOO SLOW or failed'}", flush=True)
    path = work / "report.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"report: {path}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
