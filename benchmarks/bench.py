#!/usr/bin/env python3
"""Benchmark on real text: the seed pages, dev2 and localnews of ../shared, through huiyi.

    python benchmarks/bench.py [--size-mb 4] [--configs default,rules-only] [--runners local]
                               [--dask-workers 2] [--no-stages] [--no-baseline] [--shared ../shared]
                               [--workdir outputs/bench] [--report outputs/bench/report.json]

The corpus is every page of ``SHARED/seeds``, ``SHARED/eval/dev2/docs`` and
``SHARED/corpora/localnews`` (real local news, denser in names than samples/), copied
under new doc ids (``r003_<file name>``, so each copy is a document with its own cache
keys and keeps the date in its file name) until it holds --size-mb MB. It is written to
the work folder, never into the repository.

For each config it reports:
- per stage (in one process, without Prefect: ingest, model loading, clean, articles +
  segment, NER, relations with its table rows): chars/s, CPU seconds per MB of input and
  the peak RSS while the stage ran;
- end to end (`huiyi run`, cold, in a fresh output folder, per runner): wall time,
  chars/s (Prefect start-up and model loading included), CPU seconds per MB of the whole
  process tree (the CLI, Prefect's temporary server, workers) and its peak RSS; the first
  config's local run is rerun on the unchanged input;
- the same for ``benchmarks/cooccurrence.py`` (a jieba co-occurrence script: the
  baseline), and how many times less CPU each config spends than it.
The machine is shared: the load average is recorded with each run. Writes a JSON report.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
CONFIGS = {"default": REPO / "configs" / "default.yaml", "rules-only": REPO / "configs" / "rules-only.yaml"}
TARGETS = {"default": 50_000, "rules-only": 150_000}  # chars/s end to end (issue 19; rules-only: issue 4)
SOURCES = ("seeds", "eval/dev2/docs", "corpora/localnews")
MB = 2**20


def real_pages(shared: Path) -> list[Path]:
    """The real pages: every ``*.txt`` of the seed pages, dev2 and localnews."""
    pages = [p for src in SOURCES for p in sorted((shared / src).glob("*.txt"))]
    if not pages:
        raise SystemExit(f"no pages under {shared}/{{{','.join(SOURCES)}}}: pass --shared")
    return pages


def build_corpus(folder: Path, size_mb: float, shared: Path) -> dict:
    """Copy the real pages into ``folder``, round after round, until it holds ``size_mb`` MB."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    pages = [(p.name, p.read_bytes()) for p in real_pages(shared)]
    target = int(size_mb * MB)
    total = chars = n = 0
    while total < target:
        name, data = pages[n % len(pages)]
        (folder / f"r{n // len(pages):03d}_{name}").write_bytes(data)
        total += len(data)
        chars += len(data.decode("utf-8", errors="replace"))
        n += 1
    return {"documents": n, "distinct_pages": len(pages), "bytes": total, "chars": chars,
            "sources": [str(shared / s) for s in SOURCES]}


class PeakRss:
    """Peak summed RSS of a process and all its descendants, sampled every ``interval`` s."""

    def __init__(self, pid: int, interval: float = 0.2):
        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
                rss = 0
                for p in procs:
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, rss)
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def _children_cpu() -> float:
    """CPU seconds of this process's finished (waited-for) children and their descendants."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def measured(cmd: list[str], log: Path) -> dict:
    """Run ``cmd`` (from the repository root): wall time, CPU seconds of its process tree, peak RSS."""
    cpu0, t0 = _children_cpu(), time.perf_counter()
    with open(log, "w") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=REPO)
        peak = PeakRss(proc.pid)
        code = proc.wait()
    wall = time.perf_counter() - t0
    return {"exit_code": code, "wall_s": round(wall, 2), "cpu_s": round(_children_cpu() - cpu0, 2),
            "peak_rss_mb": round(peak.stop() / MB, 1), "log": str(log),
            "load_avg_1m_after": round(os.getloadavg()[0], 2)}


def huiyi_run(corpus: Path, out: Path, config: Path, runner: str, log: Path, dask_workers: int) -> dict:
    exe = Path(sys.executable).parent / "huiyi"
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "pipeline.cli"]),
           "run", "--input", str(corpus), "--output", str(out), "--config", str(config), "--runner", runner]
    if runner == "dask":
        cmd += ["--workers", str(dask_workers)]
    run = measured(cmd, log)
    manifest = out / "manifest.json"
    run["manifest"] = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {}
    return run


def summarize(run: dict, chars: int, size_mb: float) -> dict:
    m = run.get("manifest") or {}
    stages = {}
    for stage, t in (m.get("timings") or {}).items():
        stages[stage] = {k: t.get(k) for k in ("seconds", "chars_per_s", "batches_run", "batches_cached") if k in t}
    flow_s = m.get("seconds")
    out = {k: run[k] for k in ("exit_code", "wall_s", "cpu_s", "peak_rss_mb")}
    out.update({
        "chars_per_s_end_to_end": round(chars / run["wall_s"]) if run["wall_s"] else None,
        "cpu_s_per_mb": round(run["cpu_s"] / size_mb, 2),
    })
    if m:
        out.update({"flow_s": flow_s, "chars_per_s_in_flow": round(chars / flow_s) if flow_s else None,
                    "stages": stages, "counts": m.get("counts")})
    out.update({"load_avg_1m_after": run["load_avg_1m_after"], "log": run["log"]})  # other work skews figures
    return out


def stage_profile(config: Path, corpus: Path) -> dict:
    """Each stage over the whole corpus in this process, as the flow's batches run them:
    chars/s, CPU s per MB (every thread of the process) and the peak RSS during the stage."""
    from pipeline import batch
    from pipeline.config import load_config
    from pipeline.manifest import plan_batches
    from pipeline.records import Document
    from pipeline.stages.ingest import ingest

    cfg = load_config(config)
    report: dict[str, dict] = {}

    def timed(name: str, size_mb: float, chars: int, fn):
        peak = PeakRss(os.getpid(), interval=0.05)
        t0, c0 = time.perf_counter(), time.process_time()
        value = fn()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        report[name] = {"seconds": round(wall, 2), "cpu_s": round(cpu, 2),
                        "chars_per_s": round(chars / wall) if chars and wall else None,
                        "cpu_s_per_mb": round(cpu / size_mb, 2) if chars else None,
                        "peak_rss_mb": round(peak.stop() / MB, 1)}
        return value

    docs = timed("ingest", 1, 0, lambda: ingest([str(corpus)], cfg.ingest).documents)
    chars = sum(len(d.raw_text) for d in docs)
    size_mb = sum(len(d.raw_text.encode("utf-8")) for d in docs) / MB
    report["ingest"].update(chars_per_s=round(chars / max(report["ingest"]["seconds"], 1e-9)),
                            cpu_s_per_mb=round(report["ingest"]["cpu_s"] / size_mb, 2))

    def warm_up():  # every stage once on a short page: imports and model loading (its names
        # without titles send a sentence to the NER model)
        page = "县委常委会召开会议\n本报讯 3月2日,县委常委会召开会议。县委书记林志远主持会议并讲话。丁立群、田晓明等出席。\n"
        bundle = batch.Bundle(0, items=[batch.Item(Document("warm-up", "warm-up.txt", page, "utf-8"))])
        for stage, work in batch.STAGE_WORK.items():
            bundle = work(batch.Job(stage, "", 0, cfg), bundle)

    timed("load models", 1, 0, warm_up)
    report["load models"].update(chars_per_s=None, cpu_s_per_mb=None)
    by_id = {d.doc_id: d for d in docs}
    plan = plan_batches([(d.doc_id, d.doc_id, len(d.raw_text)) for d in docs], None, cfg.runner.batch_size,
                        cfg.runner.batch_chars)
    bundles = [batch.Bundle(i, items=[batch.Item(by_id[d]) for d in ids]) for i, ids in enumerate(plan)]
    for stage, work in batch.STAGE_WORK.items():
        bundles = timed(stage, size_mb, chars, lambda: [work(batch.Job(stage, "", b.batch, cfg), b) for b in bundles])
    return report


def _config_path(name: str) -> Path:
    return CONFIGS.get(name) or Path(name).resolve()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=4.0)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder with the real pages")
    ap.add_argument("--configs", default="default,rules-only",
                    help=f"comma-separated: {', '.join(CONFIGS)}, or NAME=PATH for another config file")
    ap.add_argument("--runners", default="local", help="comma-separated: local, dask")
    ap.add_argument("--dask-workers", type=int, default=2, help="LocalCluster workers of the dask runs")
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage profile")
    ap.add_argument("--no-baseline", action="store_true", help="skip the jieba co-occurrence baseline")
    ap.add_argument("--workdir", type=Path, default=REPO / "outputs" / "bench")
    ap.add_argument("--report", type=Path, default=None, help="default: <workdir>/report.json")
    ap.add_argument("--profile-stages", nargs=2, metavar=("CONFIG", "CORPUS"), help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.profile_stages:  # the per-stage profile, in a process of its own
        print(json.dumps(stage_profile(Path(a.profile_stages[0]), Path(a.profile_stages[1]))))
        return 0

    work = a.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    info = build_corpus(corpus, a.size_mb, a.shared.resolve())
    size_mb = info["bytes"] / MB
    print(f"corpus: {info['documents']} pages ({info['distinct_pages']} real pages, repeated), {size_mb:.1f} MB, "
          f"{info['chars']:,} chars in {corpus}", flush=True)
    report = {
        "machine": {"cpus": os.cpu_count(), "load_avg_1m_at_start": round(os.getloadavg()[0], 2),
                    "python": platform.python_version(), "platform": platform.platform(),
                    "memory_gb": round(psutil.virtual_memory().total / 2**30, 1)},
        "corpus": info, "targets_chars_per_s": TARGETS, "dask_workers": a.dask_workers, "runs": {}, "stages": {},
    }
    configs = []
    for item in (c.strip() for c in a.configs.split(",") if c.strip()):
        name, _, path = item.partition("=")
        if path:
            CONFIGS[name] = Path(path).resolve()
        configs.append(name)
    runners = [r.strip() for r in a.runners.split(",") if r.strip()]

    if not a.no_baseline:
        print("baseline (benchmarks/cooccurrence.py): ...", flush=True)
        run = measured([sys.executable, str(REPO / "benchmarks" / "cooccurrence.py"), "--input", str(corpus),
                        "--output", str(work / "cooccurrence.tsv")], work / "cooccurrence.log")
        report["runs"]["baseline"] = summarize(run, info["chars"], size_mb)
        _print_run("baseline", report["runs"]["baseline"])
    for name in configs:
        if not a.no_stages:
            print(f"{name}: stages ...", flush=True)
            log = work / f"{name}-stages.log"
            res = measured([sys.executable, __file__, "--profile-stages", str(_config_path(name)), str(corpus)], log)
            lines = [ln for ln in log.read_text(encoding="utf-8").splitlines() if ln.startswith("{")]
            report["stages"][name] = json.loads(lines[-1]) if res["exit_code"] == 0 and lines else {"failed": str(log)}
            for stage, t in report["stages"][name].items():
                if isinstance(t, dict):
                    print(f"  {stage:12s} {t['seconds']:7.2f} s  {t['chars_per_s'] or 0:>10,} chars/s  "
                          f"CPU {t['cpu_s_per_mb'] or 0:6.2f} s/MB  peak RSS {t['peak_rss_mb']:7.1f} MB", flush=True)
        for runner in runners:
            label = f"{name}/{runner}"
            out = work / f"out-{name}-{runner}"
            shutil.rmtree(out, ignore_errors=True)
            print(f"{label}: cold run ...", flush=True)
            run = huiyi_run(corpus, out, _config_path(name), runner, work / f"{name}-{runner}.log", a.dask_workers)
            report["runs"][label] = summarize(run, info["chars"], size_mb)
            _print_run(label, report["runs"][label])
            if runner == runners[0] and name == configs[0]:
                print(f"{label}: rerun on unchanged input ...", flush=True)
                rerun = huiyi_run(corpus, out, _config_path(name), runner, work / f"{name}-{runner}-rerun.log",
                                  a.dask_workers)
                report["runs"][label + "/rerun"] = summarize(rerun, info["chars"], size_mb)
                print(f"{label}: rerun {rerun['wall_s']} s", flush=True)
    base = report["runs"].get("baseline")
    if base:
        for label, run in report["runs"].items():
            if label != "baseline" and not label.endswith("/rerun") and run["cpu_s"]:
                run["cpu_times_less_than_baseline"] = round(base["cpu_s"] / run["cpu_s"], 2)
                print(f"{label}: {run['cpu_times_less_than_baseline']}x less CPU than the baseline, "
                      f"{run['chars_per_s_end_to_end'] / base['chars_per_s_end_to_end']:.2f}x its wall speed")
    path = a.report or work / "report.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"report: {path}")
    return 0


def _print_run(label: str, run: dict) -> None:
    print(f"{label}: {run['wall_s']} s, {run['chars_per_s_end_to_end']:,} chars/s end to end, "
          f"CPU {run['cpu_s']} s ({run['cpu_s_per_mb']} s/MB), peak RSS {run['peak_rss_mb']} MB, "
          f"exit {run['exit_code']}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
