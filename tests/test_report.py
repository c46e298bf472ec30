"""`huiyi report`: the figures from fictional tables, a self-contained page, and a
screenshot of it in headless Chromium (Debian's package; .ci/run installs it)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline.report as report_package
from pipeline.cli import main
from pipeline.report import REPORT_FILE, ReportError, build_report
from pipeline.report import data as d
from pipeline.stages.tables import SCHEMAS, to_table

def day(year: int, month: int, dom: int) -> datetime:
    """A day that fits a date32 or a timestamp column alike."""
    return datetime(year, month, dom)


# Fictional run: two papers over two weeks, a page with no masthead, a failed page.
DOCUMENTS = [
    {"doc_id": "d1", "source_path": "in/qingchuan/d1.txt", "newspaper": "青川日报", "issue_date": day(2025, 3, 6)},
    {"doc_id": "d2", "source_path": "in/qingchuan/d2.txt", "newspaper": "青川日报", "issue_date": day(2025, 3, 13)},
    {"doc_id": "d3", "source_path": "in/nanjiang/d3.txt", "newspaper": "南江晚报", "issue_date": day(2025, 3, 10)},
    {"doc_id": "d4", "source_path": "in/feeds/d4.txt", "newspaper": None, "issue_date": None},
]
MEETINGS = [
    ("m1", "d1", "县委常委会会议", "meeting", day(2025, 3, 5)),
    ("m2", "d1", "专题调研", "inspection", day(2025, 3, 4)),
    ("m3", "d2", "县政府常务会议", "meeting", day(2025, 3, 12)),
    ("m4", "d3", "工作会谈", "talks", day(2025, 3, 9)),
    ("m5", "d3", "市政府专题会议", "meeting", None),  # placed on its page's issue date
    ("m6", "d4", "签约仪式", "other", None),  # no day, no issue date: not on the timeline
]
ATTENDANCE = [
    ("m1", "周明远", "chair"), ("m1", "周明远", "speaker"), ("m1", "韩志刚", "attendee"), ("m1", "罗佳", "attendee"),
    ("m2", "周明远", "chair"), ("m2", "罗佳", "attendee"),
    ("m3", "韩志刚", "chair"), ("m3", "韩志刚", "speaker"), ("m3", "韩志刚", "attendee"), ("m3", "罗佳", "attendee"),
    ("m4", "刘建华", "speaker"), ("m4", "陈雪梅", "attendee"),
    ("m5", "刘建华", "chair"), ("m5", "陈雪梅", "attendee"), ("m5", "王立新", "observer"),
    ("m6", "李四海", "attendee"),
]
ERRORS = [
    {"doc_id": "d9", "source_path": "in/feeds/d9.txt", "stage": "ingest", "severity": "error", "reason": "binary file"},
    {"doc_id": "d4", "source_path": "in/feeds/d4.txt", "stage": "clean", "severity": "warning",
     "reason": "issue date unknown"},
    {"doc_id": "d3", "source_path": "in/nanjiang/d3.txt", "stage": "articles", "severity": "warning",
     "reason": "no articles found"},
]


def write_run(out: Path) -> Path:
    """The fictional run's tables, with the pipeline's own schemas."""
    doc_of = {m[0]: m[1] for m in MEETINGS}
    people = sorted({a[1] for a in ATTENDANCE})
    rows = {
        "documents": [{**r, "issue_date_source": "masthead" if r["issue_date"] else "unknown"} for r in DOCUMENTS],
        "meetings": [{"meeting_id": m, "doc_id": doc, "name": name, "kind": kind, "date": day}
                     for m, doc, name, kind, day in MEETINGS],
        "attendance": [{"meeting_id": m, "doc_id": doc_of[m], "person": p, "person_id": f"p{people.index(p)}",
                        "role": r, "title": "县委书记"} for m, p, r in ATTENDANCE],
        "officials": [{"person_id": f"p{i}", "name": p, "kind": "official", "titles": []} for i, p in enumerate(people)],
        "errors": ERRORS,
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, table_rows in rows.items():
        pq.write_table(to_table(name, table_rows), out / f"{name}.parquet")
    return out


def _with_columns(name: str, rows: list[dict]) -> pa.Table:
    """Rows with the pipeline's schema where it has one, plus the columns it does not know (yet)."""
    schema = SCHEMAS.get(name)
    if schema is None:
        return pa.Table.from_pylist(rows)
    for column in rows[0]:
        if column not in schema.names:
            schema = schema.append(pa.field(column, pa.string()))
    return pa.Table.from_pylist(rows, schema=schema)


def write_linked_run(out: Path) -> Path:
    """The fictional run as a run that links people across pages writes it: person ids (two
    people named 刘建华, one per county), officials with kind and jurisdiction, a people table
    and a coattendance table of its own."""
    write_run(out)
    county = {"d1": "青川县", "d2": "青川县", "d3": "南江市"}
    doc_of = {m[0]: m[1] for m in MEETINGS}
    attendance = [{"meeting_id": m, "doc_id": doc_of[m], "person": p, "role": r, "title": "县长",
                   "person_id": f"{p}@{county.get(doc_of[m], '-')}"} for m, p, r in ATTENDANCE]
    attendance.append({"meeting_id": "m3", "doc_id": "d2", "person": "刘建华", "role": "attendee", "title": "副县长",
                       "person_id": "刘建华@青川县"})
    ids = sorted({(a["person_id"], a["person"]) for a in attendance})
    kind = {"陈雪梅": "entrepreneur", "李四海": "unknown"}
    people = [{"person_id": i, "name": n, "kind": kind.get(n, "official"), "jurisdiction": i.split("@")[1],
               "titles": []} for i, n in ids]
    tables = {
        "attendance": _with_columns("attendance", attendance),
        "people": _with_columns("officials", people),
        "officials": _with_columns("officials", [r for r in people if r["kind"] == "official"]),
        "coattendance": _with_columns("coattendance", [  # the run's own count wins over one from attendance
            {"person_a": "周明远@青川县", "person_b": "罗佳@青川县", "name_a": "周明远", "name_b": "罗佳",
             "n_meetings": 9, "first_date": day(2025, 3, 4), "last_date": day(2025, 3, 5)}]),
    }
    for name, table in tables.items():
        pq.write_table(table, out / f"{name}.parquet")
    return out


@pytest.fixture
def run_dir(tmp_path) -> Path:
    return write_run(tmp_path / "out")


def test_overview_counts(run_dir):
    o = d.overview(d.load_run(run_dir))
    assert (o["pages"], o["newspapers"], o["events"], o["events_with_day"]) == (4, 2, 6, 4)
    assert (o["attendance_rows"], o["people"], o["failed"], o["warnings"]) == (len(ATTENDANCE), 7, 1, 2)
    assert o["events_by_kind"] == {"meeting": 3, "talks": 1, "inspection": 1, "other": 1}
    assert (o["first_issue"], o["last_issue"]) == (date(2025, 3, 6), date(2025, 3, 13))


def test_events_per_week_per_paper(run_dir):
    t = d.events_over_time(d.load_run(run_dir))
    assert t.unit == "week" and t.undated == 1
    assert [str(p.start_time.date()) for p in t.counts.columns] == ["2025-03-03", "2025-03-10"]
    assert t.counts.loc["青川日报"].tolist() == [2, 1]
    assert t.counts.loc["南江晚报"].tolist() == [1, 1]  # m5 sits on its issue date


@pytest.mark.parametrize("papers, heat_map", [(2, False), (5, True)])
def test_the_timeline_is_bars_for_a_few_papers_and_a_heat_map_for_many(papers, heat_map):
    from pipeline.report import plots

    counts = pd.DataFrame([[1, 0, 2]] * papers, index=[f"报{i}" for i in range(papers)],
                          columns=pd.period_range("2025-03-03", periods=3, freq="W-SUN"))
    svg = plots.timeline(d.Timeline(counts, "week", 0))
    assert svg.startswith("<svg") and ("<image" in svg) == heat_map  # imshow embeds its cells as one image
    assert all(f"报{i}" in svg for i in range(papers))


def test_the_timeline_unit_grows_with_the_span():
    assert [d._unit(days) for days in (20, 700, 800, 3000, 5000)] == ["week", "week", "month", "month", "year"]


def test_most_active_people_and_their_roles(run_dir):
    top = d.active_officials(d.load_run(run_dir), top=3)
    assert top["person"].tolist() == ["罗佳", "周明远", "刘建华"]  # ties: more chairing and speaking, then the name
    first = top.iloc[0]
    assert (first["events"], first["attendee"], first["chair"]) == (3, 3, 0)
    zhou = d.active_officials(d.load_run(run_dir)).set_index("person").loc["周明远"]
    assert (zhou["events"], zhou["chair"], zhou["speaker"], zhou["papers"]) == (2, 2, 1, "青川日报")


def test_only_officials_when_the_officials_table_says_who_is_one(run_dir):
    data = d.load_run(run_dir)
    data.officials["kind"] = ["official" if n != "罗佳" else "other" for n in data.officials["name"]]
    assert "罗佳" not in d.active_officials(data)["person"].tolist()


def test_people_linked_across_pages(tmp_path):
    """With person ids, two people of one name are two rows; officials only; the run's own pairs."""
    data = d.load_run(write_linked_run(tmp_path / "out"))
    top = d.active_officials(data)
    assert sorted(top.loc[top["person"] == "刘建华", "jurisdiction"]) == ["南江市", "青川县"]
    assert "陈雪梅" not in set(top["person"]) and "李四海" not in set(top["person"])  # not officials
    assert d.overview(data)["people_by_kind"] == {"official": 6, "entrepreneur": 1, "unknown": 1}
    assert d.coattendance(data)[["a", "b", "events"]].values.tolist() == [["周明远@青川县", "罗佳@青川县", 9]]
    html = build_report(data.out).read_text(encoding="utf-8")
    assert "<th>jurisdiction</th>" in html and "People by kind: official 6" in html


def test_coattendance_pairs_and_the_network(run_dir):
    data = d.load_run(run_dir)
    pairs = d.coattendance(data)
    assert len(pairs) == 6
    name = d.display_names(data)  # the keys are person ids
    twice = {frozenset((name[a], name[b])) for a, b, n in pairs[["a", "b", "events"]].itertuples(index=False) if n == 2}
    assert twice == {frozenset(("周明远", "罗佳")), frozenset(("韩志刚", "罗佳")), frozenset(("刘建华", "陈雪梅"))}
    first = pairs[(pairs["a"].map(name) + pairs["b"].map(name)).isin(["周明远罗佳", "罗佳周明远"])].iloc[0]
    assert (first["first"].date(), first["last"].date()) == (date(2025, 3, 4), date(2025, 3, 5))
    net = d.network(data, pairs, max_nodes=3)
    assert net.people_total == 6  # 李四海 attended alone
    # 罗佳, 周明远 and 刘建华 are the busiest three; 刘建华 shares no event with the other two
    assert set(net.nodes["name"]) == {"罗佳", "周明远"} and len(net.edges) == 1


def test_roles_per_kind_of_event(run_dir):
    table = d.roles_by_kind(d.load_run(run_dir))
    assert table.index.tolist() == ["meeting", "talks", "inspection", "other"]
    # 韩志刚's attendee row at m3 is dropped beside his chair and speaker rows
    assert table.loc["meeting"].to_dict() == {"chair": 3, "speaker": 2, "attendee": 4, "observer": 1}
    assert table.loc["inspection", "chair"] == 1 and table.loc["talks", "speaker"] == 1


def test_data_quality_per_source(run_dir):
    q = d.quality_by_source(d.load_run(run_dir))
    assert q.loc["feeds/"].to_dict() == {"pages": 1, "failed": 1, "warnings": 1, "no_issue_date": 1, "events": 1,
                                         "events_without_day": 1}
    assert q.loc["南江晚报", "warnings"] == 1 and q.loc["青川日报", "failed"] == 0
    assert q.index[0] == "feeds/"  # the source with the most problems first


def test_the_report_is_one_self_contained_page(run_dir):
    path = build_report(run_dir)
    html = path.read_text(encoding="utf-8")
    assert html.count("<svg") == 5  # timeline, people by role, network, roles per kind, data quality
    for section in ("Overview", "Events per paper over time", "Most active officials", "Co-attendance network",
                    "Roles per kind of event", "Data quality per source"):
        assert f">{section}</h2>" in html
    assert "罗佳" in html and "binary file" in html
    for fetch in ("<script", "<link", "<img", "<iframe", "@import", "src=", 'href="http'):
        assert fetch not in html
    assert not re.search(r"url\((?!#)", html)  # only references inside the page (SVG clip paths)
    assert set(re.findall(r"https?://[^\"' <)]+", html)) <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
    assert not list(run_dir.glob(".report-*")) and not list(run_dir.glob(".huiyi/.report-*"))  # atomic
    assert path.is_symlink() and os.readlink(path) == ".huiyi/report.html"  # published like the tables


def test_a_report_html_of_the_users_is_never_replaced(run_dir):
    (run_dir / REPORT_FILE).write_text("my own notes", encoding="utf-8")
    with pytest.raises(ReportError, match="did not write"):
        build_report(run_dir)
    assert (run_dir / REPORT_FILE).read_text(encoding="utf-8") == "my own notes"


def test_an_empty_run_still_gives_a_page(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("documents", "meetings", "attendance", "officials", "errors"):
        pq.write_table(to_table(name, []), out / f"{name}.parquet")
    html = build_report(out).read_text(encoding="utf-8")
    assert "No dated events in this run." in html and "<svg" not in html


def test_cli_report_and_its_one_line_errors(run_dir, tmp_path, capsys, monkeypatch):
    assert main(["report", str(run_dir)]) == 0
    assert f"report written to {run_dir / REPORT_FILE}" in capsys.readouterr().out
    assert main(["report", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.strip() == f"huiyi: {tmp_path / 'nowhere'}: no such output folder"
    (run_dir / "errors.parquet").unlink()
    assert main(["report", str(run_dir)]) == 2
    assert "no errors table" in capsys.readouterr().err
    # without matplotlib: one line that says what to install
    write_run(run_dir)
    monkeypatch.delitem(sys.modules, "pipeline.report.plots", raising=False)
    monkeypatch.delattr(report_package, "plots", raising=False)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ReportError, match="the report needs matplotlib and networkx"):
        build_report(run_dir)


# --------------------------------------------------------------------------- in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--force-device-scale-factor=1"]


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 12000) -> Path:
    """A screenshot of a local page in headless Chromium (a fresh profile each time)."""
    profile = png.parent / f".chromium-profile-{os.getpid()}"
    try:
        subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                        f"--screenshot={png}", page.resolve().as_uri()],
                       check=True, capture_output=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return png


def content_height(image) -> int:
    """Rows down to the last one that differs from the page's bottom background."""
    pixels = image.convert("RGB").load()
    width, height = image.size
    background = pixels[width // 2, height - 1]
    for y in range(height - 1, -1, -1):
        if any(pixels[x, y] != background for x in range(0, width, 4)):
            return y + 1
    return 0


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="no chromium (apt-get install chromium)")
def test_the_report_renders_in_headless_chromium(run_dir, tmp_path):
    assert CHROMIUM, "CI installs chromium (.ci/run): it should be here"
    from PIL import Image

    png = screenshot(build_report(run_dir), tmp_path / "report.png")
    image = Image.open(png).convert("RGB")
    height = content_height(image)
    assert 2500 < height < image.size[1]  # six sections with five plots, and none cut off
    page = image.crop((0, 0, image.size[0], height))
    colours = page.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50  # not blank: text, plots, tables
    # the plots are drawn: the role colours of the bar charts fill many pixels
    by_colour = {rgb: n for n, rgb in colours}
    assert by_colour.get((0xc0, 0x39, 0x2b), 0) > 500  # chair
    assert by_colour.get((0x2e, 0x86, 0xc1), 0) > 500  # attendee
