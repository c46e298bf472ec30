"""spaCy NER backend: loading and prediction (same interface as ``hanlp_ner``).

huiyi's spaCy model (``models/ner-spacy``) uses spaCy's char segmenter for
Chinese, so entity offsets are character offsets. Texts are chunked like the
HanLP backend and ASCII ``,;:()`` converted to full width (one char for one, so
offsets into the original text do not shift).
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path

from pipeline.nlp.hanlp_ner import MAX_CHUNK, tag_with_component

log = logging.getLogger(__name__)


def _load(path: str):
    import spacy

    p = Path(path).expanduser()
    if not (p / "config.cfg").is_file():
        raise FileNotFoundError(f"no spaCy pipeline (config.cfg) in {p}")
    return spacy.load(p)


@functools.lru_cache(maxsize=8)
def load_spacy_ner(path: str):
    """Load a spaCy pipeline with an ``ner`` component once per process."""
    return _load(str(path))


def _ents(doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _predict(nlp, sents: list[list[str]], batch_size: int) -> list[list[tuple[int, int, str]]]:
    """Entity spans of each chunk; one bad chunk must not sink the batch."""
    inputs = ["".join(chars) for chars in sents]
    try:
        return [_ents(d) for d in nlp.pipe(inputs, batch_size=batch_size)]
    except Exception as exc:
        log.warning("spaCy NER batch failed (%s); retrying chunk by chunk", exc)
    spans = []
    for text in inputs:
        try:
            spans.append(_ents(nlp(text)))
        except Exception as exc:
            log.warning("spaCy NER skipped a chunk of %d chars: %s", len(text), exc)
            spans.append([])
    return spans


def tag_with_nlp(nlp, texts: list[str], batch_size: int = 64, max_chunk: int = MAX_CHUNK,
                 tidy: bool = True) -> list[list[tuple[int, int, str]]]:
    """Chunked like the HanLP backend, offsets mapped back into each text, span rules applied."""
    return tag_with_component(lambda sents, bs: _predict(nlp, sents, bs), texts, batch_size, max_chunk, tidy)


def tag_texts(texts: list[str], model_path: str, batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
    """NER spans (start, end exclusive, label) into each original text."""
    return tag_with_nlp(load_spacy_ner(str(model_path)), texts, batch_size)


def default_model_path() -> str:
    from pipeline.config import MODELS_DIR

    return str(MODELS_DIR / "ner-spacy")


class SpacyNerComponent:
    """spaCy pipeline component: huiyi's trained spaCy NER into ``doc.spans["model_ner"]``."""

    def __init__(self, nlp, name: str, model_path: str | None = None, batch_size: int = 64):
        self.name = name
        self.model_path = model_path
        self.batch_size = batch_size

    def __call__(self, doc):
        return next(self.pipe([doc]))

    def pipe(self, stream, batch_size: int = 128):
        from pipeline.nlp.hanlp_ner import set_doc_spans

        docs = list(stream)
        texts = [d.user_data.get("huiyi_text") or d.text for d in docs]
        for doc, spans in zip(docs, tag_texts(texts, self.model_path or default_model_path(), self.batch_size)):
            set_doc_spans(doc, spans)
            yield doc


def _register() -> None:
    from pipeline.nlp.pipeline import register_model_factory

    register_model_factory("huiyi_spacy_ner", SpacyNerComponent)


_register()
