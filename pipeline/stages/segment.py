"""Segment: sentences of each article, flagged when they may name people, and spaCy
tokens for those with a title right before a possible name (the segmenter is the slow
part, and its word boundaries only help to end names written after titles)."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.config import SegmentConfig
from pipeline.lexicons import alternation, load_lexicons
from pipeline.nlp.pipeline import blank_zh
from pipeline.records import Article, CleanDocument, Sentence

NAME_WINDOW = 6  # characters segmented after a title: a name and the word after it
_SENTENCE_END = re.compile(r"[。!?;…]+[”’)]*|\n")
# The longest sentence the later stages see. News sentences stay far below it (an
# attendance list runs to about 300 characters); text without sentence ends (OCR that
# lost its 。) is cut into windows of this size, so that NER and relations, whose work
# grows faster than a sentence's length, stay linear in the page's length.
MAX_SENTENCE_CHARS = 400
_CLAUSE_END = re.compile(r"[,:、 ]")


@lru_cache(maxsize=1)
def candidate_pattern() -> re.Pattern:
    """Words that make a sentence worth segmenting: titles, role cues, triggers, verbs of
    saying, bylines."""
    lex = load_lexicons()
    words = (set(lex.title_heads) | set(lex.role_cues) | set(lex.event_triggers) | lex.cue_words("speech")
             | {"记者", "摄", "通讯员"})
    return alternation(words)


@lru_cache(maxsize=1)
def titled_name_pattern() -> re.Pattern:
    """A title right before a surname: where the segmenter's word boundaries help to end
    a name (the only place huiyi reads them)."""
    lex = load_lexicons()
    surnames = "".join(sorted({s for s in lex.surnames if len(s) == 1}))
    return re.compile(f"(?:{alternation(lex.title_heads).pattern})[{surnames}]")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``, none longer than ``MAX_SENTENCE_CHARS``."""
    out, s = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        e = m.end() if m.group(0) != "\n" else m.start()
        if e > s and text[s:e].strip():
            out.extend(_windows(text, s, e))
        s = m.end()
    if s < end and text[s:end].strip():
        out.extend(_windows(text, s, end))
    return out


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut into pieces of at most ``MAX_SENTENCE_CHARS``: after the last comma,
    colon, 、 or space in a piece's second half, else (text without any) at half that
    length, which keeps unpunctuated text cheap: the work on a clause grows with the
    square of its length."""
    out = []
    half = MAX_SENTENCE_CHARS // 2
    while end - start > MAX_SENTENCE_CHARS:
        cut = start + half
        for m in _CLAUSE_END.finditer(text, start + half, start + MAX_SENTENCE_CHARS):
            cut = m.end()
        if text[start:cut].strip():
            out.append((start, cut))
        start = cut
    if text[start:end].strip():
        out.append((start, end))
    return out


def segment(clean: CleanDocument, articles: list[Article], cfg: SegmentConfig | None = None) -> list[Sentence]:
    """Sentences (headline lines first, then body) of every article, with token starts."""
    cfg = cfg or SegmentConfig()
    text = clean.text
    spans: list[tuple[str, int, int, bool]] = []
    for art in articles:
        for hs, he in art.headline_spans:
            spans.append((art.article_id, hs, he, True))
        for s, e in split_sentences(text, art.start, art.end):
            spans.append((art.article_id, s, e, False))
    pattern = candidate_pattern()
    todo = [i for i, (_, s, e, _) in enumerate(spans)
            if not cfg.only_candidate_sentences or pattern.search(text, s, e)]
    tokens: dict[int, tuple[int, ...]] = {}
    if cfg.segmenter != "char" and todo:
        nlp = blank_zh(cfg.segmenter, cfg.pkuseg_model)
        titled = titled_name_pattern()
        for i in todo:
            _, s, e, _ = spans[i]
            if not cfg.only_candidate_sentences:
                tokens[i] = tuple(t.idx for t in nlp.make_doc(text[s:e]))
                continue
            # only where a name may follow a title, and only around it: the title and
            # the next few characters are all the name's end needs
            starts: set[int] = set()
            for m in titled.finditer(text, s, e):
                w0, w1 = m.start(), min(m.end() + NAME_WINDOW, e)
                starts.update(w0 - s + t.idx for t in nlp.make_doc(text[w0:w1]))
            if starts:
                tokens[i] = tuple(sorted(starts))
    wanted = set(todo)
    return [
        Sentence(clean.doc_id, aid, s, e, text[s:e], is_headline=head, token_starts=tokens.get(i, ()),
                 candidate=i in wanted)
        for i, (aid, s, e, head) in enumerate(spans)
    ]
