"""Sanity rules for a NER model's spans, applied before anything uses them.

* A person's name never begins or ends with punctuation, digits or symbols: those
  chars are trimmed off a PER span (``①布莱尔②`` → ``布莱尔``, ``周亮）`` → ``周亮``).
* A country or territory is not a person: a PER span that is one of the names in
  ``models/lexicons/countries.txt``, or the start of one written out in the text
  (``圣多美`` of ``圣多美和普林西比``), becomes a LOC span over the whole name;
  it is dropped if that LOC span would overlap another span.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.config import MODELS_DIR

Span = tuple[int, int, str]

_NAME_EDGE = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z]")

COUNTRIES_FILE = MODELS_DIR / "lexicons" / "countries.txt"


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


def tidy_spans(text: str, spans: list[Span], countries: re.Pattern | None = None) -> list[Span]:
    """Apply the rules above to the spans of one text (sorted result)."""
    countries = countries if countries is not None else country_pattern()
    out: list[Span] = []
    for s, e, label in spans:
        if label == "PER":
            s, e = trim_person(text, s, e)
            if e <= s:
                continue
        out.append((s, e, label))
    if countries is None:
        return sorted(out)
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
