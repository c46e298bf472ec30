"""Cache keys, batch plans and the run manifest (pure; no Prefect).

A stage's cache key for a batch of documents is the hash of
  * the content of the documents in the batch (``doc_hash``),
  * the config sections of that stage and every stage before it (``RunConfig.stage_hash``),
  * the source code of the stage modules (and the pipeline modules they import),
  * the versions of the models and lexicons those stages read.
So an unchanged rerun hits every key, and changing only ``relations`` leaves the keys of
clean, segment and ner as they were.
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from pipeline.config import MODELS_DIR, REPO_ROOT, RunConfig, resolve_path
from pipeline.records import Document

PIPELINE_DIR = REPO_ROOT / "pipeline"
#: Bump to invalidate every cache entry (e.g. when the records change shape).
CACHE_FORMAT = "2"  # bump when the bundles between stages (pipeline/batch.py) change shape

#: The cached stages, in order, with the config sections and modules each adds.
STAGES: tuple[str, ...] = ("clean", "segment", "ner", "relations")
STAGE_SECTIONS: dict[str, tuple[str, ...]] = {
    "clean": ("clean",),
    "segment": ("segment",),
    "ner": ("ner",),
    "relations": ("relations",),
}
STAGE_MODULES: dict[str, tuple[str, ...]] = {
    "clean": ("pipeline.stages.clean", "pipeline.stages.issue_date"),
    "segment": ("pipeline.stages.articles", "pipeline.stages.segment"),
    "ner": ("pipeline.stages.ner",),
    "relations": ("pipeline.stages.relations", "pipeline.stages.tables"),  # it builds the table rows
}
#: Modules whose code shapes the table files (partition fingerprints).
TABLE_MODULES: tuple[str, ...] = ("pipeline.stages.tables", "pipeline.stages.registry", "pipeline.stages.titles",
                                  "pipeline.stages.places", "pipeline.records")


def sha(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def doc_hash(doc: Document) -> str:
    """What the stages see of a document (not its path: moving a file reruns nothing)."""
    hint = doc.issue_date_hint.isoformat() if doc.issue_date_hint else ""
    return sha(doc.doc_id, doc.raw_text, hint, doc.source or "")[:32]


# --------------------------------------------------------------------------- code versions


def _module_file(name: str) -> Path | None:
    rel = Path(*name.split("."))
    for cand in (REPO_ROOT / rel.with_suffix(".py"), REPO_ROOT / rel / "__init__.py"):
        if cand.is_file():
            return cand
    return None


def _imports(path: Path, module: str) -> set[str]:
    """``pipeline.*`` modules imported anywhere in a file (lazy imports included)."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return set()
    package = module.rsplit(".", 1)[0] if not path.name == "__init__.py" else module
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in out if m.startswith("pipeline.") and _module_file(m)}


@lru_cache(maxsize=64)
def code_version(modules: tuple[str, ...]) -> str:
    """Hash of the source of ``modules`` and every pipeline module they import.

    ``pipeline.config`` is left out: the config values themselves are in the key.
    """
    seen: set[str] = set()
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name in seen or name == "pipeline.config":
            continue
        seen.add(name)
        path = _module_file(name)
        if path is not None:
            todo.extend(_imports(path, name))
    h = hashlib.sha256()
    for name in sorted(seen):
        path = _module_file(name)
        if path is not None:
            h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------- model versions

_BIG = 16 * 1024 * 1024  # larger files are identified by size and mtime, not content


@lru_cache(maxsize=32)
def _dir_version(path: str, mtime_key: float) -> str:
    p = Path(path)
    if not p.exists():
        return "missing"
    files = [p] if p.is_file() else sorted(f for f in p.rglob("*") if f.is_file())
    h = hashlib.sha256()
    for f in files:
        st = f.stat()
        h.update(str(f.relative_to(p) if f != p else f.name).encode() + b"\0")
        if st.st_size > _BIG:
            h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
        else:
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def path_version(path: str | Path) -> str:
    """Content version of a model file or folder ('missing' when it is not there)."""
    p = Path(path).resolve()
    try:
        newest = max((f.stat().st_mtime for f in ([p] + list(p.rglob("*")) if p.is_dir() else [p])), default=0.0)
    except OSError:
        newest = 0.0
    return _dir_version(str(p), newest)


def _pkg_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _card_version(path: Path) -> str | None:
    for name in ("meta.json", "model_card.json", "card.json"):
        f = path / name
        if f.is_file():
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and data.get("version"):
                return str(data["version"])
    return None


def model_versions(cfg: RunConfig) -> dict[str, dict[str, dict]]:
    """Per stage, the models and lexicons it reads: {stage: {name: {path, version}}}."""
    lex_dir = Path(cfg.ner.lexicon_dir) if cfg.ner.lexicon_dir else MODELS_DIR / "lexicons"
    lexicons = {"path": str(lex_dir), "version": path_version(lex_dir)}
    if lex_dir.resolve() != (MODELS_DIR / "lexicons").resolve():
        default_lex = {"path": str(MODELS_DIR / "lexicons"), "version": path_version(MODELS_DIR / "lexicons")}
    else:
        default_lex = lexicons
    out: dict[str, dict[str, dict]] = {
        "clean": {"lexicons": default_lex, "opencc": {"version": _pkg_version("opencc-python-reimplemented")}},
        "segment": {"lexicons": default_lex},
        "ner": {"lexicons": lexicons},
        "relations": {"lexicons": default_lex},
    }
    seg = cfg.segment.segmenter
    if seg == "pkuseg":
        from pipeline.nlp.pkuseg_model import default_pkuseg_model

        model = cfg.segment.pkuseg_model or default_pkuseg_model()
        out["segment"]["pkuseg"] = {
            "path": model,
            "version": path_version(model) if model else "missing",
            "package": _pkg_version("spacy-pkuseg"),
            "spacy": _pkg_version("spacy"),
        }
    elif seg == "jieba":
        out["segment"]["jieba"] = {"version": _pkg_version("jieba"), "spacy": _pkg_version("spacy")}
    if cfg.ner.backend != "rules":
        path = Path(cfg.ner.model_path) if cfg.ner.model_path else MODELS_DIR / f"ner-{cfg.ner.backend}"
        entry = {"path": str(path), "version": path_version(path)}
        card = _card_version(path) if path.is_dir() else None
        if card:
            entry["card"] = card
        entry["package"] = _pkg_version("hanlp" if cfg.ner.backend == "hanlp" else "spacy")
        out["ner"][f"ner-{cfg.ner.backend}"] = entry
    if cfg.relations.attendance_model:
        path = resolve_path(cfg.relations.attendance_model)
        out["relations"]["attendance"] = {"path": str(path), "version": path_version(path)}
    return out


# --------------------------------------------------------------------------- stage keys


@dataclass(frozen=True)
class StageKeys:
    """The chain hash of every stage: its config, code and models and all before it."""

    chain: dict[str, str]
    models: dict[str, dict[str, dict]]
    code: dict[str, str]

    @classmethod
    def from_config(cls, cfg: RunConfig) -> "StageKeys":
        models = model_versions(cfg)
        chain: dict[str, str] = {}
        code: dict[str, str] = {}
        sections: list[str] = []
        modules: list[str] = ["pipeline.records"]
        prev = CACHE_FORMAT
        for stage in STAGES:
            sections.extend(STAGE_SECTIONS[stage])
            modules.extend(STAGE_MODULES[stage])
            code[stage] = code_version(tuple(modules))
            blob = json.dumps(
                {"config": cfg.stage_hash(*sections), "code": code[stage], "models": models[stage]},
                sort_keys=True,
                ensure_ascii=False,
            )
            prev = chain[stage] = sha(prev, stage, blob)[:24]
        return cls(chain=chain, models=models, code=code)

    def doc_key(self, stage: str, dhash: str) -> str:
        """The key of one document's output at ``stage`` (used for table partitions)."""
        return sha(self.chain[stage], dhash)[:32]

    def batch_key(self, stage: str, dhashes: list[str]) -> str:
        """The cache key (a file name) of a batch's output at ``stage``."""
        return f"{stage}-" + sha(self.chain[stage], *sorted(dhashes))[:40]


def tables_version() -> str:
    return code_version(TABLE_MODULES)


# --------------------------------------------------------------------------- batch plans


def plan_batches(
    docs: list[tuple[str, str, int]],
    previous: list[list[str]] | None,
    batch_size: int,
    batch_chars: int,
) -> list[list[str]]:
    """Group documents into batches, given ``(doc_id, doc_hash, n_chars)`` per document.

    Batches of the previous run whose documents are all still here are kept as they
    were (so their cache keys hit); the rest (new or changed documents, and those
    of batches that lost a member) are cut, in doc_id order, into new batches of at
    most ``batch_size`` documents and ``batch_chars`` characters. Adding documents
    to an archive therefore never changes an old batch.
    """
    present = {h for _, h, _ in docs}
    batches: list[list[str]] = []
    used: set[str] = set()
    for old in previous or []:
        if old and all(h in present and h not in used for h in old):
            batches.append(list(old))
            used.update(old)
    loose = sorted((d for d in docs if d[1] not in used), key=lambda d: (d[0], d[1]))
    cur: list[str] = []
    chars = 0
    for _, h, n in loose:
        if h in used:
            continue  # two documents with the same content and id: once is enough
        if cur and (len(cur) >= batch_size or chars + n > batch_chars):
            batches.append(cur)
            cur, chars = [], 0
        cur.append(h)
        used.add(h)
        chars += n
    if cur:
        batches.append(cur)
    return batches


# --------------------------------------------------------------------------- manifest


@dataclass
class StageTiming:
    seconds: float = 0.0  # work done in this run (cached batches add nothing)
    chars: int = 0
    docs: int = 0
    batches_run: int = 0
    batches_cached: int = 0
    batches_skipped: int = 0  # a later stage was cached, so this one was not needed

    def as_dict(self) -> dict:
        d = self.__dict__.copy()
        d["seconds"] = round(self.seconds, 3)
        d["chars_per_s"] = round(self.chars / self.seconds) if self.seconds > 0 else None
        return d


@dataclass
class Manifest:
    run_id: str
    started: str
    config_hash: str
    huiyi_version: str
    stage_keys: dict[str, str]
    code_versions: dict[str, str]
    model_versions: dict[str, dict]
    inputs: dict[str, dict] = field(default_factory=dict)  # doc_id -> {path, hash, encoding, n_chars}
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, dict] = field(default_factory=dict)
    partitions: dict[str, int] = field(default_factory=dict)  # written / kept
    errors: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    peak_rss_mb: float | None = None  # of the flow's process
    up_to_date: bool = False  # nothing changed since the last run: the tables were kept as they were
    finished: str | None = None
    seconds: float | None = None

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=2, default=str)


def config_hash(cfg: RunConfig) -> str:
    """Hash of the whole resolved config."""
    blob = json.dumps(cfg.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return sha(blob)[:16]


def huiyi_version() -> str:
    return _pkg_version("huiyi")


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").lower() in ("1", "true", "yes", "on")
