"""The report's plots: matplotlib figures rendered as inline SVG.

Text stays text (``svg.fonttype: none``): the browser draws the Chinese names with its
own fonts, and they can be searched and copied. Each figure gets its own id salt so the
SVGs can share one page. Figures are made without pyplot (no global state), each in the
report's style.
"""
from __future__ import annotations

import functools
import io
import logging
import math
import re
from typing import Callable

import matplotlib
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from pipeline.report.data import ROLE_ORDER, Network, Timeline

logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # missing CJK fonts: the browser has its own

# fonts that hold Chinese characters, tried in order by matplotlib (to measure text) and by the browser
CJK_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
             "Heiti SC", "SimHei", "DejaVu Sans"]
ROLE_COLOURS = {"chair": "#c0392b", "speaker": "#e67e22", "attendee": "#2e86c1", "observer": "#7f8c8d"}
PAPER_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]
OTHER_COLOUR = "#b0b0b0"

_STYLE = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": CJK_FONTS,
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10,
    "figure.dpi": 100,
}
_XML_HEAD = re.compile(r"^.*?(?=<svg)", re.S)
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)


def _styled(plot: Callable[..., str]) -> Callable[..., str]:
    """Run a plot function in the report's style (matplotlib's global settings untouched)."""

    @functools.wraps(plot)
    def wrapper(*args, **kwargs) -> str:
        with matplotlib.rc_context(_STYLE):
            return plot(*args, **kwargs)

    return wrapper


def _svg(fig: Figure, salt: str) -> str:
    """The figure as an inline <svg> element (no XML header, no RDF metadata)."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": salt}):
        fig.savefig(buffer, format="svg")  # constrained layout fits labels and legends
    return _METADATA.sub("", _XML_HEAD.sub("", buffer.getvalue(), count=1), count=1)


def _figure(width: float, height: float):
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.subplots()


@_styled
def timeline(t: Timeline) -> str:
    """Events per paper per period: bars for up to three papers, a heat map for more."""
    counts = t.counts
    labels = [_period_label(p, t.unit) for p in counts.columns]
    step = max(1, math.ceil(len(labels) / 14))
    ticks = list(range(0, len(labels), step))
    if len(counts) <= 3:
        fig = Figure(figsize=(10, 1.6 + 1.3 * len(counts)), layout="constrained")
        axes = fig.subplots(len(counts), 1, sharex=True, squeeze=False)[:, 0]
        for ax, (paper, row), colour in zip(axes, counts.iterrows(), PAPER_COLOURS):
            ax.bar(range(len(row)), row.to_numpy(), color=colour, width=0.85)
            ax.set_ylabel(f"events per {t.unit}")
            ax.set_title(str(paper), loc="left")
            ax.yaxis.get_major_locator().set_params(integer=True)
        axes[-1].set_xticks(ticks, [labels[i] for i in ticks], rotation=45, ha="right")
    else:
        fig, ax = _figure(10, 1.4 + 0.32 * len(counts))
        image = ax.imshow(counts.to_numpy(), aspect="auto", cmap="Blues", interpolation="nearest",
                          vmin=0, vmax=max(1, int(counts.to_numpy().max())))
        ax.set_yticks(range(len(counts)), [str(p) for p in counts.index])
        ax.set_xticks(ticks, [labels[i] for i in ticks], rotation=45, ha="right")
        ax.spines[:].set_visible(False)
        bar = fig.colorbar(image, ax=ax, label=f"events per {t.unit}", shrink=0.8, pad=0.01)
        bar.locator = MaxNLocator(integer=True)
        bar.update_ticks()
    return _svg(fig, "timeline")


def _period_label(period: pd.Period, unit: str) -> str:
    if unit == "week":
        return period.start_time.strftime("%Y-%m-%d")
    return period.strftime("%Y-%m" if unit == "month" else "%Y")


@_styled
def roles_per_person(officials: pd.DataFrame) -> str:
    """Horizontal stacked bars: each of the busiest people's events, by role."""
    people = officials.iloc[::-1]
    fig, ax = _figure(8, 0.8 + 0.26 * max(len(people), 1))
    left = pd.Series(0, index=people.index)
    for role in ROLE_ORDER:
        ax.barh(people["person"], people[role], left=left, color=ROLE_COLOURS[role], label=role, height=0.7)
        left = left + people[role]
    ax.set_xlabel("events, by role (a person can hold two roles at one event)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), frameon=False, ncols=4)
    return _svg(fig, "roles_per_person")


def component_layout(graph) -> dict:
    """Node positions: each connected component laid out alone, then the components
    packed in rows, largest first, so that small groups (the people of one meeting) stay
    apart and readable. Adjacent people sit about one unit apart."""
    import networkx as nx

    pieces = []
    for nodes in sorted(nx.connected_components(graph), key=lambda c: (-len(c), sorted(map(str, c)))):
        sub = graph.subgraph(sorted(nodes, key=str))
        n = len(sub)
        if n == 1:
            pos = {next(iter(sub)): (0.0, 0.0)}
        elif n == 2 or nx.density(sub) == 1.0 or n <= 5:  # a pair, or one meeting's people: a circle
            radius = max(0.5, n / (2 * math.pi))
            pos = {k: (radius * x, radius * y) for k, (x, y) in nx.circular_layout(sub).items()}
        else:  # the seed keeps the picture the same from one report to the next
            spread = 0.55 * math.sqrt(n)
            pos = {k: (spread * x, spread * y)
                   for k, (x, y) in nx.spring_layout(sub, weight="weight", seed=7, iterations=200).items()}
        xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
        pieces.append((pos, min(xs), max(xs), min(ys), max(ys)))
    gap = 1.2
    total = sum((x1 - x0 + gap) * (y1 - y0 + gap) for _, x0, x1, y0, y1 in pieces)
    row_width = max(max((x1 - x0 for _, x0, x1, _, _ in pieces), default=0.0) + gap, 1.6 * math.sqrt(total))
    placed: dict = {}
    x = y = row_height = 0.0
    for pos, x0, x1, y0, y1 in pieces:
        width, height = x1 - x0 + gap, y1 - y0 + gap
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for k, (px, py) in pos.items():
            placed[k] = (x + px - x0, y - (py - y0))
        x += width
        row_height = max(row_height, height)
    return placed


@_styled
def network_picture(net: Network) -> str:
    """The co-attendance network: node size = events, edge width = shared events (thin: one),
    colour = paper."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(net.nodes["key"])
    for row in net.edges.itertuples(index=False):
        graph.add_edge(row.a, row.b, weight=float(row.events))
    pos = component_layout(graph)
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    aspect = (max(ys) - min(ys) + 1.5) / (max(xs) - min(xs) + 1.5)
    papers = net.nodes["paper"].value_counts().index.tolist()
    colour = {p: PAPER_COLOURS[i] if i < len(PAPER_COLOURS) else OTHER_COLOUR for i, p in enumerate(papers)}
    fig, ax = _figure(10, min(9.0, max(3.0, 8.0 * aspect)))
    weights = net.edges["events"].astype(float).to_numpy()
    strength = (weights - 1) / (weights.max() - 1) if len(weights) and weights.max() > 1 else weights * 0
    ax.add_collection(LineCollection([(pos[a], pos[b]) for a, b in zip(net.edges["a"], net.edges["b"])],
                                     linewidths=0.5 + 3.5 * strength, colors=[(0.33, 0.33, 0.33, 0.25 + 0.5 * x)
                                                                              for x in strength], zorder=1))
    most = max(int(net.nodes["events"].max()), 1) if len(net.nodes) else 1
    sizes = [math.sqrt(e / most) for e in net.nodes["events"]]
    xy = [pos[k] for k in net.nodes["key"]]
    ax.scatter([x for x, _ in xy], [y for _, y in xy], s=[30 + 330 * z for z in sizes],
               c=[colour.get(p, OTHER_COLOUR) for p in net.nodes["paper"]], edgecolors="white", linewidths=0.8,
               zorder=2)
    for name, (x, y), z in zip(net.nodes["name"], xy, sizes):
        ax.annotate(str(name), (x, y), xytext=(0, 5 + 6 * z), textcoords="offset points", ha="center", fontsize=8,
                    zorder=3)
    shown = papers[: len(PAPER_COLOURS)]
    handles = [Line2D([], [], marker="o", linestyle="", color=colour[p], label=str(p)) for p in shown]
    if len(papers) > len(shown):
        handles.append(Line2D([], [], marker="o", linestyle="", color=OTHER_COLOUR, label="other papers"))
    fig.legend(handles=handles, loc="outside right upper", frameon=False, title="mostly in")
    ax.set_axis_off()
    ax.set_aspect("equal")
    ax.margins(0.05)
    return _svg(fig, "network")


@_styled
def roles_by_kind(table: pd.DataFrame) -> str:
    """Horizontal stacked bars: attendance rows per kind of event, by role."""
    kinds = table.iloc[::-1]
    fig, ax = _figure(8, 0.9 + 0.42 * max(len(kinds), 1))
    left = pd.Series(0, index=kinds.index)
    for role in kinds.columns:
        ax.barh(kinds.index.astype(str), kinds[role], left=left, color=ROLE_COLOURS.get(role, OTHER_COLOUR),
                label=role, height=0.6)
        left = left + kinds[role]
    ax.set_xlabel("attendance rows (person × role × event)")
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), frameon=False, ncols=len(kinds.columns))
    return _svg(fig, "roles_by_kind")


@_styled
def quality(table: pd.DataFrame, top: int = 20) -> str:
    """Failed pages and warnings per source, for the sources with the most problems."""
    rows = table[(table["failed"] + table["warnings"]) > 0].head(top).iloc[::-1]
    fig, ax = _figure(8, 0.9 + 0.28 * max(len(rows), 1))
    ax.barh(rows.index.astype(str), rows["failed"], color="#c0392b", label="failed pages", height=0.7)
    ax.barh(rows.index.astype(str), rows["warnings"], left=rows["failed"], color="#f1c40f", label="warnings",
            height=0.7)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), frameon=False, ncols=2)
    return _svg(fig, "quality")
