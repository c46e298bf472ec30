"""Titles as data: a title as written (``临州区委副书记、区长``) becomes its posts.

Each post has an organ (区委, 区政府, 县人大常委会 …), the post itself (副书记, 区长),
the jurisdiction named in the title (临州区; None when the title names none), its
level, the GB/T 12407 rank class where the lexicons give it, and the organ's system.
Titles that share a prefix split as they are read: ``区委副书记、区长`` is 区委 副书记 and
区政府 区长, ``县委常委、副县长`` is 县委 常委 and 县政府 副县长.

All knowledge is in data files of ``models/lexicons`` (organs.tsv, levels.tsv,
posts.tsv, ranks.tsv, title_words.tsv, special_cities.tsv, title_heads.txt,
countries.txt; see its README). Pure functions; the lexicons load once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from pipeline.lexicons import DEFAULT_DIR

LEVEL_CLASS = {"province": "部", "city": "厅", "county": "处", "township": "科"}
# 区(qū)长: pinyin that some web mirrors print after characters
_PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
# 区十五届人大常委会: the term of an organ is not part of its name
_TERM = re.compile(r"第?[一二三四五六七八九十百0-9]+届")
_SEPARATORS = re.compile(r"[、,，;；/ ]|兼")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
MAX_JURISDICTION_CHARS = 10
_NOT_IN_PLACES = ("会议", "共产党", "大会")  # 中国共产党某次会议县委常委: no jurisdiction
# 常务 and 第一 written before a post belong to it (统战部常务副部长, 第一组长)
_POST_PREFIXES = ("常务", "第一")
_L = "{L}"


@dataclass(frozen=True)
class Post:
    """One post of a title."""

    organ: str | None  # 区委, 区政府, 县人大常委会, 某某集团
    post: str  # 副书记, 区长
    jurisdiction: str | None  # the place named in the title (临州区), None when unnamed
    level: str | None  # national, province, city, county, township, village, zone
    rank: str | None  # GB/T 12407 class: 正处, 副处 … (None when the lexicons do not say)
    system: str | None  # party, government, congress, cppcc, court, procuratorate, …
    qualifier: str | None = None  # former, acting, elected, nominee


@dataclass(frozen=True)
class TitleLexicons:
    national: tuple[tuple[str, str], ...]  # (organ word, system), longest first
    level_organs: dict[str, str]  # organ word → system
    sub_organs: dict[str, str]
    suffix_organs: tuple[tuple[str, str], ...]  # (ending, system), longest first
    levels: dict[str, str]  # level word → level
    posts: dict[str, tuple[str, str]]  # post → (system, implied organ), {L} expanded
    heads: tuple[str, ...]  # every post word, longest first
    ranks: dict[tuple[str, str], str]  # (organ word, post) → 正 | 副
    qualifiers: dict[str, str]  # word → former | acting | elected | nominee
    democratic_parties: tuple[str, ...]
    foreign_marks: tuple[str, ...]
    countries: tuple[str, ...]
    special_cities: dict[str, str]  # name → municipality | sub-provincial

    def level_word_at_end(self, text: str) -> str | None:
        """The longest level word ``text`` ends with (临州区 → 区, 某某自治州 → 自治州)."""
        for n in (4, 3, 2, 1):
            if len(text) >= n and text[-n:] in self.levels:
                return text[-n:]
        return None


def _rows(path: Path, n: int) -> list[list[str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        out.append((cols + [""] * n)[:n])
    return out


@lru_cache(maxsize=4)
def load_title_lexicons(directory: str | None = None) -> TitleLexicons:
    d = Path(directory) if directory else DEFAULT_DIR
    organs = _rows(d / "organs.tsv", 3)
    levels = {w: lv for w, lv in _rows(d / "levels.tsv", 2)}
    # {L} posts (县长, 副县长) for the level words of one character that have a government
    government_levels = [w for w in levels if len(w) == 1 and w not in "村区"] + ["区"]
    posts: dict[str, tuple[str, str]] = {}
    for post, system, organ in _rows(d / "posts.tsv", 3):
        for lw in government_levels if _L in post else [""]:
            posts[post.replace(_L, lw)] = (system, organ.replace(_L, lw))
    heads = set(posts)
    for line in (d / "title_heads.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            heads.add(line.strip())
    ranks: dict[tuple[str, str], str] = {}
    for organ, post, step in _rows(d / "ranks.tsv", 3):
        for lw in government_levels if _L in post else [""]:
            ranks[(organ, post.replace(_L, lw))] = step
    words = _rows(d / "title_words.tsv", 2)
    countries = [c.strip() for c in (d / "countries.txt").read_text(encoding="utf-8").splitlines()
                 if c.strip() and not c.startswith("#") and not c.startswith("中国") and not c.startswith("中华")]
    by_len = lambda pairs: tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))  # noqa: E731
    return TitleLexicons(
        national=by_len((w, s) for w, s, scope in organs if scope == "national"),
        level_organs={w: s for w, s, scope in organs if scope == "level"},
        sub_organs={w: s for w, s, scope in organs if scope == "sub"},
        suffix_organs=by_len((w, s) for w, s, scope in organs if scope == "suffix"),
        levels=levels,
        posts=posts,
        heads=tuple(sorted(heads, key=len, reverse=True)),
        ranks=ranks,
        qualifiers={w: c for w, c in words if c in ("former", "acting", "elected", "nominee")},
        democratic_parties=tuple(w for w, c in words if c == "democratic-party"),
        foreign_marks=tuple(w for w, c in words if c == "foreign"),
        countries=tuple(sorted(countries, key=len, reverse=True)),
        special_cities=dict((name, cls) for name, cls in _rows(d / "special_cities.tsv", 2)),
    )


# --------------------------------------------------------------------------- one part


@dataclass(frozen=True)
class _Organ:
    organ: str | None
    jurisdiction: str | None
    level: str | None
    level_word: str | None  # 区 of 区委: what a later 区长 or 纪委 of the same title shares
    system: str | None
    core: str | None  # the organ word (委, 政府, 人大常委会): keys the rank


def _starts_with(text: str, words) -> str | None:
    best = None
    for w in words:
        if text.startswith(w) and (best is None or len(w) > len(best)):
            best = w
    return best


def _suffix_system(lex: TitleLexicons, organ: str) -> str | None:
    for ending, system in lex.suffix_organs:
        if organ.endswith(ending):
            return system
    return None


def _plausible_place(text: str) -> bool:
    return (2 <= len(text) <= MAX_JURISDICTION_CHARS and not _NOT_CJK.search(text)
            and not any(w in text for w in _NOT_IN_PLACES))


def _parse_organ(lex: TitleLexicons, part: str) -> _Organ | None:
    """临州区委 → (区委, 临州区, county); None when no organ can be read."""
    if not part:
        return None
    system = None
    body = part
    party = _starts_with(part, lex.democratic_parties)
    if party:
        system, body = "democratic_party", part[len(party):]
    for word, nat_system in lex.national:
        if body.startswith(word):
            rest = body[len(word):]
            core = _starts_with(rest, lex.level_organs)
            sys_ = system or (lex.level_organs[core] if core else None) or nat_system or _suffix_system(lex, part)
            return _Organ(part, None, "national", None, sys_, core or word)
    # a level word followed by an organ of every jurisdiction (临州区 + 委, 寿县 + 县委)
    for i in range(len(body)):
        level_word = lex.level_word_at_end(body[: i + 1])
        if level_word is None:
            continue
        rest = body[i + 1:]
        core = _starts_with(rest, lex.level_organs)
        organ_start = i + 1 - len(level_word)
        if core is None:
            again = lex.level_word_at_end(rest[:len(level_word)]) if rest.startswith(level_word) else None
            core = _starts_with(rest[len(level_word):], lex.level_organs) if again else None
            if core is None:
                continue
            organ_start = i + 1  # 寿县县委: the organ is written with its level word again
        place = _NOT_CJK.sub("", body[: i + 1])
        jurisdiction = place if place != level_word and _plausible_place(place) else None
        organ = (party or "") + body[organ_start:]
        return _Organ(organ, jurisdiction, lex.levels[level_word], level_word,
                      system or lex.level_organs[core], core)
    # a level word and a department (长宁区 + 绿化市容局): the leftmost one
    for i in range(len(body) - 1):
        level_word = lex.level_word_at_end(body[: i + 1])
        if level_word is None:
            continue
        rest = body[i + 1:]
        dept = _suffix_system(lex, rest)
        is_office = any(rest.endswith(w) for w in lex.sub_organs)
        if (dept != "government" and not is_office) or _suffix_system(lex, body[: i + 1]):
            continue
        place = _NOT_CJK.sub("", body[: i + 1])
        jurisdiction = place if place != level_word and _plausible_place(place) else None
        return _Organ((party or "") + body[i + 1 - len(level_word):], jurisdiction, lex.levels[level_word],
                      level_word, system or (dept if dept == "government" else None), None)
    core = _starts_with(body, lex.level_organs) or _starts_with(body, lex.sub_organs)
    sys_ = system or (lex.level_organs.get(core) or lex.sub_organs.get(core) if core else None)
    if sys_ is None:
        sys_ = next((s for w, s in lex.level_organs.items() if len(w) > 1 and w in body), None)
    return _Organ(part, None, None, None, sys_ or _suffix_system(lex, part), core)


def _rank(lex: TitleLexicons, organ: _Organ | None, post: str, jurisdiction: str | None,
          level: str | None) -> str | None:
    if organ is None or organ.core is None:
        return None
    step = lex.ranks.get((organ.core, post))
    if step is None:
        return None
    if level == "national":
        return f"国家级{'正' if step == '正' else '副'}职"
    special = lex.special_cities.get(jurisdiction or "") if level == "city" else None
    if special == "sub-provincial":
        return "副部" if step == "正" else "正厅"
    if special == "municipality":
        level = "province"
    cls = LEVEL_CLASS.get(level or "")
    return f"{step}{cls}" if cls else None


# --------------------------------------------------------------------------- a title


def clean_title(title: str) -> str:
    """The title without pinyin insertions and organ terms (区十五届人大 → 区人大)."""
    return _TERM.sub("", _PINYIN.sub("", title)).strip()


def _split_post(lex: TitleLexicons, segment: str) -> tuple[str, str | None, str | None]:
    """(organ part, post, qualifier) of one segment: the longest post word it ends with."""
    qualifier = None
    for word, cls in lex.qualifiers.items():
        if len(word) > 1 and segment.endswith(word) and len(segment) > len(word):
            segment, qualifier = segment[: -len(word)], cls
            break
    post = next((h for h in lex.heads if segment.endswith(h)), None)
    if post is None:
        return segment, None, qualifier
    part = segment[: -len(post)]
    # 纪委书记, 政法委书记, 党委书记: the organ is written in the post word
    for core in sorted(lex.level_organs, key=len, reverse=True):
        rest = post[len(core):]
        if post.startswith(core) and rest in lex.heads and core != "党组":
            part, post = part + core, rest
            break
    for prefix in _POST_PREFIXES:
        if part.endswith(prefix) and not post.startswith(prefix):
            part, post = part[: -len(prefix)], prefix + post
    for word, cls in sorted(lex.qualifiers.items(), key=lambda kv: len(kv[0]), reverse=True):
        if part.endswith(word):  # 政府代县长
            part, qualifier = part[: -len(word)], qualifier or cls
            break
        rest = part[len(word):]
        if part.startswith(word) and (len(word) > 1 or not rest or lex.level_word_at_end(rest[:1])
                                      or _starts_with(rest, [w for w, _ in lex.national])):
            part, qualifier = rest, qualifier or cls  # 原市委, 代区长; not 原平市
            break
    return part, post, qualifier


def _is_foreign(lex: TitleLexicons, text: str) -> bool:
    return any(text.startswith(w) for w in lex.countries) or any(m in text for m in lex.foreign_marks)


@lru_cache(maxsize=65536)
def parse_title(title: str | None, lexicon_dir: str | None = None) -> tuple[Post, ...]:
    """The posts of a title, in the order written; () for no title."""
    if not title:
        return ()
    lex = load_title_lexicons(lexicon_dir)
    text = clean_title(title)
    foreign = _is_foreign(lex, text)
    posts: list[Post] = []
    prev: _Organ | None = None
    waiting: list[_Organ] = []  # 市委、市政府主要负责人: organs that share the next post
    for segment in (s for s in _SEPARATORS.split(text) if s):
        part, post, qualifier = _split_post(lex, segment)
        if post is None:
            organ = _parse_organ(lex, part)
            if organ is not None and organ.level is not None:
                waiting.append(organ)
            continue
        organ, post = _organ_of(lex, part, post, prev)
        for shared in waiting:
            posts.append(_post(lex, shared, post, qualifier, foreign))
        waiting = []
        posts.append(_post(lex, organ, post, qualifier, foreign))
        if organ is not None:
            prev = organ
    return tuple(posts)


def _organ_of(lex: TitleLexicons, part: str, post: str, prev: _Organ | None) -> tuple[_Organ | None, str]:
    """(organ, post) of one segment: the organ written, implied by the post (区长 → 区政府),
    or shared with the post before it in the title (县委副书记、纪委书记 → 县纪委)."""
    system, implied = lex.posts.get(post, ("", ""))
    if not part:
        return (_implied(lex, implied, system, prev, None) if implied else prev), post
    level_word = lex.level_word_at_end(part)
    if implied and level_word and implied.startswith(level_word):  # 某某市市长: the place, then the post
        place = _NOT_CJK.sub("", part)
        return _implied(lex, implied, system, prev, place if _plausible_place(place) else None), post
    organ = _parse_organ(lex, part)
    if organ.level is None and prev is not None:
        shared = dict(jurisdiction=prev.jurisdiction, level=prev.level, level_word=prev.level_word)
        if organ.core in lex.sub_organs and prev.organ:  # 宣传部 of the 市委 named before
            return replace(organ, organ=prev.organ + part, system=organ.system or prev.system, **shared), post
        if prev.level_word and (organ.core in lex.level_organs or _suffix_system(lex, part) == "government"):
            return replace(organ, organ=prev.level_word + part, **shared), post  # 纪委, 公安局 of that 区
    if implied and organ.level is None and organ.core and implied.endswith(organ.core):
        return _implied(lex, implied, system, prev, None), post  # 政府县长 → 县政府
    if organ.level is not None or organ.system is not None or part.endswith(tuple(lex.sub_organs)):
        return organ, post
    place = _NOT_CJK.sub("", part)
    if level_word and _plausible_place(place):  # 某某街道主要领导: a place, no organ
        return _Organ(None, place, lex.levels[level_word], level_word, None, None), post
    return prev, part + post  # no organ word: 安全总监 is one post of the organ before


def _implied(lex: TitleLexicons, implied: str, system: str, prev: _Organ | None,
             jurisdiction: str | None) -> _Organ:
    level_word = lex.level_word_at_end(implied[:1]) or lex.level_word_at_end(implied[:2])
    core = implied[len(level_word):] if level_word else implied
    if level_word == implied:  # 县领导: a level, no organ
        return _Organ(None, jurisdiction, lex.levels[level_word], level_word, system or None, None)
    if jurisdiction is None and prev is not None and prev.level_word == level_word:
        jurisdiction = prev.jurisdiction
    return _Organ(implied, jurisdiction, lex.levels.get(level_word or ""), level_word,
                  system or lex.level_organs.get(core), core)


def _post(lex: TitleLexicons, organ: _Organ | None, post: str, qualifier: str | None, foreign: bool) -> Post:
    system = lex.posts.get(post, ("", ""))[0] or None
    if organ is not None:
        system = organ.system or system
    if foreign:
        system = "foreign"
    level = organ.level if organ else None
    jurisdiction = organ.jurisdiction if organ else None
    rank = None if foreign else _rank(lex, organ, post, jurisdiction, level)
    return Post(organ.organ if organ else None, post, jurisdiction, level, rank, system, qualifier)
