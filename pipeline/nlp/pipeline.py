"""The spaCy ``zh`` pipeline, built once per process for the configured segmenter."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline.nlp.pkuseg_model import default_pkuseg_model


@lru_cache(maxsize=4)
def blank_zh(segmenter: str = "pkuseg", pkuseg_model: str | None = None) -> Language:
    """A blank Chinese spaCy pipeline whose tokenizer uses ``segmenter``."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
    if segmenter == "pkuseg":
        nlp.tokenizer.initialize(pkuseg_model=pkuseg_model or default_pkuseg_model())
    return nlp


def register_model_factory(name: str, component_cls) -> None:
    """Register a NER model wrapper as a spaCy factory (``model_path``, ``batch_size``)."""
    if Language.has_factory(name):
        return

    def make(nlp: Language, name: str, model_path: str | None, batch_size: int):
        return component_cls(nlp, name, model_path, batch_size)

    Language.factory(name, default_config={"model_path": None, "batch_size": 64}, func=make)
