"""Registry: people (not names), their posts, places and who met whom, across a run.

- Every participant's title is parsed into posts (``titles.parse_title``).
- ``person_id`` links mentions: the mentions of one name on one page are one person;
  pages are joined when the name is the same and the jurisdictions and posts are
  compatible (``link``), and kept apart otherwise (two counties named at the same
  level; two principal posts at the same level on the same day). A user's
  ``configs/people.yaml`` (``PeopleOverrides``: merge / split) wins.
- Jurisdictions are resolved to administrative divisions (``places``), with the
  page's unambiguous divisions as context.
- ``people`` has everyone who attended an event, with a ``kind``; ``officials`` the
  officials among them; ``positions`` one row per (person, post); ``coattendance``
  one row per pair of people who attended the same events.

The linker is deterministic and small on purpose: names are exact strings here (no
spelling variants to score), compatibility is a hard rule of the data (different
counties are different people), and a name has a handful of pages, so the
probabilistic linkers (splink, recordlinkage) would add an EM model with nothing to
estimate, and their dependencies, for no gain.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.nlp.officials import OFFICIAL_HINT
from pipeline.records import DocumentResult
from pipeline.stages import places
from pipeline.stages.titles import Post, parse_title

# systems whose posts make someone an official (not an entrepreneur, guest or expert)
OFFICIAL_SYSTEMS = frozenset({"party", "government", "congress", "cppcc", "court", "procuratorate", "military",
                              "mass_organisation", "democratic_party"})
KINDS = ("official", "entrepreneur", "foreign", "other", "unknown")


def person_id(name: str, anchor: str = "") -> str:
    """A stable id: of the name alone when the person has no jurisdiction (as before
    people were linked), else of the name and the person's main jurisdiction."""
    key = name if not anchor else f"{name}|{anchor}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# --------------------------------------------------------------------------- overrides


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MentionSelector(_Strict):
    """Mentions of ``name``: on the pages ``doc_ids``, and/or whose titles name ``jurisdiction``."""

    name: str
    doc_ids: list[str] = Field(default_factory=list)
    jurisdiction: str | None = None


class PeopleOverrides(_Strict):
    """``configs/people.yaml``: what the user knows better than the linker."""

    merge: list[list[str]] = Field(default_factory=list)  # person_ids that are one person
    split: list[MentionSelector] = Field(default_factory=list)  # mentions that are a person of their own


class OverridesError(ValueError):
    """A people file that cannot be used; the message is one line."""


def load_overrides(path: str | Path | None) -> PeopleOverrides:
    """The overrides in ``path`` (none for None); an ``OverridesError`` naming the key otherwise."""
    if path is None:
        return PeopleOverrides()
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise OverridesError(f"people file {p}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise OverridesError(f"people file {p} is not valid YAML: {str(exc).splitlines()[0]}") from None
    try:
        return PeopleOverrides.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(x) for x in first["loc"]) or "(top level)"
        raise OverridesError(f"people file {p}: key '{key}': {first['msg']}") from None


# --------------------------------------------------------------------------- mentions


@dataclass
class PageMention:
    """One name on one page: every title it had there and the events it attended."""

    doc_id: str
    name: str
    newspaper: str | None
    issue_date: date | None
    titles: list[str] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)  # event dates (else the issue date)
    meetings: list[tuple[str, date | None, str | None, int, int]] = field(default_factory=list)
    divisions: dict[str, places.Division | None] = field(default_factory=dict)  # jurisdiction → division
    forced: int | None = None  # index of the split override that holds it

    @property
    def day(self) -> date | None:
        return min(self.dates) if self.dates else self.issue_date

    def jurisdiction_keys(self) -> dict[str, set[str]]:
        """level → the jurisdictions named at that level (division codes where resolved)."""
        out: dict[str, set[str]] = defaultdict(set)
        for p in self.posts:
            if p.jurisdiction and p.level and p.system != "foreign":
                div = self.divisions.get(p.jurisdiction)
                out[p.level].add(div.code if div else p.jurisdiction)
        return out

    def principal_posts(self) -> set[tuple[str, str, str]]:
        return {(p.level or "", p.organ or "", p.post) for p in self.posts if p.rank and p.rank.startswith("正")}


def page_mentions(results: list[DocumentResult]) -> list[PageMention]:
    """The participants of every event, one record per (page, name)."""
    out: dict[tuple[str, str], PageMention] = {}
    for r in results:
        c = r.clean
        for ev in r.events:
            for part in ev.participants:
                key = (c.doc_id, part.person)
                rec = out.get(key)
                if rec is None:
                    rec = out[key] = PageMention(c.doc_id, part.person, c.newspaper, c.issue_date)
                if part.title and part.title not in rec.titles:
                    rec.titles.append(part.title)
                    rec.posts.extend(p for p in parse_title(part.title) if p not in rec.posts)
                day = ev.date or c.issue_date
                if day is not None:
                    rec.dates.append(day)
                rec.meetings.append((ev.meeting_id, day, part.title, part.start, part.end))
    return [out[k] for k in sorted(out)]


def resolve_divisions(mentions: list[PageMention]) -> None:
    """Fill each mention's ``divisions``: its jurisdictions resolved with the page as context."""
    by_page: dict[str, list[PageMention]] = defaultdict(list)
    for m in mentions:
        by_page[m.doc_id].append(m)
    names_by_year: set[tuple[str, int | None]] = set()
    for m in mentions:
        year = m.issue_date.year if m.issue_date else None
        names_by_year.update((p.jurisdiction, year) for p in m.posts if p.jurisdiction and p.system != "foreign")
    if not names_by_year:
        return
    alone = places.resolve_names(names_by_year)
    for doc_id, recs in by_page.items():
        year = recs[0].issue_date.year if recs[0].issue_date else None
        names = {p.jurisdiction for m in recs for p in m.posts if p.jurisdiction and p.system != "foreign"}
        found = {n: alone.get((n, year)) for n in names}
        missing = [n for n, d in found.items() if d is None]
        context = [d for d in found.values() if d is not None]
        if missing and context:
            found.update({n: d for n, d in places.resolve_in_context(missing, context, year).items() if d})
        for m in recs:
            m.divisions = {n: found.get(n) for n in {p.jurisdiction for p in m.posts if p.jurisdiction}}


# --------------------------------------------------------------------------- linking


def compatible(a: PageMention, b: PageMention) -> bool:
    """Can two pages' mentions of one name be one person?"""
    if a.doc_id == b.doc_id:
        return True
    ka, kb = a.jurisdiction_keys(), b.jurisdiction_keys()
    for level in ka.keys() & kb.keys():
        if not ka[level] & kb[level]:
            return False  # two counties (or towns, cities …) named at the same level
    if a.day is not None and a.day == b.day:
        pa, pb = a.principal_posts(), b.principal_posts()
        if pa and pb and not pa & pb and {x[0] for x in pa} & {x[0] for x in pb}:
            return False  # 县长 here and 县委书记 there on the same day
    return True


def _matches(sel: MentionSelector, m: PageMention) -> bool:
    if sel.name != m.name:
        return False
    if sel.doc_ids and m.doc_id not in sel.doc_ids:
        return False
    if sel.jurisdiction and not any(p.jurisdiction == sel.jurisdiction for p in m.posts):
        return False
    return bool(sel.doc_ids or sel.jurisdiction)


def _score(cluster: list[PageMention], m: PageMention) -> tuple:
    mine = {k for keys in m.jurisdiction_keys().values() for k in keys}
    theirs = {k for c in cluster for keys in c.jurisdiction_keys().values() for k in keys}
    papers = {c.newspaper for c in cluster if c.newspaper}
    gap = min((abs((c.day - m.day).days) for c in cluster if c.day and m.day), default=10 ** 6)
    return (len(mine & theirs), m.newspaper in papers, -gap)


def link(mentions: list[PageMention], overrides: PeopleOverrides | None = None) -> dict[tuple[str, str], str]:
    """(doc_id, name) → person_id for every mention."""
    overrides = overrides or PeopleOverrides()
    for m in mentions:
        m.forced = next((i for i, sel in enumerate(overrides.split) if _matches(sel, m)), None)
    by_name: dict[str, list[PageMention]] = defaultdict(list)
    for m in mentions:
        by_name[m.name].append(m)
    ids: dict[tuple[str, str], str] = {}
    for name, recs in by_name.items():
        clusters: list[list[PageMention]] = []
        forced: dict[int, list[PageMention]] = {}
        # pages that name a jurisdiction first: they anchor the others
        for m in sorted(recs, key=lambda r: (not r.jurisdiction_keys(), r.day or date.max, r.doc_id)):
            if m.forced is not None:
                forced.setdefault(m.forced, []).append(m)
                continue
            fits = [c for c in clusters if all(compatible(m, other) for other in c)]
            if fits:
                max(fits, key=lambda c: _score(c, m)).append(m)
            else:
                clusters.append([m])
        used: set[str] = set()
        for cluster in clusters + [forced[i] for i in sorted(forced)]:
            pid = _cluster_id(name, cluster, used)
            for m in cluster:
                ids[(m.doc_id, m.name)] = pid
    for group in overrides.merge:
        if group:
            keep = group[0]
            ids.update({k: keep for k, v in ids.items() if v in group})
    return ids


def _cluster_id(name: str, cluster: list[PageMention], used: set[str]) -> str:
    anchors = Counter(k for m in cluster for keys in m.jurisdiction_keys().values() for k in keys)
    anchor = min(anchors, key=lambda k: (-anchors[k], k)) if anchors else ""
    pid = person_id(name, anchor)
    if pid in used:  # a second person with the same anchor: also keyed by their first page
        pid = person_id(name, f"{anchor}|{min(m.doc_id for m in cluster)}")
    used.add(pid)
    return pid


# --------------------------------------------------------------------------- tables


@dataclass
class Registry:
    """The registry's tables (as rows), the person of every (page, name) and the
    division of every (page, meeting) whose place was resolved."""

    people: list[dict]
    positions: list[dict]
    coattendance: list[dict]
    person_ids: dict[tuple[str, str], str]
    meeting_places: dict[tuple[str, str], places.Division] = field(default_factory=dict)

    @property
    def officials(self) -> list[dict]:
        return [p for p in self.people if p["kind"] == "official"]

    def digest(self, doc_ids: list[str]) -> str:
        """A hash of what the registry adds to these pages' rows (person ids, places)."""
        wanted = set(doc_ids)
        items = sorted(f"{d}|{n}|{pid}" for (d, n), pid in self.person_ids.items() if d in wanted)
        items += sorted(f"{d}|{m}|{div.code}" for (d, m), div in self.meeting_places.items() if d in wanted)
        return hashlib.sha1("\n".join(items).encode("utf-8")).hexdigest()


def person_kind(posts: list[Post]) -> str:
    """official, entrepreneur, foreign, other (titled, none of those) or unknown (no title).

    A post of no known system is an official's when it reads like one (副主任, 县领导)."""
    systems = {p.system for p in posts}
    if "foreign" in systems:
        return "foreign"
    if systems & OFFICIAL_SYSTEMS or any(p.system is None and OFFICIAL_HINT.search(p.post) for p in posts):
        return "official"
    if "enterprise" in systems:
        return "entrepreneur"
    return "other" if posts else "unknown"


def _division_columns(div: places.Division | None) -> dict:
    return {"province": div.province if div else None, "city": div.city if div else None,
            "county": div.county if div else None, "division_code": div.code if div else None}


def build_registry(results: list[DocumentResult], overrides: PeopleOverrides | None = None) -> Registry:
    mentions = page_mentions(results)
    resolve_divisions(mentions)
    ids = link(mentions, overrides)
    by_person: dict[str, list[PageMention]] = defaultdict(list)
    for m in mentions:
        by_person[ids[(m.doc_id, m.name)]].append(m)
    people, positions = [], []
    for pid in sorted(by_person, key=lambda p: (by_person[p][0].name, p)):
        recs = by_person[pid]
        people.append(_person_row(pid, recs))
        positions.extend(_position_rows(pid, recs))
    return Registry(people, positions, coattendance_rows(results, ids), ids, meeting_places(results, mentions))


def meeting_places(results: list[DocumentResult], mentions: list[PageMention]
                   ) -> dict[tuple[str, str], places.Division]:
    """(doc_id, meeting_id) → the division of the event's place, where it names one."""
    context: dict[str, list[places.Division]] = defaultdict(list)
    for m in mentions:
        context[m.doc_id].extend(d for d in m.divisions.values() if d is not None)
    wanted = [(r.clean.doc_id, ev.meeting_id, ev.place, r.clean.issue_date.year if r.clean.issue_date else None)
              for r in results for ev in r.events if ev.place]
    alone = places.resolve_names((place, year) for _, _, place, year in wanted)
    out: dict[tuple[str, str], places.Division] = {}
    for doc_id, meeting_id, place, year in wanted:
        div = alone.get((place, year))
        if div is None and context[doc_id]:
            div = places.resolve_in_context([place], context[doc_id], year).get(place)
        if div is not None:
            out[(doc_id, meeting_id)] = div
    return out


def _person_row(pid: str, recs: list[PageMention]) -> dict:
    history: dict[str, list[date]] = {}
    titles: list[str] = []
    for m in sorted(recs, key=lambda r: (r.day or date.max, r.doc_id)):
        for meeting_id, day, title, _, _ in m.meetings:
            if title:
                if title not in titles:
                    titles.append(title)
                history.setdefault(title, [])
                if day is not None:
                    history[title].append(day)
    posts = [p for m in recs for p in m.posts]
    named = Counter((p.jurisdiction, p.level) for p in posts if p.jurisdiction and p.system != "foreign")
    lowest = ("village", "township", "county", "zone", "city", "province")
    main = min(named, key=lambda k: (lowest.index(k[1]) if k[1] in lowest else 9, -named[k], k[0]))[0] if named else None
    div = next((m.divisions.get(main) for m in recs if m.divisions.get(main)), None) if main else None
    event_days = [d for m in recs for d in m.dates]
    return {
        "person_id": pid, "name": recs[0].name, "kind": person_kind(posts), "jurisdiction": main,
        **_division_columns(div),
        "titles": titles,
        "title_history": [{"title": t, "first_date": min(ds) if ds else None, "last_date": max(ds) if ds else None,
                           "n_meetings": len(ds)} for t, ds in history.items()],
        "n_meetings": len({mt[0] for m in recs for mt in m.meetings}),
        "first_date": min(event_days) if event_days else None,
        "last_date": max(event_days) if event_days else None,
        "n_pages": len(recs),
    }


def _position_rows(pid: str, recs: list[PageMention]) -> list[dict]:
    # a post whose title names no jurisdiction takes the person's own at that level, when they have one
    known: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    for m in recs:
        for p in m.posts:
            if p.jurisdiction and p.system != "foreign":
                known[(p.level, (p.organ or "")[:1])].add(p.jurisdiction)
    rows: dict[tuple, dict] = {}
    for m in sorted(recs, key=lambda r: (r.day or date.max, r.doc_id)):
        for meeting_id, day, title, start, end in m.meetings:
            for p in parse_title(title):
                jurisdiction, source = p.jurisdiction, "title" if p.jurisdiction else None
                guess = known.get((p.level, (p.organ or "")[:1]), set())
                if jurisdiction is None and len(guess) == 1 and p.system != "foreign":
                    jurisdiction, source = next(iter(guess)), "person"
                key = (p.organ, p.post, jurisdiction, p.qualifier)
                row = rows.get(key)
                if row is None:
                    div = next((r.divisions.get(jurisdiction) for r in recs if r.divisions.get(jurisdiction)), None)
                    rows[key] = row = {
                        "person_id": pid, "name": m.name, "organ": p.organ, "post": p.post,
                        "jurisdiction": jurisdiction, "jurisdiction_source": source, "level": p.level,
                        "rank": p.rank, "system": p.system, "qualifier": p.qualifier, **_division_columns(div),
                        "title": title, "first_date": day, "last_date": day, "n_mentions": 0,
                        "doc_id": m.doc_id, "meeting_id": meeting_id, "start": start, "end": end,
                    }
                row["n_mentions"] += 1
                if day is not None:
                    row["first_date"] = min(d for d in (row["first_date"], day) if d is not None)
                    row["last_date"] = max(d for d in (row["last_date"], day) if d is not None)
    return list(rows.values())


def coattendance_rows(results: list[DocumentResult], ids: dict[tuple[str, str], str]) -> list[dict]:
    """One row per pair of people who attended the same event (person_a < person_b)."""
    pairs: dict[tuple[str, str], list] = {}
    names: dict[str, str] = {}
    for r in results:
        c = r.clean
        for ev in r.events:
            people = sorted({ids[(c.doc_id, p.person)] for p in ev.participants if (c.doc_id, p.person) in ids})
            for p in ev.participants:
                names.setdefault(ids.get((c.doc_id, p.person), ""), p.person)
            day = ev.date or c.issue_date
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    slot = pairs.setdefault((a, b), [set(), None, None])
                    slot[0].add(ev.meeting_id)
                    if day is not None:
                        slot[1] = day if slot[1] is None else min(slot[1], day)
                        slot[2] = day if slot[2] is None else max(slot[2], day)
    return [{"person_a": a, "person_b": b, "name_a": names.get(a), "name_b": names.get(b),
             "n_meetings": len(s[0]), "first_date": s[1], "last_date": s[2]}
            for (a, b), s in sorted(pairs.items())]
