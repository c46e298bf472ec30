"""One pydantic model describes a run; it is loaded from configs/*.yaml.

Every knob has a default, unknown keys are rejected, and a bad config becomes one
line that names the key (``ConfigError``).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

REPO_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = REPO_ROOT / "models"


def resolve_path(path: str | Path) -> Path:
    """A path from a config: absolute as written, a relative one from the repository root."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else REPO_ROOT / p


class ConfigError(ValueError):
    """A config that cannot be used; the message is one line naming the key."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IngestConfig(_Section):
    patterns: list[str] = Field(default_factory=lambda: ["*.txt", "*.jsonl"])
    recursive: bool = True
    max_bytes: int = Field(default=64 * 1024 * 1024, gt=0)  # per .txt/.md file, per JSONL line
    min_printable_ratio: float = Field(default=0.85, ge=0, le=1)  # below: rejected as binary


class CleanConfig(_Section):
    traditional_to_simplified: bool = True
    drop_furniture: bool = True


class SegmentConfig(_Section):
    segmenter: Literal["pkuseg", "jieba", "char"] = "pkuseg"
    pkuseg_model: str | None = None  # a folder; default: models/pkuseg-compact (see pipeline/nlp/pkuseg_model.py)
    only_candidate_sentences: bool = True  # segment only sentences that may name people


class NerConfig(_Section):
    backend: Literal["rules", "hanlp", "spacy"] = "hanlp"
    model_path: str | None = None  # default: models/ner-hanlp or models/ner-spacy
    lexicon_dir: str | None = None  # default: models/lexicons
    batch_size: int = Field(default=64, gt=0)
    quantize: bool = True  # hanlp: int8 LSTM/GRU/Linear weights at load (faster on CPU, same F1)
    # hanlp: torch's intra-op threads while tagging; the RNNs step through short sentences,
    # where a second thread mostly spins (on a busy 2-core machine it cost 30x the CPU)
    torch_threads: int = Field(default=1, gt=0)
    # which sentences the model reads: "cue" = a possible name the rules did not explain
    # right before (or a time word before) a role cue, trigger, title, verb of saying, 等
    # or 、, or whom someone met (会见了…) when the rules named no one; "name" = any
    # possible name (name-model score >= model_gate_score) the rules did not explain
    model_gate: Literal["cue", "name"] = "cue"
    model_gate_score: float = 9.0


class RelationsConfig(_Section):
    merge_headline_events: bool = True
    pronoun_resolution: bool = True
    max_title_chars: int = Field(default=60, gt=0)
    # a page whose relations take longer becomes an error row (the batch goes on); 0: no limit
    max_seconds_per_doc: float = Field(default=120, ge=0)
    # a trained attendance model folder (relative paths: to the repository root): it decides
    # who took part in each event the rules found, and in what role; None: the rules alone
    attendance_model: str | None = None

    @field_validator("attendance_model")
    @classmethod
    def _model_usable(cls, value: str | None) -> str | None:
        if value:
            from pipeline.stages.attendance import AttendanceModelError, read_card

            try:
                read_card(resolve_path(value))
            except AttendanceModelError as exc:
                raise ValueError(str(exc)) from None
        return value


class RegistryConfig(_Section):
    # who is who: merge / split overrides of the person linker; None: configs/people.yaml
    # of this checkout when it exists (a path given here must exist and be valid)
    people_file: str | None = None

    @field_validator("people_file")
    @classmethod
    def _valid_people_file(cls, value: str | None) -> str | None:
        if value is not None:
            from pipeline.stages.registry import OverridesError, load_overrides

            try:
                load_overrides(value)
            except OverridesError as exc:
                raise ValueError(str(exc)) from None
        return value

    def people_path(self) -> str | None:
        """The people file this run reads, or None."""
        if self.people_file is not None:
            return self.people_file
        default = REPO_ROOT / "configs" / "people.yaml"
        return str(default) if default.is_file() else None


class OutputConfig(_Section):
    dir: str = "outputs/run"
    compression: Literal["zstd", "snappy", "gzip", "none"] = "zstd"
    keep_snapshots: int = Field(default=2, ge=1)  # table snapshots kept in <dir>/.huiyi/snapshots
    allow_empty: bool = False  # a run that finds no documents may replace non-empty tables with empty ones


class CacheConfig(_Section):
    enabled: bool = True
    dir: str | None = None  # Prefect result storage; default: <output.dir>/.huiyi/cache
    max_age_days: float = Field(default=14, ge=0)  # entries this run did not use are dropped after this


class ServeConfig(_Section):
    name: str = "huiyi-inbox"  # deployment name
    inbox: str = "inbox"  # the folder each scheduled run reads (files stay; only new ones are processed)
    cron: str = "*/30 * * * *"
    timezone: str = "UTC"


class RunnerConfig(_Section):
    kind: Literal["local", "dask"] = "local"
    address: str | None = None  # an existing Dask scheduler; default: a LocalCluster
    n_workers: int = Field(default=1, gt=0)  # worker processes (local: 1 = the flow's own process)
    threads_per_worker: int = Field(default=1, gt=0)
    batch_size: int = Field(default=32, gt=0)  # documents per batch (one task per stage per batch)
    batch_chars: int = Field(default=500_000, gt=0)  # ... and at most this many characters
    in_flight: int = Field(default=0, ge=0)  # batches in flight (n_workers > 1); 0: 4 x n_workers (dask: 2 x)


class RunConfig(_Section):
    input: list[str] = Field(default_factory=lambda: ["samples"])
    output: OutputConfig = Field(default_factory=OutputConfig)
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    clean: CleanConfig = Field(default_factory=CleanConfig)
    segment: SegmentConfig = Field(default_factory=SegmentConfig)
    ner: NerConfig = Field(default_factory=NerConfig)
    relations: RelationsConfig = Field(default_factory=RelationsConfig)
    registry: RegistryConfig = Field(default_factory=RegistryConfig)
    runner: RunnerConfig = Field(default_factory=RunnerConfig)
    cache: CacheConfig = Field(default_factory=CacheConfig)
    serve: ServeConfig = Field(default_factory=ServeConfig)

    def stage_hash(self, *sections: str) -> str:
        """A short hash of the named sections, for cache keys."""
        payload = {name: getattr(self, name).model_dump() for name in sections}
        blob = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _one_line(err: ValidationError) -> str:
    first = err.errors()[0]
    key = ".".join(str(p) for p in first["loc"]) or "(top level)"
    return f"config key '{key}': {first['msg']}"


def read_yaml_mapping(path: str | Path | None) -> dict:
    """The mapping in a YAML file ({} for None); a ConfigError in one line otherwise."""
    if path is None:
        return {}
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"config file not found: {p}")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"config {p} is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"config {p} must be a mapping of keys, got {type(data).__name__}")
    return data


def parse_key_values(items: list[str]) -> dict[str, object]:
    """``["hanlp.epochs=2"]`` → ``{"hanlp.epochs": 2}`` (values read as YAML)."""
    out: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ConfigError(f"--set {item!r}: expected KEY=VALUE, e.g. hanlp.epochs=2")
        try:
            out[key] = yaml.safe_load(value)
        except yaml.YAMLError:
            raise ConfigError(f"--set {item!r}: the value is not valid YAML") from None
    return out


def load_config(path: str | Path | None = None, **overrides) -> RunConfig:
    """Load and validate a YAML config; ``overrides`` replace top-level keys."""
    data = read_yaml_mapping(path)
    data.update({k: v for k, v in overrides.items() if v is not None})
    if isinstance(data.get("input"), str):
        data["input"] = [data["input"]]
    try:
        return RunConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_one_line(exc)) from None


M = TypeVar("M", bound=BaseModel)


def validated_with(model: type[M], data: dict, overrides: dict[str, object]) -> M:
    """``model`` validated from ``data`` with dotted keys replaced (``{"output.dir": "x"}``;
    a None value leaves its key alone); a bad value is a one-line ConfigError."""
    for dotted, value in overrides.items():
        if value is None:
            continue
        node = data
        *parents, leaf = dotted.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_one_line(exc)) from None


def with_overrides(cfg: RunConfig, overrides: dict[str, object]) -> RunConfig:
    """A copy of ``cfg`` with dotted keys replaced (``{"output.dir": "x"}``); validated."""
    return validated_with(RunConfig, cfg.model_dump(), overrides)
