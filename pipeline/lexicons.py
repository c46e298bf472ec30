"""The data files in models/lexicons, loaded once per process.

Lexicons hold generic knowledge only (titles, organ endings, surnames, cue words,
meeting-name endings, page furniture); never a name, meeting or date of any page.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.config import MODELS_DIR

DEFAULT_DIR = MODELS_DIR / "lexicons"


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _words(path: Path) -> list[str]:
    return [w for line in _lines(path) for w in line.split()]


def _pairs(path: Path) -> list[tuple[str, str]]:
    return [tuple(line.split("\t", 1)) for line in _lines(path)]  # type: ignore[misc]


def alternation(words) -> re.Pattern:
    """A regex matching any of ``words``, longest first."""
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered))


@dataclass(frozen=True)
class Lexicons:
    title_heads: frozenset[str]
    organ_suffixes: tuple[str, ...]
    surnames: dict[str, int]
    given_chars: dict[str, int]
    all_chars: dict[str, int]
    role_cues: dict[str, tuple[str, ...]]
    event_triggers: dict[str, str]
    meeting_suffixes: tuple[str, ...]
    cue_classes: dict[str, frozenset[str]]
    furniture: tuple[re.Pattern, ...]
    not_names: frozenset[str]
    tibetan_name_parts: frozenset[str]
    mongolian_name_parts: frozenset[str]
    turkic_name_parts: frozenset[str]  # 买买提, 吐尔逊: Uyghur and Kazakh names
    yi_clan_names: frozenset[str]  # 吉克, 阿苏: the first half of a Yi name
    yi_given_names: frozenset[str]  # 阿木, 拉且: its second half
    transliteration_chars: frozenset[str]  # 斯, 尔, 科, 耶 …: they spell foreign names
    foreign_countries: tuple[str, ...]  # countries.txt less China, longest first

    def cue_words(self, cls: str) -> frozenset[str]:
        return self.cue_classes.get(cls, frozenset())


@lru_cache(maxsize=4)
def load_lexicons(directory: str | None = None) -> Lexicons:
    d = Path(directory) if directory else DEFAULT_DIR
    surnames: dict[str, int] = {}
    for s, n in _pairs(d / "surnames.tsv"):
        surnames[s] = int(n)
    for s in _words(d / "surnames_extra.txt"):
        surnames.setdefault(s, 1)
    given, all_chars = {}, {}
    for line in _lines(d / "name_chars.tsv"):
        ch, g, a = line.split("\t")
        given[ch], all_chars[ch] = int(g), int(a)
    yi_parts = _pairs(d / "yi_name_parts.tsv")
    classes: dict[str, set[str]] = {}
    for word, cls in _pairs(d / "cue_words.tsv"):
        classes.setdefault(cls, set()).add(word)
    return Lexicons(
        title_heads=frozenset(_lines(d / "title_heads.txt")),
        organ_suffixes=tuple(sorted(_lines(d / "organ_suffixes.txt"), key=len, reverse=True)),
        surnames=surnames,
        given_chars=given,
        all_chars=all_chars,
        role_cues={c: tuple(r.split(",")) for c, r in _pairs(d / "role_cues.tsv")},
        event_triggers=dict(_pairs(d / "event_triggers.tsv")),
        meeting_suffixes=tuple(sorted(_lines(d / "meeting_suffixes.txt"), key=len, reverse=True)),
        cue_classes={k: frozenset(v) for k, v in classes.items()},
        furniture=tuple(re.compile(p) for p in _lines(d / "furniture.txt")),
        not_names=frozenset(w for w, _ in _pairs(d / "not_names.tsv")),
        tibetan_name_parts=frozenset(_words(d / "tibetan_name_parts.txt")),
        mongolian_name_parts=frozenset(_words(d / "mongolian_name_parts.txt")),
        turkic_name_parts=frozenset(_words(d / "turkic_name_parts.txt")),
        yi_clan_names=frozenset(w for w, kind in yi_parts if kind == "clan"),
        yi_given_names=frozenset(w for w, kind in yi_parts if kind == "given"),
        transliteration_chars=_transliteration_chars(d / "countries.txt")
        | frozenset(ch for ch, _ in _pairs(d / "foreign_name_chars.tsv")),
        foreign_countries=tuple(sorted((c for c in _lines(d / "countries.txt") if not c.startswith(("中国", "中华"))),
                                       key=len, reverse=True)),
    )


# characters of country names that carry a meaning (共和国, 群岛, 南) rather than a sound
_MEANING_CHARS = frozenset("国和共岛群南北东西主民联王属地圣邦大中社会新人门区合领土日公洲洋道白英其度")


def _transliteration_chars(countries: Path) -> frozenset[str]:
    """Characters that spell foreign names: those used three times or more in the Chinese
    names of the world's countries, less the ones that mean something there."""
    counts = Counter(ch for name in _lines(countries) for ch in name)
    return frozenset(ch for ch, n in counts.items() if n >= 3) - _MEANING_CHARS
