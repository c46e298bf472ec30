"""Several HanLP RNN-CRF taggers merged into one HanLP model (a product of experts).

Each member keeps its own char vocabulary, embedding and BiLSTM; their emission
scores are summed, and the CRF's transition scores are the sum of the members'
transitions. Viterbi over the summed scores finds the tag path that maximises the
sum of the members' path scores: the members vote with their whole sequence score,
not tag by tag.

:func:`merge_taggers` writes the merged model as an ordinary HanLP save directory
(``config.json``, ``vocabs.json``, ``model.pt``); ``hanlp.load(<dir>)`` loads it,
and everything that tags with a HanLP NER model works with it unchanged.

Weights may be stored compressed (:func:`compress_state`): every matrix as int8 rows
with a float16 scale per row, embedding tables optionally as 4-bit rows (two per
byte). Loading dequantizes them to float32.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Sequence

ENSEMBLE_CLASSPATH = "pipeline.nlp.hanlp_ensemble.EnsembleNamedEntityRecognizer"
_MEMBER_KEYS = ("embed", "rnn_input", "rnn_hidden", "drop")
WEIGHT_STORAGE = ("float32", "float16", "int8", "int8+int4-embeddings")
_EMBEDDING_TABLES = (".embed.char.weight", ".embed.bigram.weight")  # 4-bit under int8+int4-embeddings
_MIN_QUANTIZED = 4096  # smaller tensors (biases, CRF, the output layer) stay float16


def compress_state(state: dict, storage: str) -> dict:
    """``state`` (float tensors) as stored under ``storage`` (one of WEIGHT_STORAGE).

    Quantized matrices become ``<name>@q8`` (int8) or ``<name>@q4`` (uint8, two 4-bit
    values a byte) plus ``<name>@scale`` (float16, one per row); symmetric, per row."""
    import torch

    if storage not in WEIGHT_STORAGE:
        raise ValueError(f"weight storage must be one of {WEIGHT_STORAGE}, not {storage!r}")
    out = {}
    for name, value in state.items():
        if not value.is_floating_point():
            out[name] = value
            continue
        value = value.float()
        if storage == "float32":
            out[name] = value
            continue
        if storage == "float16" or value.dim() != 2 or value.numel() < _MIN_QUANTIZED:
            out[name] = value.half()
            continue
        four_bit = (storage.endswith("int4-embeddings") and name.endswith(_EMBEDDING_TABLES)
                    and value.shape[1] % 2 == 0)
        limit = 7 if four_bit else 127
        scale = (value.abs().amax(dim=1, keepdim=True) / limit).clamp_min(1e-12).half()
        q = torch.round(value / scale.float()).clamp(-limit, limit).to(torch.int8)
        if four_bit:
            nibbles = (q + 8).to(torch.uint8)  # 1..15
            out[name + "@q4"] = nibbles[:, 0::2] | (nibbles[:, 1::2] << 4)
        else:
            out[name + "@q8"] = q
        out[name + "@scale"] = scale
    return out


def decompress_state(stored: dict) -> dict:
    """Float32 tensors back from :func:`compress_state`'s output (any storage)."""
    import torch

    out = {}
    for name, value in stored.items():
        if name.endswith("@scale"):
            continue
        if name.endswith("@q8"):
            base = name[:-3]
            out[base] = value.float() * stored[base + "@scale"].float()
        elif name.endswith("@q4"):
            base = name[:-3]
            low, high = (value & 0x0F).to(torch.int16) - 8, (value >> 4).to(torch.int16) - 8
            q = torch.stack((low, high), dim=2).reshape(value.shape[0], -1)
            out[base] = q.float() * stored[base + "@scale"].float()
        else:
            out[name] = value.float() if value.is_floating_point() else value
    return out


def member_vocab_key(index: int) -> str:
    return f"token_member{index}"


def _ensemble_classes():
    import torch
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
    from hanlp.components.taggers.rnn.rnntaggingmodel import RNNTaggingModel
    from hanlp.layers.crf.crf import CRF
    from hanlp.layers.embeddings.embedding import Embedding
    from hanlp.layers.embeddings.util import build_word2vec_with_vocab
    from hanlp_common.configurable import Configurable
    from torch import nn

    class EnsembleTaggingModel(nn.Module):
        """Member taggers side by side; returns the sum of their emission scores."""

        def __init__(self, members: Sequence[nn.Module], remaps: Sequence[torch.Tensor], n_tags: int,
                     id_key: str = "token_id"):
            super().__init__()
            self.id_key = id_key
            self.members = nn.ModuleList(members)
            for k, remap in enumerate(remaps):  # ensemble char id -> member char id
                self.register_buffer(f"remap{k}", remap, persistent=False)
            self.crf = CRF(n_tags, batch_first=True)

        def forward(self, x: torch.Tensor, batch=None, **kwargs):
            total = None
            member_batch = dict(batch or {})  # one dict: members with the same lexicon share its features
            for k, member in enumerate(self.members):
                ids = getattr(self, f"remap{k}")[x]
                member_batch[self.id_key] = ids
                scores, _mask = member(ids, batch=member_batch)
                total = scores if total is None else total + scores
            return total, x.gt(0)

    class EnsembleNamedEntityRecognizer(RNNNamedEntityRecognizer):
        """An RNN NER whose model is an :class:`EnsembleTaggingModel` (inference only)."""

        def build_model(self, members, **kwargs) -> torch.nn.Module:
            vocabs = self.vocabs
            token_key = self.config.token_key
            merged = vocabs[token_key]
            modules, remaps = [], []
            for k, spec in enumerate(members):
                vocab = vocabs[member_vocab_key(k)]
                embed = spec["embed"]
                if isinstance(embed, dict):
                    embed = Configurable.from_config(embed)
                if isinstance(embed, Embedding):
                    embed = embed.module(vocabs={token_key: vocab})
                else:  # a plain char embedding size
                    embed = build_word2vec_with_vocab(embed, vocab)
                modules.append(RNNTaggingModel(embed, spec.get("rnn_input"), spec["rnn_hidden"],
                                               len(vocabs["tag"]), spec.get("drop", 0.5), crf=False))
                remaps.append(torch.tensor([vocab.get_idx(t) for t in merged.idx_to_token], dtype=torch.long))
            return EnsembleTaggingModel(modules, remaps, len(vocabs["tag"]), f"{token_key}_id")

        def load_weights(self, save_dir, filename="model.pt", **kwargs):
            stored = torch.load(Path(save_dir) / filename, map_location="cpu", weights_only=True)
            self.model_.load_state_dict(decompress_state(stored), strict=True)

        def fit(self, *args, **kwargs):
            raise NotImplementedError("an ensemble is merged from trained members (merge_taggers), not fit")

    return EnsembleTaggingModel, EnsembleNamedEntityRecognizer


def __getattr__(name):  # lazy: hanlp/torch are imported only when a model needs them
    if name in ("EnsembleTaggingModel", "EnsembleNamedEntityRecognizer"):
        model_cls, component_cls = _ensemble_classes()
        for cls, cls_name in ((model_cls, "EnsembleTaggingModel"), (component_cls, "EnsembleNamedEntityRecognizer")):
            cls.__module__ = __name__
            cls.__qualname__ = cls.__name__ = cls_name
            globals()[cls_name] = cls
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _read_member(path: Path) -> tuple[dict, dict, dict]:
    import torch

    for f in ("config.json", "vocabs.json", "model.pt"):
        if not (path / f).is_file():
            raise FileNotFoundError(f"ensemble member {path} has no {f}")
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    if config.get("classpath") == ENSEMBLE_CLASSPATH:
        raise ValueError(f"ensemble member {path} is itself an ensemble")
    if not config.get("crf"):
        raise ValueError(f"ensemble member {path} has no CRF")
    vocabs = json.loads((path / "vocabs.json").read_text(encoding="utf-8"))
    state = torch.load(path / "model.pt", map_location="cpu", weights_only=True)
    return config, vocabs, state


def merge_taggers(member_dirs: Sequence[str | Path], out_dir: str | Path, storage: str = "float16") -> Path:
    """Merge trained HanLP RNN-CRF NER save dirs into one HanLP ensemble save dir.

    Members must share the tag set (in any order) and token key; the first member's
    tag order and training config are kept; weights are stored as ``storage`` (see
    :func:`compress_state`). Writes to a sibling temp dir and then renames, so
    ``out_dir`` is never half-written."""
    import torch

    paths = [Path(p) for p in member_dirs]
    if len(paths) < 2:
        raise ValueError("an ensemble needs at least two members")
    if storage not in WEIGHT_STORAGE:
        raise ValueError(f"weight storage must be one of {WEIGHT_STORAGE}, not {storage!r}")
    members = [_read_member(p) for p in paths]
    base_config, base_vocabs, _ = members[0]
    tags = base_vocabs["tag"]["idx_to_token"]
    token_key = base_config.get("token_key", "token")

    merged_tokens = list(base_vocabs[token_key]["idx_to_token"])
    known = set(merged_tokens)
    state: dict[str, torch.Tensor] = {}
    crf_sum: dict[str, torch.Tensor] = {}
    specs = []
    vocabs = {"tag": base_vocabs["tag"]}
    for k, (path, (config, member_vocabs, member_state)) in enumerate(zip(paths, members)):
        if config.get("token_key", "token") != token_key:
            raise ValueError(f"ensemble member {path} uses token key {config.get('token_key')!r}, not {token_key!r}")
        member_tags = member_vocabs["tag"]["idx_to_token"]
        if sorted(member_tags) != sorted(tags):
            raise ValueError(f"ensemble member {path} has tags {sorted(member_tags)}, not {sorted(tags)}")
        order = torch.tensor([member_tags.index(t) for t in tags])  # member row for each ensemble tag
        for name, value in member_state.items():
            value = value.float()
            if name.startswith("crf."):
                value = value[order] if value.dim() == 1 else value[order][:, order]
                crf_sum[name] = crf_sum[name] + value if name in crf_sum else value
                continue
            if name.startswith("out."):
                value = value[order]
            state[f"members.{k}.{name}"] = value
        spec = {key: config.get(key) for key in _MEMBER_KEYS}
        if isinstance(spec["embed"], dict) and spec["embed"].get("pretrained"):
            spec["embed"] = dict(spec["embed"], pretrained=None)  # the weights are here: never re-read LAC
        specs.append(spec)
        vocabs[member_vocab_key(k)] = member_vocabs[token_key]
        for token in member_vocabs[token_key]["idx_to_token"]:
            if token not in known:
                known.add(token)
                merged_tokens.append(token)
    state.update(crf_sum)
    vocabs[token_key] = dict(base_vocabs[token_key], idx_to_token=merged_tokens)
    state = compress_state(state, storage)

    config = {k: v for k, v in base_config.items() if k not in _MEMBER_KEYS}
    config.update(classpath=ENSEMBLE_CLASSPATH, embed=specs[0]["embed"], members=specs,
                  member_sources=[p.name for p in paths], weight_storage=storage)
    out = Path(out_dir)
    tmp = out.with_name(out.name + ".merging")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    (tmp / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp / "vocabs.json").write_text(json.dumps(vocabs, ensure_ascii=False), encoding="utf-8")
    torch.save(state, tmp / "model.pt")
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    return out
