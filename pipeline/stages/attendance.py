"""Attendance model: a trained decision on who took part in each event, and in what role.

The rules (``relations.py``) find the events and give people roles where a cue says so.
This module takes their output and proposes, for each event, (event, person) pairs
(``candidate_pairs``): the rules' participants, and the people named near the event with
some sign of a part in it (``EVIDENCE``: a cue after the name or its list, ``听取…汇报``,
``在…陪同下``, ``出席…的有``), neither quoted nor referred to, and not nearer another event
the rules gave them. Each pair's features read the rules' roles, where the name stands
(sentence distance, the trigger, headline, quote, list), the characters around it with
other names masked, the title and the event's kind. A small model over hashed features
(``AttendanceModel``: logistic regression or one hidden layer, numpy at run time; trained
by ``pipeline/train/attendance.py``) gives P(participant), P(chair), P(speaker) per pair;
``assign`` rebuilds each event's participants from them (``Thresholds``): the rules keep
their participants and roles unless the model is confident they are wrong, and observers
(``列席``) always; the model adds the people and roles the rules did not see.

Loaded once per process, lazily (``load_model``). No Prefect, no torch at run time.
"""
from __future__ import annotations

import dataclasses
import json
import re
import zlib
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.config import resolve_path
from pipeline.lexicons import alternation, load_lexicons
from pipeline.records import Article, CleanDocument, Event, Mention, Participant, Sentence

#: The model's outputs, in order.
HEADS: tuple[str, ...] = ("participant", "chair", "speaker")
#: Bump when the features change: a model trained on other features is refused.
FEATURES_VERSION = "2"

_CLAUSE_END = re.compile(r"[,;:。!?\n“”]")
_CLAUSE_START = set(",;:。!?\n")
# spans of a sentence whose names get a known part, whoever the subject is
_SPANS: tuple[tuple[str, re.Pattern], ...] = (
    ("escort", re.compile(r"在([^,。;]{2,80}?)的?陪同下")),
    ("heard", re.compile(r"听取了?([^。;!?,:]{2,90}?)(?:通报|汇报|报告|说明)")),
    ("entrusted", re.compile(r"受([^,。;]{2,40}?)(?:的)?委托")),
    ("hosted_by", re.compile(r"由([^,。;]{2,60}?)主持")),
    ("invited", re.compile(r"(?:特)?邀请?了?([^,。;]{2,60}?)(?:作|进行|讲授|授课|解读|辅导|出席|参加)")),
    ("list_intro", re.compile(r"(?:出席|参加|列席|就[座坐])[^,。;]{0,20}?的[^,。;:]{0,8}?(?:还)?有:?([^。;]{2,200})")),
    ("met_with", re.compile(r"(?:会见|会谈|接见|看望|慰问|走访)了?([^。;]{2,120})")),
)
#: Features that say a name has a part in an event (a cue after it, a list with a cue, a
#: span that gives its names a part): the model may add a person only with one of them.
EVIDENCE: tuple[str, ...] = ("cuerole=", "list_cue=", "other_mention_cue=", "span=heard", "span=escort",
                             "span=list_intro", "span=hosted_by", "span=invited", "span=met_with")
# 在会上讲了话, 作了题为《…》的报告: a speech in words the cue list does not hold
_SPOKE = re.compile(r"(?:也|还|随后|接着)?(?:在[^,。;:]{0,12}?(?:上|中))?(?:讲了话|讲了意见|讲意见|作了[^,。;:]{0,30}?"
                    r"(?:报告|讲话|发言|说明|致辞|总结))")
_NO_PART = frozenset({"words_referred_to", "after_study_verb", "quote_sentence", "in_quote"})
_SAYING = re.compile(r"表示|说|认为|指出|强调|介绍")
# 学习…总书记重要讲话精神: a person whose words are studied, not a participant
_REFERRED = re.compile(r"精神|指示|批示|重要讲话|的讲话|论述|思想|贺信|来信")
_STUDIED = re.compile(r"学习|贯彻|落实|传达|领会|宣传|践行|按照|根据")


@dataclass(frozen=True)
class Candidate:
    """One (event, person) pair and what is known about it."""

    event_index: int  # into the events given to candidate_pairs
    person: str
    mention: Mention  # the mention the features describe: the one nearest the event
    features: tuple[str, ...]
    rule_roles: frozenset[str]  # the roles the rules gave (empty: not a participant)


# --------------------------------------------------------------------------- features


@lru_cache(maxsize=1)
def _cue_pattern() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    lex = load_lexicons()
    return alternation(lex.role_cues), lex.role_cues


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _title_start(text: str, m: Mention, title: str | None) -> int:
    if title and text[max(0, m.start - len(title)) : m.start] == title:
        return m.start - len(title)
    return m.start


def _name_end(text: str, m: Mention, title: str | None) -> int:
    """The end of a name and of a title written after it (孙潮区长)."""
    if title and text.startswith(title, m.end) and text[max(0, m.start - len(title)) : m.start] != title:
        return m.end + len(title)
    return m.end


def _trigger_pos(text: str, event: Event) -> int:
    """Where the event's name (or its last two characters) stands in its sentence."""
    for probe in (event.name, event.name[-2:]):
        if probe:
            i = text.find(probe, event.start, event.end)
            if i >= 0:
                return i
    return event.start


# what may stand between the names of one list: separators, 等, and unnamed groups
# (有关方面负责人, 近百名知名人士) that share the list's verb
_GROUP = r"[^,。;:!?Ⓝ“”]{0,10}?(?:负责人|负责同志|人士|代表|同志|领导|干部|成员|专家|学者|委员)"
_LIST_GLUE = re.compile(rf"(?:[、,和与及]|以及|Ⓝ|等|同志|一行|们|{_GROUP})*")
_CUE_FILLERS = re.compile(r"(?:也|还|分别|一同|共同|同时|先后|并|均|都|亦|应邀|在[^,。;:Ⓝ]{1,16}?(?:上|中|时))*")


class _Page:
    """A page's sentences in reading order, its people, and where each one stands."""

    def __init__(self, text: str, articles: list[Article], sentences: list[Sentence], persons: list[Mention]):
        self.text = text
        self.article_order = {a.article_id: k for k, a in enumerate(articles)}
        self.sents = sorted(sentences, key=lambda s: (s.start, not s.is_headline))
        self.body = [k for k, s in enumerate(self.sents) if not s.is_headline]
        self.body_rank = {k: r for r, k in enumerate(self.body)}
        starts = [s.start for s in self.sents]
        self.persons = persons
        self.sent_of: dict[int, int] = {}  # mention start -> sentence index
        self.in_sent: dict[int, list[Mention]] = {}
        for m in persons:
            k = bisect_right(starts, m.start) - 1
            while k >= 0 and not (self.sents[k].start <= m.start < self.sents[k].end):
                k -= 1
            if k >= 0:
                self.sent_of[m.start] = k
                self.in_sent.setdefault(k, []).append(m)
        self.titles: dict[tuple[str, str], str] = {}
        for m in persons:
            if m.title:
                self.titles.setdefault((m.article_id, m.text), m.title)
        self._masked: dict[int, tuple[str, list[int]]] = {}

    def sentence_of_event(self, e: Event) -> int | None:
        for k, s in enumerate(self.sents):
            if s.start == e.start and s.is_headline == e.from_headline:
                return k
        for k, s in enumerate(self.sents):
            if s.start <= e.start < s.end:
                return k
        return None

    def title(self, m: Mention) -> str | None:
        return m.title or self.titles.get((m.article_id, m.text))

    def masked(self, k: int) -> tuple[str, list[int]]:
        """Sentence ``k`` with every person (and the title written before it) as one Ⓝ,
        and the masked position of each of its people."""
        if k not in self._masked:
            s, text = self.sents[k], self.text
            out, pos, where = [], s.start, []
            for m in self.in_sent.get(k, []):
                t0 = max(pos, _title_start(text, m, self.title(m)))
                out.append(text[pos:t0])
                where.append(sum(len(x) for x in out))
                out.append("Ⓝ")
                pos = max(pos, _name_end(text, m, self.title(m)))
            out.append(text[pos : s.end])
            self._masked[k] = ("".join(out), where)
        return self._masked[k]


def _list_features(page: _Page, k: int, m: Mention) -> list[str]:
    """The list a name stands in (names, titles and separators only) and the words at its
    two ends: a cue after the list gives its role to every name in it."""
    masked, where = page.masked(k)
    people = page.in_sent.get(k, [])
    i = next((j for j, p in enumerate(people) if p.start == m.start), None)
    if i is None or i >= len(where):
        return []
    f = []
    pos = where[i]
    end = _LIST_GLUE.match(masked, pos).end()
    begin = pos
    while begin > 0:
        g = re.search(r"(?:[、,和与及]|以及|Ⓝ|等|同志)$", masked[:begin])
        if not g:
            break
        begin = g.start()
    size = masked.count("Ⓝ", begin, end)
    f.append(f"list_n={_bucket(size, (1, 2, 4, 8))}")
    tail = masked[end : end + 20]
    f.append(f"after_list={tail[:2]}")
    head = masked[max(0, begin - 3) : begin]
    f.append(f"before_list={head[-2:] or '^'}")
    cue_re, cues = _cue_pattern()
    fill = _CUE_FILLERS.match(tail).end()
    cm = cue_re.match(tail, fill)
    if cm:
        for role in cues[cm.group(0)]:
            f.append(f"list_cue={role}")
        f.append(f"list_cue_word={cm.group(0)}")
    elif tail[:1] in (",", ""):
        f.append("list_then_clause_end")
    return f


def _referred_cue(clause: str, cm: re.Match) -> bool:
    """A cue word that names a speech referred to (重要讲话精神, 的讲话), not one made here."""
    return clause.startswith(("精神", "的"), cm.end()) or clause[: cm.start()].endswith(("的", "的重要"))


def _context_features(page: _Page, k: int, m: Mention) -> list[str]:
    """What surrounds one mention of a name in its sentence."""
    text, sent = page.text, page.sents[k]
    title = page.title(m)
    f: list[str] = []
    cue_re, cues = _cue_pattern()
    t0 = _title_start(text, m, title)
    n_end = _name_end(text, m, title)
    # the characters on both sides, other people masked (Ⓝ): no name is a feature
    masked, where = page.masked(k)
    j = next((x for x, p in zip(where, page.in_sent.get(k, [])) if p.start == m.start), None)
    if j is not None:
        for n in (1, 2, 3):
            f.append(f"R{n}={masked[j + 1 : j + 1 + n]}")
            f.append(f"L{n}={masked[max(0, j - n) : j]}")
    # the clause after the name: its cue words, and its character pairs
    stop = _CLAUSE_END.search(text, n_end, sent.end)
    after = text[n_end : stop.start() if stop else sent.end]
    if j is not None:
        clause = re.match(r"[^,;:。!?\n“”]*", masked[j + 1 :]).group(0)[:16]
        f += sorted({f"Rb={clause[x : x + 2]}" for x in range(len(clause) - 1)})
    if not after:
        f.append("R=end" if stop is None else f"R=stop{text[stop.start()]}")
    if _SPOKE.match(after):
        f.append("cuerole=speaker@spoke")
    for cm in cue_re.finditer(after[:24]):
        if _referred_cue(after, cm):
            f.append("cue_referred")
            continue
        pos = _bucket(cm.start(), (0, 2, 6, 12))
        f.append(f"cue={cm.group(0)}")
        for role in cues[cm.group(0)]:
            f.append(f"cuerole={role}@{pos}")
    # before the name (and its title): the clause up to it
    i = t0
    while i > sent.start and text[i - 1] not in _CLAUSE_START:
        i -= 1
    before = text[i:t0]
    if not before:
        f.append(f"L=start{text[i - 1] if i > sent.start else '^'}")
    if _REFERRED.search(after):
        f.append("words_referred_to")
    if _STUDIED.search(before):
        f.append("after_study_verb")
    for cm in cue_re.finditer(before[-24:]):
        for role in cues[cm.group(0)]:
            f.append(f"lcue={role}")
    f.append(f"lead_len={_bucket(len(before), (0, 2, 6, 15))}")
    # spans of the sentence with a known part for the names in them
    for name, pat in _SPANS:
        for sm in pat.finditer(text, sent.start, sent.end):
            if sm.start(1) <= t0 and m.end <= sm.end(1):
                f.append(f"span={name}")
                break
    people = page.in_sent.get(k, [])
    clause_people = [p for p in people if i <= p.start < (stop.start() if stop else sent.end)]
    idx = next((j for j, p in enumerate(clause_people) if p.start == m.start), 0)
    f.append(f"clause_pos={_bucket(idx, (0, 1, 3))}")
    f.append(f"clause_n={_bucket(len(clause_people), (1, 2, 4, 8))}")
    f.append(f"sent_n={_bucket(len(people), (1, 2, 4, 8, 16))}")
    f += _list_features(page, k, m)
    # a quotation, and a sentence that reports what someone said
    opened = text.count("“", sent.start, m.start) - text.count("”", sent.start, m.start)
    if opened > 0:
        f.append("in_quote")
    if sent.text.startswith("“"):
        f.append("quote_sentence")
    if _SAYING.search(after[:6]):
        f.append("says")
    return f


def _pair_features(page: _Page, event: Event, ev_rank: int, trigger: int, mentions: list[Mention],
                   rule_roles: frozenset[str], other_events: str, event_ranks: list[int],
                   event_features: list[str]) -> tuple[Mention, list[str]]:
    """The features of one (event, person) pair and the mention they describe."""
    def rank(m: Mention) -> int | None:
        k = page.sent_of.get(m.start)
        return page.body_rank.get(k) if k is not None else None

    def distance(m: Mention) -> tuple[int, int, int]:
        r = rank(m)
        if r is None:  # a headline
            return (3, 0, abs(m.start - trigger))
        d = r - ev_rank
        return (0 if d == 0 else 1 if d > 0 else 2, abs(d), abs(m.start - trigger))

    ranked = sorted(mentions, key=distance)
    m = ranked[0]
    title = page.title(m)
    rules = "+".join(sorted(rule_roles)) or "none"
    f = event_features + [f"rule={rules}", f"rule={rules}|kind={event.kind}", f"rule_other={other_events}",
                          f"rule_other={other_events}|rule={rules}"]
    f += [f"rule_has={r}" for r in rule_roles]
    if m.article_id != event.article_id:
        f.append("other_article")
    r = rank(m)
    if r is None:
        f.append("sd=headline")
    else:
        d = r - ev_rank
        f.append(f"sd={'+' if d >= 0 else '-'}{_bucket(abs(d), (0, 1, 2, 5, 12))}")
        between = sum(1 for x in event_ranks if min(r, ev_rank) < x <= max(r, ev_rank) and x != ev_rank)
        f.append(f"events_between={_bucket(between, (0, 1, 2))}")
        nearest = min(event_ranks, key=lambda x: (abs(x - r), x > r), default=ev_rank)
        f.append("nearest_event" if nearest == ev_rank else "nearer_event_exists")
        if d == 0 and not event.from_headline:
            off = m.start - trigger
            f.append(f"td={'+' if off >= 0 else '-'}{_bucket(abs(off), (4, 12, 30, 80))}")
            f.append(f"td={'after' if off >= 0 else 'before'}|rule={rules}")
    f.append(f"kind_m={m.kind or 'none'}")
    f.append(f"src={m.source}")
    f.append(f"name_len={_bucket(len(m.text), (2, 3, 4))}")
    if "·" in m.text:
        f.append("name_dot")
    if title:
        f += ["titled", f"title_end={title[-1]}", f"title_end2={title[-2:]}"]
        if "副" in title:
            f.append("title_vice")
        if "、" in title:
            f.append("title_many")
    else:
        f.append("untitled")
    f.append(f"n_mentions={_bucket(len(mentions), (1, 2, 4))}")
    if any(page.sent_of.get(x.start) is not None and page.sents[page.sent_of[x.start]].is_headline for x in mentions):
        f.append("in_headline")
    k = page.sent_of.get(m.start)
    if k is not None:
        f += _context_features(page, k, m)
    # what the other mentions near the event say about the person (他强调 aside)
    _, cues = _cue_pattern()
    for x in ranked[1:4]:
        xk = page.sent_of.get(x.start)
        if xk is None:
            continue
        stop = _CLAUSE_END.search(page.text, x.end, page.sents[xk].end)
        after = page.text[x.end : stop.start() if stop else page.sents[xk].end][:12]
        for role in sorted({r for c, rs in cues.items() if after.startswith(c) for r in rs}):
            f.append(f"other_mention_cue={role}")
    # the same evidence weighs differently by kind: who speaks on a visit is the visited
    f += [f"{x}|kind={event.kind}" for x in f if x.startswith(EVIDENCE)]
    return m, f


def _addable(features: list[str], other_events: str) -> bool:
    """Whether the model may add a person the rules left out: some evidence of a part in
    the event, not quoted or referred to (学习…讲话精神), and no nearer event where the
    rules gave them one."""
    if any(f in _NO_PART for f in features):
        return False
    evident = any(f.startswith(EVIDENCE) for f in features)
    return evident and not (other_events != "none" and "nearer_event_exists" in features)


def candidate_pairs(clean: CleanDocument, articles: list[Article], sentences: list[Sentence],
                    mentions: list[Mention], events: list[Event], before: int = 2,
                    after: int = 40) -> list[Candidate]:
    """Every (event, person) pair worth deciding: the event's participants by the rules, and
    the people the model may add: named in the event's article (or in the articles after
    it that report no event of their own: a continuation, an article split at a photo
    note) from ``before`` sentences before its evidence sentence to ``after`` sentences
    after it or in its headline, with some evidence of a part in it (``EVIDENCE``), and no
    nearer event where the rules gave them one."""
    persons = sorted((m for m in mentions if m.label == "PERSON" and m.kind != "reporter"), key=lambda m: m.start)
    page = _Page(clean.text, articles, sentences, persons)
    with_events = {e.article_id for e in events}
    scope: dict[str, set[str]] = {}
    for a in articles:
        if a.article_id in with_events:
            ids, k = {a.article_id}, page.article_order[a.article_id] + 1
            while k < len(articles) and articles[k].article_id not in with_events:
                ids.add(articles[k].article_id)
                k += 1
            scope[a.article_id] = ids
    first_body = {}
    for r, k in enumerate(page.body):
        first_body.setdefault(page.sents[k].article_id, r)
    ev_sent = [page.sentence_of_event(e) for e in events]
    ev_rank = [page.body_rank.get(k, first_body.get(e.article_id, 0)) if k is not None
               else first_body.get(e.article_id, 0) for e, k in zip(events, ev_sent)]
    ranks_by_art: dict[str, list[int]] = {}
    for e, r in zip(events, ev_rank):
        for a in scope.get(e.article_id, {e.article_id}):
            ranks_by_art.setdefault(a, []).append(r)
    rule_events: dict[str, list[int]] = {}  # person -> the events the rules gave them
    for ei, e in enumerate(events):
        for p in e.participants:
            rule_events.setdefault(p.person, []).append(ei)
    n_events = {a: sum(1 for e in events if e.article_id == a) for a in with_events}
    out: list[Candidate] = []
    for ei, e in enumerate(events):
        event_features = [f"kind={e.kind}", "ev_hl" if e.from_headline else "ev_body",
                          "ev_dated" if e.day is not None else "ev_undated",
                          f"n_events={_bucket(n_events.get(e.article_id, 1), (1, 2, 4))}"]
        arts = scope.get(e.article_id, {e.article_id})
        lo, hi = ev_rank[ei] - before, ev_rank[ei] + after
        by_name: dict[str, list[Mention]] = {}
        for m in persons:
            if m.article_id not in arts:
                continue
            k = page.sent_of.get(m.start)
            if k is None:
                continue
            r = page.body_rank.get(k)
            if (r is None and m.article_id == e.article_id) or (r is not None and lo <= r <= hi):
                by_name.setdefault(m.text, []).append(m)
        rule = {p.person: frozenset(p.roles) for p in e.participants}
        for p in e.participants:  # a participant the rules found further away (a merged report)
            if p.person not in by_name:
                ms = [m for m in persons if m.text == p.person]
                if ms:
                    by_name[p.person] = ms
        trigger = _trigger_pos(clean.text, e)
        for name, ms in by_name.items():
            roles = rule.get(name, frozenset())
            others = [k for k in rule_events.get(name, []) if k != ei]
            other = "none" if not others else "same_sentence" if any(ev_sent[k] == ev_sent[ei] for k in others) \
                else "elsewhere"
            m, feats = _pair_features(page, e, ev_rank[ei], trigger, ms, roles, other,
                                      ranks_by_art.get(e.article_id, []), event_features)
            if roles or _addable(feats, other):
                out.append(Candidate(ei, name, m, tuple(feats), roles))
    return out


# --------------------------------------------------------------------------- the model


class AttendanceModelError(ValueError):
    """A model folder that cannot be used; the message is one line."""


def feature_ids(features: tuple[str, ...] | list[str], n_buckets: int) -> np.ndarray:
    """The hash bucket of each feature (crc32: the same in every process)."""
    return np.fromiter((zlib.crc32(f.encode("utf-8")) % n_buckets for f in features), dtype=np.int64,
                       count=len(features))


@dataclass(frozen=True)
class Thresholds:
    """How probabilities become decisions. The rules' participants and roles stay unless
    the model is confident they are wrong; the model adds what the rules did not see."""

    add: float = 0.5  # P(participant) for a person the rules left out to be added
    drop: float = 0.1  # P(participant) below which a participant of the rules is dropped
    add_role: float = 0.5  # P(role) for a role the rules did not give
    drop_role: float = 0.1  # P(role) below which a role of the rules is taken away


@dataclass(frozen=True)
class AttendanceModel:
    """Hashed sparse features → P(head) per pair: a sum of per-feature rows, then (with a
    hidden layer) ReLU and a linear layer, then a sigmoid."""

    n_buckets: int
    embedding: np.ndarray  # (n_buckets, hidden or len(HEADS))
    bias: np.ndarray
    out_weight: np.ndarray | None  # (hidden, len(HEADS)) for one hidden layer; None: logistic regression
    out_bias: np.ndarray | None
    thresholds: Thresholds
    version: str

    def predict(self, candidates: list[Candidate]) -> np.ndarray:
        """(len(candidates), len(HEADS)) probabilities."""
        if not candidates:
            return np.zeros((0, len(HEADS)))
        rows = np.stack([self.embedding[feature_ids(c.features, self.n_buckets)].sum(axis=0) for c in candidates])
        z = rows + self.bias
        if self.out_weight is not None:
            z = np.maximum(z, 0.0) @ self.out_weight + self.out_bias
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, folder: Path, card: dict) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        arrays = {"embedding": self.embedding.astype(np.float32), "bias": self.bias.astype(np.float32)}
        if self.out_weight is not None:
            arrays["out_weight"] = self.out_weight.astype(np.float32)
            arrays["out_bias"] = self.out_bias.astype(np.float32)
        np.savez_compressed(folder / "weights.npz", **arrays)
        meta = {"version": self.version, "features_version": FEATURES_VERSION, "heads": list(HEADS),
                "n_buckets": self.n_buckets, "thresholds": dataclasses.asdict(self.thresholds),
                **card}
        (folder / "model.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_card(folder: Path) -> dict:
    """A model folder's ``model.json``, checked: AttendanceModelError (one line) when the
    folder holds no model or one trained on other features."""
    meta_path = folder / "model.json"
    if not meta_path.is_file() or not (folder / "weights.npz").is_file():
        raise AttendanceModelError(f"no attendance model in {folder} (model.json and weights.npz; "
                                   "`huiyi train attendance` makes one)")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AttendanceModelError(f"{meta_path}: unreadable ({exc})") from None
    if not isinstance(meta, dict) or meta.get("features_version") != FEATURES_VERSION \
            or tuple(meta.get("heads", ())) != HEADS:
        got = meta.get("features_version") if isinstance(meta, dict) else None
        raise AttendanceModelError(f"{folder}: trained on other features (version {got!r}, this code "
                                   f"{FEATURES_VERSION!r}): retrain it with `huiyi train attendance`")
    return meta


def read_model(folder: Path) -> AttendanceModel:
    """The model in a folder (``model.json`` and ``weights.npz``)."""
    meta = read_card(folder)
    try:
        with np.load(folder / "weights.npz") as w:
            arrays = {k: w[k] for k in w.files}
        return AttendanceModel(int(meta["n_buckets"]), arrays["embedding"], arrays["bias"], arrays.get("out_weight"),
                               arrays.get("out_bias"), Thresholds(**meta["thresholds"]), str(meta.get("version", "")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AttendanceModelError(f"{folder}: unreadable attendance model ({exc})") from None


@lru_cache(maxsize=4)
def load_model(folder: str) -> AttendanceModel:
    """The model in ``folder`` (relative: to the repository root), read once per process."""
    return read_model(resolve_path(folder))


# --------------------------------------------------------------------------- decisions


def decide_roles(rule_roles: frozenset[str], probs: np.ndarray, t: Thresholds) -> set[str]:
    """The roles of one pair (empty: not a participant). The rules keep observers (列席:
    too rare in the corpus to learn) and whatever the model is not confident against."""
    if "observer" in rule_roles:
        return set(rule_roles)
    if probs[0] < (t.drop if rule_roles else t.add):
        return set()
    roles = set()
    for k, role in enumerate(HEADS[1:], start=1):
        if probs[k] >= (t.drop_role if role in rule_roles else t.add_role):
            roles.add(role)
    return roles or {"attendee"}


def assign(events: list[Event], candidates: list[Candidate], probs: np.ndarray, thresholds: Thresholds,
           sentences: list[Sentence], mentions: list[Mention]) -> list[Event]:
    """Rebuild each event's participants from the pairs' probabilities (in place; returned).
    A person the model adds gets the sentence naming them as evidence and the title
    written for them in the article."""
    decided: dict[int, dict[str, tuple[Candidate, set[str]]]] = {}
    for c, p in zip(candidates, probs):
        decided.setdefault(c.event_index, {})[c.person] = (c, decide_roles(c.rule_roles, p, thresholds))
    by_start = sorted(sentences, key=lambda s: s.start)
    starts = [s.start for s in by_start]
    titles: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.label == "PERSON" and m.title:
            titles.setdefault((m.article_id, m.text), m.title)
    for ei, pairs in decided.items():
        e = events[ei]
        kept = []
        for p in e.participants:  # the rules' participants, in their order, unless the model drops them
            roles = pairs[p.person][1] if p.person in pairs else p.roles
            if roles:
                p.roles = roles
                kept.append(p)
        known = {p.person for p in e.participants}
        for name, (c, roles) in sorted(pairs.items(), key=lambda kv: kv[1][0].mention.start):
            if name in known or not roles:
                continue
            if any(f in ("list_cue=observer", "cuerole=observer@0") for f in c.features):
                roles = (roles - {"attendee"}) | {"observer"}  # 列席: the rules' cue, too rare to learn
            sent = by_start[bisect_right(starts, c.mention.start) - 1]
            title = c.mention.title or titles.get((c.mention.article_id, name))
            kept.append(Participant(name, roles, title, sent.text, sent.start, sent.end))
        e.participants = kept
    return events


def apply_model(clean: CleanDocument, articles: list[Article], sentences: list[Sentence],
                mentions: list[Mention], events: list[Event], model: AttendanceModel) -> list[Event]:
    """The events with their participants decided by the model (in place; returned)."""
    candidates = candidate_pairs(clean, articles, sentences, mentions, events)
    if not candidates:
        return events
    return assign(events, candidates, model.predict(candidates), model.thresholds, sentences, mentions)
