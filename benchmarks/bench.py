#!/usr/bin/env python3
"""Benchmark: a synthetic corpus of >= 20 MB built from samples/, run through `huiyi run`.

    python benchmarks/bench.py [--size-mb 20] [--configs default,rules-only] [--runners local,dask] [--dask-workers 2]
                               [--workdir outputs/bench] [--report outputs/bench/report.json]

Each synthetic page joins sample pages (samples/*.txt, *.md and the texts of
samples/*.jsonl) in a rotating order until it is about --page-kb long, under a doc id
of its own, so that every page is a distinct document with its own cache keys.

For every (config, runner) it runs the real CLI in a fresh output folder (cold: no
cache) and reports wall time, chars/s end to end (Prefect start-up and model loading
included) and per stage (from the run manifest), and the peak RSS of the whole process
tree (the CLI, Prefect's server, Dask workers). The first config with the local runner
is then run again on the unchanged input: the rerun time. Writes a JSON report.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
CONFIGS = {"default": REPO / "configs" / "default.yaml", "rules-only": REPO / "configs" / "rules-only.yaml"}
TARGETS = {"default": 50_000, "rules-only": 150_000}  # chars/s end to end (issue 4)


def sample_texts(folder: Path) -> list[tuple[str, str]]:
    """(name, text) of every sample page; JSONL records count as pages."""
    out = []
    for p in sorted(folder.rglob("*")):
        if p.suffix in (".txt", ".md") and p.is_file():
            out.append((p.stem, p.read_text(encoding="utf-8")))
        elif p.suffix == ".jsonl":
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                    out.append((f"{p.stem}-{i}", rec["text"]))
    if not out:
        raise SystemExit(f"no sample pages in {folder}")
    return out


def build_corpus(folder: Path, size_mb: float, page_kb: float, samples: Path) -> dict:
    """Write synthetic pages into ``folder`` until it holds ``size_mb`` MB of UTF-8 text."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    texts = sample_texts(samples)
    target = int(size_mb * 1024 * 1024)
    page_bytes = int(page_kb * 1024)
    total = chars = n = 0
    while total < target:
        parts, size, k = [], 0, n
        while size < page_bytes:
            name, text = texts[k % len(texts)]
            parts.append(text.strip())
            size += len(text.encode("utf-8"))
            k += 1
        page = "\n\n".join(parts) + "\n"
        first = texts[n % len(texts)][0]
        (folder / f"bench{n:05d}_{first}.txt").write_text(page, encoding="utf-8")
        data = len(page.encode("utf-8"))
        total += data
        chars += len(page)
        n += 1
    return {"documents": n, "bytes": total, "chars": chars, "samples": len(texts)}


class PeakRss:
    """Peak summed RSS of a process and all its descendants, sampled every 0.2 s."""

    def __init__(self, pid: int):
        self.proc = psutil.Process(pid)
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
            self._stop.wait(0.2)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def huiyi_run(corpus: Path, out: Path, config: Path, runner: str, log: Path, dask_workers: int) -> dict:
    exe = Path(sys.executable).parent / "huiyi"
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "pipeline.cli"]),
           "run", "--input", str(corpus), "--output", str(out), "--config", str(config), "--runner", runner]
    if runner == "dask":
        cmd += ["--workers", str(dask_workers)]
    t0 = time.perf_counter()
    with open(log, "w") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=REPO)
        peak = PeakRss(proc.pid)
        code = proc.wait()
    wall = time.perf_counter() - t0
    rss = peak.stop()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8")) if (out / "manifest.json").exists() else {}
    return {"exit_code": code, "wall_s": round(wall, 2), "peak_rss_mb": round(rss / 2**20, 1), "manifest": manifest,
            "log": str(log), "load_avg_1m_after": round(os.getloadavg()[0], 2)}


def summarize(run: dict, chars: int) -> dict:
    m = run["manifest"]
    stages = {}
    for stage, t in (m.get("timings") or {}).items():
        stages[stage] = {k: t.get(k) for k in ("seconds", "chars_per_s", "batches_run", "batches_cached") if k in t}
    flow_s = m.get("seconds")
    return {
        "exit_code": run["exit_code"],
        "wall_s": run["wall_s"],
        "chars_per_s_end_to_end": round(chars / run["wall_s"]) if run["wall_s"] else None,
        "flow_s": flow_s,
        "chars_per_s_in_flow": round(chars / flow_s) if flow_s else None,
        "peak_rss_mb": run["peak_rss_mb"],
        "stages": stages,
        "counts": m.get("counts"),
        "load_avg_1m_after": run["load_avg_1m_after"],  # other work on the machine skews the figures
        "log": run["log"],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=20.0)
    ap.add_argument("--page-kb", type=float, default=12.0, help="size of one synthetic page")
    ap.add_argument("--samples", type=Path, default=REPO / "samples")
    ap.add_argument("--configs", default="default,rules-only",
                    help=f"comma-separated: {', '.join(CONFIGS)}, or NAME=PATH for another config file")
    ap.add_argument("--runners", default="local,dask")
    ap.add_argument("--dask-workers", type=int, default=2, help="LocalCluster workers of the dask runs")
    ap.add_argument("--workdir", type=Path, default=REPO / "outputs" / "bench")
    ap.add_argument("--report", type=Path, default=None, help="default: <workdir>/report.json")
    a = ap.parse_args(argv)

    work = a.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    info = build_corpus(corpus, a.size_mb, a.page_kb, a.samples)
    print(f"corpus: {info['documents']} pages, {info['bytes'] / 2**20:.1f} MB, {info['chars']:,} chars "
          f"(from {info['samples']} sample pages) in {corpus}", flush=True)

    report = {
        "machine": {"cpus": os.cpu_count(), "load_avg_1m_at_start": round(os.getloadavg()[0], 2), "python": platform.python_version(), "platform": platform.platform(),
                    "memory_gb": round(psutil.virtual_memory().total / 2**30, 1)},
        "corpus": info,
        "targets_chars_per_s": TARGETS,
        "dask_workers": a.dask_workers,
        "runs": {},
    }
    configs = []
    for item in (c.strip() for c in a.configs.split(",")):
        if "=" in item:
            name, path = item.split("=", 1)
            CONFIGS[name] = Path(path).resolve()
            item = name
        if item:
            configs.append(item)
    runners = [r.strip() for r in a.runners.split(",") if r.strip()]
    for name in configs:
        for runner in runners:
            label = f"{name}/{runner}"
            out = work / f"out-{name}-{runner}"
            shutil.rmtree(out, ignore_errors=True)
            print(f"{label}: cold run ...", flush=True)
            run = summarize(huiyi_run(corpus, out, CONFIGS[name], runner, work / f"{name}-{runner}.log", a.dask_workers),
                            info["chars"])
            report["runs"][label] = run
            print(f"{label}: {run['wall_s']} s, {run['chars_per_s_end_to_end']:,} chars/s end to end, "
                  f"peak RSS {run['peak_rss_mb']} MB, exit {run['exit_code']}", flush=True)
            if runner == runners[0] and name == configs[0]:
                print(f"{label}: rerun on unchanged input ...", flush=True)
                rerun = summarize(huiyi_run(corpus, out, CONFIGS[name], runner, work / f"{name}-{runner}-rerun.log",
                                            a.dask_workers), info["chars"])
                report["runs"][label + "/rerun"] = rerun
                print(f"{label}: rerun {rerun['wall_s']} s (flow {rerun['flow_s']} s), "
                      f"peak RSS {rerun['peak_rss_mb']} MB", flush=True)
    path = a.report or work / "report.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"report: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
