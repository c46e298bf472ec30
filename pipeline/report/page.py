"""The report's HTML: sections of counts, plots (inline SVG) and tables, one file."""
from __future__ import annotations

import datetime as dt
from html import escape
from types import ModuleType

import pandas as pd

from pipeline.report import data as d

MAX_ERRORS_LISTED = 200

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC",
       "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif; color: #222; margin: 0;
       background: #f6f6f4; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 8px; padding-top: 12px; border-top: 1px solid #ddd; }
p.meta, p.note { color: #666; font-size: 13px; margin: 4px 0 12px; }
nav a { margin-right: 14px; font-size: 14px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 10px 16px; min-width: 120px; }
.card b { display: block; font-size: 22px; }
.card span { color: #666; font-size: 13px; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0 16px; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 4px 10px; text-align: left; vertical-align: top;
         white-space: nowrap; }
td.wrap { white-space: normal; min-width: 8em; }
div.table { overflow-x: auto; }
th { background: #f2f2f0; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 8px 0 16px; }
figure svg { max-width: 100%; height: auto; }
details { font-size: 13px; }
.empty { color: #888; font-style: italic; }
"""


def render(data: d.RunData, plots: ModuleType, top_officials: int = 25, network_nodes: int = 40) -> str:
    """The whole page for one run."""
    sections = [
        ("overview", "Overview", _overview(data)),
        ("time", "Events per paper over time", _timeline(data, plots)),
        ("officials", "Most active officials", _officials(data, plots, top_officials)),
        ("network", "Co-attendance network", _network(data, plots, network_nodes)),
        ("roles", "Roles per kind of event", _roles(data, plots)),
        ("quality", "Data quality per source", _quality(data, plots)),
    ]
    nav = " ".join(f'<a href="#{key}">{escape(title)}</a>' for key, title, _ in sections)
    body = "\n".join(f'<section id="{key}"><h2>{escape(title)}</h2>\n{html}</section>' for key, title, html in sections)
    m = data.manifest
    meta = [f"output folder <code>{escape(str(data.out))}</code>"]
    if m.get("run_id"):
        meta.append(f"run {escape(str(m['run_id']))}")
    if m.get("finished") or m.get("started"):
        meta.append(f"finished {escape(str(m.get('finished') or m.get('started')))}")
    if m.get("huiyi_version"):
        meta.append(f"huiyi {escape(str(m['huiyi_version']))}")
    meta.append(f"report written {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>huiyi report: {escape(data.out.name or str(data.out))}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body><main>\n<h1>huiyi report</h1>\n<p class=\"meta\">{' · '.join(meta)}</p>\n<nav>{nav}</nav>\n"
        f"{body}\n"
        "<p class=\"note\">The tables behind this page: <code>pd.read_parquet(\"OUT/meetings.parquet\")</code> "
        "and likewise for documents, attendance, officials and errors (see the README's data dictionary).</p>\n"
        "</main></body>\n</html>\n"
    )


# --------------------------------------------------------------------------- pieces


def _fmt(value: object) -> str:
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _table(frame: pd.DataFrame, numeric: set[str] = frozenset(), index: str | None = None,
           wrap: set[str] = frozenset()) -> str:
    """A DataFrame as an HTML table: ``numeric`` columns right-aligned, only ``wrap`` columns
    broken over lines; the index shown under the name ``index``."""
    if index is not None:
        frame = frame.rename_axis(index).reset_index()
    classes = [" ".join(k for k, names in (("n", numeric), ("wrap", wrap)) if c in names) for c in frame.columns]
    attrs = [f' class="{c}"' if c else "" for c in classes]
    head = "".join(f"<th{a}>{escape(str(c))}</th>" for c, a in zip(frame.columns, attrs))
    rows = ["<tr>" + "".join(f"<td{a}>{escape(_fmt(v))}</td>" for v, a in zip(values, attrs)) + "</tr>"
            for values in frame.itertuples(index=False)]
    return f"<div class=\"table\"><table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"


def _figure(svg: str, caption: str = "") -> str:
    cap = f"<figcaption class=\"note\">{escape(caption)}</figcaption>" if caption else ""
    return f"<figure>{svg}{cap}</figure>"


def _empty(text: str) -> str:
    return f'<p class="empty">{escape(text)}</p>'


# --------------------------------------------------------------------------- sections


def _overview(data: d.RunData) -> str:
    o = d.overview(data)
    span = f"{o['first_issue']} – {o['last_issue']}" if o["first_issue"] else "unknown"
    cards = [
        (o["pages"], "pages"), (o["newspapers"], "newspapers"), (o["events"], "events"),
        (o["events_with_day"], "events with a known day"), (o["attendance_rows"], "attendance rows"),
        (o["people"], "people at events"), (o["failed"], "failed pages"), (o["warnings"], "warnings"),
    ]
    html = "<div class=\"cards\">" + "".join(
        f"<div class=\"card\"><b>{n:,}</b><span>{escape(label)}</span></div>" for n, label in cards) + "</div>"
    kinds = ", ".join(f"{k} {n:,}" for k, n in o["events_by_kind"].items()) or "none"
    html += f"<p>Issues from {escape(span)}. Events by kind: {escape(kinds)}."
    if o["people_by_kind"]:
        people = ", ".join(f"{k} {n:,}" for k, n in o["people_by_kind"].items())
        html += f" People by kind: {escape(people)}."
    html += "</p>"
    return html


def _timeline(data: d.RunData, plots: ModuleType) -> str:
    t = d.events_over_time(data)
    if t.counts.empty:
        return _empty("No dated events in this run.")
    note = (f"Events per {t.unit} (the unit grows with the span of the run: weeks up to two years, months up to "
            "ten, then years). An event is placed on the day it took place, else on its page's issue date.")
    if t.undated:
        note += f" {t.undated:,} event(s) with neither are not shown."
    return _figure(plots.timeline(t), note)


def _officials(data: d.RunData, plots: ModuleType, top: int) -> str:
    table = d.active_officials(data, top)
    if table.empty:
        return _empty("Nobody attended an event in this run.")
    who = ("officials (the officials table's kind)" if d.official_keys(data) is not None
           else "everyone with a role at an event")
    same = ("one person per person_id" if data.linked
            else "people are told apart by name only: two people with one name count as one")
    shown = table.rename(columns={"title": "latest title"})
    numeric = {"events", *d.ROLE_ORDER}
    return (_figure(plots.roles_per_person(table), f"The {len(table)} busiest of {who}; {same}.")
            + _table(shown, numeric, wrap={"latest title", "papers"}))


def _network(data: d.RunData, plots: ModuleType, max_nodes: int) -> str:
    pairs = d.coattendance(data)
    net = d.network(data, pairs, max_nodes)
    if net.edges.empty:
        return _empty("No two people attended the same event.")
    caption = (f"The {len(net.nodes)} people at the most events among the {net.people_total:,} who share an event "
               "with someone; a line joins two who attended an event together (thicker: more events together); "
               "colour: the paper that reports them most.")
    html = _figure(plots.network_picture(net), caption)
    pairs = pairs[pairs["events"] > 1].head(20)
    if pairs.empty:
        return html + "<p>No two people were seen together at more than one event.</p>"
    names = d.display_names(data)
    pairs = pairs.assign(a=pairs["a"].map(names), b=pairs["b"].map(names)).rename(
        columns={"a": "person", "b": "with", "events": "events together"})
    return html + "<p>The pairs seen together most often:</p>" + _table(pairs, {"events together"})


def _roles(data: d.RunData, plots: ModuleType) -> str:
    table = d.roles_by_kind(data)
    if table.empty:
        return _empty("No attendance rows in this run.")
    return (_figure(plots.roles_by_kind(table),
                    "Attendance rows per kind of event and role (chair 主持, speaker 讲话, attendee 出席, observer 列席).")
            + _table(table, set(table.columns), index="kind"))


def _quality(data: d.RunData, plots: ModuleType) -> str:
    table = d.quality_by_source(data)
    html = ""
    with_problems = int(((table["failed"] + table["warnings"]) > 0).sum())
    if with_problems > 1:  # one bar says no more than the table
        html += _figure(plots.quality(table), "Failed pages and warnings per source (the 20 with the most).")
    elif not with_problems:
        html += "<p>No page failed and no warning was raised.</p>"
    html += ("<p class=\"note\">A source is the newspaper, else the page's input folder or JSONL file. "
             "no issue date: pages whose date was not found; events without day: 近日, 日前 and the like.</p>")
    shown = table.rename(columns={"no_issue_date": "no issue date", "events_without_day": "events without day"})
    html += _table(shown, set(shown.columns), index="source")
    dates = d.issue_date_sources(data)
    html += "<p>Where issue dates came from: " + escape(", ".join(f"{k} {v:,}" for k, v in dates.items())) + ".</p>"
    if len(data.errors):
        listed = data.errors.sort_values(["severity", "doc_id"]).head(MAX_ERRORS_LISTED)
        more = len(data.errors) - len(listed)
        tail = f"<p class=\"note\">… and {more:,} more in errors.parquet.</p>" if more > 0 else ""
        html += (f"<details><summary>Every failure and warning ({len(data.errors):,})</summary>"
                 + _table(listed[["severity", "doc_id", "stage", "reason", "source_path"]], wrap={"reason"})
                 + tail + "</details>")
    return html
