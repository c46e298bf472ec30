"""Lexicon-match features per character, for the NER tagger.

For every character, which kinds of dictionary words begin (B), continue (M) or
end (E) on it: a person name, a place, an organisation or any other word. The
dictionary is jieba's (349k words with part-of-speech tags: ``nr``/``nrt``/``nrfg``
person names, ``ns`` places, ``nt`` organisations), which installs with huiyi, so a
model that uses the features needs no extra file. The features are 12 bits per
character; the tagger learns how far to trust each of them.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

GROUPS = ("PER", "LOC", "ORG", "WORD")
POSITIONS = ("B", "M", "E")
N_FEATURES = len(GROUPS) * len(POSITIONS)
MAX_WORD_LEN = 8

_POS_GROUP = {"nr": 0, "nrt": 0, "nrfg": 0, "ns": 1, "nt": 2}
_WORD = GROUPS.index("WORD")


def _bit(position: int, group: int) -> int:
    return 1 << (position * len(GROUPS) + group)


class CharLexicon:
    """Words (2 to MAX_WORD_LEN chars) mapped to a group index; features per char."""

    def __init__(self, words: dict[str, int]):
        self.words = words
        self.max_len = max((len(w) for w in words), default=0)

    def __deepcopy__(self, memo) -> "CharLexicon":
        """Itself: the table is read-only and shared (``load_char_lexicon``), so copying a
        model that holds it (int8 quantization copies the model) need not copy 337k words."""
        return self

    def bitmasks(self, chars: Sequence[str]) -> list[int]:
        """One int per char: bit (position × 4 + group) set where a word matches."""
        n = len(chars)
        single = all(len(c) == 1 for c in chars)
        text = "".join(chars)
        masks = [0] * n
        words = self.words
        for i in range(n):
            for length in range(2, min(self.max_len, n - i) + 1):
                w = text[i:i + length] if single else "".join(chars[i:i + length])
                group = words.get(w)
                if group is None:
                    continue
                masks[i] |= _bit(0, group)
                for j in range(i + 1, i + length - 1):
                    masks[j] |= _bit(1, group)
                masks[i + length - 1] |= _bit(2, group)
        return masks


def jieba_dictionary_path() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


def read_jieba_dictionary(path: Path) -> dict[str, int]:
    """``word freq pos`` lines → word: group (names, places, organisations, other)."""
    words: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts or not 2 <= len(parts[0]) <= MAX_WORD_LEN:
                continue
            group = _POS_GROUP.get(parts[2] if len(parts) > 2 else "", _WORD)
            word = parts[0]
            if word in words and words[word] != _WORD:
                continue  # a name/place/org reading wins over a plain word
            words[word] = group
    return words


@functools.lru_cache(maxsize=4)
def load_char_lexicon(name: str) -> CharLexicon:
    """A lexicon by name: ``jieba`` (the installed jieba dictionary) or a file path
    of ``word freq pos`` lines in jieba's format."""
    path = jieba_dictionary_path() if name == "jieba" else Path(name).expanduser()
    if not path.is_file():
        raise FileNotFoundError(f"NER lexicon {name!r}: no file {path}")
    return CharLexicon(read_jieba_dictionary(path))
