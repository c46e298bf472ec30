#!/usr/bin/env python3
"""The baseline huiyi is measured against: a jieba co-occurrence script.

    python benchmarks/cooccurrence.py --input FOLDER [--output pairs.tsv]

What a quick script would do to link officials to meetings: split every page (``*.txt``
in FOLDER, recursively) into sentences, tag each with ``jieba.posseg``, and pair every
person name (``nr``) with every meeting name (a run of words ending in 会议 or 会) of the
same sentence. Writes (page, meeting, person, count) rows as TSV and prints its own
figures. No titles, roles, dates or checks: only the cost of reading the text once with
a POS tagger, which is what ``benchmarks/bench.py`` compares huiyi's CPU time with.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

import jieba
import jieba.posseg as pseg

_SENTENCE = re.compile(r"[^。!?;！？；\n]+")
_MEETING_END = ("会议", "会")


def cooccurrences(text: str) -> Counter:
    """(meeting, person) pairs named in one sentence, counted over a page."""
    pairs: Counter = Counter()
    for sentence in _SENTENCE.findall(text):
        persons, meetings, run = set(), set(), []
        for word, flag in pseg.cut(sentence):
            if flag == "nr" and len(word) >= 2:
                persons.add(word)
            run = run + [word] if flag.startswith(("n", "v", "m")) or word in _MEETING_END else []
            if word.endswith(_MEETING_END) and len(run) > 1:
                meetings.add("".join(run[-4:]))
        for meeting in meetings:
            for person in persons:
                pairs[(meeting, person)] += 1
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", type=Path, required=True)
    ap.add_argument("--output", type=Path, default=None, help="TSV of (page, meeting, person, count)")
    a = ap.parse_args(argv)
    t0, c0 = time.perf_counter(), time.process_time()
    jieba.setLogLevel(60)
    jieba.initialize()
    chars = rows = 0
    out = open(a.output, "w", encoding="utf-8") if a.output else None
    for path in sorted(a.input.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        chars += len(text)
        for (meeting, person), n in sorted(cooccurrences(text).items()):
            rows += 1
            if out:
                out.write(f"{path.stem}\t{meeting}\t{person}\t{n}\n")
    if out:
        out.close()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"cooccurrence: {chars:,} chars, {rows:,} pairs, {wall:.1f} s, {chars / wall:,.0f} chars/s, CPU {cpu:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
