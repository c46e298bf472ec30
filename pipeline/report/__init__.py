"""``huiyi report OUT``: one self-contained HTML page that shows a run at a glance.

It writes ``OUT/report.html`` (a symlink into ``OUT/.huiyi``, like the tables): counts, events per week per paper, the most active
officials, the co-attendance network of the busiest people, roles per kind of event,
and data quality per source. Plots are inline SVG; the page loads nothing from
anywhere else (no scripts, no fonts, no images by URL).

The plots need matplotlib and networkx (declared dependencies of the project); where
they are missing, ``build_report`` raises ``ReportError`` with a one-line message.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pipeline.report.data import ReportError, load_run

REPORT_FILE = "report.html"

__all__ = ["REPORT_FILE", "ReportError", "build_report"]


def _plots():
    try:
        import networkx  # noqa: F401

        from pipeline.report import plots
    except ImportError as exc:
        raise ReportError(f"the report needs matplotlib and networkx ({exc}); "
                          "install them with `pip install -e .` (or `pip install matplotlib networkx`)") from exc
    return plots


def build_report(out: Path, top_officials: int = 25, network_nodes: int = 40) -> Path:
    """Write the page into ``out/.huiyi/report.html`` (atomically) and publish it as the
    symlink ``out/report.html``, as the tables are; return the link. A file of the user's
    named report.html is never replaced: ``ReportError`` names it."""
    link = out / REPORT_FILE
    stored = Path(".huiyi") / REPORT_FILE
    if (link.is_symlink() and os.readlink(link) != str(stored)) or (link.exists() and not link.is_symlink()):
        raise ReportError(f"{link}: a file that huiyi did not write is in the way of the report; "
                          "move it away (huiyi never replaces it)")
    plots = _plots()
    from pipeline.report.page import render

    html = render(load_run(out), plots, top_officials=top_officials, network_nodes=network_nodes)
    target = out / stored
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(html)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if not link.is_symlink():
        link.symlink_to(stored)
    return link
