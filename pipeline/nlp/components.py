"""spaCy components of huiyi, and the one ``nlp`` that runs them.

``huiyi_officials`` puts PERSON and TITLE spans into ``doc.spans["huiyi"]`` (and the
exact character spans with each person's title into ``doc.user_data["huiyi"]``): names
after titles from the rules, plus model names (``doc.spans["model_ner"]``, set by
``huiyi_hanlp_ner`` or ``huiyi_spacy_ner`` earlier in the pipeline) that the rules
did not find. The NER stage runs this ``nlp`` over the sentences that may name people,
in three passes: the rules on every sentence (``rule_pass``), the gate that picks the
sentences the model must read (``model_wanted``, page by page), and the model with the
rules again over those sentences of a whole batch of pages at once (``model_pass``).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicons import alternation, load_lexicons
from pipeline.nlp.hanlp_ner import char_spans_key
from pipeline.nlp.names import name_model
from pipeline.nlp.officials import ATTENDANCE_LIST, titled_names
from pipeline.nlp.pipeline import blank_zh

SPAN_KEY = "huiyi"
MODEL_SPAN_KEY = "model_ner"
TEXT_KEY = "huiyi_text"


class OfficialsRuler:
    """Rule component: officials with their titles, and model names the rules miss."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str | None = None, use_model_spans: bool = True):
        self.name = name
        self.lexicon_dir = lexicon_dir
        self.use_model_spans = use_model_spans

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY) or doc.text  # doc.text is rebuilt token by token
        # character tokens say nothing about where a name ends: skip them
        token_starts = () if len(doc) == len(text) else tuple(t.idx for t in doc)
        found: list[tuple[int, int, str, str | None]] = []
        taken: set[int] = set()
        for start, end, title in titled_names(text, token_starts, self.lexicon_dir):
            found.append((start, end, "PERSON", title))
            taken.update(range(start, end))
            if title and text[start - len(title) : start] == title:
                found.append((start - len(title), start, "TITLE", None))
        if self.use_model_spans and MODEL_SPAN_KEY in doc.spans:
            model = name_model(self.lexicon_dir)
            exact = doc.user_data.get(char_spans_key(MODEL_SPAN_KEY))
            if exact is None:
                exact = [(span.start_char, span.end_char, span.label_) for span in doc.spans[MODEL_SPAN_KEY]]
            for s, e, label in exact:
                name = text[s:e]
                if taken & set(range(s, e)):
                    continue
                if label in ("LOC", "ORG"):
                    found.append((s, e, "PLACE" if label == "LOC" else "ORG", None))
                    continue
                if label != "PER":
                    continue
                if not (2 <= len(name) <= 4 and model.surname_len(name, 0)) and "·" not in name:
                    continue
                if name[0] in _VERB_SURNAMES and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff":
                    continue  # 各界人士来临江考察: the verb 来 before a place, no surname
                best = model.best_name_at(text, s, min_score=2.0)
                if best is None or best[0] != e - s:
                    continue  # the model's span and the name model disagree (魏振东实地 …)
                found.append((s, e, "PERSON_MODEL", None))
        # exact character spans for the NER stage; token-aligned spans for spaCy users
        doc.user_data[SPAN_KEY] = found
        spans = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label, _ in found]
        doc.spans[SPAN_KEY] = [sp for sp in spans if sp is not None]
        return doc

    def to_disk(self, path, exclude=tuple()):
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        cfg = {"lexicon_dir": self.lexicon_dir, "use_model_spans": self.use_model_spans}
        (p / "cfg.json").write_text(json.dumps(cfg), encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        cfg = json.loads((Path(path) / "cfg.json").read_text(encoding="utf-8"))
        self.lexicon_dir = cfg.get("lexicon_dir")
        self.use_model_spans = bool(cfg.get("use_model_spans", True))
        return self


_VERB_SURNAMES = set("来到")  # surnames that are far more often a verb of coming in running text


@Language.factory("huiyi_officials", default_config={"lexicon_dir": None, "use_model_spans": True})
def make_officials_ruler(nlp: Language, name: str, lexicon_dir: str | None, use_model_spans: bool):
    return OfficialsRuler(nlp, name, lexicon_dir, use_model_spans)


@lru_cache(maxsize=8)
def build_nlp(segmenter: str = "pkuseg", pkuseg_model: str | None = None, backend: str = "rules",
              model_path: str | None = None, lexicon_dir: str | None = None, batch_size: int = 64,
              quantize: bool = True) -> Language:
    """The huiyi spaCy pipeline: segmenter, optional NER model, officials rules.

    Built once per process and configuration (models load lazily inside).
    """
    base = blank_zh(segmenter, pkuseg_model)  # one segmenter per process, shared with the segment stage
    nlp = spacy.blank("zh", vocab=base.vocab, config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.tokenizer = base.tokenizer
    if backend == "hanlp":
        import pipeline.nlp.hanlp_ner  # noqa: F401  registers huiyi_hanlp_ner

        nlp.add_pipe("huiyi_hanlp_ner", config={"model_path": model_path, "batch_size": batch_size,
                                                "quantize": quantize})
    elif backend == "spacy":
        import pipeline.nlp.spacy_ner  # noqa: F401  registers huiyi_spacy_ner

        nlp.add_pipe("huiyi_spacy_ner", config={"model_path": model_path, "batch_size": batch_size})
    nlp.add_pipe("huiyi_officials", config={"lexicon_dir": lexicon_dir})
    return nlp


_LIST_BREAK = re.compile(r"、(?=[\u4e00-\u9fff])")
_ADVERB_BEFORE = re.compile(r"(?:今天|昨天|今日|昨日|前天|上午|下午|晚上|近日|日前|也|还|亲切|专程|分别|先后|依次|相继|一行)+$")
_TALKS_OBJECT = re.compile(r"(?:会见|会晤|接见|拜会|会谈|宴请)(?:了|并宴请了?)?")


@lru_cache(maxsize=4)
def action_pattern(lexicon_dir: str | None) -> re.Pattern:
    """What may follow a name: role cues, triggers, title heads, verbs of saying, 等, 、."""
    lex = load_lexicons(lexicon_dir)
    cues = alternation(set(lex.role_cues) | set(lex.event_triggers) | lex.cue_words("group") | {"、"}
                       | set(lex.title_heads) | lex.cue_words("speech") | _WHERE_SAID)
    return re.compile(f"{cues.pattern}|{_MADE_SPEECH}")


# 某某作提案工作情况报告, 作大会发言: a report or speech named between the verb and the noun
_MADE_SPEECH = r"[作做](?!出)了?[^,。;:、]{1,12}?(?:报告|说明|发言)"


# 某某在讲话中指出, 在会上强调: where a name's speech was made, between the name and its cue
_WHERE_SAID = {"在讲话", "在会上", "在致辞", "在发言", "在报告", "在座谈", "在总结", "在动员"}


def needs_model(doc: Doc, lexicon_dir: str | None = None, known: frozenset[str] = frozenset(),
                gate: str = "cue", min_score: float = 9.0) -> bool:
    """Whether a sentence may name someone the rules did not find.

    ``gate="cue"``: a role cue, trigger, title, verb of saying, 等 or 、 right after two
    to four characters that start with a surname and that no rule name covers, or after
    those and a time word (``丁某、田某等出席``, ``宋某介绍``, ``江某主席``, ``彭某透露``,
    ``李某今天会见``), whom someone met when no rule name covers it (``会见了某某``), a surname right
    after a list of attendees begins (``出席会议的有:``), or a rule name's list that
    stops at a 、 (the next name has a surname the rules do not know). ``gate="name"``: any
    likely name (the name model's best name at a surname scores ``min_score`` or more)
    that no rule name covers, wherever it stands."""
    text = doc.user_data.get(TEXT_KEY) or doc.text
    covered = {k for s, e, label, _ in doc.user_data.get(SPAN_KEY, ()) if label == "PERSON" for k in range(s, e)}
    model = name_model(lexicon_dir)
    if gate == "name":
        for i in range(len(text) - 1):
            if i in covered or not model.surname_len(text, i):
                continue
            best = model.best_name_at(text, i, min_score=min_score)
            if best and text[i:i + best[0]] not in known:
                return True
        return False
    for m in ATTENDANCE_LIST.finditer(text):
        if model.surname_len(text, m.end()) and m.end() not in covered:
            return True  # 出席会议的有:甲乙丙 (names run together or spaced out, no titles)
    for m in _LIST_BREAK.finditer(text, 1):
        if m.start() - 1 in covered and m.end() not in covered:
            return True  # 市领导甲、乙、丙丁、戊: the rules' list stopped at a name they could not read
    for m in _TALKS_OBJECT.finditer(text):
        if m.end() < len(text) and m.end() not in covered and text[m.end()] not in "了,。;:、":
            return True  # 会见了梅津采夫: whom they met may be a foreign name the rules cannot read
    for m in action_pattern(lexicon_dir).finditer(text):
        adverb = _ADVERB_BEFORE.search(text, 0, m.start())  # 李鹏今天会见: a time between name and act
        for end in {m.start(), adverb.start() if adverb else m.start()}:
            before = [(s, text[s:end]) for s in range(end - 4, end - 1) if s >= 0]
            if any(name in known or end - 1 in covered for _, name in before):
                continue  # a name the rules already know ends here
            if any(model.score(name, sl) > 2.0 for s, name in before for sl in model.surname_len(text, s)):
                return True
    return False


def rule_pass(nlp: Language, docs: list[Doc], batch_size: int = 64) -> list[Doc]:
    """The rules (``huiyi_officials``) alone on every sentence."""
    model = [name for name in nlp.pipe_names if name != "huiyi_officials"]
    with nlp.select_pipes(disable=model):
        return list(nlp.pipe(docs, batch_size=batch_size))


def model_wanted(nlp: Language, docs: list[Doc], gate: str = "cue", gate_score: float = 9.0) -> list[int]:
    """Which of one page's sentences (after ``rule_pass``) the NER model must read
    (``needs_model``; the names the rules found anywhere on the page count as known);
    none without a model in ``nlp``."""
    if nlp.pipe_names == ["huiyi_officials"]:
        return []
    lexicon_dir = nlp.get_pipe("huiyi_officials").lexicon_dir
    known = frozenset(doc.user_data[TEXT_KEY][s:e] for doc in docs if TEXT_KEY in doc.user_data
                      for s, e, label, _ in doc.user_data[SPAN_KEY] if label == "PERSON")
    return [i for i, doc in enumerate(docs) if needs_model(doc, lexicon_dir, known, gate, gate_score)]


def model_pass(nlp: Language, docs: list[Doc], batch_size: int = 64) -> list[Doc]:
    """The NER model over ``docs`` (sentences of any number of pages, read together:
    one model call for a whole batch of pages costs a fraction of one per page), then
    the rules again to merge its names."""
    officials = nlp.get_pipe("huiyi_officials")
    for name in nlp.pipe_names:
        if name != "huiyi_officials":
            docs = list(nlp.get_pipe(name).pipe(docs, batch_size=batch_size))
    return [officials(doc) for doc in docs]


def doc_from_tokens(nlp: Language, text: str, token_starts: tuple[int, ...]) -> Doc:
    """A Doc for ``text`` with the segmenter's tokens (no second segmentation)."""
    if not token_starts:
        doc = Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))
    else:
        bounds = sorted({0, *token_starts}) + [len(text)]  # the text before the first token too
        words = [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
        doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.user_data[TEXT_KEY] = text
    return doc
