"""Bad input and faults, through the CLI and the flow: each gets a clear message, lands in
the errors table, the other documents are processed, and the exit code says so."""
from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import cli
from pipeline.stages import ingest as ing
from pipeline.stages import tables as tbl
from tests.conftest import PAGE_A, PAGE_B, PAGE_C, PAGE_TRAD, write

pytestmark = pytest.mark.usefixtures("prefect_harness")

RULES = "segment: {segmenter: char}\nner: {backend: rules}\ningest: {max_bytes: 16777216}\n"

NOT_A_NEWSPAPER = (
    "Installation\n"
    "Run the installer, accept the licence and restart the computer when asked. "
    "The program keeps its settings in your home folder.\n"
)
NO_ARTICLES = "青川日报\n2025年3月8日 星期六\n第3版\n"


@pytest.fixture
def bad_inbox(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "inbox"
    write(d / "good_20250306.txt", PAGE_A)
    write(d / "gb18030_20241120.txt", PAGE_B, "gb18030")
    write(d / "big5_20230510.txt", PAGE_TRAD, "big5")
    (d / "truncated_20250307.txt").write_bytes(PAGE_C.encode("utf-8")[:-2])
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x9c\x11\x00" * 2048)
    with open(d / "huge.txt", "wb") as fh:  # 50 MB of text: over ingest.max_bytes
        fh.write(("县委常委会召开会议。" * 1000 + "\n").encode("utf-8") * 1750)
    write(d / "vanishing.txt", PAGE_A)
    write(d / "locked.txt", PAGE_A)
    write(d / "masthead_only.txt", NO_ARTICLES)
    write(d / "readme.txt", NOT_A_NEWSPAPER)
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "feed-1", "text": PAGE_C, "issue_date": "2025-03-07", "source": "青川日报"},
                   ensure_ascii=False) + "\n" + '{"id": "feed-2", "text": "unterminated\n', encoding="utf-8")

    real = ing._read_bytes

    def faulty(path: Path, limit: int) -> bytes:
        if path.name == "vanishing.txt":  # deleted between discovery and reading
            path.unlink()
        if path.name == "locked.txt":  # as chmod 000 would, for a user who is not root
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, limit)

    monkeypatch.setattr(ing, "_read_bytes", faulty)
    return d


def run_cli(tmp_path, inputs, *extra) -> tuple[int, Path]:
    cfg = tmp_path / "rules.yaml"
    cfg.write_text(RULES, encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["run", "--input", *map(str, inputs), "--output", str(out), "--config", str(cfg), *extra])
    return code, out


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path, bad_inbox, capsys):
    code, out = run_cli(tmp_path, [bad_inbox])
    printed = capsys.readouterr().out
    assert code == cli.EXIT_FAILED_DOCS

    docs = set(pd.read_parquet(out / "documents.parquet").doc_id)
    assert docs == {"good_20250306", "gb18030_20241120", "big5_20230510", "truncated_20250307",
                    "masthead_only", "readme", "feed-1"}

    errors = pd.read_parquet(out / "errors.parquet")
    failed = errors[errors.severity == "error"]
    reason = {Path(p).name: r for p, r in zip(failed.source_path, failed.reason)}
    assert "empty file" in reason["empty.txt"]
    assert "binary" in reason["binary.txt"]
    assert "too large" in reason["huge.txt"] and "ingest.max_bytes" in reason["huge.txt"]
    assert "disappeared" in reason["vanishing.txt"]
    assert "permission denied" in reason["locked.txt"].lower()
    assert "malformed JSON" in reason["feed.jsonl:2"]
    assert len(failed) == 6

    warned = errors[errors.severity == "warning"]
    notes = {d: r for d, r in zip(warned.doc_id, warned.reason)}
    assert "truncated UTF-8" in notes["truncated_20250307"]
    assert "no articles found" in notes["masthead_only"]
    assert "does not look like a newspaper page" in notes["readme"]

    # the readable pages were processed, whatever their encoding
    meetings = pd.read_parquet(out / "meetings.parquet")
    assert {"good_20250306", "gb18030_20241120", "big5_20230510"} <= set(meetings.doc_id)
    big5 = pd.read_parquet(out / "documents.parquet").set_index("doc_id").loc["big5_20230510"]
    assert big5.encoding == "big5" and bool(big5.traditional)

    # the summary names every failure
    assert "13 read, 7 processed, 6 failed" in printed
    assert "12 files: 11 pages, 1 JSONL file of 2 lines" in printed
    for name in ("empty.txt", "binary.txt", "huge.txt", "vanishing.txt", "locked.txt", "feed.jsonl:2"):
        assert name in printed


def test_warnings_alone_exit_0_unless_strict(tmp_path):
    d = tmp_path / "in"
    write(d / "good_20250306.txt", PAGE_A)
    (d / "truncated_20250307.txt").write_bytes(PAGE_C.encode("utf-8")[:-2])
    code, out = run_cli(tmp_path, [d])
    assert code == cli.EXIT_OK
    assert set(pd.read_parquet(out / "errors.parquet").severity) == {"warning"}
    code, _ = run_cli(tmp_path, [d], "--strict")
    assert code == cli.EXIT_FAILED_DOCS


def snapshots(out: Path) -> list[str]:
    return sorted(p.name for p in (out / ".huiyi" / "snapshots").iterdir())


def test_a_missing_input_path_publishes_nothing_and_keeps_every_snapshot(tmp_path, pages, capsys):
    run_cli(tmp_path, [pages])
    code, out = run_cli(tmp_path, [pages])
    kept, docs = snapshots(out), pd.read_parquet(out / "documents.parquet")
    assert len(kept) == 2 and len(docs) == 2
    capsys.readouterr()
    typo, no_match = str(tmp_path / "typo_dir"), str(tmp_path / "x*" / "*.txt")
    for inputs, missing in (([typo], typo), ([pages, typo], typo), ([pages, no_match], no_match)):
        code, _ = run_cli(tmp_path, inputs)
        assert code == cli.EXIT_FAILED_DOCS
        assert f"nothing published: input not found: {missing}" in capsys.readouterr().err
        assert snapshots(out) == kept
        pd.testing.assert_frame_equal(pd.read_parquet(out / "documents.parquet"), docs)


def test_a_run_finding_no_documents_keeps_the_tables_unless_allowed(tmp_path, pages, capsys):
    code, out = run_cli(tmp_path, [pages])
    kept = snapshots(out)
    unmounted = tmp_path / "mnt"
    unmounted.mkdir()
    capsys.readouterr()
    code, _ = run_cli(tmp_path, [unmounted])
    assert code == cli.EXIT_FAILED_DOCS and "--allow-empty" in capsys.readouterr().err
    assert snapshots(out) == kept and len(pd.read_parquet(out / "documents.parquet")) == 2
    code, _ = run_cli(tmp_path, [unmounted], "--allow-empty")
    assert code == cli.EXIT_FAILED_DOCS and "no input documents found" in capsys.readouterr().err
    assert len(pd.read_parquet(out / "documents.parquet")) == 0 and len(snapshots(out)) == 2


def test_a_missing_input_on_a_new_output_folder_publishes_nothing(tmp_path, capsys):
    code, out = run_cli(tmp_path, [tmp_path / "nowhere"])
    captured = capsys.readouterr()
    assert code == cli.EXIT_FAILED_DOCS
    assert "input folder not found" in captured.out and "nothing published" in captured.err
    assert not (out / "documents.parquet").exists()


def test_bad_config_is_one_line_exit_2_and_touches_nothing(tmp_path, capsys):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("runner:\n  kind: spark\n", encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["run", "--input", str(tmp_path), "--output", str(out), "--config", str(cfg)])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_CONFIG and "'runner.kind'" in err and "\n" not in err
    assert not out.exists()


def test_utf8_bom_and_crlf_page(tmp_path):
    d = tmp_path / "in"
    (d).mkdir()
    (d / "bom_20250306.txt").write_bytes(codecs.BOM_UTF8 + PAGE_A.replace("\n", "\r\n").encode("utf-8"))
    code, out = run_cli(tmp_path, [d])
    assert code == cli.EXIT_OK
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs.encoding.tolist() == ["utf-8-sig"] and docs.newspaper.tolist() == ["青川日报"]


def test_a_long_jsonl_source_gets_a_short_partition_name(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    url = "https://news.example.org/" + "a" * 275
    sources = ["临州" * 45, url, url + "b"]  # 90 CJK characters (270 bytes); two URLs of 300 characters
    (d / "feed.jsonl").write_text("".join(
        json.dumps({"id": f"long-{i}", "text": PAGE_C, "issue_date": "2025-03-07", "source": s}, ensure_ascii=False)
        + "\n" for i, s in enumerate(sources)), encoding="utf-8")
    code, out = run_cli(tmp_path, [d])
    assert code == cli.EXIT_OK
    docs = pd.read_parquet(out / "documents.parquet").sort_values("doc_id")
    assert docs.newspaper.tolist() == sources
    files = [p.name for p in (out / "meetings.parquet").iterdir()]
    assert len(files) == 3 and all(len(f.encode("utf-8")) <= 128 for f in files)


@pytest.mark.parametrize("name", ["config.yaml", "manifest.json", "meetings.parquet", "errors.parquet/"])
def test_a_file_of_the_users_in_the_output_folder_is_never_replaced(tmp_path, pages, capsys, name):
    out = tmp_path / "out"
    theirs = out / name.rstrip("/")
    if name.endswith("/"):  # a folder of their own
        (theirs / "notes").mkdir(parents=True)
    else:
        theirs.parent.mkdir(parents=True)
        theirs.write_text("my own file", encoding="utf-8")
    capsys.readouterr()
    code, _ = run_cli(tmp_path, [pages])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_CONFIG and str(theirs) in err and "\n" not in err
    assert (theirs / "notes").is_dir() if name.endswith("/") else theirs.read_text(encoding="utf-8") == "my own file"
    assert not (out / "documents.parquet").exists()


def test_a_file_put_over_a_published_link_is_kept(tmp_path, pages, capsys):
    code, out = run_cli(tmp_path, [pages])
    (out / "config.yaml").unlink()
    (out / "config.yaml").write_text("mine", encoding="utf-8")
    (out / "documents.parquet").unlink()
    (out / "documents.parquet").symlink_to(tmp_path)  # a link of theirs
    capsys.readouterr()
    code, _ = run_cli(tmp_path, [pages])
    err = capsys.readouterr().err
    assert code == cli.EXIT_CONFIG and str(out / "config.yaml") in err and str(out / "documents.parquet") in err
    assert (out / "config.yaml").read_text(encoding="utf-8") == "mine"
    assert os.readlink(out / "documents.parquet") == str(tmp_path)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".huiyi", "config.yaml", "manifest.json"] + [f"{t}.parquet" for t in tbl.TABLES])


@pytest.mark.parametrize("case", ["file", "under_a_file", "read_only"])
def test_an_output_folder_that_cannot_be_written_is_one_line_exit_2(tmp_path, pages, capsys, monkeypatch, case):
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    out = {"file": blocker, "under_a_file": blocker / "out", "read_only": tmp_path / "ro" / "out"}[case]
    if case == "read_only":
        out.parent.mkdir()
        out.parent.chmod(0o555)
        if os.geteuid() == 0:  # root writes anywhere: refuse as a read-only folder would
            real = os.mkdir

            def refuse(path, *args, **kwargs):
                if str(path).startswith(str(out.parent)):
                    raise PermissionError(13, "Permission denied", str(path))
                return real(path, *args, **kwargs)

            monkeypatch.setattr(os, "mkdir", refuse)
    cfg = tmp_path / "rules.yaml"
    cfg.write_text(RULES, encoding="utf-8")
    code = cli.main(["run", "--input", str(pages), "--output", str(out), "--config", str(cfg)])
    err = capsys.readouterr().err.strip()
    assert code == cli.EXIT_CONFIG and "\n" not in err and str(out) in err
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_huge_jsonl_line_is_skipped_while_it_is_read(tmp_path):
    import tracemalloc

    feed = tmp_path / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "big", "text": "会议" * 4_000_000}, ensure_ascii=False) + "\n")  # 24 MB
        fh.write(json.dumps({"id": "small", "text": PAGE_A}, ensure_ascii=False) + "\n")
    tracemalloc.start()
    try:
        result = ing.ingest([str(feed)], ing.IngestConfig(max_bytes=1_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.doc_id for d in result.documents] == ["small"]
    (err,) = result.errors
    assert err.source_path.endswith("feed.jsonl:1") and "record too large (24,000,026 bytes" in err.reason
    assert peak < 4_000_000


def test_only_regular_files_are_read(tmp_path):
    import subprocess
    import sys

    d = tmp_path / "in"
    write(d / "good_20250306.txt", PAGE_A)
    os.mkfifo(d / "pipe.jsonl")  # nobody ever writes to it
    (d / "zeros.jsonl").symlink_to("/dev/zero")
    (d / "zeros.txt").symlink_to("/dev/zero")
    script = ("import json, resource, sys\n"
              "resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))\n"
              "from pipeline.stages.ingest import ingest\n"
              "r = ingest(sys.argv[1:])\n"
              "print(json.dumps([[d.doc_id for d in r.documents], {e.source_path: e.reason for e in r.errors}]))\n")
    done = subprocess.run([sys.executable, "-c", script, str(d)], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parent.parent)
    docs, errors = json.loads(done.stdout)
    assert docs == ["good_20250306"]
    assert {Path(p).name: r for p, r in errors.items()} == {
        "pipe.jsonl": "not a regular file (it is a named pipe (FIFO))",
        "zeros.jsonl": "not a regular file (it is a device)",
        "zeros.txt": "not a regular file (it is a device)",
    }


def test_nul_bytes_after_the_first_200_kb_are_found(tmp_path):
    d = tmp_path / "in"
    body = PAGE_A * (250_000 // len(PAGE_A.encode("utf-8")) + 1)
    write(d / "late_nul.txt", body + "\x00\x00 trailing bytes\n")
    (d / "feed.jsonl").write_text(json.dumps({"id": "late", "text": body + "\x00"}, ensure_ascii=False) + "\n",
                                  encoding="utf-8")
    result = ing.ingest([str(d)])
    assert not result.documents
    assert sorted(Path(e.source_path).name for e in result.errors) == ["feed.jsonl:1", "late_nul.txt"]
    assert all("NUL" in e.reason for e in result.errors)


def unpunctuated_page(n_bytes: int) -> str:
    """Cue words, titles and names run together, as OCR that lost every 。 and , leaves them."""
    import random

    words = ["县委书记", "主持", "会议", "召开", "出席", "讲话", "强调", "常委会", "调研", "县长", "参加",
             "副县长", "指出", "座谈会", "举行", "周明远", "韩志刚", "陪同", "会见", "列席"]
    rnd = random.Random(17)
    parts, size = [], 0
    while size < n_bytes:
        parts.append(rnd.choice(words))
        size += len(parts[-1].encode("utf-8"))
    return "".join(parts)


def test_unpunctuated_text_is_cut_into_bounded_sentences():
    from pipeline.stages.segment import MAX_SENTENCE_CHARS, split_sentences

    text = unpunctuated_page(30_000)
    spans = split_sentences(text, 0, len(text))
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    assert "".join(text[s:e] for s, e in spans) == text  # nothing lost, nothing repeated
    listed = "出席会议的有:" + "、".join(["周明远", "韩志刚", "罗佳", "林晓"] * 22) + "。"  # 88 names
    assert len(listed) > 300 and split_sentences(listed, 0, len(listed)) == [(0, len(listed))]  # kept whole
    long = listed[:-1] * 3  # three lists run together: cut after a 、, never inside a name
    cut = split_sentences(long, 0, len(long))
    assert all(e - s <= MAX_SENTENCE_CHARS and long[e - 1] in "、:" for s, e in cut[:-1])


def test_ner_and_relations_are_linear_in_page_length():
    from tests.helpers import run_stages

    run_stages(unpunctuated_page(1000))  # lexicons and patterns loaded
    times = []
    for n_bytes in (50_000, 200_000):
        t0 = time.perf_counter()
        run_stages(unpunctuated_page(n_bytes))
        times.append(time.perf_counter() - t0)
    # four times the text: about four times the work (quadratic work would be sixteen times)
    assert times[1] < 8 * times[0] + 1.0 and times[1] < 60


def test_a_page_past_its_time_budget_is_an_error_and_the_batch_goes_on(pages, rules_config, monkeypatch):
    from pipeline import flow
    from pipeline.stages import relations

    real = relations.extract_events

    def runaway(clean, *args, **kwargs):
        while clean.doc_id == "nanjiang_20241120":  # never ends
            pass
        return real(clean, *args, **kwargs)

    monkeypatch.setattr(relations, "extract_events", runaway)
    cfg = rules_config([pages], relations={"max_seconds_per_doc": 1}, cache={"enabled": False})
    t0 = time.perf_counter()
    s = flow.run(cfg)
    assert time.perf_counter() - t0 < 30
    assert (s["processed"], s["failed"]) == (1, 1)
    errors = pd.read_parquet(Path(cfg.output.dir) / "errors.parquet")
    row = errors[errors.severity == "error"].iloc[0]
    assert (row.doc_id, row.stage) == ("nanjiang_20241120", "relations")
    assert "relations.max_seconds_per_doc (1 s)" in row.reason
    assert list(pd.read_parquet(Path(cfg.output.dir) / "documents.parquet").doc_id) == ["qingchuan_20250306"]


def test_cached_warnings_name_the_path_read_in_this_run(tmp_path, pages, rules_config):
    import shutil

    from pipeline import flow

    write(pages / "masthead_only_20250308.txt", NO_ARTICLES)  # a warning: no articles
    flow.run(rules_config([pages]))
    moved = shutil.move(str(pages), str(tmp_path / "moved"))
    cfg = rules_config([moved])
    flow.run(cfg)
    warned = pd.read_parquet(Path(cfg.output.dir) / "errors.parquet")
    assert list(warned.doc_id) == ["masthead_only_20250308"]
    assert warned.source_path.tolist() == [str(Path(moved) / "masthead_only_20250308.txt")]


def test_cache_entries_cut_short_by_a_full_disk_are_recomputed_quietly(tmp_path, pages, rules_config, capsys):
    from pipeline import flow

    cache = tmp_path / "cache"
    first = flow.run(rules_config([pages], out=tmp_path / "a", cache={"dir": str(cache)}))
    whole = {p.name: p.stat().st_size for p in cache.iterdir()}
    for p in cache.glob("relations-*"):
        p.write_bytes(b"")  # what a full disk leaves: Prefect opens the entry, then cannot write it
    for p in cache.glob("ner-*"):
        p.write_bytes(p.read_bytes()[: whole[p.name] // 2])
    capsys.readouterr()
    s = flow.run(rules_config([pages], out=tmp_path / "b", cache={"dir": str(cache)}))
    logged = capsys.readouterr()
    assert "ERROR" not in logged.out + logged.err and "Traceback" not in logged.out + logged.err
    assert (s["processed"], s["failed"], s["attendance"]) == (2, 0, first["attendance"])
    timings = json.loads((tmp_path / "b" / "manifest.json").read_text(encoding="utf-8"))["timings"]
    assert (timings["segment"]["batches_cached"], timings["ner"]["batches_run"]) == (1, 1)
    assert all(p.stat().st_size > 1000 for p in cache.iterdir())


def test_prefect_keeps_its_database_and_failed_runs_in_the_output_folder(tmp_path, pages, monkeypatch):
    """Without a configured Prefect API, the temporary server's database and the pickled
    exceptions of failed runs go into OUT/.huiyi/prefect, not into ~/.prefect."""
    import subprocess
    import sys

    import sqlite3

    from pipeline import server

    out, home = tmp_path / "out", tmp_path / "prefect-home"
    script = ("import os, sys\n"
              "from pipeline import flow\n"
              "from pipeline.config import RunConfig\n"
              "cfg = RunConfig.model_validate({'input': [sys.argv[1]], 'output': {'dir': sys.argv[2]},\n"
              "                                'segment': {'segmenter': 'char'}, 'ner': {'backend': 'rules'}})\n"
              "results = os.path.join(sys.argv[2], '.huiyi', 'prefect', 'results')\n"
              "failed = lambda: len(os.listdir(results)) if os.path.isdir(results) else 0\n"
              "real, flow._run = flow._run, lambda *a, **k: 1 / 0\n"
              "try:\n"
              "    flow.run(cfg)\n"
              "except ZeroDivisionError:\n"
              "    print('failed runs:', failed())\n"
              "flow._run = real\n"
              "print('documents:', flow.run(cfg)['documents'])\n"
              "print('failed runs:', failed())\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_HOME"] = str(home)
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    done = subprocess.run([sys.executable, "-c", script, str(pages), str(out)], capture_output=True, text=True,
                          timeout=240, env=env, cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.splitlines() == ["failed runs: 1", "documents: 2", "failed runs: 0"], done.stderr[-2000:]
    assert not (home / "prefect.db").exists() and not (home / "storage").exists()
    assert (out / ".huiyi" / "prefect" / "prefect.db").is_file()
    # the first server saved its migrated, empty database for the next ones
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    template = server.template_path()
    assert template.is_relative_to(tmp_path / "cache") and template.stat().st_size > 0
    tables = sqlite3.connect(template).execute("select count(*) from sqlite_master where type='table'").fetchone()[0]
    assert tables > 10

    # the database starts afresh once it has grown past its bound
    db = out / ".huiyi" / "prefect" / "prefect.db"
    monkeypatch.setattr(server, "MAX_DATABASE_BYTES", db.stat().st_size - 1)
    server._bound_database(db.parent)
    assert not db.exists()


@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C"])
def test_a_signal_stops_the_run_within_10_s_and_leaves_the_tables(tmp_path, pages, capsys, how):
    """SIGTERM to huiyi, or Ctrl-C (SIGINT to its whole process group, worker processes
    included): the run stops within 10 s, no process of it is left, the tables are as they were."""
    import signal
    import subprocess
    import sys

    import psutil

    code, out = run_cli(tmp_path, [pages])  # the tables a stopped run must leave alone
    published = os.readlink(out / ".huiyi" / "current")
    big = tmp_path / "big"
    for i in range(100):  # batches of 32 pages, a few seconds' work each
        write(big / f"page{i:04d}_20250306.txt", (PAGE_A + PAGE_B + PAGE_C) * 40)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    log = tmp_path / "run.log"
    with open(log, "w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", "--input", str(big), "--output", str(out),
                                 "--config", str(tmp_path / "rules.yaml"), "--workers", "2", "--no-cache"],
                                stdout=fh, stderr=subprocess.STDOUT, env=env, start_new_session=True,
                                cwd=Path(__file__).resolve().parent.parent)
    try:
        deadline = time.monotonic() + 180
        while "batch 1/" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text(encoding="utf-8")[-3000:]
            time.sleep(0.2)
        family = psutil.Process(proc.pid).children(recursive=True)
        assert len(family) >= 3  # Prefect's server and two worker processes
        t0 = time.monotonic()
        if how == "SIGTERM":
            proc.send_signal(signal.SIGTERM)
        else:
            os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=30)
        assert time.monotonic() - t0 < 10 and code == 130
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    gone, alive = psutil.wait_procs(family, timeout=2)
    assert not alive
    assert os.readlink(out / ".huiyi" / "current") == published
    assert len(pd.read_parquet(out / "documents.parquet")) == 2


def test_a_lone_surrogate_in_jsonl_is_replaced_and_sinks_nothing(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    broken = json.dumps({"id": "odd", "text": PAGE_C.replace("森林", "森\ud800林"), "source": "青川\udc00日报"})
    (d / "feed.jsonl").write_text(broken + "\n" + json.dumps({"id": "fine", "text": PAGE_A}) + "\n", encoding="utf-8")
    code, out = run_cli(tmp_path, [d])
    assert code == cli.EXIT_OK
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert sorted(docs.index) == ["fine", "odd"] and docs.loc["odd", "newspaper"] == "青川\ufffd日报"
    (warning,) = pd.read_parquet(out / "errors.parquet").itertuples()
    assert warning.doc_id == "odd" and "2 lone surrogate escape(s)" in warning.reason


def test_a_new_server_database_starts_from_the_saved_template(tmp_path, monkeypatch):
    """A server home without a database gets a copy of the template; one with a database
    keeps it; the template is written once, whole, from a live database."""
    import sqlite3

    from pipeline import server

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    live = tmp_path / "live"
    live.mkdir()
    db = sqlite3.connect(live / "prefect.db")
    db.execute("pragma journal_mode=wal")
    db.execute("create table alembic_version (version_num text)")
    db.execute("insert into alembic_version values ('head')")
    db.commit()  # left open, in WAL mode, as the server leaves it
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert not server._seed_database(fresh)  # no template yet
    server._save_template(live)
    db.close()
    template = server.template_path()
    assert sqlite3.connect(template).execute("select * from alembic_version").fetchall() == [("head",)]
    assert [p.name for p in template.parent.iterdir()] == [template.name]  # no part file left
    assert server._seed_database(fresh) and (fresh / "prefect.db").read_bytes() == template.read_bytes()
    (live / "prefect.db").write_bytes(b"theirs")
    assert not server._seed_database(live) and (live / "prefect.db").read_bytes() == b"theirs"
