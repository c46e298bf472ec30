"""Score a run's tables against gold annotations (``huiyi evaluate GOLD_DIR OUT``).

Gold files are YAML, one per document, in the format of the project's extraction
guideline (``shared/spec/annotation.md``): ``doc_id``, ``year_known``, ``events`` (name,
kind, date, optional, participants with roles, title and optional) and ``persons``.
Other keys (``newspaper``, ``source`` …) are ignored. The run is read from its tables:
``meetings`` (events), ``attendance`` (participants) and, when present, ``mentions``
(PERSON rows, for the persons measure).

The measures and their rules are the shared scorer's, so the figures agree with it:

- gold and predicted events of a document are paired one to one, greedily, by name
  similarity (character-bigram Dice), shared people and same date; a gold event marked
  ``optional`` may absorb a prediction but is never counted;
- ``events``: paired events; ``events_dated``: paired with the right date (a wrong date
  is a miss and an extra); when the gold says ``year_known: false`` only month and day
  are compared;
- ``attendance``: (event, person) pairs of paired events; ``attendance_strict``: the same,
  only on events with the right date (the headline figure); optional participants are
  neither rewarded nor punished;
- ``roles``: (event, person, role) triples; ``attendee`` is dropped from a role set that
  holds another role;
- ``persons``: PERSON names per document, scored only on documents where the run has any;
- ``title_accuracy``: share of gold titles matched exactly (after normalisation) by the
  found participant's title.

Names compare after NFKC folding and traditional → simplified conversion, so a page in
traditional characters scores like its simplified form.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable

import pyarrow.dataset as ds
import yaml

MEASURES = ("events", "events_dated", "attendance", "attendance_strict", "roles", "persons")
GOLD_SUFFIXES = (".yaml", ".yml")

_PUNCT = re.compile(r"[\s\"'“”‘’《》〈〉「」『』【】·•‧・]")
_NAME_DOTS = re.compile(r"[·•‧・.]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class EvaluationError(Exception):
    """A gold folder or a run that cannot be scored (the message names the file)."""


# --------------------------------------------------------------------------- normalisation


@functools.lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    """OpenCC's traditional → simplified converter (loaded once)."""
    import opencc

    return opencc.OpenCC("t2s").convert


def _to_simplified(text: str) -> str:
    return _t2s()(text)


def normalize_text(text: Any) -> str:
    """Event names and titles as compared: NFKC, simplified, without spaces, quotes and dots."""
    if _is_missing(text):
        return ""
    return _PUNCT.sub("", _to_simplified(unicodedata.normalize("NFKC", str(text))))


def normalize_person(text: Any) -> str:
    """A person's name as compared: NFKC, simplified, no spaces, one kind of middle dot."""
    folded = _to_simplified(unicodedata.normalize("NFKC", str(text or "")))
    return _NAME_DOTS.sub("·", re.sub(r"\s", "", folded))


def name_similarity(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two normalised names."""
    x, y = _bigrams(normalize_text(a)), _bigrams(normalize_text(b))
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def role_set(roles: Iterable[Any]) -> frozenset[str]:
    """Roles as compared: lower case; ``attendee`` dropped beside another role."""
    found = {str(r).strip().lower() for r in roles if r is not None}
    if len(found) > 1:
        found.discard("attendee")
    return frozenset(found)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    return isinstance(value, float) and value != value  # NaN


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class EventDate:
    """A day; ``year`` is None when only month and day are known."""

    year: int | None
    month: int
    day: int

    def __str__(self) -> str:
        year = f"{self.year:04d}" if self.year is not None else "????"
        return f"{year}-{self.month:02d}-{self.day:02d}"


def parse_date(value: Any, month: Any = None, day: Any = None) -> EventDate | None:
    """A date object or an ISO string; else month and day alone; else None."""
    if not _is_missing(value):
        if isinstance(value, (date, datetime)):
            return EventDate(value.year, value.month, value.day)
        m = _ISO_DATE.match(str(value))
        if m:
            return EventDate(*(int(g) for g in m.groups()))
    if not _is_missing(month) and not _is_missing(day):
        return EventDate(None, int(month), int(day))
    return None


def same_date(gold: EventDate | None, pred: EventDate | None, year_known: bool) -> bool:
    """Both unknown, or the same day (the same month and day when the year is unknown)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if year_known and gold.year is not None:
        return pred == gold
    return (pred.month, pred.day) == (gold.month, gold.day)


# --------------------------------------------------------------------------- events


@dataclass(frozen=True)
class Participant:
    roles: frozenset[str]
    title: str | None = None
    optional: bool = False


@dataclass(eq=False)
class ScoredEvent:
    """An event as the scorer sees it: gold or predicted (hashed by identity)."""

    name: str
    kind: str
    date: EventDate | None
    optional: bool = False
    people: dict[str, Participant] = field(default_factory=dict)  # normalised name -> participant


@dataclass
class GoldDocument:
    doc_id: str
    path: Path
    year_known: bool
    events: list[ScoredEvent]
    persons: set[str]


def gold_files(gold_dir: Path) -> list[Path]:
    """The gold files of a folder (``*.yaml``, ``*.yml``), sorted by name."""
    return sorted(p for p in gold_dir.iterdir() if p.suffix in GOLD_SUFFIXES and p.is_file())


def load_gold_file(path: Path) -> GoldDocument:
    """One gold file; a malformed one raises EvaluationError naming it."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise EvaluationError(f"{path}: cannot read gold file: {_one_line(exc)}") from exc
    if not isinstance(doc, dict):
        raise EvaluationError(f"{path}: a gold file is a YAML mapping with doc_id, events and persons")
    try:
        events = [_gold_event(e) for e in doc.get("events") or []]
        persons = {normalize_person(p["name"]) for p in doc.get("persons") or []}
    except (KeyError, TypeError, AttributeError) as exc:
        raise EvaluationError(f"{path}: malformed event, participant or person ({_one_line(exc)})") from exc
    doc_id = doc.get("doc_id")
    return GoldDocument(
        doc_id=str(doc_id) if doc_id is not None else path.stem,
        path=path,
        year_known=bool(doc.get("year_known", True)),
        events=events,
        persons=persons,
    )


def _gold_event(e: dict) -> ScoredEvent:
    event = ScoredEvent(str(e["name"]), str(e.get("kind", "meeting")), parse_date(e.get("date")),
                        bool(e.get("optional")))
    for p in e.get("participants") or []:
        roles = p["roles"]
        roles = [roles] if isinstance(roles, str) else roles
        event.people[normalize_person(p["name"])] = Participant(role_set(roles), p.get("title"),
                                                                bool(p.get("optional")))
    return event


def load_gold(gold_dir: Path) -> list[GoldDocument]:
    """Every gold file of a folder; raises EvaluationError when there is none."""
    if not gold_dir.is_dir():
        raise EvaluationError(f"{gold_dir}: no such gold folder")
    files = gold_files(gold_dir)
    if not files:
        raise EvaluationError(f"{gold_dir}: no gold files (*.yaml) in it")
    return [load_gold_file(p) for p in files]


# --------------------------------------------------------------------------- the run


@dataclass
class RunEvents:
    """What a run found, per document: events with their people, and person names."""

    events: dict[str, list[ScoredEvent]]
    persons: dict[str, set[str]]
    doc_ids: set[str] | None  # documents the run processed (None: no documents table)


def table_path(out: Path, name: str) -> Path:
    """A table is OUT/name.parquet (a file or a partitioned folder), or a folder OUT/name/."""
    path = out / f"{name}.parquet"
    return path if path.exists() else out / name


def _read_rows(out: Path, name: str, wanted: tuple[str, ...], required: tuple[str, ...]) -> list[dict] | None:
    """Rows of a table with the wanted columns it has; None when the table is absent."""
    path = table_path(out, name)
    if not path.exists():
        return None
    try:
        dataset = ds.dataset(path, format="parquet")
        missing = [c for c in required if c not in dataset.schema.names]
        if missing:
            raise EvaluationError(f"{path}: table lacks column(s) {', '.join(missing)}")
        return dataset.to_table(columns=[c for c in wanted if c in dataset.schema.names]).to_pylist()
    except EvaluationError:
        raise
    except Exception as exc:  # pyarrow raises many kinds for a broken file
        raise EvaluationError(f"{path}: cannot read table: {_one_line(exc)}") from exc


def load_run(out: Path) -> RunEvents:
    """Events, participants and PERSON mentions from a run's tables."""
    meetings = _read_rows(out, "meetings", ("meeting_id", "doc_id", "name", "kind", "date", "month", "day"),
                          ("meeting_id", "doc_id"))
    attendance = _read_rows(out, "attendance", ("meeting_id", "person", "role", "title"), ("meeting_id", "person"))
    if meetings is None or attendance is None:
        raise EvaluationError(f"{out}: no meetings or attendance table (is it a huiyi output folder?)")
    events: dict[str, list[ScoredEvent]] = defaultdict(list)
    by_id: dict[str, ScoredEvent] = {}
    for r in meetings:
        event = ScoredEvent(str(r.get("name") or ""), str(r.get("kind") or "meeting"),
                            parse_date(r.get("date"), r.get("month"), r.get("day")))
        events[str(r["doc_id"])].append(event)
        by_id[str(r["meeting_id"])] = event
    roles: dict[ScoredEvent, dict[str, set[str]]] = defaultdict(dict)
    titles: dict[ScoredEvent, dict[str, str]] = defaultdict(dict)
    for r in attendance:
        event = by_id.get(str(r["meeting_id"]))
        person = "" if _is_missing(r["person"]) else normalize_person(r["person"])
        if event is None or not person:
            continue
        person_roles = roles[event].setdefault(person, set())  # present even when no role is given
        if r.get("role") is not None:
            person_roles.add(str(r["role"]))
        if not _is_missing(r.get("title")):
            titles[event].setdefault(person, r["title"])  # the first title written wins
    for doc_events in events.values():
        for event in doc_events:
            event.people = {p: Participant(role_set(rs), titles[event].get(p)) for p, rs in roles[event].items()}
    persons: dict[str, set[str]] = defaultdict(set)
    mentions = _read_rows(out, "mentions", ("doc_id", "label", "text"), ())
    if mentions and {"doc_id", "label", "text"} <= set(mentions[0]):
        for r in mentions:
            if str(r["label"]).upper() == "PERSON":
                persons[str(r["doc_id"])].add(normalize_person(r["text"]))
    documents = _read_rows(out, "documents", ("doc_id",), ("doc_id",))
    doc_ids = {str(r["doc_id"]) for r in documents} if documents is not None else None
    return RunEvents(dict(events), dict(persons), doc_ids)


# --------------------------------------------------------------------------- scoring


def match_events(gold: list[ScoredEvent], pred: list[ScoredEvent], year_known: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index).

    A pair is a candidate when the names are similar (Dice ≥ 0.3) or the people mostly
    shared (Jaccard ≥ 0.5); candidates are taken best first by name similarity + half the
    people overlap + half a point for the right date, required gold events before
    optional ones (ties: the later gold event, then the later prediction, first).
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            name = name_similarity(g.name, p.name)
            union = set(g.people) | set(p.people)
            overlap = len(set(g.people) & set(p.people)) / len(union) if union else 0.0
            if name < 0.3 and overlap < 0.5:
                continue
            date_ok = same_date(g.date, p.date, year_known)
            candidates.append((name + 0.5 * overlap + 0.5 * date_ok + (0 if g.optional else 10), gi, pi))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass
class Counts:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class Miss:
    """One difference between the run and the gold."""

    doc_id: str
    what: str  # missed event, wrong date, extra event, missed person, wrong roles, wrong title, extra person
    detail: str

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.what}: {self.detail}"


@dataclass
class Evaluation:
    """The figures of a run against a gold folder, and every difference found."""

    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in MEASURES})
    titles_right: int = 0
    titles_total: int = 0
    misses: list[Miss] = field(default_factory=list)
    documents: int = 0
    documents_not_in_run: list[str] = field(default_factory=list)

    @property
    def title_accuracy(self) -> float | None:
        return self.titles_right / self.titles_total if self.titles_total else None

    def as_dict(self) -> dict[str, Any]:
        """The figures, rounded to 4 decimals, keyed as the shared scorer keys them."""
        result: dict[str, Any] = {m: c.as_dict() for m, c in self.counts.items()}
        accuracy = self.title_accuracy
        result["title_accuracy"] = round(accuracy, 4) if accuracy is not None else None
        return result


def _roles_text(roles: Iterable[str]) -> str:
    return ",".join(sorted(roles)) or "-"


def _date_text(d: EventDate | None) -> str:
    return str(d) if d is not None else "no date"


def score_document(gold: GoldDocument, run: RunEvents, result: Evaluation) -> None:
    """Add one gold document's counts and misses to ``result``."""
    c, did = result.counts, gold.doc_id
    pred = run.events.get(did, [])
    pairs = match_events(gold.events, pred, gold.year_known)
    pred_of = dict(pairs)
    paired_pred = {pi for _, pi in pairs}

    def miss(what: str, detail: str) -> None:
        result.misses.append(Miss(did, what, detail))

    for gi, g in enumerate(gold.events):
        if g.optional:
            continue
        p = pred[pred_of[gi]] if gi in pred_of else None
        date_ok = p is not None and same_date(g.date, p.date, gold.year_known)
        c["events"].add(tp=p is not None, fn=p is None)
        c["events_dated"].add(tp=date_ok, fn=not date_ok, fp=p is not None and not date_ok)
        if p is None:
            miss("missed event", f"{g.name} ({_date_text(g.date)})")
        elif not date_ok:
            miss("wrong date", f"{g.name}: {_date_text(p.date)}, gold {_date_text(g.date)}")
        found = p.people if p is not None else {}
        for person, gp in g.people.items():
            if gp.optional:
                continue
            hit = person in found
            c["attendance"].add(tp=hit, fn=not hit)
            c["attendance_strict"].add(tp=hit and date_ok, fn=not (hit and date_ok), fp=hit and not date_ok)
            if not hit:
                c["roles"].add(fn=len(gp.roles))
                miss("missed person", f"{g.name}: {person} [{_roles_text(gp.roles)}]")
                continue
            roles = found[person].roles
            c["roles"].add(tp=len(gp.roles & roles), fn=len(gp.roles - roles), fp=len(roles - gp.roles))
            if roles != gp.roles:
                miss("wrong roles", f"{g.name}: {person} [{_roles_text(roles)}], gold [{_roles_text(gp.roles)}]")
            if gp.title:
                result.titles_total += 1
                if normalize_text(gp.title) == normalize_text(found[person].title):
                    result.titles_right += 1
                else:
                    miss("wrong title", f"{g.name}: {person} {found[person].title!r}, gold {gp.title!r}")
        for person, fp in found.items():
            if person not in g.people:
                c["attendance"].add(fp=1)
                c["attendance_strict"].add(fp=1)
                c["roles"].add(fp=len(fp.roles))
                miss("extra person", f"{g.name}: {person} [{_roles_text(fp.roles)}]")
    for pi, p in enumerate(pred):
        if pi in paired_pred:  # paired with a gold event (an optional one included): not an extra
            continue
        c["events"].add(fp=1)
        c["events_dated"].add(fp=1)
        c["attendance"].add(fp=len(p.people))
        c["attendance_strict"].add(fp=len(p.people))
        c["roles"].add(fp=sum(len(x.roles) for x in p.people.values()))
        miss("extra event", f"{p.name} ({_date_text(p.date)}) with {', '.join(sorted(p.people)) or 'nobody'}")
    if did in run.persons:
        got = run.persons[did]
        c["persons"].add(tp=len(got & gold.persons), fp=len(got - gold.persons), fn=len(gold.persons - got))


def evaluate(gold_dir: Path, out_dir: Path) -> Evaluation:
    """Score the run in ``out_dir`` against every gold file in ``gold_dir``."""
    gold = load_gold(gold_dir)
    run = load_run(out_dir)
    result = Evaluation(documents=len(gold))
    for doc in gold:
        if run.doc_ids is not None and doc.doc_id not in run.doc_ids:
            result.documents_not_in_run.append(doc.doc_id)
        score_document(doc, run, result)
    return result


# --------------------------------------------------------------------------- output


def format_evaluation(result: Evaluation, verbose: bool = False) -> str:
    """The figures as a table; with ``verbose``, every miss first."""
    lines = []
    if verbose:
        lines += [str(m) for m in result.misses]
        lines.append("")
    lines.append(f"{'measure':<18} {'P':>7} {'R':>7} {'F1':>7} {'tp':>6} {'fp':>6} {'fn':>6}")
    for name, c in result.counts.items():
        lines.append(f"{name:<18} {c.precision:7.4f} {c.recall:7.4f} {c.f1:7.4f} {c.tp:6d} {c.fp:6d} {c.fn:6d}")
    accuracy = result.title_accuracy
    if accuracy is None:
        lines.append(f"{'title_accuracy':<18} {'-':>7}  (no gold titles)")
    else:
        lines.append(f"{'title_accuracy':<18} {accuracy:7.4f}  ({result.titles_right}/{result.titles_total})")
    lines.append(f"{result.documents} gold document(s), {len(result.misses)} difference(s)"
                 + ("" if verbose or not result.misses else " (--verbose lists them)"))
    if result.documents_not_in_run:
        shown = ", ".join(result.documents_not_in_run[:10])
        more = f" and {len(result.documents_not_in_run) - 10} more" if len(result.documents_not_in_run) > 10 else ""
        lines.append(f"not in the run (scored as all missed): {shown}{more}")
    return "\n".join(lines)


def write_json(result: Evaluation, path: Path) -> None:
    """The figures (as the shared scorer writes them) and every miss, as JSON."""
    data = result.as_dict()
    data["documents"] = result.documents
    data["documents_not_in_run"] = result.documents_not_in_run
    data["misses"] = [{"doc_id": m.doc_id, "what": m.what, "detail": m.detail} for m in result.misses]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
