"""The Prefect flow: the only module that imports prefect.

``huiyi_run(config)`` reads the inputs, cuts the documents into batches, and runs one
thin task per stage per batch (clean → articles+segment → ner → relations), then one
task that builds the officials registry and publishes the tables.

Caching: each stage task's cache key is ``manifest.StageKeys.batch_key`` (document
content + the config sections, code and models of that stage and the ones before
it). Results are kept by Prefect in ``cache.dir`` (default ``OUT/.huiyi/cache``).
When a later stage's result is already cached the earlier stages of that batch are
not even submitted, so an unchanged rerun loads one cached result per batch.

The stages load their models lazily, once per process (a Dask worker included);
models never travel through Prefect.
"""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import os
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.batch import (GC_THRESHOLDS, Bundle, CacheMiss, Item, Job, Packed, WorkerPool, failure_reason,
                            run_batch, set_worker_pool, unpack, warm_up_workers)
from pipeline.config import RunConfig
from pipeline.manifest import (
    STAGES,
    Manifest,
    StageKeys,
    StageTiming,
    config_hash,
    doc_hash,
    huiyi_version,
    plan_batches,
    sha,
    tables_version,
)
from pipeline.records import Document, DocumentResult, InputError
from pipeline.stages import places
from pipeline.stages import tables as tbl
from pipeline.stages.ingest import IngestResult, ingest

# --------------------------------------------------------------------------- payloads


class Opaque:
    """Hands a big value to a task without Prefect inspecting it."""

    def __init__(self, value):
        self.value = value


def _job_key(context, parameters) -> str:
    return parameters["job"].key


# --------------------------------------------------------------------------- stage tasks


@task(name="ingest", cache_policy=NO_CACHE, persist_result=False)
def ingest_task(inputs: list[str], config: RunConfig) -> Opaque:
    """Find and read the input files (never raises for one bad file)."""
    return Opaque(ingest(inputs, config.ingest))


@task(name="clean", cache_key_fn=_job_key, persist_result=True)
def clean_task(job: Job, bundle: Bundle | Packed) -> Bundle | Packed:
    """OCR repair, issue date and newspaper."""
    return run_batch(job, bundle)


@task(name="articles+segment", cache_key_fn=_job_key, persist_result=True)
def segment_task(job: Job, bundle: Bundle | Packed) -> Bundle | Packed:
    """Split pages into articles, then sentences and tokens."""
    return run_batch(job, bundle)


@task(name="ner", cache_key_fn=_job_key, persist_result=True)
def ner_task(job: Job, bundle: Bundle | Packed) -> Bundle | Packed:
    """Persons with their titles, places, organs, meetings, dates."""
    return run_batch(job, bundle)


@task(name="relations", cache_key_fn=_job_key, persist_result=True)
def relations_task(job: Job, bundle: Bundle | Packed) -> Bundle | Packed:
    """Event frames and participants; returns the batch's table rows and each page's events."""
    return run_batch(job, bundle)


STAGE_TASKS = {"clean": clean_task, "segment": segment_task, "ner": ner_task, "relations": relations_task}


@task(name="registry+tables", cache_policy=NO_CACHE, persist_result=False)
def publish_task(payload: Opaque) -> Opaque:
    """Officials registry, tables, and an atomic publish of the new snapshot."""
    return Opaque(_publish(**payload.value))


# --------------------------------------------------------------------------- publishing


def _registry(results: list[DocumentResult], errors: list[InputError], people_file: str | None):
    from pipeline.stages import registry

    try:
        return registry.build_registry(results, registry.load_overrides(people_file))
    except Exception as exc:
        errors.append(InputError("", "", "registry", failure_reason(exc)))
        return registry.Registry([], [], [], {})


def _publish(store: tbl.TableStore, acc: tbl.TableAccumulator, events_only: list[DocumentResult],
             doc_keys: dict[str, str], errors: list[InputError], warnings: list[InputError],
             index_extra: dict, files: dict[str, str], run_id: str, reuse: dict | None = None,
             people_file: str | None = None) -> dict:
    """Build the officials and the changed partitions, and publish a snapshot.

    ``reuse``: the index of the current snapshot when nothing changed; its partitions
    and officials are kept as they are (no results are needed).
    """
    t0 = time.perf_counter()
    registry_seconds = 0.0
    if reuse is not None:
        n_officials = n_people = None
        registry_tables = dict.fromkeys(("officials", "people", "positions", "coattendance"))  # keep the current files
        partitions = [tbl.Partition(name, p["fingerprint"], p["newspaper"], p["year"], p["doc_ids"], build=_stale)
                      for name, p in reuse["partitions"].items()]
    else:
        reg = _registry(events_only, errors, people_file)
        registry_seconds = time.perf_counter() - t0
        n_officials, n_people = len(reg.officials), len(reg.people)
        registry_tables = {"officials": tbl.to_table("officials", reg.officials),
                           "people": tbl.to_table("people", reg.people),
                           "positions": tbl.to_table("positions", reg.positions),
                           "coattendance": tbl.to_table("coattendance", reg.coattendance)}
        acc.enrich = lambda tables: tbl.with_registry(tables, reg.person_ids, reg.meeting_places)
        version = index_extra["tables_version"]

        def fingerprint(doc_ids: list[str]) -> str:
            return sha(version, reg.digest(doc_ids), *(f"{d}|{doc_keys[d]}|{acc.sources[d]}" for d in doc_ids))[:32]

        partitions = acc.partitions(fingerprint)
    info = store.publish(
        partitions,
        {**registry_tables, "errors": tbl.errors_table(errors, warnings)},
        index_extra=index_extra,
        files=files,
        run_id=run_id,
    )
    return {"info": info, "n_officials": n_officials, "n_people": n_people, "seconds": time.perf_counter() - t0,
            "registry_seconds": registry_seconds}


def _stale() -> dict:
    raise RuntimeError("the tables on disk changed during the run; run again")


# --------------------------------------------------------------------------- running batches


@dataclass
class _Handle:
    """A stage's work: a Prefect future (dask), or the bundle or exception of a direct call (local)."""

    stage: str
    obj: object
    token: str

    def result(self) -> Bundle:
        if isinstance(self.obj, BaseException):
            raise self.obj
        if isinstance(self.obj, Bundle):
            return self.obj
        wrapped = getattr(self.obj, "wrapped_future", None)
        while wrapped is not None and not wrapped.done():
            # short waits: a signal that another thread received still reaches the flow's
            # thread (where Python runs its handler) within moments, not after a long wait
            self.obj.wait(timeout=0.5)
        return self.obj.result()

    def cached(self) -> bool:
        if isinstance(self.obj, BaseException):
            return False
        if isinstance(self.obj, Bundle):  # computed here iff it carries this run's token
            stat = self.obj.stats.get(self.stage) or ()
            return not (len(stat) > 3 and stat[3] == self.token)
        state = getattr(self.obj, "state", None)
        return getattr(state, "name", "") == "Cached"


class _Chain:
    def __init__(self, batch: int, hashes: list[str], docs: list[Document], handles: list[_Handle], start: int):
        self.batch, self.hashes, self.docs, self.handles, self.start = batch, hashes, docs, handles, start


def _broken_entry(entry: Path) -> bool:
    """Whether a cache entry was left half-written: Prefect writes its results in place,
    so a full disk or a killed run can leave one empty or cut short (it would log an
    error when read). A whole entry is one JSON record, ending with its result string.
    A broken entry is removed, and its batch starts at an earlier stage."""
    try:
        size = entry.stat().st_size
        if size >= 2:
            with open(entry, "rb") as fh:
                fh.seek(size - 2)
                if fh.read() == b'"}':
                    return False
        entry.unlink()
        return True
    except FileNotFoundError:
        return False


def _cache_path(config: RunConfig) -> Path:
    if config.cache.dir:
        return Path(config.cache.dir).expanduser().resolve()
    return (Path(config.output.dir) / tbl.STATE_DIR / "cache").resolve()


def _stage_tasks(cache_dir: Path | None) -> dict:
    """The stage tasks, caching into ``cache_dir`` (or not caching when it is None)."""
    if cache_dir is None:
        return {s: t.with_options(cache_policy=NO_CACHE, persist_result=False) for s, t in STAGE_TASKS.items()}
    # cache_result_in_memory=False: Prefect would otherwise keep every persisted result in an
    # in-memory LRU (1000 entries), i.e. every stage's output of every batch of the run.
    return {s: t.with_options(result_storage=cache_dir, cache_key_fn=_job_key, persist_result=True,
                              cache_result_in_memory=False)
            for s, t in STAGE_TASKS.items()}


def _submit_chain(batch: int, hashes: list[str], docs: list[Document], keys: StageKeys, config: RunConfig,
                  tasks: dict, cache_dir: Path | None, use_futures: bool, token: str,
                  from_scratch: bool = False) -> _Chain:
    """Submit (dask) or run (local) one batch's stages, starting at the last cached one."""
    stage_keys = [keys.batch_key(s, hashes) for s in STAGES]
    start = 0
    if cache_dir is not None and not from_scratch:
        for i in range(len(STAGES) - 1, -1, -1):
            entry = cache_dir / stage_keys[i]
            if entry.is_file() and not _broken_entry(entry):
                start = i
                break
    upstream: object = Bundle(batch, items=[Item(d) for d in docs]) if start == 0 else Bundle(batch, placeholder=True)
    handles: list[_Handle] = []
    for i in range(start, len(STAGES)):
        stage = STAGES[i]
        job = Job(stage, stage_keys[i], batch, config, token)
        if use_futures:
            handles.append(_Handle(stage, tasks[stage].submit(job, upstream), token))
            upstream = handles[-1].obj
            continue
        try:  # a direct call returns the bundle itself (no re-read from the result storage)
            upstream = tasks[stage](job, upstream)
        except Exception as exc:
            handles.append(_Handle(stage, exc, token))
            break
        handles.append(_Handle(stage, upstream, token))
    return _Chain(batch, hashes, docs, handles, start)


def _finish_chain(chain: _Chain, timings: dict[str, StageTiming], resubmit) -> Bundle:
    """The last stage's bundle of a chain; a vanished cache entry reruns the batch once."""
    try:
        final = unpack(chain.handles[-1].result())
        if chain.handles[-1].stage != STAGES[-1]:
            raise RuntimeError(f"stage {chain.handles[-1].stage} failed")
    except Exception as exc:
        if resubmit is not None and any(isinstance(e, CacheMiss) for e in _causes(exc)):
            return _finish_chain(resubmit(), timings, resubmit=None)
        # a stage task failed as a whole (not one document): every document of the batch fails
        stage = chain.handles[-1].stage
        reason = failure_reason(exc)
        errs = [InputError(d.doc_id, d.source_path, stage, f"batch failed: {reason}") for d in chain.docs]
        return Bundle(chain.batch, errors=errs)
    for i, stage in enumerate(STAGES):
        t = timings[stage]
        if i < chain.start:
            t.batches_skipped += 1
            continue
        handle = next((h for h in chain.handles if h.stage == stage), None)
        if handle is not None and handle.cached():
            t.batches_cached += 1
        else:
            secs, chars, ndocs = final.stats.get(stage, (0.0, 0, 0))[:3]
            t.batches_run += 1
            t.seconds += secs
            t.chars += chars
            t.docs += ndocs
    return final


def _read_from(found: list[InputError], sources: dict[str, tbl.SourceInfo]) -> list[InputError]:
    """Errors and warnings with the path each page was read from in this run (a cached
    result names the path of the run that computed it)."""
    return [dataclasses.replace(e, source_path=sources[e.doc_id].source_path) if e.doc_id in sources else e
            for e in found]


def _causes(exc: BaseException):
    seen = 0
    while exc is not None and seen < 10:
        yield exc
        exc = exc.__cause__ or exc.__context__
        seen += 1


# --------------------------------------------------------------------------- the flow


def _artifact(fn, *args, **kwargs):
    """Artifacts are nice to have; a failure to record one never fails a run."""
    try:
        return fn(*args, **kwargs)
    except Exception:  # pragma: no cover
        return None


def inputs_line(counts: dict) -> str:
    """``3 files: 2 pages, 1 JSONL file of 3 lines``: what was found, JSONL lines counted apart."""
    n, jsonl = counts["files"], counts.get("jsonl_files", 0)
    line = f"{n} file{'s' if n != 1 else ''}"
    if jsonl:
        line += (f": {n - jsonl} page{'s' if n - jsonl != 1 else ''}, {jsonl} JSONL file{'s' if jsonl != 1 else ''}"
                 f" of {counts['jsonl_lines']} line{'s' if counts['jsonl_lines'] != 1 else ''}")
    return line


def _summary_markdown(summary: dict, timings: dict[str, StageTiming], errors: list[InputError]) -> str:
    lines = [
        f"# huiyi run {summary['run_id']}",
        "",
        f"- output: `{summary['output']}`",
        f"- inputs: {inputs_line(summary)}",
        f"- documents: {summary['read']} read, {summary['processed']} processed, {summary['failed']} failed, "
        f"{summary['warnings']} warnings",
        f"- articles: {summary['articles']}, events: {summary['events']}, attendance rows: {summary['attendance']}, "
        f"officials: {summary['officials']}",
        f"- batches: {summary['batches']}; partitions written {summary['partitions_written']}, "
        f"kept {summary['partitions_kept']}",
        f"- time: {summary['seconds']:.1f} s",
        "",
        "| stage | batches run | cached | skipped | seconds | chars/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for stage, t in timings.items():
        d = t.as_dict()
        lines.append(f"| {stage} | {t.batches_run} | {t.batches_cached} | {t.batches_skipped} | "
                     f"{d['seconds']} | {d['chars_per_s'] or ''} |")
    if errors:
        lines += ["", "## Failed documents", "", "| doc_id | stage | reason |", "|---|---|---|"]
        for e in errors[:200]:
            lines.append(f"| {e.doc_id} | {e.stage} | {e.reason.replace('|', '/')} |")
    return "\n".join(lines)


@flow(name="huiyi-run", log_prints=False, validate_parameters=True)
def huiyi_run(config: RunConfig) -> dict:
    """Run the whole pipeline over ``config.input`` into ``config.output.dir``."""
    log = get_run_logger()
    store = tbl.TableStore(config.output.dir, config.output.compression, config.output.keep_snapshots)
    store.check()
    with store.lock(on_wait=lambda: log.info("waiting for another run into %s to finish", config.output.dir)), \
            _local_workers(config, log):
        shutil.rmtree(store.prefect_dir / "results", ignore_errors=True)  # what earlier failed runs left
        return _run(config, store, log)


@contextlib.contextmanager
def _local_workers(config: RunConfig, log):
    """Local runner with ``n_workers > 1``: the stage work runs in that many worker
    processes (spawned: they import only the stages and load their models once each);
    the flow's threads only orchestrate."""
    r = config.runner
    if r.kind != "local" or r.n_workers <= 1:
        thresholds = gc.get_threshold()
        gc.set_threshold(*GC_THRESHOLDS)  # the stages run here: see batch.init_worker
        try:
            yield
        finally:
            gc.set_threshold(*thresholds)
        return
    pool = WorkerPool(r.n_workers)
    set_worker_pool(pool)
    log.info("local runner: %d worker processes", r.n_workers)
    try:
        yield
    except BaseException:  # interrupted (Ctrl-C, SIGTERM) or failed: no batch is worth waiting for
        pool.terminate()
        raise
    finally:
        set_worker_pool(None)
        pool.shutdown()
        if pool.restarts:
            log.warning("the worker processes were restarted %d time(s) (a worker died)", pool.restarts)


def _run(config: RunConfig, store: tbl.TableStore, log) -> dict:
    from prefect.artifacts import (
        create_markdown_artifact,
        create_progress_artifact,
        update_progress_artifact,
    )

    t_start = time.perf_counter()
    started = datetime.now(timezone.utc)
    run_id = started.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
    out = Path(config.output.dir)
    leftovers = store.recover()
    if leftovers:
        log.warning("removed %d unfinished snapshot(s) of an interrupted run", len(leftovers))

    # ---- ingest
    t0 = time.perf_counter()
    ing: IngestResult = ingest_task(list(config.input), config).value
    t_ingest = time.perf_counter() - t0
    docs = ing.documents
    log.info("ingest: %d file(s) → %d document(s), %d error(s), %d warning(s) in %.1f s",
             ing.n_files, len(docs), len(ing.errors), len(ing.warnings), t_ingest)
    for e in ing.errors:
        log.warning("ingest: %s: %s", e.source_path, e.reason)
    previous = store.index()
    refusal = _refusal(ing, previous, config)
    if refusal:
        log.error("nothing published: %s; the tables in %s are unchanged", refusal, out)
        return _unpublished_summary(run_id, out, ing, refusal, time.perf_counter() - t_start)

    # ---- plan
    keys = StageKeys.from_config(config)
    hashes = {d.doc_id: doc_hash(d) for d in docs}
    by_hash = {hashes[d.doc_id]: d for d in docs}
    doc_keys = {d.doc_id: keys.doc_key(STAGES[-1], hashes[d.doc_id]) for d in docs}
    doc_index = {d.doc_id: [doc_keys[d.doc_id], d.source_path, d.encoding] for d in docs}
    people_file = config.registry.people_path()
    version = tables_version()
    people_hash = sha(Path(people_file).read_text(encoding="utf-8") if people_file else "")[:16]
    batches = plan_batches([(d.doc_id, hashes[d.doc_id], len(d.raw_text)) for d in docs],
                           previous.get("batches"), config.runner.batch_size, config.runner.batch_chars)
    cache_dir = _cache_path(config) if config.cache.enabled else None
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
    use_futures = config.runner.kind == "dask" or config.runner.n_workers > 1
    # Same documents, keys, table code and people file as the tables on disk: nothing to do.
    up_to_date = bool(
        docs and cache_dir is not None and previous.get("tables_version") == version
        and previous.get("people_hash") == people_hash
        and previous.get("docs") == doc_index and "stage_errors" in previous
    )
    if not up_to_date:
        warm_up_workers()
        places.warm_up()
    log.info("%d batch(es), runner %s, cache %s%s", len(batches), config.runner.kind, cache_dir or "off",
             "; the tables are up to date" if up_to_date else "")

    # ---- stages
    timings = {s: StageTiming() for s in STAGES}
    progress_id = _artifact(create_progress_artifact, progress=0.0, key="huiyi-progress",
                            description=f"huiyi: {len(docs)} documents in {len(batches)} batches")
    tasks = _stage_tasks(cache_dir)
    sources = {d.doc_id: tbl.SourceInfo(d.source_path, d.encoding) for d in docs}
    acc = tbl.TableAccumulator(sources)  # table rows, built as batches finish
    events_only: list[DocumentResult] = []  # what the registry reads: pages and their events
    stage_errors: list[InputError] = []
    stage_warnings: list[InputError] = []

    def submit(i: int, from_scratch: bool = False) -> _Chain:
        hs = batches[i]
        return _submit_chain(i, hs, [by_hash[h] for h in hs], keys, config, tasks, cache_dir, use_futures,
                             run_id, from_scratch)

    if up_to_date:
        stage_errors = [InputError(**e) for e in previous["stage_errors"]]
        stage_warnings = [InputError(**w) for w in previous.get("stage_warnings", [])]
        for t in timings.values():
            t.batches_skipped = len(batches)
        batches_todo = 0
    else:
        batches_todo = len(batches)
    window = config.runner.in_flight or (2 if config.runner.kind == "dask" else 4) * config.runner.n_workers
    pending: list[_Chain] = []
    next_batch = 0
    done = 0
    while done < batches_todo:
        while next_batch < batches_todo and ((not use_futures and not pending) or (use_futures and len(pending) < window)):
            pending.append(submit(next_batch))
            next_batch += 1
        chain = pending.pop(0)
        bundle = _finish_chain(chain, timings, resubmit=lambda c=chain: submit(c.batch, from_scratch=True))
        acc.add_tables(bundle.tables)
        events_only.extend(bundle.results)
        stage_errors.extend(_read_from(bundle.errors, sources))
        stage_warnings.extend(_read_from(bundle.warnings, sources))
        done += 1
        cached = all(h.cached() for h in chain.handles)
        log.info("batch %d/%d: %d document(s)%s%s", done, len(batches), len(chain.docs),
                 " (cached)" if cached else "", f", {len(bundle.errors)} failed" if bundle.errors else "")
        if progress_id is not None:
            _artifact(update_progress_artifact, progress_id, 100.0 * done / max(1, len(batches)))
        del chain, bundle
    if progress_id is not None:
        _artifact(update_progress_artifact, progress_id, 100.0)
    for e in stage_errors:
        log.warning("%s failed at %s: %s", e.doc_id, e.stage, e.reason)
    for stage, t in timings.items():
        d = t.as_dict()
        log.info("%-10s run %d, cached %d, skipped %d batch(es); %.2f s%s", stage, t.batches_run,
                 t.batches_cached, t.batches_skipped, t.seconds,
                 f", {d['chars_per_s']:,} chars/s" if d["chars_per_s"] else "")

    # ---- registry, tables, manifest
    errors = list(ing.errors) + stage_errors
    warnings = list(ing.warnings) + stage_warnings
    if up_to_date:
        old = previous.get("counts", {})
        derived = {k: old.get(k, 0) for k in acc.counts}
    else:
        derived = dict(acc.counts)
    # read = processed + failed: every document read, and every input that failed before it was one
    counts = {
        "files": ing.n_files,
        "jsonl_files": ing.n_jsonl_files,
        "jsonl_lines": ing.n_jsonl_lines,
        "read": len(docs) + len({(e.doc_id, e.source_path) for e in ing.errors}),
        "documents": len(docs),
        "failed": len({(e.doc_id, e.source_path) for e in errors}),
        "warnings": len(warnings),
        **derived,
        "batches": len(batches),
    }
    manifest = Manifest(
        run_id=run_id,
        started=started.isoformat(timespec="seconds"),
        config_hash=config_hash(config),
        huiyi_version=huiyi_version(),
        stage_keys=keys.chain,
        code_versions=keys.code,
        model_versions=keys.models,
        inputs={d.doc_id: {"path": d.source_path, "hash": hashes[d.doc_id], "encoding": d.encoding,
                           "n_chars": len(d.raw_text)} for d in docs},
        counts=counts,
        errors=[dataclasses.asdict(e) for e in errors],
        warnings=[dataclasses.asdict(w) for w in warnings],
    )
    manifest.up_to_date = up_to_date
    manifest.timings = {"ingest": {"seconds": round(t_ingest, 3), "docs": len(docs)}}
    manifest.timings.update({s: t.as_dict() for s, t in timings.items()})
    config_yaml = yaml.safe_dump(config.model_dump(mode="json"), allow_unicode=True, sort_keys=False)
    index_extra = {
        "batches": batches, "run_id": run_id, "config_hash": manifest.config_hash, "tables_version": version,
        "people_hash": people_hash,
        "docs": doc_index, "stage_errors": [dataclasses.asdict(e) for e in stage_errors],
        "stage_warnings": [dataclasses.asdict(w) for w in stage_warnings], "counts": counts,
    }
    pub = publish_task(Opaque(dict(
        store=store, acc=acc, events_only=events_only, doc_keys=doc_keys, errors=errors, warnings=warnings,
        index_extra=index_extra, files={"config.yaml": config_yaml, "manifest.json": manifest.to_json()},
        run_id=run_id, reuse=previous if up_to_date else None, people_file=people_file,
    ))).value
    info: tbl.PublishInfo = pub["info"]
    for name in ("officials", "people"):
        fresh = pub[f"n_{name}"]
        counts[name] = fresh if fresh is not None else previous.get("counts", {}).get(name, 0)
    manifest.timings["tables"] = {"seconds": round(pub["seconds"], 3),
                                  "registry_seconds": round(pub["registry_seconds"], 3)}
    manifest.partitions = {"written": len(info.written), "kept": len(info.kept), "removed": len(info.removed)}
    manifest.peak_rss_mb = _peak_rss_mb()
    manifest.finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
    manifest.seconds = round(time.perf_counter() - t_start, 3)
    snap = store.snapshots / info.snapshot
    _rewrite(snap / "manifest.json", manifest.to_json())
    index = json.loads((snap / "index.json").read_text(encoding="utf-8"))
    index["counts"] = counts
    _rewrite(snap / "index.json", json.dumps(index, ensure_ascii=False, indent=1))
    log.info("tables: %d partition(s) written, %d kept, %d removed → %s", len(info.written), len(info.kept),
             len(info.removed), out)

    if cache_dir is not None:
        used = {keys.batch_key(s, b) for b in batches for s in STAGES}
        _gc_cache(cache_dir, used, config.cache.max_age_days)

    summary = {
        "run_id": run_id,
        "output": str(out),
        **counts,
        "up_to_date": up_to_date,
        "published": True,
        "partitions_written": len(info.written),
        "partitions_kept": len(info.kept),
        "seconds": round(time.perf_counter() - t_start, 2),
        "errors": [dataclasses.asdict(e) for e in errors],
    }
    _artifact(create_markdown_artifact, _summary_markdown(summary, timings, errors), key="huiyi-run-summary",
              description=f"huiyi run summary ({out})")
    return summary


def _refusal(ing: IngestResult, previous: dict, config: RunConfig) -> str | None:
    """Why this run must not publish (None: it may). The tables mirror the input, so an
    input that names nothing (a typo, an unmounted folder) would drop its pages from
    them; and a run that finds no documents replaces non-empty tables only when asked."""
    if ing.missing:
        return "input not found: " + ", ".join(ing.missing)
    if not ing.documents and previous.get("docs") and not config.output.allow_empty:
        return (f"no documents found, and the current tables hold {len(previous['docs'])} "
                "(output.allow_empty or --allow-empty publishes empty tables)")
    return None


def _unpublished_summary(run_id: str, out: Path, ing: IngestResult, refusal: str, seconds: float) -> dict:
    """The summary of a run that stopped after ingest and published nothing."""
    counts = dict.fromkeys(("processed", "articles", "mentions", "events", "attendance", "officials", "batches",
                            "partitions_written", "partitions_kept"), 0)
    return {
        "run_id": run_id, "output": str(out), "files": ing.n_files, "jsonl_files": ing.n_jsonl_files,
        "jsonl_lines": ing.n_jsonl_lines, "documents": len(ing.documents),
        "read": len(ing.documents) + len({(e.doc_id, e.source_path) for e in ing.errors}),
        "failed": len({(e.doc_id, e.source_path) for e in ing.errors}), "warnings": len(ing.warnings), **counts,
        "up_to_date": False, "published": False, "not_published_because": refusal, "seconds": round(seconds, 2),
        "errors": [dataclasses.asdict(e) for e in ing.errors],
    }


def _peak_rss_mb() -> float | None:
    """Peak resident memory of this process (the flow; Dask workers not included)."""
    try:
        import resource

        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux
    except Exception:  # pragma: no cover
        return None


def _rewrite(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _gc_cache(cache_dir: Path, used: set[str], max_age_days: float) -> None:
    """Touch the entries this run used; drop unused ones older than ``max_age_days``."""
    now = time.time()
    limit = now - max_age_days * 86400
    for p in cache_dir.iterdir():
        try:
            if p.name in used:
                os.utime(p, (now, now))
            elif p.is_file() and p.stat().st_mtime < limit:
                p.unlink()
        except OSError:
            pass


# --------------------------------------------------------------------------- entry points


def task_runner(config: RunConfig):
    """The task runner the config asks for."""
    r = config.runner
    if r.kind == "dask":
        from prefect_dask import DaskTaskRunner

        if r.address:
            return DaskTaskRunner(address=r.address)
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={"n_workers": r.n_workers, "threads_per_worker": r.threads_per_worker,
                            "processes": True, "dashboard_address": None},
        )
    # Stages are CPU-bound Python: in the flow's process one thread is all the GIL allows.
    # With worker processes the threads mostly wait on them, and more threads than
    # workers let one task's Prefect bookkeeping overlap another's work.
    return ThreadPoolTaskRunner(max_workers=1 if r.n_workers == 1 else 4 * r.n_workers)


@contextlib.contextmanager
def prefect_api(config: RunConfig):
    """The run's Prefect API, exported in ``PREFECT_API_URL`` so that Dask worker
    processes use it too: the configured one, else a temporary server keeping its
    database in ``OUT/.huiyi/prefect`` (``pipeline/server.py``), not in ``~/.prefect``."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    from pipeline.server import TemporaryServer

    url = get_current_settings().api.url
    old = os.environ.get("PREFECT_API_URL")
    server = None
    try:
        if not url:
            server = TemporaryServer(tbl.TableStore(config.output.dir).prefect_dir).start()
            server.wait(float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")))
            url = server.url
        os.environ["PREFECT_API_URL"] = url
        with temporary_settings({PREFECT_API_URL: url}):
            yield url
    finally:
        if server is not None:
            from prefect.logging.handlers import APILogWorker

            APILogWorker.drain_all(timeout=5)  # the run's last log lines, while the server still listens
            server.stop()
        if old is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = old


def _failed_runs_dir(config: RunConfig) -> Path:
    """Where Prefect pickles the exception of a failed run (the flow's result storage):
    ``OUT/.huiyi/prefect/results``, emptied when the next run starts, not
    ``~/.prefect/storage``, where they would pile up."""
    return (tbl.TableStore(config.output.dir).prefect_dir / "results").resolve()


def _flow(config: RunConfig):
    """The flow with the config's task runner and result storage."""
    return huiyi_run.with_options(task_runner=task_runner(config), result_storage=_failed_runs_dir(config),
                                  persist_result=False)


def run(config: RunConfig) -> dict:
    """Run the flow with the task runner from the config; returns the summary."""
    with prefect_api(config):
        return _flow(config)(config)


def deployment(config: RunConfig):
    """A Prefect deployment of the flow on the config's cron schedule, reading its inbox."""
    cfg = config.model_copy(update={"input": [str(Path(config.serve.inbox).expanduser().resolve())]})
    cfg = RunConfig.model_validate(cfg.model_dump())
    return _flow(cfg).to_deployment(
        name=cfg.serve.name,
        cron=cfg.serve.cron,
        parameters={"config": cfg.model_dump(mode="json")},
        description=f"huiyi: new pages in {cfg.input[0]} → {cfg.output.dir}",
        tags=["huiyi"],
    )


def serve(config: RunConfig) -> None:
    """Serve the deployment (blocks); needs a Prefect server (``prefect server start``)."""
    from prefect import serve as prefect_serve

    Path(config.serve.inbox).mkdir(parents=True, exist_ok=True)
    # a scheduled run may be a process of its own, loading the flow from this module:
    # the environment carries the result storage to it too
    os.environ.setdefault("PREFECT_LOCAL_STORAGE_PATH", str(_failed_runs_dir(config)))
    prefect_serve(deployment(config))
