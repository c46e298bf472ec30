"""Sanity rules for a NER model's spans, applied before anything uses them.

* A person's name never begins or ends with punctuation, digits or symbols: those
  chars are trimmed off a PER span (``①布莱尔②`` → ``布莱尔``, ``周亮）`` → ``周亮``).
* A country or territory is not a person: a PER span that is one of the names in
  ``models/lexicons/countries.txt``, or the start of one written out in the text
  (``圣多美`` of ``圣多美和普林西比``), becomes a LOC span over the whole name;
  it is dropped if that LOC span would overlap another span.
* A long transliterated name is one person: two PER spans that touch, with no third
  one beside them (runs of three or more are name lists), are merged when one of
  them cannot be a Chinese name and neither is a likely one (``施图岑`` + ``贝格``,
  ``费尔迪`` + ``南·沙德尔``). Two Chinese names side by side (``（李某张某）``
  bylines) and one-character names (``马``、``列`` of 马列主义) stay apart.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.config import MODELS_DIR

Span = tuple[int, int, str]

_NAME_EDGE = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z]")

COUNTRIES_FILE = MODELS_DIR / "lexicons" / "countries.txt"
# NameModel log-odds (pipeline.nlp.names): below NOT_CHINESE a string cannot be a
# Chinese name; from LIKELY_CHINESE up it very probably is one.
NOT_CHINESE = -1.0
LIKELY_CHINESE = 5.0


@lru_cache(maxsize=4)
def country_pattern(path: str | None = None) -> re.Pattern | None:
    """Longest-first alternation of the country names (None if the file is absent)."""
    p = Path(path) if path else COUNTRIES_FILE
    if not p.exists():
        return None
    names = {line.strip() for line in p.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    if not names:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading/trailing chars no name begins or ends with."""
    while start < end and not _NAME_EDGE.match(text[start]):
        start += 1
    while end > start and not _NAME_EDGE.match(text[end - 1]):
        end -= 1
    return start, end


def chinese_name_score(name: str) -> float:
    """How likely ``name`` is a Chinese personal name (log-odds of the name model)."""
    from pipeline.nlp.names import name_model

    model = name_model()
    return max((model.score(name, n) for n in model.surname_len(name, 0)), default=-99.0)


def merge_split_names(text: str, spans: list[Span],
                      name_score: Callable[[str], float] = chinese_name_score) -> list[Span]:
    """Merge the two halves of a transliterated name cut in two (module docstring)."""
    spans = sorted(spans)
    per = [sp for sp in spans if sp[2] == "PER"]
    touching = {(a, b) for a, b in zip(per, per[1:]) if a[1] == b[0]}
    merged: dict[Span, Span | None] = {}
    for a, b in touching:
        in_run = any((x, a) in touching for x in per) or any((b, y) in touching for y in per)
        if in_run or a[1] - a[0] < 2 or b[1] - b[0] < 2:
            continue
        scores = name_score(text[a[0]:a[1]]), name_score(text[b[0]:b[1]])
        if min(scores) < NOT_CHINESE and max(scores) < LIKELY_CHINESE:
            merged[a] = (a[0], b[1], "PER")
            merged[b] = None
    out = [merged.get(sp, sp) for sp in spans]
    return [sp for sp in out if sp is not None]


def tidy_spans(text: str, spans: list[Span], countries: re.Pattern | None = None,
               name_score: Callable[[str], float] = chinese_name_score) -> list[Span]:
    """Apply the rules above to the spans of one text (sorted result)."""
    countries = countries if countries is not None else country_pattern()
    out: list[Span] = []
    for s, e, label in spans:
        if label == "PER":
            s, e = trim_person(text, s, e)
            if e <= s:
                continue
        out.append((s, e, label))
    out = merge_split_names(text, out, name_score)
    if countries is None:
        return out
    tidy: list[Span] = []
    for i, (s, e, label) in enumerate(out):
        m = countries.match(text, s) if label == "PER" else None
        if m is None or m.end() < e:
            tidy.append((s, e, label))
            continue
        others = out[:i] + out[i + 1:]
        if all(oe <= s or os_ >= m.end() for os_, oe, _ in others):
            tidy.append((s, m.end(), "LOC"))
    return sorted(tidy)
