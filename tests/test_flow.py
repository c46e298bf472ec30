"""The Prefect flow end to end (real stages, rules-only config), caching and runners."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline import cli, flow
from pipeline.config import RunConfig
from pipeline.stages import tables as tbl
from tests.conftest import PAGE_C, write

pytestmark = pytest.mark.usefixtures("prefect_harness")


def load(out, name) -> pd.DataFrame:
    return pd.read_parquet(Path(out) / f"{name}.parquet")


def manifest(out) -> dict:
    return json.loads((Path(out) / "manifest.json").read_text(encoding="utf-8"))


def runs(out) -> dict[str, tuple[int, int, int]]:
    """(run, cached, skipped) batches per stage, from the manifest."""
    t = manifest(out)["timings"]
    return {s: (t[s]["batches_run"], t[s]["batches_cached"], t[s]["batches_skipped"])
            for s in ("clean", "segment", "ner", "relations")}


def frames(out) -> dict[str, pd.DataFrame]:
    keys = {"documents": ["doc_id"], "articles": ["article_id"], "mentions": ["doc_id", "start", "label"],
            "meetings": ["meeting_id"], "attendance": ["meeting_id", "person", "role"], "officials": ["person_id"],
            "people": ["person_id"], "positions": ["person_id", "organ", "post"],
            "coattendance": ["person_a", "person_b"], "errors": ["doc_id", "stage", "reason"]}
    return {n: load(out, n).sort_values(k).reset_index(drop=True) for n, k in keys.items()}


def test_end_to_end_run_then_cached_rerun(pages, rules_config):
    cfg = rules_config([pages])
    out = Path(cfg.output.dir)
    s = flow.run(cfg)
    assert (s["documents"], s["processed"], s["failed"]) == (2, 2, 0)
    for name in tbl.TABLES:
        assert list(load(out, name).columns) == tbl.SCHEMAS[name].names
    docs = load(out, "documents").set_index("doc_id")
    assert docs.loc["qingchuan_20250306", "newspaper"] == "青川日报"
    assert docs.loc["qingchuan_20250306", "issue_date"] == pd.Timestamp(2025, 3, 6)
    assert s["events"] >= 2 and s["attendance"] >= 3
    att = load(out, "attendance")
    assert "周明远" in set(att.person) and not att.duplicated(["meeting_id", "person", "role"]).any()
    assert set(load(out, "meetings").meeting_id) >= set(att.meeting_id)
    assert s["officials"] == len(load(out, "officials")) > 0
    assert set(load(out, "officials").kind) == {"official"}
    # every attendance row has its person, and that person a position for each post of the title
    assert att.person_id.notna().all() and set(att.person_id) == set(load(out, "people").person_id)
    positions = load(out, "positions")
    assert ("周明远", "县委", "书记") in set(zip(positions.name, positions.organ, positions.post))

    m = manifest(out)
    assert m["config_hash"] and m["counts"]["documents"] == 2
    assert set(m["inputs"]) == {"qingchuan_20250306", "nanjiang_20241120"}
    assert all(len(v["hash"]) == 32 for v in m["inputs"].values())
    assert set(m["stage_keys"]) == {"clean", "segment", "ner", "relations"}
    assert "lexicons" in m["model_versions"]["ner"]
    assert m["timings"]["clean"]["chars"] > 0
    assert RunConfig.model_validate(yaml.safe_load((out / "config.yaml").read_text(encoding="utf-8"))) == cfg
    assert runs(out) == {"clean": (1, 0, 0), "segment": (1, 0, 0), "ner": (1, 0, 0), "relations": (1, 0, 0)}

    before = frames(out)
    s2 = flow.run(cfg)
    # same documents, config, code and models: the tables are up to date, nothing runs
    assert s2["up_to_date"] and manifest(out)["up_to_date"]
    assert runs(out) == {"clean": (0, 0, 1), "segment": (0, 0, 1), "ner": (0, 0, 1), "relations": (0, 0, 1)}
    assert s2["partitions_written"] == 0 and s2["partitions_kept"] == 2
    assert (s2["events"], s2["attendance"], s2["officials"]) == (s["events"], s["attendance"], s["officials"])
    for name, df in frames(out).items():
        pd.testing.assert_frame_equal(df, before[name])


def test_prefect_cache_is_shared_between_output_folders(pages, rules_config, tmp_path):
    cache = {"dir": str(tmp_path / "cache")}
    a = rules_config([pages], out=tmp_path / "a", cache=cache)
    b = rules_config([pages], out=tmp_path / "b", cache=cache)
    flow.run(a)
    s = flow.run(b)
    assert not s["up_to_date"]
    # only the last stage's cached result is loaded from Prefect's result storage
    assert runs(b.output.dir) == {"clean": (0, 0, 1), "segment": (0, 0, 1), "ner": (0, 0, 1), "relations": (0, 1, 0)}
    fa, fb = frames(a.output.dir), frames(b.output.dir)
    for name in fa:
        pd.testing.assert_frame_equal(fa[name], fb[name], obj=name)
    # a cache entry that vanishes is recomputed, not trusted
    for p in (tmp_path / "cache").glob("relations-*"):
        p.unlink()
    flow.run(rules_config([pages], out=tmp_path / "c", cache=cache))
    assert runs(tmp_path / "c")["relations"] == (1, 0, 0) and runs(tmp_path / "c")["ner"] == (0, 1, 0)


def test_a_cached_page_read_from_another_path_shows_that_path(pages, rules_config, tmp_path):
    import shutil

    flow.run(rules_config([pages]))
    moved = shutil.copytree(pages, tmp_path / "moved")
    cfg = rules_config([moved])
    flow.run(cfg)
    assert runs(cfg.output.dir)["relations"] == (0, 1, 0)  # same content: the cached result
    paths = load(cfg.output.dir, "documents").source_path
    assert len(paths) == 2 and all(p.startswith(str(moved)) for p in paths)


def test_changing_relations_options_reruns_only_relations(pages, rules_config):
    cfg = rules_config([pages])
    flow.run(cfg)
    flow.run(rules_config([pages], relations={"max_title_chars": 20}))
    assert runs(cfg.output.dir) == {"clean": (0, 0, 1), "segment": (0, 0, 1), "ner": (0, 1, 0), "relations": (1, 0, 0)}
    flow.run(rules_config([pages], clean={"drop_furniture": False}))
    assert runs(cfg.output.dir)["clean"] == (1, 0, 0) and runs(cfg.output.dir)["relations"] == (1, 0, 0)


def test_a_person_seen_in_two_issues_is_one_person_until_the_people_file_splits_them(pages, rules_config, tmp_path):
    write(pages / "qingchuan_20250307.txt", PAGE_C)  # 韩志刚, 县长, in the next issue too
    people = write(tmp_path / "people.yaml", "merge: []\nsplit: []\n")
    cfg = rules_config([pages], registry={"people_file": str(people)})
    flow.run(cfg)
    att = load(cfg.output.dir, "attendance")
    assert att[att.person == "韩志刚"].person_id.nunique() == 1
    write(people, "split:\n  - {name: 韩志刚, doc_ids: [qingchuan_20250307]}\n")
    s = flow.run(cfg)
    assert not s["up_to_date"] and s["partitions_written"] == 1  # the registry's columns of 青川日报-2025
    att = load(cfg.output.dir, "attendance")
    assert att[att.person == "韩志刚"].person_id.nunique() == 2
    assert (load(cfg.output.dir, "people").name == "韩志刚").sum() == 2


def test_new_documents_are_processed_without_redoing_old_ones(pages, rules_config):
    cfg = rules_config([pages])
    flow.run(cfg)
    write(pages / "qingchuan_20250307.txt", PAGE_C)
    s = flow.run(cfg)
    assert s["documents"] == 3
    r = runs(cfg.output.dir)
    assert r["clean"] == (1, 0, 1)  # the new document's batch only
    assert r["relations"] == (1, 1, 0)  # the old batch comes from the cache
    assert s["partitions_written"] == 1 and s["partitions_kept"] == 1  # 青川日报-2025 changed, 南江晚报-2024 not
    assert sorted(load(cfg.output.dir, "documents").doc_id) == [
        "nanjiang_20241120", "qingchuan_20250306", "qingchuan_20250307"]


def test_a_stage_failing_on_one_document_is_reported_and_the_rest_go_on(pages, rules_config, monkeypatch):
    from pipeline.stages import ner

    real = ner.recognize

    def flaky(clean, *args, **kwargs):
        if clean.doc_id == "nanjiang_20241120":
            raise ValueError("tagger exploded")
        return real(clean, *args, **kwargs)

    monkeypatch.setattr(ner, "recognize", flaky)
    cfg = rules_config([pages])
    s = flow.run(cfg)
    assert (s["processed"], s["failed"]) == (1, 1)
    errors = load(cfg.output.dir, "errors")
    row = errors[errors.severity == "error"].iloc[0]
    assert (row.doc_id, row.stage) == ("nanjiang_20241120", "ner")
    assert "ValueError: tagger exploded" in row.reason and "test_flow.py" in row.reason
    assert list(load(cfg.output.dir, "documents").doc_id) == ["qingchuan_20250306"]


def test_cli_run_exit_code_and_summary(pages, tmp_path, capsys):
    cfg = tmp_path / "rules.yaml"
    cfg.write_text("segment: {segmenter: char}\nner: {backend: rules}\n", encoding="utf-8")
    code = cli.main(["run", "--input", str(pages), "--output", str(tmp_path / "o"), "--config", str(cfg)])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 read, 2 processed, 0 failed" in out and "attendance" in out and "officials" in out
    assert f"huiyi report {tmp_path / 'o'}" in out
    assert cli.main(["report", str(tmp_path / "o")]) == 0  # the report reads a real output folder
    assert "周明远" in (tmp_path / "o" / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["dask", "local"])
def test_two_worker_processes_give_the_same_tables(pages, rules_config, tmp_path, kind, monkeypatch):
    from pipeline import batch

    write(pages / "qingchuan_20250307.txt", PAGE_C)
    pools = []
    real_set = batch.set_worker_pool
    monkeypatch.setattr(flow, "set_worker_pool", lambda pool: (pools.append(pool), real_set(pool)))
    single = rules_config([pages], out=tmp_path / "single", runner={"batch_size": 1})
    multi = rules_config([pages], out=tmp_path / kind, runner={"kind": kind, "n_workers": 2, "batch_size": 1})
    a = flow.run(single)
    b = flow.run(multi)
    assert a["documents"] == b["documents"] == 3 and b["batches"] == 3
    # local: the stages ran in a pool of worker processes, closed after the run
    assert [p is not None for p in pools] == ([True, False] if kind == "local" else [])
    fa, fb = frames(single.output.dir), frames(multi.output.dir)
    for name in fa:
        pd.testing.assert_frame_equal(fa[name], fb[name], obj=name)


def test_deployment_has_the_schedule_and_reads_the_inbox(tmp_path, rules_config):
    cfg = rules_config([tmp_path], serve={"inbox": str(tmp_path / "inbox"), "cron": "15 6 * * *", "name": "daily"})
    dep = flow.deployment(cfg)
    assert dep.name == "daily"
    assert dep.schedules[0].schedule.cron == "15 6 * * *"
    params = dep.parameters["config"]
    assert params["input"] == [str((tmp_path / "inbox").resolve())]
    assert params["output"]["dir"] == cfg.output.dir


def test_a_cache_entry_vanishing_mid_run_reruns_the_batch(pages, rules_config, monkeypatch, tmp_path):
    cache = {"dir": str(tmp_path / "cache")}
    first = flow.run(rules_config([pages], out=tmp_path / "a", cache=cache))
    for p in (tmp_path / "cache").glob("relations-*"):
        p.unlink()
    # the planner still sees the entry: it vanishes between the check and the task
    real = Path.is_file
    monkeypatch.setattr(Path, "is_file", lambda self: self.name.startswith("relations-") or real(self))
    s = flow.run(rules_config([pages], out=tmp_path / "b", cache=cache))
    assert (s["processed"], s["failed"]) == (2, 0)
    assert s["attendance"] == first["attendance"]
    assert runs(tmp_path / "b")["relations"] == (1, 0, 0)


def test_a_dead_worker_is_replaced_and_its_batch_tried_again():
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from pipeline import batch
    from pipeline.records import Document

    class InlineExecutor:
        """Runs work here; the first one made behaves as a pool whose worker died."""

        def __init__(self, broken: bool):
            self.broken, self.closed = broken, False

        def submit(self, fn, *args):
            future = Future()
            if self.broken:
                future.set_exception(BrokenProcessPool("a worker died"))
            else:
                future.set_result(fn(*args))
            return future

        def shutdown(self, wait=True, cancel_futures=False):
            self.closed = True

    made: list[InlineExecutor] = []

    def make():
        made.append(InlineExecutor(broken=not made))
        return made[-1]

    pool = batch.WorkerPool(2, make)
    cfg = RunConfig.model_validate({"segment": {"segmenter": "char"}, "ner": {"backend": "rules"}})
    doc = Document("d", "d.txt", "县长冯立新主持会议。\n", "utf-8")
    packed = pool.run(batch.Job("clean", "k", 0, cfg), batch.Bundle(0, items=[batch.Item(doc)]))
    out = batch.unpack(packed)
    assert out.items[0].clean.text.startswith("县长冯立新") and not out.errors
    assert pool.restarts == 1 and len(made) == 2 and made[0].closed and not made[1].closed
