"""Start Prefect's temporary API server early, without importing prefect.

With no ``PREFECT_API_URL``, Prefect starts a temporary server when the flow begins:
it imports the server code, starts uvicorn in a subprocess and waits (5-15 s). The
CLI starts that same subprocess first thing instead, so the server boots while this
process imports Prefect, spaCy and the models; ``PREFECT_API_URL`` is exported before
prefect is imported, so Prefect, and Dask workers started later, all use it.
It mirrors ``prefect.server.api.server.SubprocessASGIServer`` (prefect 3.8).

Its database is not Prefect's own (``~/.prefect/prefect.db``, which would grow with
every run): the server's ``PREFECT_HOME`` is a folder of the run's output
(``OUT/.huiyi/prefect``), and its database is started afresh once it passes
``MAX_DATABASE_BYTES`` (nobody reads a temporary server's history after its run). A
second run into the same output folder at the same time uses a throw-away folder.

A new database costs the server about 10 s of migrations at its first start. So the
first server to create one saves a copy of it, migrated and still empty, in the user's
cache (``~/.cache/huiyi/prefect-<version>.db``, ``XDG_CACHE_HOME`` respected), and a
server starting without a database begins from that copy (Prefect still checks its
migrations, so a stale copy only costs the time saved). Any trouble with the copy is
ignored: the server then migrates a database of its own, as Prefect would.
"""
from __future__ import annotations

import atexit
import fcntl
import importlib.metadata
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from importlib import util
from pathlib import Path


def api_url_configured() -> bool:
    if os.environ.get("PREFECT_API_URL"):
        return True
    if "prefect" in sys.modules:  # e.g. a test harness set it through Prefect's settings
        from prefect.settings import get_current_settings

        return bool(get_current_settings().api.url)
    return False


def die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: this (child) process gets SIGTERM when its parent dies, even by SIGKILL."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


MAX_DATABASE_BYTES = 64 * 1024 * 1024


class TemporaryServer:
    """A Prefect API server subprocess for the lifetime of this process, keeping its
    database in ``home`` (a throw-away folder when that is in use or not given)."""

    def __init__(self, home: str | Path | None = None) -> None:
        self.proc: subprocess.Popen | None = None
        self.url: str | None = None
        self.home: Path | None = None
        self._home_lock = None  # held while the server uses ``home``
        self._throw_away: Path | None = None
        self._wanted_home = Path(home) if home is not None else None
        self._log = None
        self._ready = False
        self._seeded = False

    def _take_home(self) -> Path:
        """The server's PREFECT_HOME: the wanted folder if no other run uses it, else a temporary one."""
        if self._wanted_home is not None:
            try:
                self._wanted_home.mkdir(parents=True, exist_ok=True)
                lock = open(self._wanted_home / "lock", "w")
            except OSError:
                lock = None
            if lock is not None:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    lock.close()
                else:
                    self._home_lock = lock
                    _bound_database(self._wanted_home)
                    return self._wanted_home
        self._throw_away = Path(tempfile.mkdtemp(prefix="huiyi-prefect-"))
        return self._throw_away

    def start(self) -> "TemporaryServer":
        spec = util.find_spec("prefect")
        if spec is None or spec.origin is None:
            raise RuntimeError("prefect is not installed")
        app_dir = Path(spec.origin).parent.parent
        port = _free_port()
        self.home = self._take_home()
        self._seeded = _seed_database(self.home)
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
               "PREFECT_HOME": str(self.home)}
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
            start_new_session=True,  # a Ctrl-C in the terminal is ours to handle: we stop it
        )
        self.url = f"http://127.0.0.1:{port}/api"
        os.environ["PREFECT_API_URL"] = self.url
        atexit.register(self.stop)
        return self

    def _tail(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        lines = self._log.read().decode("utf-8", "replace").strip().splitlines()
        return " | ".join(lines[-3:])

    def wait(self, timeout: float = 90.0) -> None:
        """Block until the server answers; raise RuntimeError with its last words if it cannot."""
        if self._ready or self.proc is None:
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.proc.poll()
            if code is not None:
                raise RuntimeError(f"Prefect's temporary server exited with code {code}: {self._tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        self._ready = True
                        if not self._seeded:
                            _save_template(self.home)
                        return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"Prefect's temporary server did not start within {timeout:.0f} s: {self._tail()}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if os.environ.get("PREFECT_API_URL") == self.url:
            os.environ.pop("PREFECT_API_URL", None)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._home_lock is not None:
            self._home_lock.close()
            self._home_lock = None
        if self._throw_away is not None:
            shutil.rmtree(self._throw_away, ignore_errors=True)
            self._throw_away = None


def _bound_database(home: Path) -> None:
    """Start the server's database afresh once it has grown past ``MAX_DATABASE_BYTES``."""
    files = [home / f"prefect.db{suffix}" for suffix in ("", "-wal", "-shm")]
    if sum(f.stat().st_size for f in files if f.is_file()) > MAX_DATABASE_BYTES:
        for f in files:
            f.unlink(missing_ok=True)


def template_path() -> Path:
    """The migrated, empty database that new servers start from (per Prefect version)."""
    try:
        version = importlib.metadata.version("prefect")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "huiyi" / f"prefect-{version}.db"


def _seed_database(home: Path) -> bool:
    """Give a server without a database a copy of the template; True if it has one now."""
    target, template = home / "prefect.db", template_path()
    if target.exists() or not template.is_file():
        return False
    try:
        part = home / "prefect.db.part"
        shutil.copyfile(template, part)
        os.replace(part, target)
    except OSError:
        return False
    return True


def _save_template(home: Path) -> None:
    """Save the server's freshly migrated database as the template (once, atomically)."""
    template = template_path()
    if template.is_file():
        return
    part = template.with_name(f"{template.name}.{os.getpid()}.part")
    try:
        template.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{home / 'prefect.db'}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(part)
            try:
                source.backup(copy)  # consistent while the server writes
                copy.execute("pragma journal_mode=delete")  # one file, nothing beside it
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(part, template)
    except (OSError, sqlite3.Error):
        part.unlink(missing_ok=True)


def start_if_needed(home: str | Path | None = None) -> TemporaryServer | None:
    """Start a temporary server (its database in ``home``) unless a Prefect API is already configured."""
    if api_url_configured():
        return None
    return TemporaryServer(home).start()
