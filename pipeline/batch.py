"""One batch of documents through one stage: the work behind each Prefect stage task.

Pure Python (no Prefect), so that it runs in the flow's process, in a local worker
process (``runner.n_workers > 1``) or on a Dask worker alike. Models load lazily,
once per process, inside the stage modules.
"""
from __future__ import annotations

import ctypes
import dataclasses
import gc
import multiprocessing
import pickle
import signal
import threading
import time
import traceback
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pipeline.config import REPO_ROOT, RunConfig
from pipeline.records import Article, CleanDocument, Document, DocumentResult, InputError, Mention, Sentence
from pipeline.server import die_with_parent


@dataclass
class Item:
    """One document on its way through the stages."""

    doc: Document
    clean: CleanDocument | None = None
    articles: list[Article] | None = None
    sentences: list[Sentence] | None = None
    mentions: list[Mention] | None = None


class Bundle:
    """A batch between stages. A plain class, so Prefect does not walk its contents."""

    def __init__(self, batch: int, items=None, results=None, errors=None, warnings=None, stats=None,
                 placeholder: bool = False, tables=None):
        self.batch = batch
        self.items: list[Item] = items or []
        self.results: list[DocumentResult] = results or []
        self.tables: dict = tables or {}  # relations: {(newspaper, year): {table: pa.Table}}
        self.errors: list[InputError] = errors or []
        self.warnings: list[InputError] = warnings or []
        self.stats: dict[str, tuple] = stats or {}  # stage -> (seconds, chars, docs, run token)
        self.placeholder = placeholder


@dataclass(frozen=True)
class Job:
    """What a stage task needs besides its input: the cache key and the config."""

    stage: str
    key: str
    batch: int
    config: RunConfig
    run_token: str = ""  # marks results computed by this run (not part of the cache key)


class CacheMiss(RuntimeError):
    """A stage expected a cached result that is gone; the batch is run from the start."""


class DocumentTimeout(BaseException):
    """A document ran past its time budget. A BaseException, so that no ``except
    Exception`` inside a stage can swallow it."""


class _Deadline:
    """Raises ``DocumentTimeout`` in the calling thread after ``seconds``, unless cancelled
    first. The stages are Python between short C calls (sentences are bounded), so the
    exception lands within moments of the deadline."""

    def __init__(self, seconds: float):
        self._thread = threading.get_ident()
        self._lock = threading.Lock()
        self._armed, self._fired = True, False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _raise_in_thread(self, exc) -> None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread), exc)

    def _fire(self) -> None:
        with self._lock:
            if self._armed:
                self._fired = True
                self._raise_in_thread(ctypes.py_object(DocumentTimeout))

    def cancel(self) -> None:
        with self._lock:
            self._armed = False
            if self._fired:  # fired but not raised yet: withdraw it
                self._raise_in_thread(None)
        self._timer.cancel()


def _within(seconds: float, work, item: Item) -> Item:
    """``work(item)``, raising ``DocumentTimeout`` after ``seconds`` (0: no limit)."""
    if not seconds:
        return work(item)
    deadline = _Deadline(seconds)
    try:
        return work(item)
    finally:
        deadline.cancel()


def failure_reason(exc: BaseException) -> str:
    """``Type: message (at pipeline/x.py:12)``: the innermost frame in our code."""
    where = ""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        try:
            rel = Path(frame.filename).resolve().relative_to(REPO_ROOT)
        except ValueError:
            continue
        where = f" (at {rel}:{frame.lineno} in {frame.name})"
        break
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {msg}{where}" if msg else f"{type(exc).__name__}{where}"


def _run_stage(job: Job, bundle: Bundle, work, budget: tuple[str, float] | None = None, prepare=None) -> Bundle:
    """Apply ``work(item) -> item`` to every document; a failure drops that document only,
    and so does running past ``budget`` (the config key that sets it, and its seconds).
    ``prepare(items)``, if given, first does the work shared by the whole batch (timed
    with the stage)."""
    stage = job.stage
    if bundle.placeholder:
        raise CacheMiss(f"{stage}: cached result missing for batch {bundle.batch}")
    t0 = time.perf_counter()
    if prepare is not None:
        prepare(bundle.items)
    items: list[Item] = []
    errors = list(bundle.errors)
    chars = 0
    for item in bundle.items:
        chars += len(item.doc.raw_text)
        try:
            items.append(_within(budget[1] if budget else 0, work, item))
        except DocumentTimeout:
            reason = f"took longer than {budget[0]} ({budget[1]:g} s); not processed"
            errors.append(InputError(item.doc.doc_id, item.doc.source_path, stage, reason))
        except Exception as exc:  # one bad document must not sink the batch
            errors.append(InputError(item.doc.doc_id, item.doc.source_path, stage, failure_reason(exc)))
    stats = dict(bundle.stats)
    stats[stage] = (time.perf_counter() - t0, chars, len(bundle.items), job.run_token)
    return Bundle(bundle.batch, items=items, errors=errors, warnings=list(bundle.warnings), stats=stats)




def clean_batch(job: Job, bundle: Bundle) -> Bundle:
    """OCR repair, issue date and newspaper."""
    from pipeline.stages import clean

    def work(item: Item) -> Item:
        return dataclasses.replace(item, clean=clean.clean_document(item.doc, job.config.clean))

    return _run_stage(job, bundle, work)


def segment_batch(job: Job, bundle: Bundle) -> Bundle:
    """Split pages into articles, then sentences and tokens."""
    from pipeline.stages import articles, segment

    def work(item: Item) -> Item:
        arts = articles.split_articles(item.clean)
        sents = segment.segment(item.clean, arts, job.config.segment)
        return dataclasses.replace(item, articles=arts, sentences=sents)

    return _run_stage(job, bundle, work)


def ner_batch(job: Job, bundle: Bundle) -> Bundle:
    """Persons with their titles, places, organs, meetings, dates; the NER model reads
    the sentences of the whole batch at once."""
    from pipeline.stages import ner

    tagged: dict[int, list[Mention]] = {}  # id(item) -> its sentence mentions

    def prepare(items: list[Item]) -> None:
        try:
            found = ner.pages_sentence_mentions([(it.clean, it.sentences) for it in items], job.config.ner,
                                                job.config.segment)
        except Exception:
            return  # each page is then tagged on its own, and the one that fails is reported
        tagged.update(zip(map(id, items), found))

    def work(item: Item) -> Item:
        found = ner.recognize(item.clean, item.articles, item.sentences, job.config.ner,
                              raw_text=item.doc.raw_text, segment_cfg=job.config.segment,
                              found=tagged.get(id(item)))
        return dataclasses.replace(item, mentions=found)

    return _run_stage(job, bundle, work, prepare=prepare)


def relations_batch(job: Job, bundle: Bundle) -> Bundle:
    """Event frames and participants; returns the batch's table rows (Arrow) and, per
    page, its metadata and events."""
    from pipeline.stages import relations, tables

    results: list[DocumentResult] = []
    warnings = list(bundle.warnings)

    def work(item: Item) -> Item:
        events = relations.extract_events(item.clean, item.articles, item.sentences, item.mentions,
                                          job.config.relations)
        notes: list[str] = []
        c = item.clean
        if not item.articles:
            notes.append("no articles found on the page (only page furniture, or no text left after cleaning)")
        elif not events and c.newspaper is None and c.issue_date is None:
            notes.append("does not look like a newspaper page: no masthead, no issue date, no events")
        elif c.issue_anchor is None:
            notes.append("issue date unknown (no masthead date, JSONL issue_date or date in the file name): "
                         "event dates keep month and day only")
        elif c.issue_date is None:
            notes.append(f"issue day unknown (only the month, from the {c.issue_date_source}): "
                         "relative dates (昨日, 上周五) are not resolved")
        # Tables and the registry need the page's metadata, not its text: keep the cache small.
        slim = dataclasses.replace(c, text="", offset_map=[], furniture=[], captions=[])
        results.append(DocumentResult(slim, item.articles, item.mentions, events, len(item.doc.raw_text), notes))
        warnings.extend(InputError(item.doc.doc_id, item.doc.source_path, "relations", n) for n in notes)
        return item

    budget = ("relations.max_seconds_per_doc", job.config.relations.max_seconds_per_doc)
    out = _run_stage(job, bundle, work, budget)
    # only documents that made it through keep their result
    alive = {it.doc.doc_id for it in out.items}
    done = [r for r in results if r.clean.doc_id in alive]
    try:
        out.tables = tables.batch_tables(done)
    except Exception as exc:  # a table row that breaks its schema fails the batch, reported
        raise RuntimeError(f"table rows: {failure_reason(exc)}") from exc
    # what the flow needs besides the tables: each page's metadata and events (registry)
    out.results = [DocumentResult(r.clean, [], [], r.events, r.n_chars, r.warnings) for r in done]
    out.warnings = [w for w in warnings if w.stage != "relations" or w.doc_id in alive]
    out.items = []  # raw text, sentences and offsets stay out of the cache of the last stage
    return out


STAGE_WORK = {"clean": clean_batch, "segment": segment_batch, "ner": ner_batch, "relations": relations_batch}

class Packed:
    """A bundle pickled once, in the worker process that computed it. The flow's process
    hands it to the next stage (and Prefect stores it in the cache) as bytes, without
    unpickling and re-pickling it: with worker processes, that copying would otherwise
    keep the flow's one core busy while the workers wait."""

    def __init__(self, bundle: Bundle):
        self.data = pickle.dumps(bundle, protocol=pickle.HIGHEST_PROTOCOL)

    def unpack(self) -> Bundle:
        return pickle.loads(self.data)


def unpack(value: Bundle | Packed) -> Bundle:
    """The bundle itself, whether a stage returned it or its ``Packed`` bytes."""
    return value.unpack() if isinstance(value, Packed) else value


def _work_in_worker(job: Job, bundle: Bundle | Packed) -> Packed:
    return Packed(STAGE_WORK[job.stage](job, unpack(bundle)))


def import_stages() -> None:
    """Import the stage modules (spaCy and friends) ahead of the first batch."""
    from pipeline.stages import articles, clean, ner, relations, segment  # noqa: F401


GC_THRESHOLDS = (100_000, 50, 50)  # Python's default: (700, 10, 10)


def init_worker() -> None:
    """A worker process starts: it leaves Ctrl-C to the flow's process (which stops it),
    dies with that process, imports the stages, then spares the garbage collector the
    long-lived objects and most of its passes (the stages make many objects and few
    reference cycles; unpickling a batch otherwise triggers collection after collection)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    import_stages()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


class WorkerPool:
    """Spawned worker processes for the stage work. A worker that dies (killed for
    memory, say) breaks the whole pool: it is then replaced, and each batch it took
    down is tried once more on the new one."""

    def __init__(self, n_workers: int, make_executor: Callable[[], Executor] | None = None):
        self.n_workers = n_workers
        self._make = make_executor or self._spawn
        self._lock = threading.Lock()
        self._executor = self._make()
        self.restarts = 0
        self.stopping = False  # the run is being stopped: a dead pool is not replaced

    def _spawn(self) -> Executor:
        return ProcessPoolExecutor(self.n_workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_worker)

    def warm_up(self) -> None:
        """Start the workers and import the stages there, ahead of the first batch."""
        for _ in range(self.n_workers):
            self._executor.submit(import_stages)

    def run(self, job: Job, bundle: Bundle | Packed) -> Packed:
        executor = self._executor
        try:
            return executor.submit(_work_in_worker, job, bundle).result()
        except BrokenProcessPool:
            if self.stopping:
                raise
            with self._lock:
                if self._executor is executor:  # the first batch to notice replaces the pool
                    executor.shutdown(wait=False, cancel_futures=True)
                    self._executor = self._make()
                    self.restarts += 1
            return self._executor.submit(_work_in_worker, job, bundle).result()

    def shutdown(self) -> None:
        self._executor.shutdown(cancel_futures=True)

    def terminate(self) -> None:
        """Stop now (the run is interrupted): the workers are killed, not waited for."""
        self.stopping = True
        processes = list((getattr(self._executor, "_processes", None) or {}).values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            proc.terminate()


_pool: WorkerPool | None = None  # local worker processes of this run, when it has them


def set_worker_pool(pool: WorkerPool | None) -> None:
    """Run stage work in ``pool`` from now on (None: in the calling process)."""
    global _pool
    _pool = pool


def warm_up_workers() -> None:
    """Start the pool's workers (a run with work to do calls this; an up-to-date run never
    starts them)."""
    if _pool is not None:
        _pool.warm_up()


def run_batch(job: Job, bundle: Bundle | Packed) -> Bundle | Packed:
    """``job.stage``'s work on ``bundle``: in a worker process of the pool if there is
    one (the result comes back packed), else here."""
    if _pool is None:
        return STAGE_WORK[job.stage](job, unpack(bundle))
    return _pool.run(job, bundle)
