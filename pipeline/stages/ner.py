"""NER: officials (name + the title written next to it), reporters, dates, meetings.

Rules and lexicons find a name written after a title (``区委副书记、区长魏振东``), name
lists sharing one title (``副区长李国亮、牛彦岗、王刚``), titles after names
(``孙潮区长``), bylines, captions and page staff; every name found once is then found
everywhere else in the document (``魏振东指出``, ``郭红胜王咏刚武国宏等参加``). A trained
model (HanLP or spaCy, chosen by config) adds people the rules do not see.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache

from pipeline.config import MODELS_DIR, NerConfig, SegmentConfig
from pipeline.lexicons import alternation, load_lexicons
from pipeline.nlp.components import (SPAN_KEY, action_pattern, build_nlp, doc_from_tokens, model_pass, model_wanted,
                                     rule_pass)
from pipeline.nlp.names import MIDDLE_DOT, PUNCT, name_model
from pipeline.nlp.officials import (FIRM_OR_ORGAN_END, MINUTES_FIELD, OCCUPATION, addressed_after_preposition,
                                     is_official_title, joins_groups, person_kind, title_heads_pattern)
from pipeline.records import Article, CleanDocument, Mention, Sentence
from pipeline.stages.articles import split_names
from pipeline.stages.clean import STAFF_MARKER, STAFF_ROLES

_CN_NUM = "[一二三四五六七八九十〇零]"
DATE = re.compile(
    r"(?:(?:(19|20)?([0-9]{2})年)|(今年|去年|前年))?([0-9]{1,2}|" + _CN_NUM + "{1,2}|元)月([0-9]{1,2}|" + _CN_NUM + "{1,3})(?:(?<=[0-9])[~～-][0-9]{1,2}(?=日))?(?:[日号](?:上午|下午|晚上|晚(?!会)|早上)?|(?<=[0-9])(?:[上下]午|晚上))"  # 3月4下午: 日 dropped
    r"(?:(?:至|到|-|—|~|～)(?:[0-9]{1,2}月)?[0-9]{1,2}[日号])?"  # 8日至9日, 1~2日: the first day
    r"|(?:(?<![0-9月(~～-])|(?<=本月)|(?<=[昨今前]\())([0-9]{1,2})(?:[~～-][0-9]{1,2}(?=日))?\)?日(?:(?:至|到|-|—|~|～)[0-9]{1,2}日)?"  # 昨(15)日, 15~17日
    r"(?:上午|下午|晚上|晚|早上)?"
    r"(?:(?=[,上下晚在召举赴到至率\s]|[0-9]{1,2}[:时点]|(?<=日)\)|会见|会谈|接见|出席|主持|参加|前往|视察|调研|考察|看望|慰问|深入|同|与|$"
    r"|也|又|还在|分别|先后|专程|礼节性|亲切|正式|一同|共同|联合)|(?<=\n[0-9]日)|(?<=\n[0-9]{2}日)"
    r"|(?<=\n[0-9][~～-][0-9]日)|(?<=\n[0-9][~～-][0-9]{2}日)|(?<=\n[0-9]{2}[~～-][0-9]{2}日))"  # a chronicle's line: 6日 X会议召开
    r"|(昨天|昨日|昨晚|昨夜|今天|今日|今晚|前天|近日|日前|近期|连日来|[上本]周[一二三四五六日天])"
)
_CAPTION = re.compile(r"((?:(?:本报)?记者|摄影|通讯员)?\s*[\u4e00-\u9fff·\s]{2,30}?)\s*摄(?:影报道)?$")
_DRAWN = re.compile(r"新华社发\s*([\u4e00-\u9fff\s]{2,12}?)\s*作")
_SIGNOFF = re.compile(r"^\(([\u4e00-\u9fff\s]{2,12})\)$")
_BYLINE_LINE = re.compile(r"^[■□●◆▲★]?\s*(?:文/|文:|图/|图:|作者:)?"
                          r"((?:(?:本报|实习|特约|见习|首席)?(?:记者|通讯员)\s*[\u4e00-\u9fff·\s]{2,12}?\s*)+)(?:报道|采写)?$")
# 文/图 某某, 摄影:某某: a credit line of names only
_CREDIT_LINE = re.compile(r"^[■□●◆▲★]?\s*(?:(?:文/图|图/文)\s*[/:]?|(?:文|图|摄影|作者)\s*[/:])\s*([\u4e00-\u9fff·\s]{2,12})$")
_STAFF = re.compile(rf"(?:{STAFF_ROLES})\s*[:/]\s*"
                    rf"([\u4e00-\u9fff\s]{{2,30}}?)(?=(?:{STAFF_ROLES}|来源|发布)\s*[:/]|[^\u4e00-\u9fff\s]|$)")


def _hints(clean: CleanDocument, raw: str | None, start: int, end: int) -> frozenset[int]:
    """Offsets (relative to start) where the raw text had whitespace between two chars;
    none where the text is spaced out character by character (``臧 媛 慧``)."""
    if raw is None:
        return frozenset()
    out = set()
    for k in range(start + 1, end):
        a, b = clean.offset_map[k - 1], clean.offset_map[k]
        if b - a > 1 and raw[a + 1 : b].strip() == "":
            out.add(k - start)
    if len(out) * 2 >= max(1, end - start - 1):
        return frozenset()
    return frozenset(out)


def _person(clean, art_id, start, end, source, kind, title=None) -> Mention:
    return Mention(clean.doc_id, art_id, "PERSON", clean.text[start:end], start, end,
                   source=source, kind=kind, title=title)


class ArticleIndex:
    """Which article a text offset belongs to (headline or body), by binary search."""

    def __init__(self, articles: list[Article]):
        spans = [(s, e, a.article_id) for a in articles for s, e in (*a.headline_spans, (a.start, a.end))]
        spans.sort()
        self.starts = [s for s, _, _ in spans]
        self.spans = spans

    def __call__(self, pos: int) -> str:
        k = bisect_right(self.starts, pos) - 1
        if k >= 0 and pos < self.spans[k][1]:
            return self.spans[k][2]
        return ""


def _name_list_mentions(clean, names: list[str], start: int, end: int, art_id: str, kind: str) -> list[Mention]:
    out, cursor = [], start
    for name in names:
        k = clean.text.find(name, cursor, end)
        if k < 0:
            continue
        out.append(_person(clean, art_id, k, k + len(name), "byline", kind))
        cursor = k + len(name)
    return out


def _leading_names(chunk: str, hints: frozenset[int]) -> str:
    """The part of a staff chunk made of names, cut at the first raw space after which
    the text is no name list (``孟柯妤 要闻部邮箱`` → ``孟柯妤``)."""
    cuts = sorted(h for h in hints if 0 < h < len(chunk)) + [len(chunk)]
    good, prev = 0, 0
    for cut in cuts:
        if not name_model().split_run(chunk[prev:cut]):
            break
        good, prev = cut, cut
    return chunk[:good]


def byline_mentions(clean: CleanDocument, articles: list[Article], raw: str | None) -> list[Mention]:
    """Reporters, photographers and page staff."""
    text = clean.text
    article_of = ArticleIndex(articles)
    out: list[Mention] = []
    for art in articles:
        if art.reporters:
            out += _name_list_mentions(clean, list(art.reporters), art.start, min(art.end, art.start + 60),
                                       art.article_id, "reporter")
    for m in re.finditer(r"[^\n]+", text):
        para, ps = m.group(0), m.start()
        aid = article_of(ps)
        patterns = [_CAPTION, _DRAWN, _SIGNOFF, _BYLINE_LINE, _CREDIT_LINE] + ([_STAFF] if STAFF_MARKER.search(para) else [])
        for pat in patterns:
            for cm in pat.finditer(para):
                chunk_start = ps + cm.start(1)
                chunk = text[chunk_start : ps + cm.end(1)]
                if pat is _CAPTION and len(para) > 60 and cm.start() > 0 and para[cm.start() - 1] not in "。 )":
                    continue
                hints = _hints(clean, raw, chunk_start, chunk_start + len(chunk))
                if pat is _STAFF:
                    chunk = _leading_names(chunk, hints)
                names = split_names(chunk, hints)
                out += _name_list_mentions(clean, names, chunk_start, ps + cm.end(1), aid, "reporter")
    return out


_COMRADE = re.compile(r"同志(?!们)")
_LEFT_FUNCTION = set("的和与同及对向由在是为据请让、")
_BEFORE_SHORT_FORM = _LEFT_FUNCTION | set("了见")  # 会见了米勒, 接见米勒: a foreign name's last part after a verb
_INSTITUTION_ENDS = ("大学", "中学", "小学", "学院", "学校", "医院", "公司", "集团", "银行", "党校")  # no name ends so


def _name_may_start(model, text: str, s: int, floor: int) -> bool:
    """Whether a name may begin at ``text[s]``: the sentence start, punctuation, a function
    character or a boundary word right before it; not at the conjunction that adds a name
    to a list (,和杨某同志)."""
    if model.joins_list(text, s, floor):
        return False
    return s == floor or text[s - 1] in PUNCT or text[s - 1] in _LEFT_FUNCTION \
        or bool(model.boundary.fullmatch(text, max(floor, s - 2), s)) \
        or bool(_FIRM_BEFORE.search(text, max(floor, s - 4), s))


_FIRM_BEFORE = re.compile(FIRM_OR_ORGAN_END + "$")  # 湘源建材符小军总经理, 县人武部甲部长: the firm or organ, then the name


def _titled_after(model, heads: re.Pattern, text: str, p: int, end: int) -> bool:
    """Whether a name and a title head after it start at ``text[p]`` (甲县长、乙主任): the
    next item of a list of names, each with its title after it."""
    best = model.best_name_at(text[:end], p, min_score=-5.0)
    return bool(best) and heads.match(text, p + best[0]) is not None


_PLACE_BEFORE = re.compile(r"在|到|赴|落户|扎根|来自")
_NO_PLACE_AFTER = re.compile(r"的|陪同|等|同志|主持|带领|率|副|常务|[,。、]")  # 在甲的陪同下, 在甲副局长带领下


def place_words(text: str) -> frozenset[str]:
    """The two- and three-character words the page writes as places (在江临投资, 落户江临): a
    name found among them (江临市长会见…) is a city's, not a person's."""
    heads = title_heads_pattern()
    words = set()
    for m in _PLACE_BEFORE.finditer(text):
        for n in (2, 3):
            end = m.end() + n
            if end <= len(text) and not _NO_PLACE_AFTER.match(text, end) and not heads.match(text, end):
                words.add(text[m.end() : end])
    return frozenset(words)


_NAMED_BEFORE_TITLE = re.compile(r"住持|方丈|法师|道长|阿訇|神父|牧师|主教|监院|(?:副)?总?经理|(?:副)?总裁")


def title_after_mentions(clean: CleanDocument, sentences: list[Sentence], known: set[str],
                         cfg: NerConfig, places: frozenset[str] = frozenset()) -> list[Mention]:
    """``孙潮区长``: a known or likely name right before a title head and a boundary (not one of
    the page's ``places``)."""
    model = name_model(cfg.lexicon_dir)
    heads = title_heads_pattern(cfg.lexicon_dir)
    text = clean.text
    out = []
    for sent in sentences:
        for hm in heads.finditer(text, sent.start, sent.end):
            if not model.at_boundary(text, hm.end()):
                continue
            # 副县长、县公安局局长某某: a title in a list of posts, unless a known name or a firm's stands before it
            listed_post = hm.end() < len(text) and text[hm.end()] == "、" \
                and not _titled_after(model, heads, text, hm.end() + 1, sent.end)
            if not (is_official_title(hm.group(0)) or _NAMED_BEFORE_TITLE.fullmatch(hm.group(0))) or hm.group(0).endswith("领导"):
                continue  # (释某某法师, 马某某阿訇, 某公司甲总经理: clergy and managers, named the same way, though not officials)
            kind = person_kind(hm.group(0))
            if model.best_name_at(text[: sent.end], hm.end(), min_score=3.0):
                continue  # 韩国总统金某: the title belongs to the name after it
            for n in (6, 5, 4, 3, 2):
                s = hm.start() - n
                if s < sent.start:
                    continue
                cand = text[s : hm.start()]
                if listed_post and cand not in known and not _FIRM_BEFORE.search(text, max(sent.start, s - 4), s):
                    continue
                if n >= 3 and model.name_parts_only(cand) and _name_may_start(model, text, s, sent.start):
                    # 乌兰其其格主席, 苏日娜主席: a Mongolian, Tibetan or Turkic name of listed parts
                    out.append(_person(clean, sent.article_id, s, hm.start(), "rules", kind, hm.group(0)))
                    break
                if n >= 4:
                    continue
                if n == 3 and cand[0] in "和与及" and model.surname_len(cand, 1) and cand not in known:
                    continue  # 书记和刘明市长: 和 joins two titled names
                score = model.score(cand, 1)
                if cand in known or (_name_may_start(model, text, s, sent.start) and model.surname_len(cand, 0)
                                     and score > -1.0 and cand not in places):
                    out.append(_person(clean, sent.article_id, s, hm.start(), "rules", kind, hm.group(0)))
                    break
    return out


_BRACKET_TITLE = re.compile(r"\(([^()]{2,30})\)")


def bracket_title_mentions(clean: CleanDocument, sentences: list[Sentence], known: set[str],
                           cfg: NerConfig) -> list[Mention]:
    """``主持:杭立新(县人大常委会主任)``: a likely name right before its official title in brackets,
    as rosters and minutes write them."""
    model = name_model(cfg.lexicon_dir)
    text = clean.text
    out = []
    for sent in sentences:
        for bm in _BRACKET_TITLE.finditer(text, sent.start, sent.end):
            title = bm.group(1)
            if not is_official_title(title):
                continue
            for n in (3, 2, 4):
                s = bm.start() - n
                if s < sent.start or not _name_may_start(model, text, s, sent.start):
                    continue
                cand = text[s : bm.start()]
                if not all("\u4e00" <= c <= "\u9fff" for c in cand):
                    continue
                if cand in known or model.surname_len(cand, 0) and model.score(cand, 1) > -1.0:
                    out.append(_person(clean, sent.article_id, s, bm.start(), "rules", "official", title))
                    break
    return out


def unit_bracket_mentions(clean: CleanDocument, sentences: list[Sentence], known: set[str],
                          cfg: NerConfig) -> list[Mention]:
    """``参会单位及人员:县财政局(杭丽)、城关街道(贝胜利)``: a minutes line naming each unit
    and, in brackets, who came for it (no title of their own)."""
    model = name_model(cfg.lexicon_dir)
    text = clean.text
    out = []
    for sent in sentences:
        field = MINUTES_FIELD.match(text, sent.start)
        if not field or not field.group(1):
            continue
        for um in _UNIT_BRACKET.finditer(text, field.end(), sent.end):
            cand = um.group(1)
            if cand in known or model.surname_len(cand, 0) and model.score(cand, 1) > -1.0:
                out.append(_person(clean, sent.article_id, um.start(1), um.end(1), "rules", "official"))
    return out


_UNIT_BRACKET = re.compile(r"(?<=[局委办府院会部室队所站司厂处科镇乡道心团])\(([\u4e00-\u9fff]{2,4})\)")
_OUTLET = re.compile(r"[网报台社]$")
_ADVERBS = re.compile(r"(?:先后|分别|依次|也|还)?")


_OCCUPATION = re.compile(OCCUPATION + r"(?![程作业厂地资会委商具艺序期法])")  # (工程学院, 手法: no worker)


@lru_cache(maxsize=4)
def _descriptor_pattern(lexicon_dir: str | None) -> re.Pattern | None:
    """Descriptors of untitled people (not groups: 督导组, 考察团), compiled once per process."""
    words = {w for w in load_lexicons(lexicon_dir).cue_words("descriptor") if not w.endswith(("组", "团", "队", "班"))}
    return alternation(words) if words else None


def described_mentions(clean: CleanDocument, sentences: list[Sentence], known: set[str],
                       cfg: NerConfig) -> list[Mention]:
    """``民营企业家某某作大会发言``: a name right after a descriptor of untitled people
    (``cue_words.tsv``: 企业家, 专家, 教授) or of their work (挡车工, 队员), when a role cue or a
    list mark follows it."""
    descriptors = _descriptor_pattern(cfg.lexicon_dir)
    if descriptors is None:
        return []
    acts = action_pattern(cfg.lexicon_dir)
    model = name_model(cfg.lexicon_dir)
    text = clean.text
    out = []
    for sent in sentences:
        for dm in [*descriptors.finditer(text, sent.start, sent.end), *_OCCUPATION.finditer(text, sent.start, sent.end)]:
            dotted = MIDDLE_DOT in text[dm.end() : dm.end() + 9] and model.best_name_at(text[: sent.end], dm.end())
            parts = text[dm.end() : dm.end() + dotted[0]].split(MIDDLE_DOT) if dotted else []
            if len(parts) > 1 and any(model.name_parts_only(part) for part in parts):  # 队员阿依古丽·买买提
                out.append(_person(clean, sent.article_id, dm.end(), dm.end() + dotted[0], "rules", "other"))
                continue
            for n in (3, 2):
                s, e = dm.end(), dm.end() + n
                cand = text[s:e]
                if e > sent.end or not model.surname_len(cand, 0) or not all("\u4e00" <= c <= "\u9fff" for c in cand):
                    continue
                if _OCCUPATION.search(cand) or addressed_after_preposition(cand) \
                        or text.startswith(model.long_fillers, s + 1):
                    continue  # 围绕师德师风: a word that only looks like a worker (绕师) and a name (德师风); 人员都仔细察看
                if joins_groups(text, dm.group(0), s, e):
                    continue  # 在校生代表和新生代表: 和 joins two groups of the same kind
                follow = _ADVERBS.match(text, e).end()
                score = model.score(cand, 1)
                if not (text[e : e + 1] == "、" or acts.match(text, follow) or text[e : e + 1] == "," and score > 0):
                    continue  # (学生某某,教师代表某某分别发言: a comma after a likely name)
                if cand in known or score > (-3.0 if n == 3 else 1.0):  # (职工家庭走访慰问: two characters need more)
                    out.append(_person(clean, sent.article_id, s, e, "rules", "other"))
                    break
    return out


_OPEN_QUOTES = {"“": "”", "《": "》", "【": "】", "(": ")"}


def _quoted_at(text: str, floor: int, pos: int) -> bool:
    """Whether ``text[pos]`` lies inside quotes, title marks or brackets opened after ``floor``."""
    return any(text.rfind(o, floor, pos) > text.rfind(c, floor, pos) for o, c in _OPEN_QUOTES.items())


def dotted_mentions(clean: CleanDocument, sentences: list[Sentence], known: set[str],
                    cfg: NerConfig) -> list[Mention]:
    """``…、阿依古丽·热西提参加``: a name transcribed with · that opens a clause or a list item
    and is followed by a role cue, a verb of saying, 等 or a list mark, with or without a title."""
    acts = action_pattern(cfg.lexicon_dir)
    heads = title_heads_pattern(cfg.lexicon_dir)
    model = name_model(cfg.lexicon_dir)
    text = clean.text
    out = []
    for sent in sentences:
        dot = text.find(MIDDLE_DOT, sent.start, sent.end)
        while dot >= 0:
            start = dot
            while start > sent.start and "\u4e00" <= text[start - 1] <= "\u9fff" and dot - start < 6:
                start -= 1
            best = None
            if dot - start >= 2 and (start == sent.start or text[start - 1] in "、,;:。\n ") \
                    and not _quoted_at(text, sent.start, start):
                best = model.best_name_at(text[: sent.end], start)
            end = start + best[0] if best else dot + 1
            parts = text[start:end].split(MIDDLE_DOT)
            follow = _ADVERBS.match(text, end).end()
            if best and text[start:end] not in known and all(len(part) >= 2 for part in parts) \
                    and acts.match(text, follow) and not heads.match(text, follow):  # (某某晚报·某某日报总经理: a paper's)
                out.append(_person(clean, sent.article_id, start, end, "rules", "other"))
            dot = text.find(MIDDLE_DOT, max(end, dot + 1), sent.end)
    return out


def comrade_mentions(clean: CleanDocument, sentences: list[Sentence], known: set[str],
                     cfg: NerConfig) -> list[Mention]:
    """``会议由祁某同志主持``, ``房某、季某等同志出席``: likely names right before 同志,
    and the names listed with 、 before them."""
    model = name_model(cfg.lexicon_dir)
    text = clean.text
    out = []
    for sent in sentences:
        for cm in _COMRADE.finditer(text, sent.start, sent.end):
            end = cm.start() - (cm.start() > sent.start and text[cm.start() - 1] == "等")
            while end > sent.start:
                start = None
                for n in (3, 2, 4):
                    s = end - n
                    if s < sent.start:
                        continue
                    cand = text[s:end]
                    surname = model.surname_len(cand, 0)
                    if cand in known or (_name_may_start(model, text, s, sent.start) and surname
                                         and model.score(cand, surname[0]) > 0.0):
                        start = s
                        break
                if start is None:
                    break
                out.append(_person(clean, sent.article_id, start, end, "rules", "other"))
                if text[start - 1] != "、":
                    break
                end = start - 1
    return out


_LIST_GAP = re.compile(r"、((?:[\u4e00-\u9fff·]{2,6}、){0,3}[\u4e00-\u9fff·]{2,6})、")
# … or the list's last items, before the next titled name (副主席甲、乙、丙,秘书长丁)
_LIST_END_GAP = re.compile(r"、((?:[\u4e00-\u9fff·]{2,6}、){0,3}[\u4e00-\u9fff·]{2,6}),")
_NOT_IN_NAMES = re.compile(r"[的了在是和与及等为对把被向从到市县区省镇乡村委局部厅办会院所]")


@lru_cache(maxsize=4)
def _list_then_title(lexicon_dir: str | None) -> re.Pattern:
    """甲、乙、丙副旗长: a list of two to four character items and the title they share after it."""
    heads = title_heads_pattern(lexicon_dir)
    return re.compile(r"(?<=[,:;。\n])((?:[\u4e00-\u9fff·]{2,4}、)+[\u4e00-\u9fff·]{2,4}?)((?:常务)?副?(?:" + heads.pattern
                      + r"))(?=[,。;、]|分别|先后|依次|出席|参加|陪同)")


def list_gap_mentions(clean: CleanDocument, persons: list[Mention], cfg: NerConfig) -> list[Mention]:
    """``旗领导白某、额尔敦夫、程某、吴某出席``: the items of a name list between two names
    found are names too (a Mongolian, Tibetan or foreign name the name model passed over),
    sharing the title of the list's first name."""
    text = clean.text
    heads = title_heads_pattern(cfg.lexicon_dir)
    ordered = sorted((m for m in persons if m.label == "PERSON"), key=lambda m: m.start)
    out = []
    for a, b in zip(ordered, ordered[1:]):
        titled = b.title and text.endswith(b.title, 0, b.start)
        gap = _LIST_GAP.fullmatch(text, a.end, b.start) or \
            (_LIST_END_GAP.fullmatch(text, a.end, b.start - len(b.title)) if titled else None)
        if gap is None or a.article_id != b.article_id:
            continue
        pos = gap.start(1)
        for item in gap.group(1).split("、"):
            if not _NOT_IN_NAMES.search(item) and not heads.search(item):
                out.append(dataclasses.replace(a, text=item, start=pos, end=pos + len(item), source="rules",
                                               original_text=None))
            pos += len(item) + 1
    model = name_model(cfg.lexicon_dir)
    found = {m.start: m.article_id for m in ordered}
    # 宝音、杨红梅、额尔敦副旗长分别汇报: a list with one name found, every item name-like, and
    # the title the whole list shares written after it: its other items are names too
    for lm in _list_then_title(cfg.lexicon_dir).finditer(text):
        items, pos = [], lm.start(1)
        for item in lm.group(1).split("、"):
            items.append((item, pos))
            pos += len(item) + 1
        if not is_official_title(lm.group(2)) or not any(p in found for _, p in items) or not all(
                p in found or not _NOT_IN_NAMES.search(item) and (model.surname_len(item, 0) or model.name_parts_only(item))
                for item, p in items):
            continue
        article_id = next(found[p] for _, p in items if p in found)
        for item, p in items:
            if p not in found:
                out.append(_person(clean, article_id, p, p + len(item), "rules", "official", lm.group(2)))
    return out


def short_form_mentions(clean: CleanDocument, articles: list[Article], persons: list[Mention],
                        cfg: NerConfig) -> list[Mention]:
    """``戴书记首先…``, ``王县长指出``: a surname and a title head stand for the one official
    of the article with that surname whose title ends so (the mention carries the full name)."""
    text = clean.text
    heads = title_heads_pattern(cfg.lexicon_dir)
    model = name_model(cfg.lexicon_dir)
    taken = {k for m in persons for k in range(m.start, m.end)}  # (a set: a page's mentions are many)
    out = []
    for art in articles:
        known = [m for m in persons if m.article_id == art.article_id and m.label == "PERSON"
                 and m.title and m.kind == "official"]
        if not known:
            continue
        for hm in heads.finditer(text, art.start + 1, art.end):
            s = hm.start() - 1
            if s in taken:
                continue  # part of a name or title found already (副县长王某, 王某县长)
            who = {m.text for m in known if m.text[0] == text[s] and m.title.endswith(hm.group(0))}
            if len(who) == 1 and (text[s - 1] in PUNCT or model.at_boundary(text, s)):
                ref = next(m for m in known if m.text in who)
                out.append(dataclasses.replace(ref, start=s, end=hm.end(), source="registry", title=None,
                                               original_text=None))
    return out


def foreign_short_mentions(clean: CleanDocument, articles: list[Article], persons: list[Mention]) -> list[Mention]:
    """``米勒表示`` after ``卡尔·米勒``: a foreign name's last part, standing alone later in its
    article, is that person (the mention carries the full name)."""
    text = clean.text
    taken = [(m.start, m.end) for m in persons]
    first: dict[str, Mention] = {}
    shared: set[str] = set()  # 比尔·克林顿 and 希拉里·克林顿: 克林顿 alone is either
    for m in sorted(persons, key=lambda m: m.start):
        last = re.split(r"[·•]", m.text)[-1]
        if m.label == "PERSON" and last != m.text and 2 <= len(last) <= 5:
            if first.setdefault(last, m).text != m.text:
                shared.add(last)
    out = []
    for art in articles:  # (a page's 又讯 goes on with the guest its first story named in full)
        for last, ref in first.items():
            if last in shared or ref.start >= art.end:
                continue
            since = max(ref.end, art.start)
            for hit in re.finditer(re.escape(last), text[since : art.end]):
                s, e = since + hit.start(), since + hit.end()
                if any(a < e and s < b for a, b in taken) or text[s - 1] not in PUNCT and text[s - 1] not in _BEFORE_SHORT_FORM \
                        or text[e : e + 1] in ("·", "•"):
                    continue
                out.append(dataclasses.replace(ref, article_id=art.article_id, start=s, end=e, source="registry",
                                               title=None, original_text=None))
    return out


def married_names(clean: CleanDocument, persons: list[Mention], cfg: NerConfig) -> list[Mention]:
    """陈方安生, 范徐丽泰: a married name (Hong Kong, Macao) puts the husband's surname after
    one's own. A three-character name that two common surnames open, and that the text writes
    on with the same given-name character wherever it writes it (twice or more, then a
    boundary), is that four-character name."""
    text = clean.text
    model = name_model(cfg.lexicon_dir)
    longer: dict[str, bool] = {}
    out = []
    for m in persons:
        if m.label == "PERSON" and len(m.text) == 3 and m.end < len(text) and m.text not in longer:
            four = text[m.start : m.end + 1]
            spots = [k.start() for k in re.finditer(re.escape(four), text)]
            longer[m.text] = (model.surname_logp.get(m.text[0], -99.0) > -6.0
                              and model.surname_logp.get(m.text[1], -99.0) > -6.0
                              and model.given_ratio(four[3]) > 0.0 and len(spots) >= 2
                              and len(spots) == text.count(m.text)
                              and all(model.at_boundary(text, k + 4) for k in spots))
        if m.label == "PERSON" and longer.get(m.text):
            out.append(dataclasses.replace(m, text=text[m.start : m.end + 1], end=m.end + 1, original_text=None))
        else:
            out.append(m)
    return out


def registry_mentions(clean: CleanDocument, articles: list[Article], found: list[Mention],
                      cfg: NerConfig) -> list[Mention]:
    """Every other occurrence of a name already found in this document: before a
    boundary, or anywhere for a name of three or more characters that was found with a
    title (郜某某冒雨来到…)."""
    names = {m.text for m in found if len(m.text) >= 2}
    titled = {m.text for m in found if m.title and len(m.text) >= 3}
    if not names:
        return []
    article_of = ArticleIndex(articles)
    model = name_model(cfg.lexicon_dir)
    taken = {(m.start, m.end) for m in found}
    covered = set()
    for m in found:
        covered.update(range(m.start, m.end))
    pattern = alternation(names)
    out = []
    text = clean.text
    for m in pattern.finditer(text):
        s, e = m.span()
        if (s, e) in taken or s in covered:
            continue
        nxt_ok = m.group(0) in titled or model.at_boundary(text, e) or bool(pattern.match(text, e))
        if not nxt_ok:
            continue
        out.append(_person(clean, article_of(s), s, e, "registry", None))
    return out


def sentence_mentions(clean: CleanDocument, sentences: list[Sentence], cfg: NerConfig,
                      segment_cfg: SegmentConfig | None = None) -> list[Mention]:
    """Officials (rules) and model names in the sentences that may name people (with
    ``model_gate: name``, every sentence), through the huiyi spaCy pipeline
    (``pipeline.nlp.components.build_nlp``)."""
    return pages_sentence_mentions([(clean, sentences)], cfg, segment_cfg)[0]


def _ner_nlp(cfg: NerConfig, segment_cfg: SegmentConfig):
    model_path = cfg.model_path
    if cfg.backend != "rules" and model_path is None:
        model_path = str(MODELS_DIR / ("ner-hanlp" if cfg.backend == "hanlp" else "ner-spacy"))
    if cfg.backend == "hanlp":
        from pipeline.nlp.hanlp_ner import set_torch_threads

        set_torch_threads(cfg.torch_threads)
    return build_nlp(segment_cfg.segmenter, segment_cfg.pkuseg_model, cfg.backend, model_path,
                     cfg.lexicon_dir, cfg.batch_size, cfg.quantize)


def pages_sentence_mentions(pages: list[tuple[CleanDocument, list[Sentence]]], cfg: NerConfig,
                            segment_cfg: SegmentConfig | None = None) -> list[list[Mention]]:
    """``sentence_mentions`` of several pages: rules and the model gate page by page, the
    model once over the sentences of all of them."""
    segment_cfg = segment_cfg or SegmentConfig()
    every = cfg.model_gate == "name" and cfg.backend != "rules"
    todo = [[s for s in sentences if every or s.candidate or s.is_headline] for _, sentences in pages]
    if not any(todo):
        return [[] for _ in pages]
    nlp = _ner_nlp(cfg, segment_cfg)
    docs = [rule_pass(nlp, [doc_from_tokens(nlp, s.text, s.token_starts) for s in sents], cfg.batch_size)
            for sents in todo]
    wanted = [(page, i) for page, page_docs in enumerate(docs)
              for i in model_wanted(nlp, page_docs, cfg.model_gate, cfg.model_gate_score)]
    for (page, i), doc in zip(wanted, model_pass(nlp, [docs[page][i] for page, i in wanted], cfg.batch_size)):
        docs[page][i] = doc
    return [_mentions_of(clean, sents, page_docs) for (clean, _), sents, page_docs in zip(pages, todo, docs)]


def _mentions_of(clean: CleanDocument, sentences: list[Sentence], docs) -> list[Mention]:
    out: list[Mention] = []
    for sent, doc in zip(sentences, docs):
        for start, end, label, title in doc.user_data[SPAN_KEY]:
            s, e = sent.start + start, sent.start + end
            if label in ("PLACE", "ORG"):
                out.append(Mention(clean.doc_id, sent.article_id, label, clean.text[s:e], s, e, source="model"))
                continue
            if label not in ("PERSON", "PERSON_MODEL"):
                continue
            if label == "PERSON":
                kind = person_kind(title)
                out.append(_person(clean, sent.article_id, s, e, "rules", kind, title))
            else:
                out.append(_person(clean, sent.article_id, s, e, "model", "other"))
    return out


_MEETING_LEFT_STOP = re.compile(r"(?:召开|举行|出席|参加|列席|旁听|主持|在|于|的|了|日|和|与|及|向|作)$")
_PLACE_CUE = re.compile(r"在(?!这里|那里|此地)([\u4e00-\u9fff]{2,12}?)(?:隆重|联合|共同|正式|主持)?(?:召开|举行|调研|考察|视察|督导|检查)")


def meeting_mentions(clean: CleanDocument, sentences: list[Sentence]) -> list[Mention]:
    """Meeting names: a meeting-name ending and the words before it, back to a verb or stop."""
    suffixes = alternation(load_lexicons().meeting_suffixes)
    text = clean.text
    out = []
    for sent in sentences:
        for m in suffixes.finditer(text, sent.start, sent.end):
            if text.startswith(("发言", "向", "委托", "的委托"), m.end()):
                continue  # 作大会发言: a speech; 常委会向大会作报告, 受常委会委托: an organ acting
            i = m.start()
            while i > sent.start and text[i - 1] not in ",;:。!?\n、" and not _MEETING_LEFT_STOP.search(text, sent.start, i) \
                    and m.end() - i < 40:
                i -= 1
            if m.end() - i > len(m.group(0)):
                out.append(Mention(clean.doc_id, sent.article_id, "MEETING", text[i : m.end()], i, m.end()))
        for pm in _PLACE_CUE.finditer(text, sent.start, sent.end):
            out.append(Mention(clean.doc_id, sent.article_id, "PLACE", pm.group(1), pm.start(1), pm.end(1)))
    return out


def organ_mentions(clean: CleanDocument, titles: list[Mention]) -> list[Mention]:
    """Organs named inside titles: 临州区委 in 临州区委副书记."""
    heads = title_heads_pattern()
    organs = load_lexicons().organ_suffixes
    out = []
    for t in titles:
        offset = t.start
        for part in t.text.split("、"):
            hm = None
            for hm in heads.finditer(part):
                pass
            prefix = part[: hm.start()] if hm else ""
            if len(prefix) >= 2 and prefix.endswith(organs):
                out.append(Mention(clean.doc_id, t.article_id, "ORG", prefix, offset, offset + len(prefix)))
            offset += len(part) + 1
    return out


def _with_original(mentions: list[Mention], clean: CleanDocument, raw_text: str | None) -> list[Mention]:
    """Keep the raw spelling (traditional characters, OCR spacing) where it differs."""
    if raw_text is None:
        return mentions
    out = []
    for m in mentions:
        original = clean.original(raw_text, m.start, m.end)
        out.append(dataclasses.replace(m, original_text=original) if original != m.text else m)
    return out


def date_mentions(clean: CleanDocument, sentences: list[Sentence]) -> list[Mention]:
    out = []
    for sent in sentences:
        for m in DATE.finditer(clean.text, sent.start, sent.end):
            out.append(Mention(clean.doc_id, sent.article_id, "DATE", m.group(0), m.start(), m.end()))
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions that overlap an earlier (higher-priority) one of the same label."""
    out, used = [], {}
    for m in mentions:
        span = set(range(m.start, m.end))
        if span & used.setdefault(m.label, set()):
            continue
        used[m.label] |= span
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.label))


def _model_name_extent(text: str, m: Mention) -> Mention:
    """A model's name that took the conjunction joining it to the word before
    (``江某和李某``): the name alone (after a stop, ``和某某`` stays a name). One that left
    the one character opening its clause out (``相乐某某在讲话中``: a four-character
    name): that character too, unless it is a function word (``由某某主持``)."""
    def cjk(k: int) -> bool:
        return 0 <= k < len(text) and "\u4e00" <= text[k] <= "\u9fff"

    hyphened = _HYPHENED_FIRST.search(text, max(0, m.start - 4), m.start)
    if "·" in m.text and hyphened:  # 让-马克·某某: the first name's first part too
        return dataclasses.replace(m, text=text[hyphened.start() : m.end], start=hyphened.start(), title=None)
    if len(m.text) >= 3 and m.text[0] in "和与及同" and "·" not in m.text and cjk(m.start - 1):
        return dataclasses.replace(m, text=m.text[1:], start=m.start + 1, title=None)
    if len(m.text) == 3 and cjk(m.start - 1) and not cjk(m.start - 2) and text[m.start - 1] not in _CLAUSE_OPENERS:
        return dataclasses.replace(m, text=text[m.start - 1 : m.end], start=m.start - 1, title=None)
    return m


def _known_name_extent(text: str, m: Mention, known: set[str]) -> Mention:
    """A model's name that is part of a longer name the page gives with a title, written
    around it (敖特根|巴雅尔一行, after 旗长敖特根巴雅尔): that longer name."""
    for name in known:
        if len(name) > len(m.text) and m.text in name:
            start = m.start - name.index(m.text)
            if text[start : start + len(name)] == name:
                return dataclasses.replace(m, text=name, start=start, end=start + len(name), title=None)
    return m


def _clear_of_titles(text: str, persons: list[Mention]) -> list[Mention]:
    """Drop the model's names that lie inside the title written before another name, run
    into the words around them (韩国庆|尚南道|咸安郡郡守某某: places in a foreign post); names
    listed before it (甲、乙和某国大使丙) stay."""
    spans = sorted((m.start - len(m.title), m.start) for m in persons
                   if m.source == "rules" and m.title and text[m.start - len(m.title) : m.start] == m.title)
    title_ends = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end among titles starting so far
    starts = [s for s, _ in spans]

    def inside_a_title(m: Mention) -> bool:
        k = bisect_right(starts, m.start)
        return k > 0 and m.end <= title_ends[k - 1]

    return [m for m in persons if m.source != "model" or text[m.end : m.end + 1] in "、,和与及" or not inside_a_title(m)]


def _names_run_on(text: str, persons: list[Mention]) -> list[Mention]:
    """A name cut before a character that the page shows is its last one elsewhere
    (盟长巴图孟|和到我旗, after 巴图孟和一行): the whole name, its title kept."""
    longer_names: dict[str, list[str]] = defaultdict(list)  # a name's beginnings, each with the names it begins
    for name in {m.text for m in persons if len(m.text) >= 3}:
        for k in range(1, len(name)):
            longer_names[name[:k]].append(name)
    out = []
    for m in persons:
        longer = [name for name in longer_names.get(m.text, ()) if text.startswith(name, m.start)]
        if longer:
            name = max(longer, key=len)
            m = dataclasses.replace(m, text=name, end=m.start + len(name))
        out.append(m)
    return out


_HYPHENED_FIRST = re.compile(r"[\u4e00-\u9fff]-$")  # 副市长让-|马克·某某
_CLAUSE_OPENERS = set("和与及同由在请让对向被把将为从据经以但而并又还也就即则若如令使给跟是有当这那其")


def _titles_clear_of_names(text: str, persons: list[Mention]) -> list[Mention]:
    """Cut a title written before a name back to after the last other name inside it
    (队员甲、挡车工乙、教师丙: 丙's title is 教师, not the list before it)."""
    starts = sorted((m.start, m.end) for m in persons)
    out = []
    for m in persons:
        title = m.title or ""
        begin = m.start - len(title)
        if title and text[begin : m.start] == title:
            inside = [e for s, e in starts if begin <= s and e < m.start and text[e] in "、,和与及"]
            if inside:
                title = text[max(inside) : m.start].lstrip("、,和与及 ")
                m = dataclasses.replace(m, title=title or None, kind=person_kind(title or None))
        out.append(m)
    return out


def recognize(clean: CleanDocument, articles: list[Article], sentences: list[Sentence],
              cfg: NerConfig | None = None, raw_text: str | None = None,
              segment_cfg: SegmentConfig | None = None, found: list[Mention] | None = None) -> list[Mention]:
    """All mentions of one document, sorted by offset (``found``: its
    ``sentence_mentions``, when they were computed with other pages')."""
    cfg = cfg or NerConfig()
    persons = byline_mentions(clean, articles, raw_text)
    if found is None:
        found = sentence_mentions(clean, sentences, cfg, segment_cfg)
    persons = _dedupe(persons + [m for m in found if m.source == "rules"])
    places = place_words(clean.text)
    persons += title_after_mentions(clean, sentences, {m.text for m in persons}, cfg, places)
    persons = _dedupe(persons + bracket_title_mentions(clean, sentences, {m.text for m in persons}, cfg))
    persons = _dedupe(persons + unit_bracket_mentions(clean, sentences, {m.text for m in persons}, cfg))
    persons = _dedupe(persons + comrade_mentions(clean, sentences, {m.text for m in persons}, cfg))
    persons = _dedupe(persons + described_mentions(clean, sentences, {m.text for m in persons}, cfg))
    persons = _dedupe(persons + dotted_mentions(clean, sentences, {m.text for m in persons}, cfg))
    heads = load_lexicons(cfg.lexicon_dir).title_heads
    known = {m.text for m in persons if len(m.text) >= 3}
    model_names = [_known_name_extent(clean.text, _model_name_extent(clean.text, m), known) for m in found
                   if m.label == "PERSON" and m.source == "model" and m.text not in heads  # 副苏木达: a post
                   and not _OUTLET.search(m.text)  # 荆楚网(湖北日报网)讯: a news site, no person
                   and m.text not in places]  # 江临市长 beside 在江临投资: a city
    persons = _dedupe(persons + model_names)
    persons = _dedupe(married_names(clean, persons, cfg))
    persons += registry_mentions(clean, articles, persons, cfg)
    persons = _dedupe(_names_run_on(clean.text, persons))
    persons = _dedupe(persons + list_gap_mentions(clean, persons, cfg))
    persons = _dedupe(persons + short_form_mentions(clean, articles, persons, cfg))
    persons = _dedupe(persons + foreign_short_mentions(clean, articles, persons))
    persons = [m for m in persons if not m.text.endswith(_INSTITUTION_ENDS)]  # 省师|范大学: an institution, no name
    persons = _clear_of_titles(clean.text, persons)
    persons = _titles_clear_of_names(clean.text, persons)
    titles = [Mention(clean.doc_id, m.article_id, "TITLE", m.title, m.start - len(m.title), m.start)
              for m in persons if m.title and clean.text[m.start - len(m.title) : m.start] == m.title]
    others = [m for m in found if m.label in ("PLACE", "ORG")] + organ_mentions(clean, titles)
    others += meeting_mentions(clean, sentences) + date_mentions(clean, sentences)
    return _with_original(_dedupe(persons + titles + others), clean, raw_text)
