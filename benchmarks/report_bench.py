#!/usr/bin/env python3
"""Benchmark: `huiyi report` on a synthetic run of 1,000 pages (the target: under 10 s).

    python benchmarks/report_bench.py [--from OUT] [--pages 1000] [--papers 8] [--workdir outputs/bench-report]
                                      [--repeat 3]

The synthetic run replicates the tables of a real run (``--from``; by default the
bundled samples run with ``configs/rules-only.yaml`` into WORKDIR/source) until it holds
``--pages`` pages: replica r gets its own doc and meeting ids, its dates moved r weeks
on, and one of ``--papers`` newspaper names, so the timeline, the people and the network
grow as in a run over many issues, and the people of one of ``--cohorts`` sets (their
names suffixed by the set's number), so that the run holds many people. Then it times the real CLI (`huiyi report`, a fresh
process each time: Python start-up and imports included) and prints the times.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent
HUIYI = Path(sys.executable).parent / "huiyi"
TARGET_S = 10.0
PER_DOCUMENT = ("documents", "articles", "mentions", "meetings", "attendance")
ID_COLUMNS = ("doc_id", "meeting_id", "article_id")
PERSON_COLUMNS = {"attendance": "person", "mentions": "text"}
DATE_COLUMNS = ("issue_date", "date", "first_date", "last_date")


def source_run(workdir: Path) -> Path:
    """The samples run with the rules-only config (made once)."""
    out = workdir / "source"
    if not (out / "meetings.parquet").exists():
        cmd = [str(HUIYI), "run", "--config", str(REPO / "configs" / "rules-only.yaml"), "--input",
               str(REPO / "samples"), "--output", str(out)]
        code = subprocess.run(cmd, capture_output=True, text=True).returncode
        if code not in (0, 1):  # 1: samples/ holds one malformed JSONL record on purpose
            raise SystemExit(f"the source run failed ({code}): {' '.join(cmd)}")
    return out


def _replica(table: pa.Table, r: int, paper: str | None, person: str | None, cohort: int) -> pa.Table:
    """Copy r of a table: ids suffixed, dates r weeks later, the newspaper renamed, and
    the people renamed per cohort (so a run over many issues has many people)."""
    for name in table.column_names:
        column = table[name]
        if name == person:
            column = pc.binary_join_element_wise(column, pa.scalar(f"{cohort:02d}"), "")
        elif name in ID_COLUMNS:
            column = pc.binary_join_element_wise(column, pa.scalar(f"~{r}"), "")
        elif name in DATE_COLUMNS and r:
            column = pc.add(column, pa.scalar(timedelta(weeks=r), pa.duration("s"))).cast(pa.date32())
        elif name == "newspaper" and paper is not None:
            column = pa.array([paper] * len(table), pa.string())
        table = table.set_column(table.schema.get_field_index(name), name, column.cast(table.schema.field(name).type))
    return table


def build(source: Path, out: Path, pages: int, papers: int, cohorts: int) -> dict[str, int]:
    """Write the synthetic run into ``out``; returns its row counts."""
    tables = {name: ds.dataset(source / f"{name}.parquet", format="parquet").to_table()
              for name in (*PER_DOCUMENT, "officials", "errors")}
    per_copy = tables["documents"].num_rows
    copies = -(-pages // per_copy)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, table in tables.items():
        if name in PER_DOCUMENT or name == "errors":
            parts = [_replica(table, r, f"临江{r % papers + 1}号报" if name == "documents" else None,
                              PERSON_COLUMNS.get(name), r % cohorts) for r in range(copies)]
            table = pa.concat_tables(parts)
            if name == "documents":
                table = table.slice(0, pages)
        pq.write_table(table, out / f"{name}.parquet")
        counts[name] = table.num_rows
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="source", type=Path, help="a huiyi output folder to replicate")
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--papers", type=int, default=8)
    ap.add_argument("--cohorts", type=int, default=40, help="sets of people (each replica takes one in turn)")
    ap.add_argument("--workdir", type=Path, default=REPO / "outputs" / "bench-report")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args(argv)
    source = a.source or source_run(a.workdir)
    out = a.workdir / "run"
    counts = build(source, out, a.pages, a.papers, a.cohorts)
    print("synthetic run:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    times = []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        subprocess.run([str(HUIYI), "report", str(out)], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    size = (out / "report.html").stat().st_size
    print(f"huiyi report: {', '.join(f'{t:.2f}' for t in times)} s (median {statistics.median(times):.2f} s, "
          f"target < {TARGET_S:.0f} s); report.html {size / 1024:.0f} KiB")
    return 0 if statistics.median(times) < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
