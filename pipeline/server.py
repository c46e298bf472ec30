"""Start Prefect's temporary API server early, without importing prefect.

With no ``PREFECT_API_URL``, Prefect starts a temporary server when the flow begins:
it imports the server code, starts uvicorn in a subprocess and waits (5-15 s). The
CLI starts that same subprocess first thing instead, so the server boots while this
process imports Prefect, spaCy and the models; ``PREFECT_API_URL`` is exported before
prefect is imported, so Prefect, and Dask workers started later, all use it.
It mirrors ``prefect.server.api.server.SubprocessASGIServer`` (prefect 3.8).
"""
from __future__ import annotations

import atexit
import os
import socket
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


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: the server gets SIGTERM when this process dies, even by SIGKILL."""
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


class TemporaryServer:
    """A Prefect API server subprocess for the lifetime of this process."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.url: str | None = None
        self._log = None
        self._ready = False

    def start(self) -> "TemporaryServer":
        spec = util.find_spec("prefect")
        if spec is None or spec.origin is None:
            raise RuntimeError("prefect is not installed")
        app_dir = Path(spec.origin).parent.parent
        port = _free_port()
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
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


def start_if_needed() -> TemporaryServer | None:
    """Start a temporary server unless a Prefect API is already configured."""
    if api_url_configured():
        return None
    return TemporaryServer().start()
