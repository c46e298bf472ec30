"""The report's figures, computed from a run's tables (pandas only, no plotting).

Every function takes a ``RunData`` and returns a small DataFrame or dict that a plot or
an HTML table shows as it is.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds

ROLE_ORDER = ("chair", "speaker", "attendee", "observer")
KIND_ORDER = ("meeting", "talks", "inspection", "visit", "other")
UNKNOWN_PAPER = "(newspaper unknown)"

# the columns the report reads (evidence sentences and offsets stay on disk)
_COLUMNS = {
    "documents": ("doc_id", "source_path", "newspaper", "issue_date", "issue_date_source"),
    "meetings": ("meeting_id", "doc_id", "name", "kind", "date", "place"),
    "attendance": ("meeting_id", "doc_id", "person", "person_id", "role", "title"),
    "officials": ("person_id", "name", "kind", "jurisdiction", "titles", "n_meetings", "first_date", "last_date"),
    "errors": ("doc_id", "source_path", "stage", "severity", "reason"),
}
# tables that newer runs write (people linked across pages): used where they are there
_OPTIONAL_COLUMNS = {
    "people": ("person_id", "kind"),
    "coattendance": ("person_a", "person_b", "n_meetings", "first_date", "last_date"),
}


class ReportError(Exception):
    """A folder the report cannot be built from (the message says why, on one line)."""


@dataclass
class RunData:
    """The tables of one run, as the report needs them."""

    out: Path
    documents: pd.DataFrame
    meetings: pd.DataFrame  # + newspaper, issue_date and `when` (the day, else the issue date)
    attendance: pd.DataFrame  # + person_key: person_id where the table has it, else the name; no redundant attendee
    officials: pd.DataFrame
    errors: pd.DataFrame
    manifest: dict
    attendance_rows: int  # rows in the attendance table (before redundant attendee rows are dropped)
    people: pd.DataFrame | None = None  # person_id, kind (official, entrepreneur, foreign …)
    coattendance: pd.DataFrame | None = None  # the run's own pair table, where it wrote one

    @property
    def linked(self) -> bool:
        """People are told apart by person_id (a run that links people), not by name."""
        return "person_id" in self.attendance and bool(self.attendance["person_id"].notna().any())


def _read(out: Path, name: str, wanted: tuple[str, ...]) -> pd.DataFrame:
    path = out / f"{name}.parquet"
    if not path.exists():
        raise ReportError(f"{out}: no {name} table; is it a huiyi output folder? (huiyi run --output {out})")
    try:
        dataset = ds.dataset(path, format="parquet")
        columns = [c for c in wanted if c in dataset.schema.names]
        return dataset.to_table(columns=columns).to_pandas(date_as_object=False)
    except Exception as exc:  # pyarrow raises many kinds for a broken file
        raise ReportError(f"{path}: cannot read table: {' '.join(str(exc).split())}") from exc


def load_run(out: Path) -> RunData:
    """Read a run's output folder; raises ReportError when it is not one."""
    if not out.is_dir():
        raise ReportError(f"{out}: no such output folder")
    tables = {name: _read(out, name, columns) for name, columns in _COLUMNS.items()}
    optional = {name: _read(out, name, columns) if (out / f"{name}.parquet").exists() else None
                for name, columns in _OPTIONAL_COLUMNS.items()}
    docs = tables["documents"]
    docs["newspaper"] = docs["newspaper"].fillna(UNKNOWN_PAPER)
    meetings = tables["meetings"].merge(docs[["doc_id", "newspaper", "issue_date"]], on="doc_id", how="left")
    meetings["newspaper"] = meetings["newspaper"].fillna(UNKNOWN_PAPER)
    meetings["when"] = meetings["date"].fillna(meetings["issue_date"])
    attendance = tables["attendance"]
    key = attendance["person_id"] if "person_id" in attendance else attendance["person"]
    attendance["person_key"] = key.fillna(attendance["person"]).astype(str)
    rows = len(attendance)
    attendance = without_redundant_attendee(attendance)
    manifest_path = out / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    except (OSError, ValueError):
        manifest = {}
    return RunData(out, docs, meetings, attendance, tables["officials"], tables["errors"], manifest, rows,
                   optional["people"], optional["coattendance"])


def without_redundant_attendee(attendance: pd.DataFrame) -> pd.DataFrame:
    """Drop `attendee` rows of people who hold another role at the same event: a chair or
    a speaker is present anyway (the extraction guideline counts roles so)."""
    other = attendance.loc[attendance["role"] != "attendee", ["meeting_id", "person_key"]].drop_duplicates()
    flagged = attendance.merge(other.assign(has_other=True), on=["meeting_id", "person_key"], how="left")
    keep = ~((flagged["role"] == "attendee") & flagged["has_other"].eq(True)).to_numpy()
    return attendance[keep].reset_index(drop=True)


# --------------------------------------------------------------------------- counts


def overview(data: RunData) -> dict[str, object]:
    """Headline counts of the run."""
    errors = data.errors["severity"].value_counts()
    issue = data.documents["issue_date"].dropna()
    kinds = data.meetings["kind"].value_counts()
    return {
        "pages": len(data.documents),
        "newspapers": int(data.documents.loc[data.documents["newspaper"] != UNKNOWN_PAPER, "newspaper"].nunique()),
        "first_issue": issue.min().date() if len(issue) else None,
        "last_issue": issue.max().date() if len(issue) else None,
        "events": len(data.meetings),
        "events_by_kind": {k: int(kinds.get(k, 0)) for k in KIND_ORDER if kinds.get(k, 0)},
        "events_with_day": int(data.meetings["date"].notna().sum()),
        "attendance_rows": data.attendance_rows,
        "people": int(data.attendance["person_key"].nunique()),
        "people_by_kind": (data.people["kind"].fillna("unknown").value_counts().to_dict()
                           if data.people is not None and "kind" in data.people else {}),
        "officials_rows": len(data.officials),
        "failed": int(errors.get("error", 0)),
        "warnings": int(errors.get("warning", 0)),
    }


# --------------------------------------------------------------------------- time


@dataclass
class Timeline:
    """Events per paper and period: ``counts`` has one row per paper, one column per period."""

    counts: pd.DataFrame
    unit: str  # week, month or year
    undated: int  # events with neither a day nor an issue date


def _unit(span_days: int) -> str:
    if span_days <= 2 * 366:
        return "week"
    if span_days <= 10 * 366:
        return "month"
    return "year"


_PERIOD = {"week": "W-SUN", "month": "M", "year": "Y"}


def events_over_time(data: RunData, max_papers: int = 15) -> Timeline:
    """Events per week per paper (per month or year when the run spans more than two or
    ten years), dated by their day, else by their page's issue date. Papers beyond the
    ``max_papers`` busiest are summed in one row."""
    m = data.meetings.dropna(subset=["when"])
    undated = len(data.meetings) - len(m)
    if m.empty:
        return Timeline(pd.DataFrame(), "week", undated)
    unit = _unit((m["when"].max() - m["when"].min()).days)
    periods = m["when"].dt.to_period(_PERIOD[unit])
    papers = m["newspaper"].value_counts()
    keep = set(papers.index[:max_papers]) if len(papers) > max_papers + 1 else set(papers.index)
    rows = m["newspaper"].where(m["newspaper"].isin(keep), f"{len(papers) - len(keep)} other papers")
    counts = pd.crosstab(rows, periods)
    full = pd.period_range(periods.min(), periods.max(), freq=_PERIOD[unit])
    counts = counts.reindex(columns=full, fill_value=0)
    order = [p for p in papers.index if p in counts.index] + [r for r in counts.index if r not in keep]
    return Timeline(counts.loc[order], unit, undated)


# --------------------------------------------------------------------------- people


def display_names(data: RunData) -> pd.Series:
    """person_key -> the name to show (the spelling seen most)."""
    spellings = data.attendance.groupby(["person_key", "person"]).size().sort_values(ascending=False, kind="stable")
    return spellings.reset_index().drop_duplicates("person_key").set_index("person_key")["person"]


def official_keys(data: RunData) -> set[str] | None:
    """person keys of officials, where the officials table says who is one (a `kind` column)."""
    o = data.officials
    if "kind" not in o.columns or o["kind"].isna().all():
        return None
    key = "person_id" if data.linked else "name"
    return set(o.loc[o["kind"] == "official", key].dropna().astype(str))


def active_officials(data: RunData, top: int = 25) -> pd.DataFrame:
    """The people at the most events (ties: those who chaired or spoke more first): events,
    events per role, first and last day, papers and their latest title. Only officials,
    where the officials table says who is one."""
    columns = ["person", "title", "events", *ROLE_ORDER, "first", "last", "papers"]
    att = data.attendance.merge(data.meetings[["meeting_id", "when", "newspaper"]], on="meeting_id", how="left")
    officials = official_keys(data)
    if officials is not None:
        att = att[att["person_key"].isin(officials)]
    if att.empty:
        return pd.DataFrame(columns=columns)
    grouped = att.groupby("person_key")
    per_role = (att.drop_duplicates(["person_key", "meeting_id", "role"])
                .pivot_table(index="person_key", columns="role", values="meeting_id", aggfunc="count", fill_value=0)
                .reindex(columns=list(ROLE_ORDER), fill_value=0))
    titled = att.dropna(subset=["title"]).sort_values("when", na_position="first", kind="stable")
    table = pd.DataFrame({
        "person": display_names(data).reindex(grouped.size().index),
        "title": titled.groupby("person_key")["title"].last(),
        "events": grouped["meeting_id"].nunique(),
        "first": grouped["when"].min(),
        "last": grouped["when"].max(),
        "papers": grouped["newspaper"].agg(lambda s: "、".join(sorted(set(s.dropna())))),
    }).join(per_role)
    table["leading"] = table["chair"] + table["speaker"]
    table = table.sort_values(["events", "leading", "person"], ascending=[False, False, True]).head(top)
    if data.linked and "jurisdiction" in data.officials:
        where = data.officials.dropna(subset=["person_id"]).drop_duplicates("person_id")
        table["jurisdiction"] = where.set_index(where["person_id"].astype(str))["jurisdiction"].reindex(table.index)
        columns.insert(2, "jurisdiction")
    return table[columns].reset_index(drop=True)


def coattendance(data: RunData) -> pd.DataFrame:
    """Pairs of people at the same events: a, b (person keys, a < b), events, first, last.
    The run's own `coattendance` table where it wrote one, else counted from attendance."""
    if data.coattendance is not None and data.linked:
        table = data.coattendance.rename(columns={"person_a": "a", "person_b": "b", "n_meetings": "events",
                                                  "first_date": "first", "last_date": "last"})
        table = table.astype({"a": str, "b": str, "events": int})
        return table.sort_values(["events", "a", "b"], ascending=[False, True, True], ignore_index=True)
    att = data.attendance[["meeting_id", "person_key"]].drop_duplicates()
    pairs = att.merge(att, on="meeting_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["person_key_a"] < pairs["person_key_b"]]
    pairs = pairs.merge(data.meetings[["meeting_id", "when"]], on="meeting_id", how="left")
    table = pairs.groupby(["person_key_a", "person_key_b"], as_index=False).agg(
        events=("meeting_id", "size"), first=("when", "min"), last=("when", "max"))
    table = table.rename(columns={"person_key_a": "a", "person_key_b": "b"})
    return table.sort_values(["events", "a", "b"], ascending=[False, True, True], ignore_index=True)


@dataclass
class Network:
    """The co-attendance network of the busiest people, ready to draw."""

    nodes: pd.DataFrame  # key, name, events, paper (where they appear most)
    edges: pd.DataFrame  # a, b, events
    people_total: int  # people with at least one co-attendee


def network(data: RunData, edges: pd.DataFrame, max_nodes: int = 40) -> Network:
    """The ``max_nodes`` people at the most events (ties: those who chaired or spoke more,
    then those with more co-attendees) who share an event with another of them; ``edges``
    is ``coattendance(data)``."""
    ends = pd.concat([edges["a"], edges["b"]])
    degree = ends.value_counts()
    att = data.attendance.merge(data.meetings[["meeting_id", "newspaper"]], on="meeting_id", how="left")
    att = att[att["person_key"].isin(set(ends))]
    att = att.assign(leading=att["role"].isin(("chair", "speaker")))
    per_person = att.groupby("person_key").agg(
        events=("meeting_id", "nunique"), leading=("leading", "sum"),
        paper=("newspaper", lambda s: s.mode().iat[0] if len(s.dropna()) else ""))
    per_person["degree"] = degree.reindex(per_person.index).to_numpy()
    chosen = per_person.sort_values(["events", "leading", "degree"], ascending=False, kind="stable").head(max_nodes)
    names = display_names(data)
    nodes = chosen.assign(name=names.reindex(chosen.index)).rename_axis("key").reset_index()
    keys = set(nodes["key"])
    kept = edges[edges["a"].isin(keys) & edges["b"].isin(keys)][["a", "b", "events"]].reset_index(drop=True)
    linked = set(kept["a"]) | set(kept["b"])  # nobody alone in the picture
    nodes = nodes[nodes["key"].isin(linked)].reset_index(drop=True)
    return Network(nodes[["key", "name", "events", "paper"]], kept, len(per_person))


# --------------------------------------------------------------------------- roles


def roles_by_kind(data: RunData) -> pd.DataFrame:
    """(event kind × role): attendance rows, kinds and roles in their usual order."""
    att = data.attendance.merge(data.meetings[["meeting_id", "kind"]], on="meeting_id", how="left")
    table = pd.crosstab(att["kind"].fillna("other"), att["role"])
    kinds = [k for k in KIND_ORDER if k in table.index] + sorted(set(table.index) - set(KIND_ORDER))
    roles = [r for r in ROLE_ORDER if r in table.columns] + sorted(set(table.columns) - set(ROLE_ORDER))
    return table.reindex(index=kinds, columns=roles, fill_value=0)


# --------------------------------------------------------------------------- data quality


def source_of(source_path: str | None) -> str:
    """Where a page came from when its newspaper is unknown: its input folder, or its JSONL file."""
    if not source_path:
        return "(no path)"
    path = source_path.rsplit(":", 1)[0] if ".jsonl:" in source_path else source_path
    p = Path(path)
    return p.name if p.suffix == ".jsonl" else (p.parent.name or str(p.parent)) + "/"


def quality_by_source(data: RunData) -> pd.DataFrame:
    """Per source (the newspaper, else the input folder or JSONL file): pages read,
    pages that failed, warnings, pages with no issue date, events and events with no day."""
    docs = data.documents.copy()
    docs["source"] = [paper if paper != UNKNOWN_PAPER else source_of(path)
                      for paper, path in zip(docs["newspaper"], docs["source_path"])]
    source_by_doc = dict(zip(docs["doc_id"], docs["source"]))
    err = data.errors.copy()
    err["source"] = [source_by_doc.get(d) or source_of(p) for d, p in zip(err["doc_id"], err["source_path"])]
    meetings = data.meetings.assign(source=data.meetings["doc_id"].map(source_by_doc))
    table = pd.DataFrame({
        "pages": docs.groupby("source").size(),
        "failed": err[err["severity"] == "error"].groupby("source").size(),
        "warnings": err[err["severity"] == "warning"].groupby("source").size(),
        "no_issue_date": docs[docs["issue_date"].isna()].groupby("source").size(),
        "events": meetings.groupby("source").size(),
        "events_without_day": meetings[meetings["date"].isna()].groupby("source").size(),
    }).fillna(0).astype(int)
    table["problems"] = table["failed"] + table["warnings"]
    return table.sort_values(["problems", "pages"], ascending=[False, False]).drop(columns="problems")


def issue_date_sources(data: RunData) -> pd.Series:
    """Pages per way their issue date was found (masthead, filename, unknown …)."""
    return data.documents["issue_date_source"].fillna("unknown").value_counts()
