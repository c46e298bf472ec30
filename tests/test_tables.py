"""Tables: schemas, builders, partitioned snapshots, atomic and idempotent writes."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.records import Article, CleanDocument, DocumentResult, Event, InputError, Mention, Participant
from pipeline.stages import tables as tbl

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def result(doc_id: str, paper: str | None = "青川日报", issue: date | None = date(2025, 3, 6),
           person: str = "周明远") -> DocumentResult:
    clean = CleanDocument(doc_id, f"{doc_id}.txt", "县委常委会召开会议", [], paper, issue, "masthead")
    art = Article(f"{doc_id}-a1", doc_id, "县委常委会召开会议", ((0, 9),), 10, 60, ("林晓",))
    mentions = [
        Mention(doc_id, art.article_id, "PERSON", person, 20, 23, "rules", "official", "县委书记", None),
        Mention(doc_id, art.article_id, "TITLE", "县委书记", 16, 20),
    ]
    ev = Event(f"{doc_id}-m1", doc_id, art.article_id, "县委常委会会议", "meeting",
               date(2025, 3, 5) if issue else None, 3, 5, "3月5日", "text", None, "县委常委会召开会议。", 10, 40)
    ev.participants = [
        Participant(person, {"speaker", "chair"}, "县委书记", "县委书记周明远主持会议并讲话。", 20, 23),
        Participant("韩志刚", {"attendee"}, "县长", "县长韩志刚出席会议。", 40, 43),
    ]
    return DocumentResult(clean, [art], mentions, [ev], 120)


def sources(*results: DocumentResult) -> dict[str, tbl.SourceInfo]:
    return {r.clean.doc_id: tbl.SourceInfo(f"/in/{r.clean.doc_id}.txt", "utf-8") for r in results}


def partitions(results: list[DocumentResult], version: str = "v1") -> list[tbl.Partition]:
    groups: dict = {}
    for r in results:
        groups.setdefault(tbl.partition_of(r), []).append(r)
    src = sources(*results)
    out = []
    for (paper, year), rs in sorted(groups.items()):
        fp = version + "|" + ",".join(sorted(f"{r.clean.doc_id}:{r.events[0].participants[0].person}" for r in rs))
        out.append(tbl.Partition(tbl.partition_name(paper, year), fp, paper, year, [r.clean.doc_id for r in rs],
                                 build=lambda rs=rs: tbl.document_tables(rs, src)))
    return out


def publish(store: tbl.TableStore, results: list[DocumentResult], errors=()) -> tbl.PublishInfo:
    return store.publish(partitions(results), {
        "officials": tbl.officials_table([{"person_id": "x1", "name": "周明远", "titles": ["县委书记"],
                                           "n_meetings": 1, "first_date": date(2025, 3, 5), "last_date": None}]),
        "errors": tbl.errors_table(list(errors), [InputError("w", "w.txt", "ingest", "truncated UTF-8")]),
    }, files={"manifest.json": "{}"})


def load(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


def test_builders_follow_the_schemas():
    r = result("d1")
    built = tbl.document_tables([r], sources(r))
    for name, table in built.items():
        assert table.schema.equals(tbl.SCHEMAS[name]), name
    att = built["attendance"].to_pylist()
    # one row per (meeting, person, role), roles in a fixed order
    assert [(a["person"], a["role"]) for a in att] == [("周明远", "chair"), ("周明远", "speaker"), ("韩志刚", "attendee")]
    doc = built["documents"].to_pylist()[0]
    assert doc["source_path"] == "/in/d1.txt" and doc["n_events"] == 1 and doc["issue_date"].date() == date(2025, 3, 6)
    meeting = built["meetings"].to_pylist()[0]
    assert meeting["date"].date() == date(2025, 3, 5) and meeting["month"] == 3 and meeting["n_participants"] == 2
    assert (meeting["newspaper"], meeting["issue_date"].date()) == ("青川日报", date(2025, 3, 6))
    # who attended what, when, with no join
    first = att[0]
    assert (first["meeting"], first["meeting_kind"], first["date"].date(), first["newspaper"]) == (
        "县委常委会会议", "meeting", date(2025, 3, 5), "青川日报")
    assert built["articles"].to_pylist()[0]["reporters"] == ["林晓"]
    assert tbl.officials_table([]).schema.equals(tbl.SCHEMAS["officials"])
    errs = tbl.errors_table([InputError("a", "a.txt", "ingest", "empty")], [InputError("b", "b.txt", "clean", "w")])
    assert errs.column("severity").to_pylist() == ["error", "warning"]


def test_an_issue_known_to_the_month_has_its_month_and_year_partition():
    r = result("d2", issue=None)
    r.clean.partial_issue_date = (2014, 3)
    doc = tbl.document_tables([r], sources(r))["documents"].to_pylist()[0]
    assert doc["issue_date"] is None and doc["issue_month"] == "2014-03"
    assert tbl.partition_of(r) == ("青川日报", "2014")
    assert tbl.document_tables([result("d1")], sources(result("d1")))["documents"].to_pylist()[0]["issue_month"] == "2025-03"


def test_every_table_has_an_explicit_schema_with_the_documented_columns():
    need = {
        "documents": {"doc_id", "source_path", "newspaper", "issue_date", "issue_month", "issue_date_source",
                      "n_chars"},
        "articles": {"article_id", "doc_id", "headline", "reporters", "start", "end"},
        "mentions": {"doc_id", "article_id", "label", "text", "start", "end"},
        "meetings": {"meeting_id", "doc_id", "article_id", "name", "kind", "date", "month", "day", "date_text",
                     "date_source", "place", "evidence"},
        "attendance": {"meeting_id", "doc_id", "person", "role", "title", "evidence"},
        "officials": {"person_id", "name", "titles", "n_meetings", "first_date", "last_date"},
        "errors": {"doc_id", "source_path", "stage", "reason"},
    }
    for name, cols in need.items():
        assert cols <= set(tbl.SCHEMAS[name].names), name
    assert tbl.SCHEMAS["meetings"].field("date").type == pa.timestamp("ms")
    assert tbl.SCHEMAS["officials"].field("titles").type == pa.list_(pa.string())
    for name in ("people", "positions", "coattendance"):
        assert name in tbl.GLOBAL_TABLES and name in tbl.TABLES


def test_nullable_columns_load_in_pandas_as_nullable_types(tmp_path):
    r = result("d1", None, None)  # no newspaper, no issue date, no meeting date
    built = tbl.document_tables([r], sources(r))
    pq.write_table(built["meetings"], tmp_path / "m.parquet")
    pq.write_table(built["documents"], tmp_path / "d.parquet")
    meetings = pd.read_parquet(tmp_path / "m.parquet")
    assert str(meetings["month"].dtype) == "Int8" and str(meetings["n_participants"].dtype) == "Int32"
    assert str(meetings["from_headline"].dtype) == "boolean"
    assert str(meetings["date"].dtype).startswith("datetime64") and meetings["date"].isna().all()
    documents = pd.read_parquet(tmp_path / "d.parquet")
    assert str(documents["issue_date"].dtype).startswith("datetime64") and documents["issue_date"].isna().all()
    assert str(documents["n_chars"].dtype) == "Int64"


def test_registry_columns_fill_a_partition():
    r = result("d1")
    built = tbl.document_tables([r], sources(r))
    filled = tbl.with_registry(built, {("d1", "周明远"): "p-zhou"}, {})
    ids = filled["attendance"].column("person_id").to_pylist()
    assert ids == ["p-zhou", "p-zhou", None]  # 韩志刚 unknown to this registry: null, never invented
    assert filled["attendance"].schema.equals(tbl.SCHEMAS["attendance"])


def test_partition_names():
    assert tbl.partition_name("青川日报", "2025") == "青川日报-2025"
    assert tbl.partition_of(result("x", None, None)) == ("unknown", "unknown")
    odd = tbl.partition_name("Daily/News .", "2025")
    assert "/" not in odd and not odd.startswith((".", "_"))
    assert tbl.partition_name("a/b", "2025") != tbl.partition_name("a?b", "2025")


def test_write_and_read_partitioned_tables(tmp_path):
    out = tmp_path / "out"
    rs = [result("d1"), result("d2", "南江晚报", date(2024, 11, 20), "刘建华"), result("d3", None, None, "黄国强")]
    info = publish(tbl.TableStore(out), rs)
    assert sorted(info.written) == ["unknown-unknown", "南江晚报-2024", "青川日报-2025"]
    for name in tbl.TABLES:
        assert (out / f"{name}.parquet").is_symlink()
        df = load(out, name)
        assert list(df.columns) == tbl.SCHEMAS[name].names
    assert sorted(load(out, "documents")["doc_id"]) == ["d1", "d2", "d3"]
    assert len(load(out, "attendance")) == 9
    # a dataset reader sees the same rows, with no extra partition columns
    ds = pq.read_table(out / "meetings.parquet")
    assert ds.num_rows == 3 and ds.schema.names == tbl.SCHEMAS["meetings"].names
    assert (out / "manifest.json").read_text() == "{}"


def test_rerun_is_idempotent_and_keeps_unchanged_partitions(tmp_path):
    out = tmp_path / "out"
    store = tbl.TableStore(out)
    rs = [result("d1"), result("d2", "南江晚报", date(2024, 11, 20), "刘建华")]
    publish(store, rs)
    first = {n: load(out, n) for n in tbl.TABLES}
    inode = (out / "attendance.parquet" / "南江晚报-2024.parquet").stat().st_ino
    info = publish(store, rs)
    assert info.written == [] and sorted(info.kept) == ["南江晚报-2024", "青川日报-2025"]
    for n in tbl.TABLES:
        pd.testing.assert_frame_equal(load(out, n), first[n])
    assert (out / "attendance.parquet" / "南江晚报-2024.parquet").stat().st_ino == inode  # a hard link


def test_rerun_replaces_exactly_the_changed_partition(tmp_path):
    out = tmp_path / "out"
    store = tbl.TableStore(out)
    publish(store, [result("d1"), result("d2", "南江晚报", date(2024, 11, 20), "刘建华")])
    info = publish(store, [result("d1", person="周明辉"), result("d2", "南江晚报", date(2024, 11, 20), "刘建华")])
    assert info.written == ["青川日报-2025"] and info.kept == ["南江晚报-2024"]
    att = load(out, "attendance")
    assert len(att) == 6 and "周明远" not in set(att.person) and "周明辉" in set(att.person)
    assert not att.duplicated().any()


def test_documents_that_move_partition_or_disappear_leave_no_rows_behind(tmp_path):
    out = tmp_path / "out"
    store = tbl.TableStore(out)
    publish(store, [result("d1"), result("d2", "南江晚报", date(2024, 11, 20), "刘建华")])
    # d1's issue year changes (a better date) and d2 is gone from the input
    info = publish(store, [result("d1", issue=date(2024, 3, 6))])
    assert info.removed == ["南江晚报-2024", "青川日报-2025"]
    docs = load(out, "documents")
    assert list(docs.doc_id) == ["d1"] and docs.issue_date.iloc[0] == pd.Timestamp(2024, 3, 6)
    assert len(load(out, "attendance")) == 3


def test_empty_run_still_gives_readable_tables(tmp_path):
    out = tmp_path / "out"
    publish(tbl.TableStore(out), [], errors=[InputError("", "in", "ingest", "input folder not found: in")])
    for name in tbl.TABLES:
        assert list(load(out, name).columns) == tbl.SCHEMAS[name].names
    assert len(load(out, "meetings")) == 0
    assert load(out, "errors").reason.tolist()[0] == "input folder not found: in"


def test_failed_write_leaves_the_previous_tables_intact(tmp_path, monkeypatch):
    out = tmp_path / "out"
    store = tbl.TableStore(out)
    publish(store, [result("d1"), result("d2", "南江晚报", date(2024, 11, 20), "刘建华")])
    before = {n: load(out, n) for n in tbl.TABLES}
    snapshot = os.readlink(out / ".huiyi" / "current")

    calls = {"n": 0}
    real = pq.write_table

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(pq, "write_table", flaky)
    with pytest.raises(OSError):
        publish(store, [result("d1", person="周明辉"), result("d3", "东山日报", date(2023, 5, 10), "黄国强")])
    monkeypatch.undo()
    assert os.readlink(out / ".huiyi" / "current") == snapshot
    for n in tbl.TABLES:
        pd.testing.assert_frame_equal(load(out, n), before[n])
    assert not [p for p in (out / ".huiyi" / "snapshots").iterdir() if p.name.endswith(".tmp")]


def test_a_killed_run_is_cleaned_up_by_the_next(tmp_path):
    out = tmp_path / "out"
    store = tbl.TableStore(out)
    publish(store, [result("d1")])
    half = out / ".huiyi" / "snapshots" / "20990101T000000-1.tmp"
    (half / "meetings.parquet").mkdir(parents=True)  # what a kill -9 mid-write leaves
    assert store.recover() == [half.name] and not half.exists()
    assert len(load(out, "meetings")) == 1


def test_old_snapshots_are_pruned(tmp_path):
    out = tmp_path / "out"
    store = tbl.TableStore(out, keep_snapshots=2)
    for i in range(4):
        store.publish(partitions([result("d1", person=f"周明{i}")]), {}, run_id=f"2025010{i}T000000-1")
    snaps = sorted(p.name for p in (out / ".huiyi" / "snapshots").iterdir())
    assert snaps == ["20250102T000000-1", "20250103T000000-1"]
    assert load(out, "attendance").person.iloc[0] == "周明3"


@pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not next to this checkout")
def test_the_scorer_loads_the_tables(tmp_path):
    import runpy

    out = tmp_path / "out"
    publish(tbl.TableStore(out), [result("d1")])
    scorer = runpy.run_path(str(SCORER))
    by_doc, persons = scorer["load_pred"](out)
    (ev,) = by_doc["d1"]
    assert ev.date == (2025, 3, 5) and set(ev.people) == {"周明远", "韩志刚"}
    assert persons["d1"] == {"周明远"}


def test_one_run_at_a_time_per_output_folder(tmp_path):
    import threading

    store = tbl.TableStore(tmp_path / "out")
    waited, order = [], []

    def second_run():
        with store.lock(on_wait=lambda: waited.append(1)):
            order.append("b")

    with store.lock():
        t = threading.Thread(target=second_run)
        t.start()
        t.join(0.3)  # it waits for us
        order.append("a")
    t.join(5)
    assert waited == [1] and order == ["a", "b"]
