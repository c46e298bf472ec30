"""Training recipe for the attendance model (``pipeline/stages/attendance.py``).

``huiyi train attendance --config configs/train_attendance.yaml [--set KEY=VALUE ...]``
calls :func:`main`; ``python -m pipeline.train.attendance train [CONFIG]`` does the same.
``python -m pipeline.train.attendance compare DOCS GOLD [--config RUN_CONFIG]`` scores the
rules alone and the rules with the model side by side on texts with gold.

1. The corpus's train fold (``corpus/folds.tsv``; never the test fold) is materialized and
   read as ``huiyi run`` reads it, and the stages run in this process (no Prefect) with
   the run config's segmenter and NER, the relations stage with the rules only.
2. Each found event is paired with a gold event as the scorer pairs them (name
   similarity, shared people, date); each (event, person) candidate is labelled from the
   gold participants: participant, chair, speaker. Pairs of events paired with an
   optional gold event, and optional gold participants, are left out; an event paired
   with no gold event has no participants.
3. Model selection by cross-validation on the train fold, grouped by site (People's Daily,
   one site, in blocks of consecutive articles) and repeated with the groups shuffled:
   every setting of the grid is trained on the other folds, its held-out events are
   decided with every combination of the thresholds and scored with the scorer's
   measures (``objective``); the simplest setting and the most cautious thresholds within
   ``min_gain`` of the best win.
4. The chosen setting is trained on the whole train fold and written to ``output`` with
   the cross-validation figures (``model.json``).

Deterministic: seeded, one torch thread, data in a fixed order.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import itertools
import json
import logging
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.batch import failure_reason
from pipeline.config import REPO_ROOT, ConfigError, RunConfig, _one_line, load_config, parse_key_values, \
    read_yaml_mapping, validated_with
from pipeline.evaluate import Evaluation, EvaluationError, GoldDocument, Participant as GoldParticipant, RunEvents, ScoredEvent, \
    load_gold_file, match_events, normalize_person, parse_date, role_set, score_document
from pipeline.records import Article, CleanDocument, Event, Mention, Sentence
from pipeline.stages.attendance import HEADS, AttendanceModel, AttendanceModelError, Candidate, Thresholds, \
    apply_model, assign, candidate_pairs, feature_ids, load_model

log = logging.getLogger("huiyi.train.attendance")


# --------------------------------------------------------------------------- config
class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelSettings(_Section):
    hidden: int = Field(default=0, ge=0)  # 0: logistic regression; else one hidden layer of this size
    n_buckets: int = Field(default=1 << 18, gt=0)
    epochs: int = Field(default=60, gt=0)  # full-batch Adam steps
    lr: float = Field(default=0.05, gt=0)
    l2: float = Field(default=1e-4, ge=0)  # on the feature rows in use
    # each pair weighs 1 / (pairs of its event) ** this: 0 = every pair alike; 0.5 keeps a
    # long list of names in one article from outweighing the other articles
    event_weight_power: float = Field(default=0.0, ge=0, le=1)


class ThresholdGrid(_Section):
    """The decision thresholds tried by the cross-validation (``Thresholds``)."""

    add: list[float] = Field(default_factory=lambda: [0.5], min_length=1)
    drop: list[float] = Field(default_factory=lambda: [0.1], min_length=1)
    add_role: list[float] = Field(default_factory=lambda: [0.5], min_length=1)
    drop_role: list[float] = Field(default_factory=lambda: [0.1], min_length=1)


class TrainAttendanceConfig(_Section):
    run_config: str = "configs/default.yaml"  # the stages whose output the model reads
    corpus_dir: str = "corpus"
    output: str = "models/attendance"
    seed: int = 1
    threads: int = Field(default=1, gt=0)
    cv_folds: int = Field(default=5, ge=2)
    cv_repeats: int = Field(default=3, gt=0)  # the cross-validation again with groups shuffled (seed 0, 1, …)
    min_gain: float = Field(default=0.005, ge=0)  # a later setting of the grid must beat an earlier one by this
    pd_blocks: int = Field(default=5, gt=0)  # People's Daily (one site) in this many groups for the CV
    model: ModelSettings = Field(default_factory=ModelSettings)
    # more settings tried by the cross-validation (each: overrides of `model`)
    grid: list[dict] = Field(default_factory=list)
    thresholds: ThresholdGrid = Field(default_factory=ThresholdGrid)


def load_train_config(path: str | Path | None, overrides: dict | None = None) -> TrainAttendanceConfig:
    return validated_with(TrainAttendanceConfig, read_yaml_mapping(path), overrides or {})


# --------------------------------------------------------------------------- data


@dataclass
class StagedDoc:
    """One document through the stages up to the rules' events, with its gold."""

    doc_id: str
    group: str  # the cross-validation group (site, or a block of People's Daily)
    clean: CleanDocument
    articles: list[Article]
    sentences: list[Sentence]
    mentions: list[Mention]
    events: list[Event]  # the rules' events
    gold: GoldDocument | None


def rules_config(path: str | Path) -> RunConfig:
    """A run config with the attendance model off (it may not exist yet: it is being made)."""
    data = read_yaml_mapping(path)
    relations = data.get("relations")
    data["relations"] = {**(relations if isinstance(relations, dict) else {}), "attendance_model": None}
    try:
        return RunConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {_one_line(exc)}") from None


def run_rules(paths_or_dir: list[str], run_cfg: RunConfig) -> dict[str, tuple]:
    """doc_id → (clean, articles, sentences, mentions, events), the stages run as ``huiyi
    run`` runs them (pipeline/batch.py)."""
    from pipeline.stages import articles as articles_stage, clean as clean_stage, ner, relations, segment
    from pipeline.stages.ingest import ingest

    found = ingest(paths_or_dir, run_cfg.ingest)
    out = {}
    for doc in found.documents:
        try:
            c = clean_stage.clean_document(doc, run_cfg.clean)
            arts = articles_stage.split_articles(c)
            sents = segment.segment(c, arts, run_cfg.segment)
            ments = ner.recognize(c, arts, sents, run_cfg.ner, raw_text=doc.raw_text, segment_cfg=run_cfg.segment)
            events = relations.extract_events(c, arts, sents, ments, run_cfg.relations)
        except Exception as exc:  # as in a run: the document fails, the others go on
            log.warning("%s: %s", doc.doc_id, failure_reason(exc))
            continue
        out[doc.doc_id] = (c, arts, sents, ments, events)
    return out


def staged_corpus(cfg: TrainAttendanceConfig, fold: str = "train") -> list[StagedDoc]:
    """The corpus fold through the stages, in doc_id order."""
    from pipeline.corpus import load_folds, materialize

    corpus_dir = REPO_ROOT / cfg.corpus_dir
    run_cfg = rules_config(REPO_ROOT / cfg.run_config)
    folds = {d: doc for d, doc in load_folds(corpus_dir).items() if doc.fold == fold}
    pd_ids = sorted(d for d, doc in folds.items() if doc.source.startswith("pd1998:"))
    block = {d: f"pd-block{k * cfg.pd_blocks // max(1, len(pd_ids))}" for k, d in enumerate(pd_ids)}
    with tempfile.TemporaryDirectory(prefix="huiyi-attendance-") as tmp:
        materialize(Path(tmp), fold, corpus_dir)
        staged = run_rules([str(Path(tmp) / "docs")], run_cfg)
        golds = {p.stem: load_gold_file(p) for p in sorted((Path(tmp) / "gold").glob("*.yaml"))}
    docs = []
    for doc_id in sorted(staged):
        c, arts, sents, ments, events = staged[doc_id]
        group = block.get(doc_id) or f"site:{folds[doc_id].site}"
        docs.append(StagedDoc(doc_id, group, c, arts, sents, ments, events, golds.get(doc_id)))
    return docs


def scored_events(events: list[Event]) -> list[ScoredEvent]:
    """Events as the scorer reads them back from the tables."""
    out = []
    for e in events:
        se = ScoredEvent(e.name, e.kind, parse_date(e.date, e.month, e.day))
        for p in e.participants:
            name = normalize_person(p.person)
            if name and name not in se.people:
                se.people[name] = GoldParticipant(role_set(p.roles), p.title)
            elif name:
                old = se.people[name]
                se.people[name] = GoldParticipant(role_set(set(old.roles) | set(p.roles)), old.title)
        out.append(se)
    return out


@dataclass
class LabelledPair:
    doc: int  # index into the staged documents
    candidate: Candidate
    labels: np.ndarray  # one 0/1 per head


def labelled_pairs(docs: list[StagedDoc]) -> tuple[list[LabelledPair], dict[str, int]]:
    """Every candidate pair of the documents with its gold labels, and counts (how many
    gold participants no candidate covers: the ceiling of what the model can reach)."""
    pairs: list[LabelledPair] = []
    stats = {"pairs": 0, "positive": 0, "gold_participants": 0, "gold_not_candidates": 0, "dropped_optional": 0}
    for di, d in enumerate(docs):
        if d.gold is None:
            continue
        cands = candidate_pairs(d.clean, d.articles, d.sentences, d.mentions, d.events)
        matched = dict((pi, gi) for gi, pi in match_events(d.gold.events, scored_events(d.events), d.gold.year_known))
        covered: set[tuple[int, str]] = set()
        for c in cands:
            gi = matched.get(c.event_index)
            labels = np.zeros(len(HEADS), dtype=np.float32)
            if gi is not None:
                g = d.gold.events[gi]
                gp = g.people.get(normalize_person(c.person))
                if g.optional or (gp is not None and gp.optional):
                    stats["dropped_optional"] += 1
                    continue
                if gp is not None:
                    covered.add((gi, normalize_person(c.person)))
                    labels[0] = 1
                    for k, head in enumerate(HEADS[1:], start=1):
                        labels[k] = float(head in gp.roles)
            pairs.append(LabelledPair(di, c, labels))
        for gi, g in enumerate(d.gold.events):
            if g.optional:
                continue
            for name, gp in g.people.items():
                if gp.optional:
                    continue
                stats["gold_participants"] += 1
                stats["gold_not_candidates"] += (gi, name) not in covered
    stats["pairs"] = len(pairs)
    stats["positive"] = int(sum(p.labels[0] for p in pairs))
    return pairs, stats


# --------------------------------------------------------------------------- training


def fit(pairs: list[LabelledPair], settings: ModelSettings, seed: int, threads: int = 1,
        thresholds: Thresholds = Thresholds(), version: str = "") -> AttendanceModel:
    """A model trained on ``pairs`` (full batch, Adam, BCE over the heads)."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    n_out = len(HEADS)
    dim = settings.hidden or n_out
    ids = [torch.from_numpy(feature_ids(p.candidate.features, settings.n_buckets)) for p in pairs]
    flat = torch.cat(ids) if ids else torch.zeros(0, dtype=torch.long)
    offsets = torch.tensor([0] + [len(x) for x in ids[:-1]], dtype=torch.long).cumsum(0)
    y = torch.from_numpy(np.stack([p.labels for p in pairs])) if pairs else torch.zeros((0, n_out))
    per_event = Counter((p.doc, p.candidate.event_index) for p in pairs)
    w = np.array([per_event[(p.doc, p.candidate.event_index)] ** -settings.event_weight_power for p in pairs],
                 dtype=np.float32)
    weight = torch.from_numpy(w / w.mean() if len(w) else w)[:, None]
    emb = torch.nn.EmbeddingBag(settings.n_buckets, dim, mode="sum")
    torch.nn.init.normal_(emb.weight, std=0.01 if settings.hidden else 0.0)
    bias = torch.nn.Parameter(torch.zeros(dim))
    params = [emb.weight, bias]
    out_layer = None
    if settings.hidden:
        out_layer = torch.nn.Linear(settings.hidden, n_out)
        params += list(out_layer.parameters())
    opt = torch.optim.Adam(params, lr=settings.lr)
    used = flat.unique()
    for _ in range(settings.epochs):
        opt.zero_grad()
        z = emb(flat, offsets) + bias
        if out_layer is not None:
            z = out_layer(torch.relu(z))
        loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y, weight=weight)
        # L2 on the feature rows in use (the untouched ones stay at their start)
        loss = loss + settings.l2 * (emb.weight[used] ** 2).sum()
        loss.backward()
        opt.step()
    with torch.no_grad():
        return AttendanceModel(
            settings.n_buckets, emb.weight.numpy().copy(), bias.numpy().copy(),
            out_layer.weight.T.numpy().copy() if out_layer is not None else None,
            out_layer.bias.numpy().copy() if out_layer is not None else None,
            thresholds, version)


# --------------------------------------------------------------------------- scoring


def score_docs(docs: list[StagedDoc], events_of: dict[int, list[Event]]) -> Evaluation:
    """The scorer's figures for documents whose events are ``events_of[doc index]``."""
    result = Evaluation(documents=0)
    for di, events in events_of.items():
        d = docs[di]
        if d.gold is None:
            continue
        result.documents += 1
        run = RunEvents({d.doc_id: scored_events(events)}, {}, None)
        score_document(d.gold, run, result)
    return result


def with_model(d: StagedDoc, model: AttendanceModel | None) -> list[Event]:
    """A document's events, decided by ``model`` (None: the rules' own)."""
    events = copy.deepcopy(d.events)
    if model is None:
        return events
    return apply_model(d.clean, d.articles, d.sentences, d.mentions, events, model)


def cv_folds(docs: list[StagedDoc], k: int, seed: int = 0) -> list[set[int]]:
    """Document indices per fold: whole groups (shuffled by ``seed``), each into the fold
    with the fewest documents so far."""
    groups: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        groups.setdefault(d.group, []).append(i)
    order = sorted(groups)
    random.Random(seed).shuffle(order)
    folds: list[set[int]] = [set() for _ in range(k)]
    for g in sorted(order, key=lambda g: -len(groups[g])) if seed == 0 else order:
        min(folds, key=lambda f: (len(f), folds.index(f))).update(groups[g])
    return folds


def summary(ev: Evaluation) -> dict:
    d = ev.as_dict()
    return {m: d[m] for m in ("events", "events_dated", "attendance", "attendance_strict", "roles")}


def objective(ev: Evaluation) -> float:
    """What the cross-validation maximises: attendance F1 + roles F1. Not the strict
    figure: the model decides who took part, not the date, and a strict score would
    reward dropping the people of events the rules dated wrong."""
    return ev.counts["attendance"].f1 + ev.counts["roles"].f1


def threshold_grid(grid: ThresholdGrid) -> list[Thresholds]:
    return [Thresholds(a, d, ar, dr) for a, d, ar, dr in
            itertools.product(grid.add, grid.drop, grid.add_role, grid.drop_role)]


def cross_validate(docs: list[StagedDoc], pairs: list[LabelledPair], settings: ModelSettings,
                   folds: list[set[int]], grid: list[Thresholds], seed: int,
                   threads: int) -> list[tuple[Thresholds, Evaluation]]:
    """Pooled held-out figures of ``settings`` over the folds, per thresholds of ``grid``."""
    return [(t, score_docs(docs, events_of))
            for t, events_of in held_out_events(docs, pairs, settings, folds, grid, seed, threads)]


def held_out_events(docs: list[StagedDoc], pairs: list[LabelledPair], settings: ModelSettings,
                    folds: list[set[int]], grid: list[Thresholds], seed: int,
                    threads: int) -> list[tuple[Thresholds, dict[int, list[Event]]]]:
    """Each document's events decided by a model trained on the other folds, per thresholds."""
    held_out: dict[int, tuple[list[Candidate], np.ndarray]] = {}
    for held in folds:
        model = fit([p for p in pairs if p.doc not in held], settings, seed, threads)
        for di in sorted(held):
            d = docs[di]
            cands = candidate_pairs(d.clean, d.articles, d.sentences, d.mentions, d.events)
            held_out[di] = (cands, model.predict(cands))
    results = []
    for t in grid:
        events_of = {}
        for di, (cands, probs) in held_out.items():
            d = docs[di]
            events_of[di] = assign(copy.deepcopy(d.events), cands, probs, t, d.sentences, d.mentions)
        results.append((t, events_of))
    return results


def by_source(docs: list[StagedDoc], runs: list[dict[int, list[Event]]]) -> dict[str, dict]:
    """Strict attendance and roles F1, rules only and rules + model, per source of the texts
    (People's Daily, local news), pooled over the repeats of a cross-validation."""
    out = {}
    for source, of_source in (("peoples_daily", lambda d: d.doc_id.startswith("pd_")),
                              ("local_news", lambda d: not d.doc_id.startswith("pd_"))):
        ids = [i for i, d in enumerate(docs) if of_source(d)]
        rules = pooled([score_docs(docs, {i: with_model(docs[i], None) for i in ids}) for _ in runs])
        model = pooled([score_docs(docs, {i: run[i] for i in ids}) for run in runs])
        out[source] = {label: {k: v["f1"] for k, v in summary(ev).items() if k in ("attendance_strict", "roles")}
                       for label, ev in (("rules_only", rules), ("rules_and_model", model))}
    return out


def pooled(results: list[Evaluation]) -> Evaluation:
    """Counts summed over several evaluations (the repeats of a cross-validation)."""
    out = Evaluation(documents=sum(r.documents for r in results))
    for r in results:
        for measure, c in r.counts.items():
            out.counts[measure].add(c.tp, c.fp, c.fn)
    return out


def most_cautious(results: list[tuple[ModelSettings, Thresholds, Evaluation]],
                  min_gain: float) -> tuple[ModelSettings, Thresholds, Evaluation]:
    """Of the thresholds within ``min_gain`` of the best objective (the cross-validation
    cannot tell them apart), the ones that change the rules' output least: the highest
    bars to add a person or a role, the lowest to drop one."""
    top = max(objective(ev) for _, _, ev in results)
    close = [r for r in results if objective(r[2]) >= top - min_gain]
    return max(close, key=lambda r: (r[1].add, -r[1].drop, r[1].add_role, -r[1].drop_role))


def main(config: str | Path | None, overrides: dict | None = None) -> dict:
    cfg = load_train_config(config, overrides)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    t0 = time.perf_counter()
    log.info("running the stages on the train fold")
    docs = staged_corpus(cfg)
    pairs, stats = labelled_pairs(docs)
    log.info("%d documents, %s (%.0f s)", len(docs), stats, time.perf_counter() - t0)
    fold_sets = [cv_folds(docs, cfg.cv_folds, seed) for seed in range(cfg.cv_repeats)]
    rules = score_docs(docs, {i: with_model(d, None) for i, d in enumerate(docs)})
    log.info("rules only: %s", {k: v["f1"] for k, v in summary(rules).items()})
    grid = threshold_grid(cfg.thresholds)
    tried: list[tuple[ModelSettings, Thresholds, Evaluation]] = []  # each setting with its best thresholds
    for changes in [{}] + cfg.grid:
        settings = cfg.model.model_copy(update=changes)
        runs = [cross_validate(docs, pairs, settings, folds, grid, cfg.seed, cfg.threads) for folds in fold_sets]
        here = [(settings, t, pooled([run[k][1] for run in runs])) for k, t in enumerate(grid)]
        tried.append(most_cautious(here, cfg.min_gain))
        log.info("cv %s: best %s: %s", changes or "model", tried[-1][1],
                 {k: v["f1"] for k, v in summary(tried[-1][2]).items()})
    # the first setting that comes within min_gain of the best (the grid lists simpler ones first)
    top = max(objective(ev) for _, _, ev in tried)
    best, best_t, best_ev = next(x for x in tried if objective(x[2]) >= top - cfg.min_gain)
    sources = by_source(docs, [held_out_events(docs, pairs, best, folds, [best_t], cfg.seed, cfg.threads)[0][1]
                               for folds in fold_sets])
    log.info("cv by source, rules only → rules + model: %s", sources)
    model = fit(pairs, best, cfg.seed, cfg.threads, best_t, version=time.strftime("%Y-%m-%d"))
    card = {
        "trained_on": f"{cfg.corpus_dir} train fold: {len(docs)} documents, {stats['pairs']} pairs "
                      f"({stats['positive']} participants)",
        "run_config": cfg.run_config,
        "settings": best.model_dump(),
        "data": stats,
        "cv": {"folds": cfg.cv_folds, "repeats": cfg.cv_repeats,
               "tried": [{"settings": s.model_dump(), "thresholds": dataclasses.asdict(t),
                          "attendance_f1": ev.counts["attendance"].as_dict()["f1"],
                          "roles_f1": ev.counts["roles"].as_dict()["f1"]} for s, t, ev in tried],
               "rules_only": summary(rules), "rules_and_model": summary(best_ev), "by_source": sources},
    }
    model.save(REPO_ROOT / cfg.output, card)
    log.info("chose %s, %s; cross-validated F1, rules only → rules + model: %s", best.model_dump(), best_t,
             {k: (rules.counts[k].as_dict()["f1"], best_ev.counts[k].as_dict()["f1"]) for k in summary(rules)})
    log.info("wrote %s (%.0f s)", cfg.output, time.perf_counter() - t0)
    return card


def compare(docs_dir: Path, gold_dir: Path, run_config: str | Path, model_dir: str | None = None) -> dict[str, dict]:
    """Rules only and rules + model (``model_dir``, else the run config's, else the shipped
    one) on a folder of texts with gold, side by side: the stages run once (the run
    config's, in this process), the relations stage twice; the scorer's figures per measure."""
    from pipeline.evaluate import load_gold

    cfg = load_config(run_config)
    model = load_model(model_dir or cfg.relations.attendance_model or "models/attendance")
    staged = run_rules([str(docs_dir)], rules_config(run_config))
    golds = {g.doc_id: g for g in load_gold(gold_dir)}
    docs = [StagedDoc(d, "", *staged[d], golds.get(d)) for d in sorted(staged)]
    figures = {}
    for label, m in (("rules_only", None), ("rules_and_model", model)):
        ev = score_docs(docs, {i: with_model(d, m) for i, d in enumerate(docs)})
        ev.documents_not_in_run = sorted(set(golds) - set(staged))
        figures[label] = {k: v for k, v in ev.as_dict().items() if k not in ("persons", "title_accuracy")}
    return figures


def cli(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.train.attendance", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train", help="train the model (what `huiyi train attendance` does)")
    tr.add_argument("config", nargs="?", default=str(REPO_ROOT / "configs" / "train_attendance.yaml"))
    tr.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    cmp = sub.add_parser("compare", help="rules only vs rules + model on texts with gold, side by side")
    cmp.add_argument("docs_dir", type=Path)
    cmp.add_argument("gold_dir", type=Path)
    cmp.add_argument("--config", default=str(REPO_ROOT / "configs" / "default.yaml"),
                     help="the run config (its segmenter and NER read the texts)")
    cmp.add_argument("--model", default=None, metavar="FOLDER",
                     help="the model compared (default: the config's relations.attendance_model, else models/attendance)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        if args.command == "train":
            print(json.dumps(main(args.config, parse_key_values(args.set))["cv"], ensure_ascii=False, indent=2))
        else:
            figures = compare(args.docs_dir, args.gold_dir, args.config, args.model)
            print(f"{'measure':<18} {'rules only (P / R / F1)':>26} {'rules + model (P / R / F1)':>28}")
            for measure in figures["rules_only"]:
                a, b = figures["rules_only"][measure], figures["rules_and_model"][measure]
                print(f"{measure:<18} {a['p']:8.4f} {a['r']:8.4f} {a['f1']:8.4f}   {b['p']:8.4f} {b['r']:8.4f} {b['f1']:8.4f}")
    except (ConfigError, AttendanceModelError, EvaluationError) as exc:
        print(f"huiyi: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(cli())
