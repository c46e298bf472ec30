"""Tables: explicit pyarrow schemas, builders from DocumentResults, and the writer.

Builders are pure. The writer (``TableStore``) keeps every table as a partitioned
Parquet dataset, a folder named ``<table>.parquet`` with one file per partition, so
both ``pd.read_parquet("OUT/attendance.parquet")`` and a dataset reader load it::

    OUT/attendance.parquet -> .huiyi/current/attendance.parquet   (symlinks)
    OUT/.huiyi/current     -> snapshots/<run id>                  (one symlink)
    OUT/.huiyi/snapshots/<run id>/attendance.parquet/临州新闻-2026.parquet

Per-document tables (documents, articles, mentions, meetings, attendance) are
partitioned by newspaper and issue year; officials and errors are one file each.
A run writes a new snapshot: partitions whose fingerprint (the keys of their
documents) did not change are hard links to the previous files, the others are
written anew, so a rerun replaces exactly what it recomputed, with no duplicate
rows. The snapshot is published by replacing one symlink (atomic), so a run killed
half-way leaves the previous tables in place.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.records import DocumentResult, InputError

STATE_DIR = ".huiyi"
UNKNOWN = "unknown"
RUN_FILES = ("config.yaml", "manifest.json")  # published next to the tables, as symlinks like them


class OutputFolderError(ValueError):
    """An output folder huiyi cannot write to, or one holding a file huiyi did not write
    where it would publish; the message is one line."""

# --------------------------------------------------------------------------- schemas

_str = pa.string()
_i32 = pa.int32()
_day = pa.timestamp("ms")  # a day (midnight, no time zone): loads in pandas as datetime64
_places = [("province", _str), ("city", _str), ("county", _str), ("division_code", _str)]
_person = [
    ("person_id", _str), ("name", _str), ("kind", _str), ("jurisdiction", _str), *_places,
    ("titles", pa.list_(_str)),
    ("title_history", pa.list_(pa.struct([("title", _str), ("first_date", _day), ("last_date", _day),
                                          ("n_meetings", _i32)]))),
    ("n_meetings", _i32), ("first_date", _day), ("last_date", _day), ("n_pages", _i32),
]

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _str), ("source_path", _str), ("newspaper", _str), ("issue_date", _day),
        ("issue_month", _str), ("issue_date_source", _str), ("n_chars", pa.int64()), ("encoding", _str),
        ("traditional", pa.bool_()),
        ("n_articles", _i32), ("n_events", _i32), ("n_mentions", _i32),
    ]),
    "articles": pa.schema([
        ("article_id", _str), ("doc_id", _str), ("headline", _str), ("reporters", pa.list_(_str)),
        ("start", _i32), ("end", _i32),
    ]),
    "mentions": pa.schema([
        ("doc_id", _str), ("article_id", _str), ("label", _str), ("text", _str), ("start", _i32), ("end", _i32),
        ("source", _str), ("kind", _str), ("title", _str), ("original_text", _str),
    ]),
    "meetings": pa.schema([
        ("meeting_id", _str), ("doc_id", _str), ("article_id", _str), ("name", _str), ("kind", _str),
        ("date", _day), ("month", pa.int8()), ("day", pa.int8()), ("date_text", _str),
        ("date_source", _str), ("place", _str), ("evidence", _str), ("start", _i32), ("end", _i32),
        ("from_headline", pa.bool_()), ("n_participants", _i32), ("newspaper", _str), ("issue_date", _day),
        ("place_province", _str), ("place_city", _str), ("place_county", _str), ("place_code", _str),
    ]),
    "attendance": pa.schema([
        ("meeting_id", _str), ("doc_id", _str), ("person", _str), ("role", _str), ("title", _str),
        ("evidence", _str), ("start", _i32), ("end", _i32), ("person_id", _str), ("meeting", _str),
        ("meeting_kind", _str), ("date", _day), ("newspaper", _str), ("issue_date", _day),
    ]),
    "officials": pa.schema(_person),
    "people": pa.schema(_person),
    "positions": pa.schema([
        ("person_id", _str), ("name", _str), ("organ", _str), ("post", _str), ("jurisdiction", _str),
        ("jurisdiction_source", _str), ("level", _str), ("rank", _str), ("system", _str), ("qualifier", _str),
        *_places, ("title", _str), ("first_date", _day), ("last_date", _day), ("n_mentions", _i32),
        ("doc_id", _str), ("meeting_id", _str), ("start", _i32), ("end", _i32),
    ]),
    "coattendance": pa.schema([
        ("person_a", _str), ("person_b", _str), ("name_a", _str), ("name_b", _str), ("n_meetings", _i32),
        ("first_date", _day), ("last_date", _day),
    ]),
    "errors": pa.schema([
        ("doc_id", _str), ("source_path", _str), ("stage", _str), ("severity", _str), ("reason", _str),
    ]),
}
DOC_TABLES = ("documents", "articles", "mentions", "meetings", "attendance")
GLOBAL_TABLES = ("officials", "people", "positions", "coattendance", "errors")
TABLES = DOC_TABLES + GLOBAL_TABLES
ROLE_ORDER = ("chair", "speaker", "attendee", "observer")
# how pandas loads the integer and boolean columns: nullable (pd.Int32Dtype …, "boolean")
_PANDAS_TYPES = {pa.int8(): "Int8", pa.int16(): "Int16", pa.int32(): "Int32", pa.int64(): "Int64",
                 pa.bool_(): "boolean"}


def _pandas_metadata(schema: pa.Schema) -> dict[bytes, bytes]:
    """pandas metadata that makes ``pd.read_parquet`` load integers and booleans as
    nullable types (a null stays <NA>, the column stays integer)."""
    from importlib.metadata import version

    columns = []
    for f in schema:
        numpy_type = _PANDAS_TYPES.get(f.type)
        if pa.types.is_timestamp(f.type):
            numpy_type = "datetime64[ms]"
        columns.append({"name": f.name, "field_name": f.name, "pandas_type": "object",
                        "numpy_type": numpy_type or "object", "metadata": None})
    meta = {"index_columns": [], "column_indexes": [], "columns": columns,
            "creator": {"library": "pyarrow", "version": pa.__version__}, "pandas_version": version("pandas")}
    return {b"pandas": json.dumps(meta).encode("utf-8")}


def _as_rows(t: pa.DataType) -> pa.DataType:
    """The type rows are built with: days as ``datetime.date`` (date32), then cast."""
    if pa.types.is_timestamp(t):
        return pa.date32()
    if pa.types.is_list(t):
        return pa.list_(_as_rows(t.value_type))
    if pa.types.is_struct(t):
        return pa.struct([(f.name, _as_rows(f.type)) for f in t])
    return t


SCHEMAS = {name: s.with_metadata(_pandas_metadata(s)) for name, s in SCHEMAS.items()}
_ROW_SCHEMAS = {name: pa.schema([(f.name, _as_rows(f.type)) for f in s]) for name, s in SCHEMAS.items()}


# --------------------------------------------------------------------------- builders


@dataclass(frozen=True)
class SourceInfo:
    """What ingest knew of a document (its path can change without a rerun)."""

    source_path: str
    encoding: str


def _roles(roles) -> list[str]:
    known = [r for r in ROLE_ORDER if r in roles]
    return known + sorted(r for r in roles if r not in ROLE_ORDER)


def document_rows(results: list[DocumentResult], sources: dict[str, SourceInfo]) -> dict[str, list[dict]]:
    """Rows of the per-document tables for ``results``."""
    rows: dict[str, list[dict]] = {t: [] for t in DOC_TABLES}
    for r in results:
        c = r.clean
        src = sources.get(c.doc_id)
        rows["documents"].append({
            "doc_id": c.doc_id,
            "source_path": src.source_path if src else c.source_path,
            "newspaper": c.newspaper,
            "issue_date": c.issue_date,
            "issue_month": f"{anchor.year:04d}-{anchor.month:02d}" if (anchor := c.issue_anchor) else None,
            "issue_date_source": c.issue_date_source,
            "n_chars": r.n_chars,
            "encoding": src.encoding if src else None,
            "traditional": c.traditional,
            "n_articles": len(r.articles),
            "n_events": len(r.events),
            "n_mentions": len(r.mentions),
        })
        for a in r.articles:
            rows["articles"].append({
                "article_id": a.article_id, "doc_id": a.doc_id, "headline": a.headline,
                "reporters": list(a.reporters), "start": a.start, "end": a.end,
            })
        for m in r.mentions:
            rows["mentions"].append({
                "doc_id": m.doc_id, "article_id": m.article_id, "label": m.label, "text": m.text,
                "start": m.start, "end": m.end, "source": m.source, "kind": m.kind, "title": m.title,
                "original_text": m.original_text,
            })
        for e in r.events:
            rows["meetings"].append({
                "meeting_id": e.meeting_id, "doc_id": e.doc_id, "article_id": e.article_id, "name": e.name,
                "kind": e.kind, "date": e.date, "month": e.month, "day": e.day, "date_text": e.date_text,
                "date_source": e.date_source, "place": e.place, "evidence": e.evidence, "start": e.start,
                "end": e.end, "from_headline": e.from_headline, "n_participants": len(e.participants),
                "newspaper": c.newspaper, "issue_date": c.issue_date,
            })
            seen: set[tuple[str, str]] = set()
            for p in e.participants:
                for role in _roles(p.roles):
                    if (p.person, role) in seen:
                        continue
                    seen.add((p.person, role))
                    rows["attendance"].append({
                        "meeting_id": e.meeting_id, "doc_id": e.doc_id, "person": p.person, "role": role,
                        "title": p.title, "evidence": p.evidence, "start": p.start, "end": p.end,
                        "meeting": e.name, "meeting_kind": e.kind, "date": e.date, "newspaper": c.newspaper,
                        "issue_date": c.issue_date,
                    })
    return rows


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (days as ``datetime.date``) as a table of the schema ``name``."""
    return pa.Table.from_pylist(rows, schema=_ROW_SCHEMAS[name]).cast(SCHEMAS[name])


def document_tables(results: list[DocumentResult], sources: dict[str, SourceInfo]) -> dict[str, pa.Table]:
    return {name: to_table(name, rows) for name, rows in document_rows(results, sources).items()}


def batch_tables(results: list[DocumentResult]) -> dict[tuple[str, str], dict[str, pa.Table]]:
    """The per-document tables of a batch, per (newspaper, year) partition. Built where
    the batch was computed; ``TableAccumulator.add_tables`` fills in the run's sources."""
    groups: dict[tuple[str, str], list[DocumentResult]] = {}
    for r in results:
        groups.setdefault(partition_of(r), []).append(r)
    return {key: document_tables(rs, {}) for key, rs in groups.items()}


def officials_table(rows: list[dict]) -> pa.Table:
    return to_table("officials", [dict(r, titles=list(r.get("titles") or [])) for r in rows])


def with_registry(tables: dict[str, pa.Table], person_ids: dict[tuple[str, str], str],
                  meeting_places: dict[tuple[str, str], object]) -> dict[str, pa.Table]:
    """A partition's tables with what the registry knows: ``attendance.person_id`` and
    the division of each meeting's place (``meetings.place_*``)."""
    out = dict(tables)
    att = tables["attendance"]
    if att.num_rows:
        ids = [person_ids.get(k) for k in zip(att.column("doc_id").to_pylist(), att.column("person").to_pylist())]
        i = att.schema.get_field_index("person_id")
        out["attendance"] = att.set_column(i, att.schema.field(i), pa.array(ids, _str))
    meetings = tables["meetings"]
    if meetings.num_rows and meeting_places:
        divs = [meeting_places.get(k) for k in zip(meetings.column("doc_id").to_pylist(),
                                                    meetings.column("meeting_id").to_pylist())]
        for column, attr in (("place_province", "province"), ("place_city", "city"), ("place_county", "county"),
                             ("place_code", "code")):
            i = meetings.schema.get_field_index(column)
            values = pa.array([getattr(d, attr) if d is not None else None for d in divs], _str)
            meetings = meetings.set_column(i, meetings.schema.field(i), values)
        out["meetings"] = meetings
    return out


def errors_table(errors: list[InputError], warnings: list[InputError] = ()) -> pa.Table:
    rows = [dict(doc_id=e.doc_id, source_path=e.source_path, stage=e.stage, severity="error", reason=e.reason)
            for e in errors]
    rows += [dict(doc_id=w.doc_id, source_path=w.source_path, stage=w.stage, severity="warning", reason=w.reason)
             for w in warnings]
    return to_table("errors", rows)


# --------------------------------------------------------------------------- partitions


def partition_of(result: DocumentResult) -> tuple[str, str]:
    """(newspaper, year) of a document; 'unknown' where the page does not say."""
    c = result.clean
    paper = (c.newspaper or "").strip() or UNKNOWN
    year = str(c.issue_anchor.year) if c.issue_anchor else UNKNOWN
    return paper, year


_UNSAFE = re.compile(r"[^\w\-]+")
MAX_SLUG_BYTES = 96  # of a partition file name's newspaper part (names stay far below 255 bytes)


def partition_name(newspaper: str, year: str) -> str:
    """A file name for a partition: readable, safe, short, and distinct per (newspaper, year).

    The newspaper's slug is cut to ``MAX_SLUG_BYTES`` (a JSONL ``source`` can be a long
    URL); whenever the slug is not the name itself, a short hash of the name keeps
    papers apart."""
    slug = _UNSAFE.sub("-", newspaper).strip("-_.") or UNKNOWN
    cut = slug.encode("utf-8")[:MAX_SLUG_BYTES].decode("utf-8", "ignore").rstrip("-_.") or UNKNOWN
    name = f"{cut}-{year}"
    if cut != newspaper:  # two papers could share a slug: add a short hash of the real name
        name += "-" + hashlib.sha1(newspaper.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return name


class TableAccumulator:
    """Per-partition Arrow tables, built batch by batch as results arrive.

    Results then need not stay in memory until the end of a run (a page's mentions
    weigh far more as Python objects than as Arrow rows).
    """

    def __init__(self, sources: dict[str, SourceInfo]):
        self.sources = sources
        self._tables: dict[tuple[str, str], dict[str, list[pa.Table]]] = {}
        self.doc_ids: dict[tuple[str, str], list[str]] = {}
        self.counts = {"processed": 0, "articles": 0, "mentions": 0, "events": 0, "attendance": 0}
        self.enrich: Callable[[dict[str, pa.Table]], dict[str, pa.Table]] | None = None

    def add(self, results: list[DocumentResult]) -> None:
        self.add_tables(batch_tables(results))

    def add_tables(self, batch: dict[tuple[str, str], dict[str, pa.Table]]) -> None:
        """Add a batch's tables (``batch_tables``); source paths and encodings are this run's."""
        for key, tables in batch.items():
            tables = dict(tables, documents=self._with_sources(tables["documents"]))
            slot = self._tables.setdefault(key, {t: [] for t in DOC_TABLES})
            for t in DOC_TABLES:
                slot[t].append(tables[t])
            self.doc_ids.setdefault(key, []).extend(tables["documents"].column("doc_id").to_pylist())
            self.counts["processed"] += tables["documents"].num_rows
            self.counts["articles"] += tables["articles"].num_rows
            self.counts["mentions"] += tables["mentions"].num_rows
            self.counts["events"] += tables["meetings"].num_rows
            self.counts["attendance"] += tables["attendance"].num_rows

    def _with_sources(self, documents: pa.Table) -> pa.Table:
        """A cached page may have been read from another path or encoding this time."""
        ids = documents.column("doc_id").to_pylist()
        old_paths = documents.column("source_path").to_pylist()
        src = [self.sources.get(i) for i in ids]
        paths = [s.source_path if s else p for s, p in zip(src, old_paths)]
        encodings = [s.encoding if s else None for s in src]
        for name, values in (("source_path", paths), ("encoding", encodings)):
            i = documents.schema.get_field_index(name)
            documents = documents.set_column(i, documents.schema.field(i), pa.array(values, pa.string()))
        return documents

    def tables(self, key: tuple[str, str]) -> dict[str, pa.Table]:
        """The partition's tables, rows in doc_id order (a page's rows keep their order),
        with ``enrich`` applied (the registry's columns) when it is set."""
        tables = {t: pa.concat_tables(parts).sort_by([("doc_id", "ascending")])
                  for t, parts in self._tables[key].items()}
        return self.enrich(tables) if self.enrich is not None else tables

    def partitions(self, fingerprint: Callable[[list[str]], str]) -> list[Partition]:
        out = []
        for key in sorted(self._tables):
            paper, year = key
            ids = sorted(self.doc_ids[key])
            out.append(Partition(partition_name(paper, year), fingerprint(ids), paper, year, ids,
                                 build=lambda key=key: self.tables(key)))
        return out


# --------------------------------------------------------------------------- the writer


@dataclass
class Partition:
    """One partition of a run: its fingerprint and, when it must be written, its tables."""

    name: str
    fingerprint: str
    newspaper: str
    year: str
    doc_ids: list[str]
    build: Callable[[], dict[str, pa.Table]]  # called only when the previous files cannot be kept


@dataclass
class PublishInfo:
    snapshot: str
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


class TableStore:
    """Snapshots of the tables in an output folder, published atomically."""

    def __init__(self, out_dir: str | Path, compression: str = "zstd", keep_snapshots: int = 2):
        self.out = Path(out_dir)
        self.state = self.out / STATE_DIR
        self.snapshots = self.state / "snapshots"
        self.current = self.state / "current"
        self.prefect_dir = self.state / "prefect"  # the temporary Prefect server's home, failed runs' results
        self.compression = None if compression == "none" else compression
        self.keep = max(1, keep_snapshots)

    # -- reading
    def current_snapshot(self) -> Path | None:
        if self.current.is_symlink() or self.current.is_dir():
            target = self.current.resolve()
            if target.is_dir():
                return target
        return None

    def index(self) -> dict:
        """The index of the current snapshot ({} when there is none)."""
        snap = self.current_snapshot()
        if snap is None:
            return {}
        try:
            return json.loads((snap / "index.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    @contextlib.contextmanager
    def lock(self, on_wait=None):
        """One run at a time per output folder (a scheduled run and a manual one, say)."""
        self.state.mkdir(parents=True, exist_ok=True)
        with open(self.state / "lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait is not None:
                    on_wait()
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def table_path(self, name: str) -> Path:
        return self.out / f"{name}.parquet"

    # -- checks
    def check(self, files=RUN_FILES) -> None:
        """Raise ``OutputFolderError`` unless huiyi can write here and publish without
        replacing anything it did not write. It creates ``OUT/.huiyi`` (its only folder)."""
        if self.out.exists() and not self.out.is_dir():
            raise OutputFolderError(f"output folder {self.out} is a file, not a folder")
        try:
            self.state.mkdir(parents=True, exist_ok=True)
            fd, probe = tempfile.mkstemp(dir=self.state, prefix=".probe-")
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            raise OutputFolderError(f"cannot write into output folder {self.out}: {exc.strerror or exc}") from None
        self._check_foreign(files)

    def _published_links(self, files) -> dict[Path, str]:
        """The symlinks huiyi publishes in the output folder (the tables and ``files``), and their targets."""
        names = [f"{t}.parquet" for t in TABLES] + list(files)
        return {self.out / name: f"{STATE_DIR}/current/{name}" for name in names}

    def _check_foreign(self, files) -> None:
        """A file, folder or symlink of ours by name but not by content is the user's: never replaced."""
        foreign = [str(link) for link, target in self._published_links(files).items()
                   if (link.is_symlink() or link.exists()) and not (link.is_symlink() and os.readlink(link) == target)]
        if foreign:
            raise OutputFolderError(f"{', '.join(foreign)}: in the way of the symlinks huiyi publishes, and not "
                                    "written by huiyi, so never replaced (move them, or choose another output folder)")

    # -- housekeeping
    def recover(self) -> list[str]:
        """Remove what a killed run left behind (unpublished snapshots)."""
        removed = []
        if self.snapshots.is_dir():
            for p in self.snapshots.iterdir():
                if p.name.endswith(".tmp"):
                    shutil.rmtree(p, ignore_errors=True)
                    removed.append(p.name)
        return removed

    def _prune(self) -> None:
        keep = set()
        snap = self.current_snapshot()
        if snap is not None:
            keep.add(snap.name)
        done = sorted((p for p in self.snapshots.iterdir() if p.is_dir() and not p.name.endswith(".tmp")),
                      key=lambda p: p.name, reverse=True)
        for p in done:
            if len(keep) >= self.keep and p.name not in keep:
                shutil.rmtree(p, ignore_errors=True)
            else:
                keep.add(p.name)

    # -- writing
    def _write(self, table: pa.Table, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, path, compression=self.compression)

    @staticmethod
    def _link_or_copy(src: Path, dst: Path) -> None:
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    def _symlink(self, target: str, link: Path) -> None:
        """Point ``link`` at ``target`` atomically (the new link is made in ``OUT/.huiyi``
        and renamed into place)."""
        if link.is_symlink() and os.readlink(link) == target:
            return
        tmp = self.state / f".{link.name}.{os.getpid()}.tmp"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(target, tmp)
        os.replace(tmp, link)

    def publish(
        self,
        partitions: list[Partition],
        global_tables: dict[str, pa.Table | None],
        index_extra: dict | None = None,
        files: dict[str, str] | None = None,
        run_id: str | None = None,
    ) -> PublishInfo:
        """Write a new snapshot and make it current; on any failure the old one stays.

        Partitions whose fingerprint matches the current snapshot's are hard links to its
        files; the others are built and written. A global table given as None keeps the
        current file.
        """
        self.check(files or ())
        self.snapshots.mkdir(parents=True, exist_ok=True)
        self.recover()
        run_id = run_id or time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
        final = self.snapshots / run_id
        n = 1
        while final.exists():
            final = self.snapshots / f"{run_id}.{n}"
            n += 1
        tmp = final.with_name(final.name + ".tmp")
        prev_snap = self.current_snapshot()
        prev_parts = self.index().get("partitions", {}) if prev_snap else {}
        info = PublishInfo(snapshot=final.name)
        try:
            tmp.mkdir(parents=True)
            for part in partitions:
                reuse = (
                    prev_snap is not None
                    and prev_parts.get(part.name, {}).get("fingerprint") == part.fingerprint
                    and all((prev_snap / f"{t}.parquet" / f"{part.name}.parquet").is_file() for t in DOC_TABLES)
                )
                if reuse:
                    for t in DOC_TABLES:
                        self._link_or_copy(prev_snap / f"{t}.parquet" / f"{part.name}.parquet",
                                           tmp / f"{t}.parquet" / f"{part.name}.parquet")
                    info.kept.append(part.name)
                    continue
                tables = part.build()
                for t in DOC_TABLES:
                    self._write(tables[t], tmp / f"{t}.parquet" / f"{part.name}.parquet")
                info.written.append(part.name)
            if not partitions:  # keep every table readable even when no document made it
                for t in DOC_TABLES:
                    self._write(SCHEMAS[t].empty_table(), tmp / f"{t}.parquet" / "empty.parquet")
            for t in GLOBAL_TABLES:
                dst = tmp / f"{t}.parquet" / "part-0.parquet"
                table = global_tables.get(t)
                prev = prev_snap / f"{t}.parquet" / "part-0.parquet" if prev_snap is not None else None
                if table is None and prev is not None and prev.is_file():
                    self._link_or_copy(prev, dst)  # None: keep the current file
                else:
                    self._write(table if table is not None else SCHEMAS[t].empty_table(), dst)
            info.removed = sorted(set(prev_parts) - {p.name for p in partitions})
            index = dict(index_extra or {})
            index["snapshot"] = final.name
            index["partitions"] = {
                p.name: {"fingerprint": p.fingerprint, "newspaper": p.newspaper, "year": p.year, "doc_ids": p.doc_ids}
                for p in partitions
            }
            for name, text in (files or {}).items():
                (tmp / name).write_text(text, encoding="utf-8")
            (tmp / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
            self._check_foreign(files or ())  # again: a file may have appeared in the way during the run
            os.replace(tmp, final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        # Publish: one atomic symlink swap; then the stable top-level links.
        self._symlink(f"snapshots/{final.name}", self.current)
        for link, target in self._published_links(files or ()).items():
            self._symlink(target, link)
        self._prune()
        return info
