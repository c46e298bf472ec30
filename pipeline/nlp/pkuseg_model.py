"""pkuseg models: the one the registry installs, and huiyi's compact copy of it (the default).

    python -m pipeline.nlp.pkuseg_model [--min-weight 0.05] [--source DIR] [--out DIR] [--check TEXT_FILE]

pkuseg 0.0.25's model (from PyPI) holds 2.6 M features; loaded, its feature dict takes
about 750 MB of memory in every process that segments. Most features barely move a
decision: dropping those whose largest weight over the five tags is below
``--min-weight`` (and the dictionary word pairs that only feed dropped features) keeps
the segmentation almost unchanged (agreement measured by ``--check``) at a fraction of
the memory. The output folder loads like any pkuseg model folder
(``features.msgpack`` + ``weights.npz``).
"""
from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sys
import tempfile
import time
from importlib import util
from pathlib import Path

import numpy as np
import srsly

from pipeline.config import MODELS_DIR

DEFAULT_OUT = MODELS_DIR / "pkuseg-compact"
MIN_WEIGHT = 0.05


def packaged_pkuseg_model() -> str:
    """The ``default`` model folder that the pkuseg 0.0.25 sdist installs."""
    spec = util.find_spec("pkuseg")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pkuseg is not installed: run `make install` (pip install --no-build-isolation pkuseg==0.0.25)")
    path = Path(list(spec.submodule_search_locations)[0]) / "models" / "default"
    if not path.is_dir():
        raise RuntimeError(f"pkuseg model folder missing: {path}")
    return str(path)


def default_pkuseg_model() -> str:
    """models/pkuseg-compact, built from the packaged model the first time it is needed
    (about 10 s; written to a temporary folder and renamed, so never half-written)."""
    out = DEFAULT_OUT
    if (out / "weights.npz").is_file():
        return str(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".pkuseg-compact-", dir=out.parent))
    try:
        compact(Path(packaged_pkuseg_model()), tmp, MIN_WEIGHT)
        os.replace(tmp, out)
    except OSError:
        if not (out / "weights.npz").is_file():  # not another process that won the race
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return str(out)


def compact(source: Path, out: Path, min_weight: float = MIN_WEIGHT) -> dict:
    """Write the compacted model to ``out``; returns its sizes."""
    with open(source / "features.pkl", "rb") as fh:
        data = pickle.load(fh)
    npz = np.load(source / "weights.npz")
    n_tag, n_feature = (int(x) for x in npz["sizes"])
    w = npz["w"]
    node = w[: n_feature * n_tag].reshape(n_feature, n_tag)
    edges = w[n_feature * n_tag:]
    keep = np.abs(node).max(axis=1) >= min_weight
    keep[0] = True  # '$$', the fallback feature of a node with no other
    features = sorted(data["feature_to_idx"].items(), key=lambda kv: kv[1])
    kept = [name for name, idx in features if keep[idx]]
    feature_to_idx = {name: i for i, name in enumerate(kept)}
    new_w = np.concatenate([node[keep].reshape(-1), edges])
    # word pairs matter only through their 'ww.l.' / 'ww.r.' features
    bigram = sorted(b for b in data["bigram"] if f"ww.l.{b}" in feature_to_idx or f"ww.r.{b}" in feature_to_idx)
    out.mkdir(parents=True, exist_ok=True)
    srsly.write_msgpack(out / "features.msgpack", {
        "unigram": sorted(data["unigram"]), "bigram": bigram,
        "feature_to_idx": feature_to_idx, "tag_to_idx": data["tag_to_idx"],
    })
    np.savez_compressed(out / "weights.npz", sizes=np.array([n_tag, len(kept)], dtype=np.int64), w=new_w)
    (out / "README.md").write_text(
        f"Compacted from pkuseg 0.0.25's `default` model by `python -m pipeline.train.compact_pkuseg "
        f"--min-weight {min_weight}`: {len(kept):,} of {n_feature:,} features, {len(bigram):,} of "
        f"{len(data['bigram']):,} word pairs. Built on first use when missing; not tracked by git.\n",
        encoding="utf-8")
    return {"features": len(kept), "features_before": n_feature, "bigrams": len(bigram),
            "bigrams_before": len(data["bigram"])}


def agreement(source: Path, out: Path, texts: list[str]) -> float:
    """Share of word boundaries (B and not-B decisions) on which the two models agree."""
    import spacy_pkuseg

    a, b = spacy_pkuseg.pkuseg(str(source)), spacy_pkuseg.pkuseg(str(out))
    same = total = 0
    for text in texts:
        starts_a, starts_b = _starts(a.cut(text)), _starts(b.cut(text))
        total += len(text)
        same += len(text) - len(starts_a ^ starts_b)
    return same / max(total, 1)


def _starts(words: list[str]) -> set[int]:
    pos, out = 0, set()
    for w in words:
        out.add(pos)
        pos += len(w)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.nlp.pkuseg_model", description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=None, help="default: pkuseg 0.0.25's default model")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--min-weight", type=float, default=MIN_WEIGHT)
    ap.add_argument("--check", type=Path, default=None, help="a UTF-8 text file: report boundary agreement on it")
    args = ap.parse_args(argv)
    source = args.source or Path(packaged_pkuseg_model())
    t0 = time.time()
    sizes = compact(source, args.out, args.min_weight)
    print(f"{args.out}: {sizes} in {time.time() - t0:.0f} s")
    if args.check:
        lines = [ln for ln in args.check.read_text(encoding="utf-8").splitlines() if ln.strip()]
        print(f"boundary agreement on {args.check.name}: {agreement(source, args.out, lines):.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
