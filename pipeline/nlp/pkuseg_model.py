"""huiyi's compact pkuseg model (``models/pkuseg-compact``, shipped) and how it is rebuilt.

    python -m pipeline.nlp.pkuseg_model [--min-weight 0.2] [--source DIR] [--out DIR] [--check TEXT_FILE]

pkuseg 0.0.25's ``default`` model (MIT; only its PyPI sdist carries it, and that sdist must
be built without build isolation, so it is an optional extra: ``make pkuseg-model``)
holds 2.6 M features; loaded, its feature dict takes about 750 MB of memory in every
process that segments. Most features barely move a decision: dropping those whose largest
weight over the five tags is below ``--min-weight`` (and the dictionary word pairs that
only feed dropped features) keeps the segmentation almost unchanged (agreement measured
by ``--check``) at a fraction of the size and memory. The output folder loads like any
pkuseg model folder (``features.msgpack`` + ``weights.npz``).
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from importlib import util
from pathlib import Path

import numpy as np
import srsly

from pipeline.config import MODELS_DIR

DEFAULT_OUT = MODELS_DIR / "pkuseg-compact"
MIN_WEIGHT = 0.2


def packaged_pkuseg_model() -> str:
    """The ``default`` model folder that the pkuseg 0.0.25 sdist installs."""
    spec = util.find_spec("pkuseg")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pkuseg is not installed: `make pkuseg-model` installs it (the `pkuseg` extra) "
                           "and rebuilds models/pkuseg-compact")
    path = Path(list(spec.submodule_search_locations)[0]) / "models" / "default"
    if not path.is_dir():
        raise RuntimeError(f"pkuseg model folder missing: {path}")
    return str(path)


def default_pkuseg_model() -> str:
    """models/pkuseg-compact, the segmentation model shipped with huiyi."""
    if not (DEFAULT_OUT / "weights.npz").is_file():
        raise RuntimeError(f"{DEFAULT_OUT} is missing (it ships with huiyi): restore it from git, "
                           "or rebuild it with `make pkuseg-model`")
    return str(DEFAULT_OUT)


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
    return {"features": len(kept), "features_before": n_feature, "bigrams": len(bigram),
            "bigrams_before": len(data["bigram"])}


def write_card(out: Path, sizes: dict, min_weight: float, agreement_line: str = "") -> None:
    """The model card (``out/README.md``): where the model comes from, its licence, its recipe."""
    size_mb = sum(f.stat().st_size for f in out.iterdir() if f.name != "README.md") / 1e6
    (out / "README.md").write_text(
        "# pkuseg-compact\n\n"
        "huiyi's word segmentation model (`segment.segmenter: pkuseg`, the default), read by\n"
        "spacy-pkuseg. It is the `default` model of pkuseg 0.0.25 (Peking University,\n"
        "https://github.com/lancopku/pkuseg-python; MIT licence, as the README in its sdist says:\n"
        "本代码采用MIT许可证, though that sdist's PyPI classifier reads 'Other/Proprietary License')\n"
        f"with its weak features dropped: every feature whose largest weight over the five tags\n"
        f"is below {min_weight} goes, with the dictionary word pairs that only fed dropped ones.\n\n"
        f"- features: {sizes['features']:,} of {sizes['features_before']:,}; word pairs: "
        f"{sizes['bigrams']:,} of {sizes['bigrams_before']:,}; {size_mb:.1f} MB on disk\n"
        + (f"- {agreement_line}\n" if agreement_line else "")
        + "\nRebuild: `make pkuseg-model` (installs pkuseg 0.0.25, the `pkuseg` extra, then runs\n"
        f"`python -m pipeline.nlp.pkuseg_model --min-weight {min_weight}`; add `--check FILE` to measure\n"
        "the word-boundary agreement with the full model on a text).\n",
        encoding="utf-8")


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
    line = ""
    if args.check:
        lines = [ln for ln in args.check.read_text(encoding="utf-8").splitlines() if ln.strip()]
        chars = sum(len(ln) for ln in lines)
        line = (f"word-boundary agreement with the full model: {agreement(source, args.out, lines):.5f} "
                f"of {chars:,} characters ({args.check.name})")
        print(line)
    write_card(args.out, sizes, args.min_weight, line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
