"""``huiyi``: run the pipeline, serve it on a schedule, train its models, score a run.

    huiyi run --input DIR_OR_FILES... --output DIR [--config configs/default.yaml]
    huiyi serve [--config FILE] [--inbox DIR] [--output DIR] [--cron "*/30 * * * *"]
    huiyi train ner --config configs/train_ner.yaml
    huiyi train attendance --config configs/train_attendance.yaml
    huiyi evaluate GOLD_DIR OUT [--verbose] [--json FILE]
    huiyi report OUT

Exit codes: 0 every document was processed (warnings allowed; with --strict, none
either); 1 at least one input could not be read or processed (see the errors table),
or no input was found, or nothing was published; 2 bad config or command line, or an
output folder huiyi cannot or must not write to; 3 the run itself crashed; 130 stopped
by SIGTERM or Ctrl-C.
"""
from __future__ import annotations

import argparse
import ctypes
import os
import signal
import sys
import threading
import time

from pipeline.config import REPO_ROOT, ConfigError, RunConfig, load_config, parse_key_values, with_overrides
from pipeline.stages import tables

EXIT_OK, EXIT_FAILED_DOCS, EXIT_CONFIG, EXIT_CRASH = 0, 1, 2, 3
DEFAULT_CONFIG = REPO_ROOT / "configs" / "default.yaml"


def tame_malloc() -> None:
    """glibc only: two malloc arenas and a fixed mmap threshold, for this process and the
    ones it starts (Prefect's server, worker processes). Batches travel as multi-MB
    buffers through several threads; with glibc's defaults the freed ones stay behind in
    per-thread arenas (on the 20 MB benchmark the flow's process held ~330 MB more)."""
    os.environ.setdefault("MALLOC_ARENA_MAX", "2")
    os.environ.setdefault("MALLOC_MMAP_THRESHOLD_", "262144")
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-8, int(os.environ["MALLOC_ARENA_MAX"]))  # M_ARENA_MAX
        libc.mallopt(-3, int(os.environ["MALLOC_MMAP_THRESHOLD_"]))  # M_MMAP_THRESHOLD
    except (OSError, AttributeError, ValueError):
        pass  # not glibc, or a value we cannot read: keep the defaults


def quiet_prefect(verbose: bool = False) -> None:
    """Sensible Prefect settings for a command-line run (set before prefect is imported).

    Values already in the environment win.
    """
    defaults = {
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # no telemetry (and no network here)
        "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",  # the temporary server's shutdown noise
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_LOGGING_LOGGERS_DISTRIBUTED_LEVEL": "WARNING",
        "DASK_LOGGING__DISTRIBUTED": "warning",
        "DASK_DISTRIBUTED__WORKER__DAEMON": "false",
    }
    if not verbose:
        defaults["PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL"] = "WARNING"  # one line per task otherwise
    for key, value in defaults.items():
        os.environ.setdefault(key, value)


def warm_up(cfg: RunConfig) -> threading.Thread:
    """Import the stages (spaCy and friends) in the background.

    A local run spends its first seconds waiting for Prefect's temporary server; the
    imports fill that wait. Models are not loaded here: a run whose tables are up to
    date needs none. Anything that fails here fails again, reported, inside the run.
    """

    def go() -> None:
        try:
            from pipeline.stages import articles, clean, ner, registry, relations, segment  # noqa: F401
        except Exception:
            pass

    thread = threading.Thread(target=go, name="huiyi-warm-up", daemon=True)
    thread.start()
    return thread


def _config(args, overrides: dict) -> RunConfig:
    path = args.config
    if path is None and DEFAULT_CONFIG.is_file():
        path = DEFAULT_CONFIG
    cfg = load_config(path)
    return with_overrides(cfg, overrides)


def _command_config(args, overrides: dict) -> RunConfig | None:
    """The config of a run or serve command, or None after printing the bad key."""
    try:
        cfg = _config(args, overrides)
    except ConfigError as exc:
        print(f"huiyi: {exc}", file=sys.stderr)
        return None
    quiet_prefect(args.verbose)
    tame_malloc()
    return cfg


def _output_usable(cfg: RunConfig) -> bool:
    """Whether huiyi can write into the output folder and publish there (else one line why)."""
    try:
        tables.TableStore(cfg.output.dir).check()
    except tables.OutputFolderError as exc:
        print(f"huiyi: {exc}", file=sys.stderr)
        return False
    return True


def _print_summary(s: dict, seconds: float, strict: bool) -> None:
    from pipeline.flow import inputs_line

    out = s["output"]
    if not s["published"]:
        print(f"huiyi: stopped after {seconds:.1f} s; nothing published, the tables in {out} are unchanged")
        print(f"  inputs      {inputs_line(s)}")
        print(f"  documents   {s['read']} read, 0 processed, {s['failed']} failed, {s['warnings']} warning(s)")
        _print_failures(s["errors"], "")
        return
    print(f"huiyi: finished in {seconds:.1f} s → {out}")
    print(f"  inputs      {inputs_line(s)}")
    print(f"  documents   {s['read']} read, {s['processed']} processed, {s['failed']} failed, "
          f"{s['warnings']} warning(s)")
    print(f"  articles    {s['articles']}")
    print(f"  events      {s['events']}")
    print(f"  attendance  {s['attendance']} rows")
    print(f"  batches     {s['batches']} ({s['partitions_written']} partition(s) written, "
          f"{s['partitions_kept']} kept)")
    print(f"  people      {s.get('people', 0)} ({s['officials']} officials)")
    print(f"  tables      {out}/{{{','.join(tables.TABLES)}}}.parquet")
    print(f"  report      huiyi report {out}   (writes {out}/report.html)")
    _print_failures(s["errors"], f"; all listed in {out}/errors.parquet")


def _print_failures(errors: list[dict], where: str) -> None:
    if errors:
        print(f"failed ({len(errors)}{where}):")
        for e in errors[:20]:
            who = e["source_path"] or e["doc_id"]
            print(f"  {who}: [{e['stage']}] {e['reason']}")
        if len(errors) > 20:
            print(f"  … and {len(errors) - 20} more")


STOP_GRACE_S = 8.0  # after SIGTERM or Ctrl-C, the longest a run takes to wind down


class _Stopper:
    """SIGTERM and Ctrl-C stop a run: a KeyboardInterrupt in the flow's thread winds it
    down (worker processes killed, Prefect's server stopped, the published tables as
    they were: a snapshot is published whole or not at all). Whatever is still running
    ``STOP_GRACE_S`` after the signal ends outright; the worker processes and the server
    die with this process. The countdown starts when the signal arrives: a watcher
    thread reads it from Python's wakeup fd, whichever handler (Prefect swaps in its own
    for SIGTERM during a flow run) and whichever thread takes it."""

    def __init__(self) -> None:
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._previous: dict[int, object] = {}
        self._previous_fd = -1
        self._pipe: tuple[int, int] | None = None

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._previous[sig] = signal.signal(sig, self._on_signal)
        read, write = os.pipe()
        os.set_blocking(write, False)
        self._previous_fd = signal.set_wakeup_fd(write, warn_on_full_buffer=False)
        self._pipe = (read, write)
        threading.Thread(target=self._watch, args=(read,), name="huiyi-stop-watch", daemon=True).start()

    def uninstall(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous = {}
        if self._pipe is not None:
            signal.set_wakeup_fd(self._previous_fd)
            os.close(self._pipe[1])  # the watcher reads the end of the pipe and closes it
            self._pipe = None
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def _watch(self, read: int) -> None:
        with os.fdopen(read, "rb", buffering=0) as pipe:
            while data := pipe.read(64):
                if signal.SIGTERM in data or signal.SIGINT in data:
                    self._count_down()

    def _count_down(self) -> None:
        with self._lock:
            if self._timer is None:
                self._timer = threading.Timer(STOP_GRACE_S, self._end_now)
                self._timer.daemon = True
                self._timer.start()

    def _on_signal(self, signum, frame) -> None:
        self._count_down()
        raise KeyboardInterrupt

    @staticmethod
    def _end_now() -> None:
        print("huiyi: stopped; the published tables are as they were", file=sys.stderr, flush=True)
        os._exit(130)


_stopper = _Stopper()


def cmd_run(args) -> int:
    overrides = {
        "input": list(args.input) if args.input else None,
        "output.dir": args.output,
        "runner.kind": args.runner,
        "runner.n_workers": args.workers,
        "runner.address": args.address,
        "cache.enabled": False if args.no_cache else None,
        "output.allow_empty": True if args.allow_empty else None,
    }
    cfg = _command_config(args, overrides)
    if cfg is None or not _output_usable(cfg):
        return EXIT_CONFIG
    t0 = time.perf_counter()
    _stopper.install()
    from pipeline import server as prefect_server

    try:
        try:  # boots while we import Prefect and the stages
            server = prefect_server.start_if_needed(tables.TableStore(cfg.output.dir).prefect_dir)
        except OSError as exc:  # Prefect will start its own
            print(f"huiyi: could not start Prefect's server early ({exc}); Prefect will start one", file=sys.stderr)
            server = None
        if server is not None and cfg.runner.kind == "local" and cfg.runner.n_workers == 1:
            warm_up(cfg)  # fills the wait for the server (with a running server it would only compete)
        from pipeline import flow

        if server is not None:
            server.wait(float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")))
        summary = flow.run(cfg)
    except KeyboardInterrupt:
        print("huiyi: interrupted; the previous tables are untouched", file=sys.stderr)
        return 130
    except tables.OutputFolderError as exc:  # something got in the way during the run
        print(f"huiyi: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except Exception as exc:
        print(f"huiyi: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_CRASH
    _print_summary(summary, time.perf_counter() - t0, args.strict)
    if not summary["published"]:
        print(f"huiyi: nothing published: {summary['not_published_because']}", file=sys.stderr)
        return EXIT_FAILED_DOCS
    if summary["failed"] or summary["documents"] == 0:
        if summary["documents"] == 0 and not summary["failed"]:
            print("huiyi: no input documents found", file=sys.stderr)
        return EXIT_FAILED_DOCS
    if args.strict and summary["warnings"]:
        return EXIT_FAILED_DOCS
    return EXIT_OK


def cmd_serve(args) -> int:
    overrides = {
        "output.dir": args.output,
        "serve.inbox": args.inbox,
        "serve.cron": args.cron,
        "serve.name": args.name,
        "runner.kind": args.runner,
    }
    cfg = _command_config(args, overrides)
    if cfg is None or not _output_usable(cfg):
        return EXIT_CONFIG
    from prefect.settings import get_current_settings

    if not get_current_settings().api.url:
        print("huiyi: serve needs a Prefect server: run `prefect server start` in another terminal, then "
              "`export PREFECT_API_URL=http://127.0.0.1:4200/api`", file=sys.stderr)
        return EXIT_CONFIG
    from pipeline import flow

    print(f"huiyi: serving '{cfg.serve.name}': cron '{cfg.serve.cron}' ({cfg.serve.timezone}), "
          f"inbox {cfg.serve.inbox} → {cfg.output.dir}; Ctrl-C stops")
    flow.serve(cfg)
    return EXIT_OK


def cmd_train(args) -> int:
    try:
        if args.what == "ner":
            from pipeline.train import ner as recipe
        else:
            from pipeline.train import attendance as recipe
    except ImportError as exc:
        print(f"huiyi: {args.what} training is not available: {exc}", file=sys.stderr)
        return EXIT_CRASH
    config = args.config or str(REPO_ROOT / "configs" / f"train_{args.what}.yaml")
    try:
        recipe.main(config, parse_key_values(args.set))
    except ConfigError as exc:
        print(f"huiyi: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    return EXIT_OK


def cmd_evaluate(args) -> int:
    from pathlib import Path

    from pipeline import evaluate

    try:
        result = evaluate.evaluate(Path(args.gold_dir), Path(args.output))
        print(evaluate.format_evaluation(result, args.verbose))
        if args.json:
            evaluate.write_json(result, Path(args.json))
    except (evaluate.EvaluationError, OSError) as exc:  # a bad gold folder, run folder or --json path
        print(f"huiyi: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    return EXIT_OK


def cmd_report(args) -> int:
    from pathlib import Path

    from pipeline.report import ReportError, build_report

    t0 = time.perf_counter()
    try:
        path = build_report(Path(args.output))
    except (ReportError, OSError) as exc:  # not an output folder, a broken table, matplotlib missing
        print(f"huiyi: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"huiyi: report written to {path} in {time.perf_counter() - t0:.1f} s")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="huiyi", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="run the pipeline over input files or folders")
    r.add_argument("--input", "-i", nargs="+", metavar="PATH", help="folders, files or globs (default: the config's)")
    r.add_argument("--output", "-o", metavar="DIR", help="output folder (default: the config's output.dir)")
    r.add_argument("--config", "-c", metavar="FILE", help=f"run config (default: {DEFAULT_CONFIG.relative_to(REPO_ROOT)})")
    r.add_argument("--runner", choices=["local", "dask"], help="task runner (overrides runner.kind)")
    r.add_argument("--workers", type=int, metavar="N", help="worker processes (overrides runner.n_workers)")
    r.add_argument("--address", metavar="HOST:PORT", help="an existing Dask scheduler (overrides runner.address)")
    r.add_argument("--no-cache", action="store_true", help="recompute everything, cache nothing")
    r.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    r.add_argument("--allow-empty", action="store_true",
                   help="a run that finds no documents may replace non-empty tables (overrides output.allow_empty)")
    r.add_argument("--verbose", "-v", action="store_true", help="log every task run")
    r.set_defaults(func=cmd_run)

    s = sub.add_parser("serve", help="serve the flow as a scheduled Prefect deployment reading an inbox folder")
    s.add_argument("--config", "-c", metavar="FILE")
    s.add_argument("--inbox", metavar="DIR", help="folder to read on each run (overrides serve.inbox)")
    s.add_argument("--output", "-o", metavar="DIR")
    s.add_argument("--cron", metavar="EXPR", help='cron schedule (overrides serve.cron), e.g. "0 * * * *"')
    s.add_argument("--name", metavar="NAME", help="deployment name (overrides serve.name)")
    s.add_argument("--runner", choices=["local", "dask"])
    s.add_argument("--verbose", "-v", action="store_true")
    s.set_defaults(func=cmd_serve)

    t = sub.add_parser("train", help="train a model")
    t.add_argument("what", choices=["ner", "attendance"], help="what to train")
    t.add_argument("--config", "-c", metavar="FILE", help="the recipe (default: configs/train_WHAT.yaml)")
    t.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override a recipe key, e.g. --set hanlp.epochs=2 (YAML value); repeatable")
    t.set_defaults(func=cmd_train)

    e = sub.add_parser("evaluate", help="score a run's tables against gold YAML files")
    e.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of gold files (*.yaml), one per document")
    e.add_argument("output", metavar="OUT", help="the run's output folder")
    e.add_argument("--verbose", "-v", action="store_true", help="list every miss and extra")
    e.add_argument("--json", metavar="FILE", help="also write the figures and misses to FILE as JSON")
    e.set_defaults(func=cmd_evaluate)

    rp = sub.add_parser("report", help="write OUT/report.html: a run at a glance (counts, plots, data quality)")
    rp.add_argument("output", metavar="OUT", help="the run's output folder")
    rp.set_defaults(func=cmd_report)
    return p


def _exit_now(code: int) -> None:
    """Exit without the interpreter's slow teardown (seconds with spaCy, torch, Prefect)."""
    import atexit
    import logging

    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()  # Prefect's log flush, then our server stop
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code = args.func(args)
    except KeyboardInterrupt:  # a signal that came before or after the run itself
        code = 130
    if argv is None and args.command == "run":  # the console script, not a test calling main()
        _exit_now(code)  # a stop in progress still ends within STOP_GRACE_S
    _stopper.uninstall()
    return code


if __name__ == "__main__":
    sys.exit(main())
