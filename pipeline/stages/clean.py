"""Clean: repair OCR text and keep a map from every clean character to the raw text.

- HTML tags and entities left in web text removed or decoded; Markdown markers dropped
- full/half width folded (NFKC), traditional characters converted to simplified
- spaced-out characters joined (``快 ，其 配 套`` → ``快,其配套``)
- lines broken inside sentences and names joined, headlines kept apart
- continuation markers ``(下转第X版)`` and page furniture (mastheads, slogans) removed
- the issue date resolved from the masthead (see ``issue_date``)
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from pipeline.config import CleanConfig
from pipeline.lexicons import load_lexicons
from pipeline.nlp.names import name_model
from pipeline.nlp.officials import MINUTES_FIELD, REPORTER_TITLE, title_heads_pattern
from pipeline.records import CleanDocument, Document
from pipeline.stages.issue_date import resolve_issue_date

# characters that end a sentence or a paragraph
TERMINAL = set("。!?;…」』】")
_CLOSERS = set("”’)》")
FURTHER_ITEM = r"(?:本报)?[又另]讯"  # 又讯: another dispatch, told from where the one before was
LEAD_MARKER = re.compile(
    r"^(?:□\s*)?(?:本报讯|" + FURTHER_ITEM + r"|[\u4e00-\u9fff]{1,4}(?:报|网|台)讯|本报记者|本报[^,。]{0,8}电|据?(?:新华社|中新社)[^,。]{0,12}电|[^,。]{0,10}日电|记者[^,。]{0,10}报道|"
    r"据[^,。]{0,10}(?:报道|消息)|通讯员|【[^】]{0,10}?(?:讯|电|消息)】)"
)
_CONTINUATION = re.compile(r"\(?(?:下转|上接|转第|接第|转|接)\s*(?:第\s*)?[0-9一二三四五六七八九十A-Z]+\s*版\)?")
# page staff and authors, written before their names with ``:`` or ``/`` (文/某某 图/某某)
STAFF_ROLES = (r"组版|责编|责任编辑|编辑|责任校对|校对|美编|审校|审核|编审|初审|复审|终审|监制|值班总编|主编|"
               r"作者|摄影|摄像|撰稿|统筹|记者|通讯员|[文图](?=\s*/)|(?<![\u4e00-\u9fff])[文图](?=\s*:)")
STAFF_MARKER = re.compile(rf"(?:{STAFF_ROLES})\s*[:/]")
_MASTHEAD_LINE = re.compile(r"(?:星期[一二三四五六日天]|\(?农历|(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?$"
                           r"|^(?:〔(?:19|20)[0-9]{2}〕)?第[0-9]{1,4}期$)")  # 〔2019〕第17期: a paper's number
# Markdown left in .md pages and web exports: heading, quote and list markers, emphasis
_MARKDOWN = re.compile(r"^(?:#{1,6}|>|[-*+](?=\S)|[-*+])\s*|\*\*|__")
# a broadcast script's cues (【导语】, 【正文】, 【同期声】, 【字幕】): stage directions, not text
_BROADCAST_CUE = re.compile(r"【(?:导语|正文|同期声?|现场声|解说|口播|结束|出镜|记者出镜|画外音|字幕|画面字幕|画面|标题|简讯"
                            r"|新闻[一二三四五六七八九十0-9]{1,2})】\s*")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_TRADITIONAL_MARKERS = set("這們會議書記長時來說與區縣國為發經關開對們實當來黨員務將並從進於")
# A masthead names the paper on a line of its own (河东日报, 昭阳新闻), with at most the
# furniture printed beside it (中共某某市委机关报, 社出版, the date, the edition), or in the
# source field of a web page's header (来源:某某日报). Never a body line: 向大会作提案工作报告, 51家晚报总编辑,
# 记者某某报道, 新闻报料热线 and 来源:某某新闻网 name no paper.
_NEWSPAPER_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|时报|新闻|(?<![汇通举上申呈预简情捷公])报)")
_MASTHEAD_FURNITURE = re.compile(
    r"中共[\u4e00-\u9fff]{1,12}?委员?会?机关报|机关报|社出版|(?:19|20)[0-9]{2}[-年./][0-9]{1,2}[-月./]?(?:[0-9]{1,2}日?)?"
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|星期[一二三四五六日天]|农历\S*|第?[0-9一二三四五六七八九十]+版|今日[0-9一二三四五六七八九十]+版"
    r"|[\s·|/()（）【】\[\]-]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a page's running header printed into the body by OCR, below the first sentence:
# 第2版 要闻 某某报 2003年3月7日 / 某某报 2003年3月7日 星期五 第3版 综合
_RUNNING_HEADER = re.compile(
    r"第\s*[0-9一二三四五六七八九十]{1,2}\s*版\s*(?:[\u4e00-\u9fff]{2,6}?\s*)?(?:[\u4e00-\u9fff]{2,8}?(?:日报|晚报|报)\s*)?"
    r"(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日(?:\s*星期[一二三四五六日天])?"
    r"|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|报)\s*(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:星期[一二三四五六日天]\s*)?"
    r"第\s*[0-9一二三四五六七八九十]{1,2}\s*版(?:\s*[\u4e00-\u9fff]{2,4}(?=\s|$))?")
_EDGE_SYMBOLS = re.compile(r"^[^\u4e00-\u9fff]+|[^\u4e00-\u9fff]+$")  # OCR noise, emoji
_SOURCE_FIELD = re.compile(r"(?:^|[^\u4e00-\u9fff])(?:稿件|信息|新闻)?来源\s*[:：]\s*([\u4e00-\u9fff]{2,12}?)"
                           r"(?=作者|编辑|责任编辑|发布|时间|日期|点击|浏览|访问|字号|[^\u4e00-\u9fff]|$)")


# how sure a name must be for whitespace beside it to part a list
_LIST_NAME_MIN_SCORE = 4.0


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-_./:@%+")


@lru_cache(maxsize=1)
def _t2s():
    """(convert, chars): OpenCC's t2s converter, and every character it can change
    (from its dictionaries), so that lines without one are not run through it."""
    import opencc

    changing: set[str] = set()
    folder = Path(opencc.__file__).parent / "dictionary"
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            for value in values.split():
                if len(value) == len(key):
                    changing.update(k for k, v in zip(key, value) if k != v)
                else:
                    changing.update(key)
    return opencc.OpenCC("t2s").convert, frozenset(changing)


def looks_traditional(text: str) -> bool:
    cjk = sum(1 for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff")
    trad = sum(1 for ch in text[:20000] if ch in _TRADITIONAL_MARKERS)
    return cjk > 0 and trad / cjk > 0.01


_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>\n]{0,300}>")
_HTML_BLOCK = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table"}
_HTML_ENTITY = re.compile(r"&(?:#(\d{1,6})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));")
_NAMED_ENTITIES = {"nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“",
                   "rdquo": "”", "mdash": "—", "hellip": "…", "middot": "·", "emsp": " ", "ensp": " "}


# pinyin that web mirrors print after each converted character: 會(huì)議, 區（qū）
# (a line broken inside a note, 領(l|ǐng), is joined again with it)
_PINYIN_NOTE = re.compile(r"(?<=[\u3400-\u9fff?？])[(（](?:[a-zü]|\r?\n)*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ](?:[a-zü]|\r?\n)*[)）]")

# a comma and 縣 that a traditional-script mirror broke into "??h" (調研??h領導, 專題會??h長)
_BROKEN_XIAN = re.compile(r"\?\?h(?=[\u3400-\u9fff])")

# a page or note number left at the end of a paragraph (…再上新台阶。1)
_STRAY_NUMBER = re.compile(r"(?<=[。!?！？”])[0-9]{1,3}(?=[ \t]*\r?\n)")


def _markup_edits(raw: str) -> dict[int, tuple[int, str]]:
    """Raw offset -> (length, replacement) for HTML tags and entities left in web text,
    and pinyin notes inserted after characters."""
    edits: dict[int, tuple[int, str]] = {}
    if "(" in raw or "（" in raw:
        for m in _PINYIN_NOTE.finditer(raw):
            edits[m.start()] = (m.end() - m.start(), "")
    if "??h" in raw:
        for m in _BROKEN_XIAN.finditer(raw):
            after_stop = m.start() == 0 or not "\u3400" <= raw[m.start() - 1] <= "\u9fff"
            edits[m.start()] = (3, "縣" if after_stop else ",縣")
    for m in _STRAY_NUMBER.finditer(raw):
        edits[m.start()] = (m.end() - m.start(), "")
    if "<" in raw:
        for m in _HTML_TAG.finditer(raw):
            edits[m.start()] = (m.end() - m.start(), "\n" if m.group(2).lower() in _HTML_BLOCK else "")
    if "&" in raw:
        for m in _HTML_ENTITY.finditer(raw):
            if m.group(3):
                value = _NAMED_ENTITIES.get(m.group(3).lower())
            else:
                code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
                value = chr(code) if 0 < code < 0x110000 else None
            if value is not None:
                edits[m.start()] = (m.end() - m.start(), value)
    return edits


def normalise_chars(raw: str, to_simplified: bool) -> tuple[list[str], list[int], bool]:
    """HTML leftovers, NFKC, zero-width removal and (optionally) t2s, char by char with
    raw offsets."""
    edits = _markup_edits(raw)
    folded = unicodedata.normalize("NFKC", raw) if not edits else ""
    if folded and len(folded) == len(raw):
        # fast path: NFKC kept every character in place, so offsets stay one to one
        chars, offsets = [], []
        for i, ch in enumerate(folded):
            if ch == "\r" and folded[i + 1 : i + 2] == "\n" or ord(ch) in _ZERO_WIDTH:
                continue
            if ch == "\r" or ch == "\t" or (ch < " " and ch != "\n"):
                ch = "\n" if ch == "\r" else " "
            chars.append(ch)
            offsets.append(i)
        return _to_simplified(chars, offsets, to_simplified)
    chars = []
    offsets = []
    skip_until = 0
    for i, ch in enumerate(raw):
        if i < skip_until:
            continue
        if i in edits:
            length, value = edits[i]
            skip_until = i + length
            for c in unicodedata.normalize("NFKC", value):
                chars.append(c)
                offsets.append(i)
            continue
        if ch == "\r":
            if i + 1 < len(raw) and raw[i + 1] == "\n":
                continue
            ch = "\n"
        ch = ch.translate(_ZERO_WIDTH)
        if not ch:
            continue
        norm = unicodedata.normalize("NFKC", ch) if not ch.isascii() else ch
        for c in norm:
            if c == "\t" or (unicodedata.category(c) == "Cc" and c != "\n"):
                c = " "
            chars.append(c)
            offsets.append(i)
    return _to_simplified(chars, offsets, to_simplified)


# dots that join the parts of a transcribed name (阿不都•热合曼, 买买提‧依明, 古丽・艾力)
_NAME_DOTS = set("•‧・･∙⋅.")


def _unify_name_dots(chars: list[str]) -> None:
    """Every dot between two Chinese characters becomes the middle dot ``·``; an ASCII full
    stop that OCR left after Chinese text at the end of a line (``隆重开幕.``), or after a closing
    mark (``《…的决定》.县人大…``), becomes 。."""
    for i in range(1, len(chars)):
        if chars[i] not in _NAME_DOTS or not ("\u4e00" <= chars[i - 1] <= "\u9fff" or chars[i - 1] in "”)》"):
            continue
        k = i + 1
        while k < len(chars) and chars[k] in " \u3000":
            k += 1
        if chars[i] == "." and (k == len(chars) or chars[k] == "\n" or chars[i - 1] in "”)》"):
            chars[i] = "。"
        elif i + 1 < len(chars) and "\u4e00" <= chars[i - 1] <= "\u9fff" and "\u4e00" <= chars[i + 1] <= "\u9fff":
            chars[i] = "·"


def _to_simplified(chars: list[str], offsets: list[int], to_simplified: bool) -> tuple[list[str], list[int], bool]:
    _unify_name_dots(chars)
    traditional = to_simplified and looks_traditional("".join(chars))
    if traditional:
        convert, changing = _t2s()
        text = "".join(chars)
        # line by line (no OpenCC phrase spans a line break), skipping lines it cannot change
        simplified = "\n".join(convert(line) if not changing.isdisjoint(line) else line
                               for line in text.split("\n"))
        if len(simplified) == len(text):
            chars = list(simplified)
        else:
            chars = [convert(c) if len(convert(c)) == 1 else c for c in chars]
    return chars, offsets, traditional


def _split_number(left: list[str], right: list[str], j: int) -> bool:
    """``2月1 6日``: digits split by OCR inside Chinese text belong together."""
    if not (left[-1].isdigit() and right[j].isdigit()):
        return False
    k = len(left) - 1
    while k >= 0 and left[k].isdigit():
        k -= 1
    m = j
    while m < len(right) and right[m].isdigit():
        m += 1
    if k >= 0 and left[k] == "图" and m < len(right) and right[m] in "月年.-/":
        return False  # 图2  1月19日: a photo's number, then the date of its caption
    return (k >= 0 and not left[k].isascii()) or (m < len(right) and not right[m].isascii())


# a headline of two parts set apart by a space (not letters spaced out by OCR)
_TWO_PART_HEADLINE = re.compile(r"\s*[\u4e00-\u9fff、·“”《》]{5,}(?=\s+[\u4e00-\u9fff“《][\u4e00-\u9fff、·“”《》]{4,}\s*$)")


def _headline_part_break(chars: list[str]) -> int:
    """Where the second part of a two-part headline starts in a raw line, else 0."""
    line = "".join(chars)
    if len(line) > 60 or sum(ch.isspace() for ch in line.strip()) > 2 or LEAD_MARKER.match(line.strip()):
        return 0
    m = _TWO_PART_HEADLINE.match(line)
    return m.end() if m else 0


def _name_run(chars: list[str], j: int) -> str:
    """The characters of a name written from ``chars[j]`` on, up to whitespace or punctuation;
    a name padded to width (``吴  军``) is read whole."""
    def run_at(k: int) -> tuple[str, int]:
        e = k
        while e < len(chars) and (_CJK.match(chars[e]) or chars[e] == "·"):
            e += 1
        return "".join(chars[k:e]), e

    word, end = run_at(j)
    if len(word) == 1:
        k = end
        while k < len(chars) and chars[k].isspace():
            k += 1
        if k > end:
            word += run_at(k)[0]
    return word


def _is_name(word: str) -> bool:
    """Whether ``word`` reads as a whole name (鲁清源, 帕尔哈提·吾守尔)."""
    if not 2 <= len(word) <= 12 or not all(_CJK.match(c) or c == "·" for c in word):
        return False
    found = name_model().best_name_at(word + "。", 0, min_score=_LIST_NAME_MIN_SCORE)
    return bool(found) and found[0] == len(word)


def _ends_in_title(words: str) -> bool:
    """Whether ``words`` end in an official's title head (区委书记, 区委副书记、区长, 副组长)."""
    return len(words) >= 2 and any(m.end() == len(words) for m in title_heads_pattern().finditer(words))


_FIELD_LABEL_END = re.compile(r"(?:出席|列席|参加|参会|主持|缺席|请假)(?:人员|领导|委员|成员)?\s*:$")


def _letter_spaced(chars: list[str], j: int) -> bool:
    """Whether the characters on either side of the gap before ``chars[j]`` are set one space apart."""
    start = j
    while start > 0 and chars[start - 1].isspace():
        start -= 1
    return start >= 2 and chars[start - 2].isspace() or j + 1 < len(chars) and chars[j + 1].isspace()


def _separates_names(out_c: list[str], inserted: set[int], chars: list[str], j: int) -> bool:
    """Whether whitespace before ``chars[j]`` parts two names of an official's list
    (``副县长韩立新　刘晓燕　吴  军``), so that it stands for 、. It does only where a name
    follows and the text before ends in a name written after an official's title, or
    after such a 、; whitespace OCR left inside words (``统 筹``, ``发挥自 身``) does not."""
    model = name_model()
    after = _name_run(chars, j) + "。"
    best = model.best_name_at(after, 0, min_score=_LIST_NAME_MIN_SCORE)
    if not best or not (best[0] == len(after) - 1 or model.cue.match(after, best[0])):
        return False
    k = len(out_c)
    while k > 0 and (_CJK.match(out_c[k - 1]) or out_c[k - 1] == "·"):
        k -= 1
    before = "".join(out_c[k:])
    for n in (2, 3, 4):
        if len(before) < n:
            break
        name = model.best_name_at(before + "。", len(before) - n, min_score=_LIST_NAME_MIN_SCORE)
        if not name or name[0] != n:
            continue
        rest = before[: len(before) - n]
        if not rest and ((k - 1) in inserted or _FIELD_LABEL_END.search("".join(out_c[max(0, k - 8) : k]))
                         and not _letter_spaced(chars, j)):
            return True  # (出席:甲　乙　丙: the minutes' field opens the list; 出席:陶 玉 明 is one name)
        if _ends_in_title(rest) and not REPORTER_TITLE.search(rest):
            return True
    return False


def _spaced_run_after(chars: list[str], j: int) -> str:
    """The characters from ``chars[j]`` on that are set apart by single spaces (雷 振 东)."""
    run = [chars[j]]
    k = j + 1
    while k + 1 < len(chars) and chars[k] == " " and _CJK.match(chars[k + 1]):
        run.append(chars[k + 1])
        k += 2
    return "".join(run)


def _parts_spaced_names(out_c: list[str], spaced: set[int], chars: list[str], i: int, j: int) -> bool:
    """Whether a wider gap parts two names written letter-spaced (``陶 玉 明  雷 振 东``): the
    characters before it were set apart by single spaces, and both sides read as names."""
    if j - i < 2 or len(out_c) - 1 not in spaced:
        return False
    k = len(out_c) - 1
    while k in spaced:
        k -= 1
    before = "".join(out_c[k:])
    after = _spaced_run_after(chars, j)
    return 2 <= len(before) <= 4 and 2 <= len(after) <= 4 and _is_name(before) and _is_name(after)


def _roster_item_after(chars: list[str], i: int, j: int) -> bool:
    """Whether a wide gap after ``甲(副县长)`` opens the next item of a roster: a name, plain
    or letter-spaced, with its own bracketed title (``  车 宝 珍(县法院院长)``)."""
    name = _spaced_run_after(chars, j)
    if len(name) == 1:
        name = _name_run(chars, j)
    end = j + (2 * len(name) - 1 if chars[j + 1 : j + 2] == [" "] else len(name))
    return j - i >= 2 and 2 <= len(name) <= 4 and chars[end : end + 1] == ["("] and _is_name(name)


def _title_after_name(out_c: list[str], chars: list[str], j: int) -> bool:
    """``钱慕之　区委书记``: a roster line, a whole name and, after a gap, its title (the
    first after a minutes field too: ``出席:张立军　常务副县长``)."""
    head = "".join(out_c)
    field = MINUTES_FIELD.match(head)
    if len(out_c) > 12 + (field.end() if field else 0) or not _is_name(head[field.end() if field else 0 :]):
        return False
    rest = "".join(chars[j:]).strip()
    return len(rest) <= 40 and not re.search(r"[。,;:!?]", rest) and _ends_in_title(rest)


def _squeeze_line(chars: list[str], offs: list[int]) -> tuple[str, list[int]]:
    """Strip a line and drop whitespace, except between two ASCII words, and where it
    parts the names of a list (then it becomes 、); a roster line ``name  title`` becomes
    ``name(title)``."""
    out_c: list[str] = []
    out_o: list[int] = []
    inserted: set[int] = set()
    spaced: set[int] = set()
    bracketed = False
    n = len(chars)
    i = 0
    while i < n:
        ch = chars[i]
        if ch.isspace():
            j = i
            while j < n and chars[j].isspace():
                j += 1
            if out_c and j < n and _is_ascii_word(out_c[-1]) and _is_ascii_word(chars[j]) \
                    and not _split_number(out_c, chars, j):
                out_c.append(" ")
                out_o.append(offs[i])
            elif not bracketed and out_c and j < n and _title_after_name(out_c, chars, j):
                bracketed = True
                out_c.append("(")
                out_o.append(offs[i])
            elif out_c and j < n and _CJK.match(chars[j]) and (
                    _CJK.match(out_c[-1]) and (_separates_names(out_c, inserted, chars, j)
                                               or _parts_spaced_names(out_c, spaced, chars, i, j))
                    or out_c[-1] == ")" and _roster_item_after(chars, i, j)):
                inserted.add(len(out_c))
                out_c.append("、")
                out_o.append(offs[i])
            if j - i == 1 and out_c and j < n and _CJK.match(out_c[-1]) and _CJK.match(chars[j]):
                spaced.add(len(out_c))  # 杭 立 新: a character set apart by one space
            i = j
            continue
        out_c.append(ch)
        out_o.append(offs[i])
        i += 1
    if bracketed:
        out_c.append(")")
        out_o.append(out_o[-1])
    return "".join(out_c), out_o


def _remove(text: str, offs: list[int], pattern: re.Pattern, removed: list[str]) -> tuple[str, list[int]]:
    matches = list(pattern.finditer(text))
    if not matches:
        return text, offs
    pieces, new_offs, last = [], [], 0
    for m in matches:
        pieces.append(text[last : m.start()])
        new_offs.extend(offs[last : m.start()])
        removed.append(m.group(0))
        last = m.end()
    pieces.append(text[last:])
    new_offs.extend(offs[last:])
    return "".join(pieces), new_offs


# a web page's list of other pages: 相关新闻, 往期精彩回顾, 推荐阅读 … and the headlines under it
_OTHER_PAGES = re.compile(
    r"^[\s▼▲◆●■□☆★>》·]*[【\[]?(?:相关(?:新闻|阅读|链接|文章|报道|信息|推荐|稿件)|往期(?:精彩)?(?:回顾|推荐)|推荐阅读|延伸阅读"
    r"|热点(?:推荐|新闻)|热门(?:文章|推荐|新闻)|猜你喜欢|精彩推荐|更多(?:新闻|阅读)|最新(?:新闻|文章)|今日推荐)[】\]]?\s*[:：]?")
_PAGE_LINK = re.compile(r"^\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]")


def _drop_other_pages(lines: list[tuple[str, list[int]]], removed: list[str]) -> list[tuple[str, list[int]]]:
    """Headlines of other pages a web page lists (上一篇:…, 相关新闻 and the short lines after
    it): their meetings are not this page's. The list ends at a line that reads as a
    sentence (。) or a long one."""
    kept: list[tuple[str, list[int]]] = []
    in_list = False
    for text, offs in lines:
        heading = _OTHER_PAGES.match(text)
        if heading and "。" not in text[heading.end() :] or _PAGE_LINK.match(text):
            in_list = bool(heading)
            removed.append(text)
            continue
        if in_list and text.strip() and "。" not in text and len(text) <= 80:
            removed.append(text)
            continue
        in_list = in_list and not text.strip()
        kept.append((text, offs))
    return kept


def _unbalanced(text: str) -> bool:
    return text.count("(") > text.count(")") or text.count("“") > text.count("”") \
        or text.count("《") > text.count("》")


def _column_width(lengths: list[int]) -> int:
    """The typical line length of a page set in narrow columns, else 0."""
    longish = sorted(n for n in lengths if n >= 8)
    if len(longish) >= 10:
        width = longish[int(0.75 * (len(longish) - 1))]
    else:  # a short story set in a column: five or more lines of one length (give or take one)
        common = max(longish, key=lambda n: sum(abs(m - n) <= 1 for m in longish), default=0)
        width = common + 1 if sum(abs(m - common) <= 1 for m in longish) >= 5 else 0
    if sum(m > 2 * width for m in longish) >= max(2, len(longish) // 4):
        return 0  # short headlines between paragraphs each written as one long line: no column
    return width


# a dispatch's dateline (本报北京1月8日讯): a lead begins, though it may open no article
_DATELINE = re.compile(r"本报[\u4e00-\u9fff]{0,4}[0-9一二三四五六七八九十元]{1,3}月[0-9一二三四五六七八九十]{1,3}日[讯电]")
_HEADER_FIELD = re.compile(r"(?:(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*)?"  # 2023-09-12 10:05 来源:
                           r"(?:发布时间|发布日期|发表时间|更新时间|信息来源|稿件来源|来源|时间|日期|作者|浏览次数|浏览量|浏览|访问次数"
                           r"|点击数|点击|阅读数)\s*:")
_LIST_ITEM_END = re.compile(r"、[\u4e00-\u9fff·]{1,4}$")
_LIST_ITEM_START = re.compile(r"[\u4e00-\u9fff·]{1,3}、")


def _name_cut_after_title(line: str, next_line: str) -> bool:
    """县委副书记、县长游(\n)世杰就…: a line that ends in an official's title and the surname
    of a name the next line goes on with."""
    if len(line) < 4 or not _CJK.match(line[-1]) or not _CJK.match(next_line[:1]):
        return False
    if any(m.end() == len(line) for m in title_heads_pattern().finditer(line, max(0, len(line) - 12))):
        # 大会主席团常务主席(\n)华良才主持开幕式: the title, then the whole name on the next line
        return bool(name_model().best_name_at(next_line, 0, min_score=_LIST_NAME_MIN_SCORE))
    if not any(m.end() == len(line) - 1 for m in title_heads_pattern().finditer(line, max(0, len(line) - 12))):
        return False
    found = name_model().best_name_at(line[-1] + next_line[:3] + "。", 0, min_score=_LIST_NAME_MIN_SCORE)
    return bool(found) and found[0] >= 2


_BRACKETED_ITEM = re.compile(r"([\u4e00-\u9fff·]{2,12})\(([^()]{2,40})\)")
# 区委常委,区人大常委会、区政府领导班子成员: a roster's line for those it does not name
_GROUP_ITEM = re.compile(r"[^。:;!?()]{2,40}(?:成员|负责人|负责同志|同志|领导|代表)")


def _roster_item(line: str) -> bool:
    """A roster line: ``钱慕之(区委书记)`` or ``芦塘镇党委书记舒婉``."""
    if m := _BRACKETED_ITEM.fullmatch(line):
        return _is_name(m.group(1)) and _ends_in_title(m.group(2))
    line = re.sub(r"\([^()]{1,10}\)$", "", line)  # 某庭副庭长甲(案件承办人): a note after the titled name
    return any(_is_name(line[-n:]) and _ends_in_title(line[:-n]) for n in (2, 3, 4) if len(line) > n + 1)


def _roster_heading(line: str) -> bool:
    """``出席会议的区领导:``, ``现场述职人员(按述职顺序):``: a short line that opens a roster."""
    return line.endswith(":") and 3 <= len(line) <= 30 and not re.search(r"[。,;]", line)


def _indented(raw: str, offs: list[int]) -> bool:
    """Whether a line starts after whitespace in the raw text (a paragraph's indent)."""
    start = raw.rfind("\n", 0, offs[0]) + 1
    lead = raw[start : offs[0]]
    return bool(lead) and not lead.strip()


_BYLINE_ONLY = re.compile(r"(?:本报|实习|特约|见习|首席)?(?:记者|通讯员)[\u4e00-\u9fff·、 ]{2,24}")
_OPENS_WITH_DAY = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月[0-9一二三四五六七八九十]{1,3}日|今天|昨天|近日|日前")


def join_lines(lines: list[tuple[str, list[int]]], raw: str = "") -> list[tuple[str, list[int]]]:
    """Join lines broken inside a sentence into paragraphs; keep headlines apart. A roster
    (a heading line, then one name and title a line) becomes one sentence: its items
    joined by 、, ended by 。. On a page whose paragraphs open indented (``raw`` tells),
    a line with no indent goes on with an indented paragraph its line before left open."""
    after_blank = [k > 0 and not lines[k - 1][0] for k, (t, _) in enumerate(lines) if t]
    lines = [(t, o) for t, o in lines if t]
    indents = [bool(raw) and _indented(raw, o) for _, o in lines]
    uses_indent = sum(indents) >= 2
    indented_paragraph = False
    # blank lines between some lines (not one stray, not between all): they part paragraphs
    blank_parts = 2 <= sum(after_blank) < 0.5 * len(lines)
    width = _column_width([len(t) for t, _ in lines])
    paragraphs: list[tuple[str, list[int]]] = []
    cur_t, cur_o, line_len = "", [], 0  # line_len: the paragraph's last line so far
    roster = False  # the paragraph is a roster so far
    for k, (text, offs) in enumerate(lines):
        last_line = cur_t[len(cur_t) - line_len :]
        # 列席:区人大常委会副主任甲 | 区政协副主席乙: a field whose items go on, one a line
        field_item = not roster and bool(MINUTES_FIELD.match(last_line)) and _roster_item(last_line.split(":", 1)[-1])
        if cur_t and (roster or _roster_heading(last_line) or field_item) \
                and (_roster_item(text) or _GROUP_ITEM.fullmatch(text)) and not MINUTES_FIELD.match(text):
            if roster or field_item:
                cur_t += "、"
                cur_o.append(offs[0])
            cur_t += text
            cur_o += offs
            roster, line_len = True, len(text)
            continue
        if cur_t and not roster and not (blank_parts and after_blank[k]):  # a roster ends at its last item
            last = cur_t[-1]
            ends = last in TERMINAL or (last in _CLOSERS and len(cur_t) > 1 and cur_t[-2] in TERMINAL)
            full_line = width >= 8 and line_len >= 0.6 * width and line_len >= 8
            split_unit = last.isdigit() and text[0] in "年月日号时"
            dangling = last in "、(“《" or text[0] in ",、。;:)”》"  # 全国政协(\n)副主席: cut inside a sentence
            # 县领导甲、乙、张正(\n)韶、丙: a list of names cut inside an item
            dangling = dangling or bool(_LIST_ITEM_END.search(cur_t) and _LIST_ITEM_START.match(text))
            dangling = dangling or _name_cut_after_title(cur_t, text)
            lead_line = bool(LEAD_MARKER.match(cur_t) or _DATELINE.match(cur_t))
            body_like = bool(re.search(r"[,;]|。(?!$)", cur_t)) and len(cur_t) >= 6  # 。 inside: a sentence ran on
            masthead = _MASTHEAD_LINE.match(text) or _MASTHEAD_LINE.match(cur_t) \
                or len(cur_t) <= 40 and _MASTHEAD_SIGNATURE.search(cur_t)  # 某某报 2019年1月25日 星期五 第1版
            credits_go_on = lead_line and full_line  # 本报北京1月8日讯新华社记者甲、本报(\n)记者乙报道
            opens_lead = LEAD_MARKER.match(text) or _DATELINE.match(text)
            # a web page's header fields (发布时间:… 来源:…) stand apart from headline and body
            header_apart = bool(_HEADER_FIELD.match(text) or _HEADER_FIELD.match(cur_t) and not _HEADER_FIELD.search(text)
                                or MINUTES_FIELD.match(text) and (_HEADER_FIELD.match(cur_t) or MINUTES_FIELD.match(cur_t)
                                                                  or cur_t.endswith(":")))  # 现纪要如下: | 出席:…
            # 县委副书记阿依古丽·(\n)吐尔逊主持大会: an open paragraph that opened indented
            open_paragraph = uses_indent and indented_paragraph and not indents[k] and last not in ")）"
            # 本报记者 甲 乙 | 4月25日,…: a byline of names only, then the lead's own date
            byline_done = bool(_BYLINE_ONLY.fullmatch(cur_t) and _OPENS_WITH_DAY.match(text))
            join = not ends and (not opens_lead or credits_go_on) and not masthead and not header_apart and not byline_done and (
                _unbalanced(cur_t) or full_line or body_like or split_unit or lead_line or dangling or open_paragraph
            )
            if join:
                cur_t += text
                cur_o += offs
                line_len = len(text)
                continue
        if cur_t:
            paragraphs.append(_ended(cur_t, cur_o, roster))
        cur_t, cur_o, line_len, roster = text, list(offs), len(text), False
        indented_paragraph = indents[k]
    if cur_t:
        paragraphs.append(_ended(cur_t, cur_o, roster))
    return paragraphs


def _ended(text: str, offs: list[int], roster: bool) -> tuple[str, list[int]]:
    """A finished paragraph; a roster ends in 。 like the sentence it stands for."""
    return (text + "。", offs + offs[-1:]) if roster else (text, offs)


_MASTHEAD_SIGNATURE = re.compile(
    r"(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?[^,。]{0,12}?(?:星期[一二三四五六日天]|农历)[^,。]{0,20}")


def _masthead_region(paragraphs: list[str]) -> str:
    """The short lines above the first lead; or, where OCR ran them together, a date
    followed by its weekday or lunar date in the first 800 characters."""
    head, top = [], []
    for para in paragraphs[:20]:
        if LEAD_MARKER.match(para):
            break
        top.append(para)
        if "。" in para[:-1] or para.endswith("。") and len(para) > 30:
            break  # the body has begun (a later 有效期至2025年12月31日。 is no masthead)
        if len(para) <= 60:
            head.append(para)
    region = " ".join(head)
    top_text = " ".join(top)[:800]
    if not _MASTHEAD_SIGNATURE.search(region):
        found = _MASTHEAD_SIGNATURE.search(top_text)
        region += " " + found.group(0) if found else ""
    if "农历" not in region:
        lunar = re.search(r"农历[^,。\s]{2,14}", top_text)
        region += " " + lunar.group(0) if lunar else ""
    return region


def find_newspaper(paragraphs: list[str]) -> str | None:
    """The newspaper named by a masthead line or a source line near the top; else None."""
    for para in paragraphs[:6]:
        if len(para) > 40 or "。" in para:
            continue
        source = _SOURCE_FIELD.search(para)
        if source:
            words = [source.group(1)]
        else:  # what is left between the furniture: one name alone (not 某某新闻网 某某日报)
            words = [_EDGE_SYMBOLS.sub("", w) for w in _MASTHEAD_FURNITURE.split(para) if w and _CJK.search(w)]
        if len(words) == 1 and _NEWSPAPER_NAME.fullmatch(words[0]):
            return words[0]
    return None


_TURNS_TO = re.compile(r"^[\s)）]*[(（]?\s*(?:下转|转第|转)\s*(?:第\s*)?[0-9一二三四五六七八九十A-Z]+\s*版")
_CONTINUED_FROM = re.compile(r"(?:上接|接第|接)\s*(?:第\s*)?[0-9一二三四五六七八九十A-Z]+\s*版[)）]?[\s(（]*$")


def _raw_line_around(raw: str, first: int, last: int) -> tuple[str, str]:
    """The raw text on a paragraph's first line before it, and on its last line after it."""
    line_start = raw.rfind("\n", 0, first) + 1
    line_end = raw.find("\n", last + 1)
    return raw[line_start:first], raw[last + 1 : len(raw) if line_end < 0 else line_end]


def rejoin_continuations(paragraphs: list[tuple[str, list[int]]], raw: str) -> list[tuple[str, list[int]]]:
    """Move each part that continues on a later page ((上接第一版)…) back to where its
    article broke off ((下转第二版)), joined to the cut sentence, so an article is one span.
    The part runs until the next headline-like line or lead."""
    turns: list[int] = []  # paragraphs that end with 下转, not yet continued
    moves: list[tuple[int, int, int]] = []  # (turn paragraph, continuation start, end)
    k = 0
    while k < len(paragraphs):
        text, offs = paragraphs[k]
        before, after = _raw_line_around(raw, offs[0], offs[-1]) if offs else ("", "")
        if _CONTINUED_FROM.search(before) and turns:
            end = k + 1
            while end < len(paragraphs) and not _starts_another_article(paragraphs[end][0]):
                end += 1
            moves.append((turns.pop(), k, end))
            k = end
            continue
        if _TURNS_TO.search(after):
            turns.append(k)
        k += 1
    if not moves:
        return paragraphs
    moved = {i for _, start, end in moves for i in range(start, end)}
    tails = {turn: paragraphs[start:end] for turn, start, end in moves}
    out: list[tuple[str, list[int]]] = []
    for i, para in enumerate(paragraphs):
        if i in moved:
            continue
        out.append(para)
        for text, offs in tails.get(i, []):
            last_text, last_offs = out[-1]
            if last_text and last_text[-1] not in TERMINAL:  # 全会指出, | 要坚定…: one sentence
                out[-1] = (last_text + text, last_offs + offs)
            else:
                out.append((text, offs))
    return out


def _starts_another_article(text: str) -> bool:
    return bool(LEAD_MARKER.match(text)) or len(text) <= 30 and text[-1:] not in TERMINAL and "," not in text


_CN_DIGIT = "一二三四五六七八九十〇"
# OCR's look-alikes inside a written date: 十—月三日 (一), 二OO三年 (〇), 11月8曰 (日)
_DASH_FOR_ONE = re.compile(rf"(?<=[{_CN_DIGIT}])[—－-](?=[{_CN_DIGIT}]{{0,2}}[月日])|(?<![{_CN_DIGIT}0-9])[—－-](?=月[{_CN_DIGIT}]{{1,3}}日)|(?<=月)[—－-](?=日)")
_ZERO_FOR_LING = re.compile(rf"(?<=[{_CN_DIGIT}])[0OoＯ○](?=[{_CN_DIGIT}0OoＯ○]{{0,2}}年)|(?<=[{_CN_DIGIT}][0OoＯ○])[0OoＯ○](?=[{_CN_DIGIT}]?年)")
_SAY_FOR_DAY = re.compile(rf"(?<=[0-9{_CN_DIGIT}]月[0-9{_CN_DIGIT}])曰|(?<=[0-9{_CN_DIGIT}]月[0-9{_CN_DIGIT}]{{2}})曰")


def _repair_date_chars(chars: list[str]) -> None:
    """Put back the characters OCR mistook inside dates, one for one (offsets stay)."""
    text = "".join(chars)
    for pattern, right in ((_DASH_FOR_ONE, "一"), (_ZERO_FOR_LING, "〇"), (_SAY_FOR_DAY, "日")):
        for m in pattern.finditer(text):
            chars[m.start()] = right
        text = "".join(chars)


def _curl_quotes(chars: list[str]) -> None:
    """"改造不是…"他说: straight double quotes in Chinese text, paired within a line, become
    “ and ” (as most pages print them), one for one."""
    start = 0
    text = "".join(chars)
    for line in text.split("\n"):
        quotes = [start + m.start() for m in re.finditer('"', line)]
        if quotes and len(quotes) % 2 == 0 and _CJK.search(line):
            for k, at in enumerate(quotes):
                chars[at] = "“" if k % 2 == 0 else "”"
        start += len(line) + 1


def clean_document(doc: Document, cfg: CleanConfig | None = None) -> CleanDocument:
    """Repair one document's OCR text; see the module docstring."""
    cfg = cfg or CleanConfig()
    chars, offsets, traditional = normalise_chars(doc.raw_text, cfg.traditional_to_simplified)
    _repair_date_chars(chars)
    _curl_quotes(chars)
    lines: list[tuple[str, list[int]]] = []
    start = 0
    for i, ch in enumerate(chars + ["\n"]):
        if ch == "\n":
            cut = _headline_part_break(chars[start:i])
            if cut:  # 全市各界人士喜迎中秋 甲、乙出席联欢会: two headline lines
                lines.append(_squeeze_line(chars[start : start + cut], offsets[start : start + cut]))
                start += cut
            lines.append(_squeeze_line(chars[start:i], offsets[start:i]))
            start = i + 1
    furniture: list[str] = []
    markup: list[str] = []
    lines = [_remove(t, o, _MARKDOWN, markup) for t, o in lines]
    lines = [cut for t, o in lines if (cut := _remove(t, o, _BROADCAST_CUE, markup))[0] or not t]  # (none left blank)
    lines = [_remove(t, o, _CONTINUATION, furniture) for t, o in lines]
    # running headers below the first sentence (the masthead above it stays for the issue date);
    # a line they leave empty is dropped, not kept as a blank that would part a paragraph
    body_from = next((k for k, (t, _) in enumerate(lines) if "。" in t), len(lines))
    lines = lines[: body_from + 1] + [cut for t, o in lines[body_from + 1 :]
                                      if (cut := _remove(t, o, _RUNNING_HEADER, furniture))[0] or not t]
    lines = _drop_other_pages(lines, furniture)
    paragraphs = rejoin_continuations(join_lines(lines, doc.raw_text), doc.raw_text)
    texts = [t for t, _ in paragraphs]
    issue, issue_source = resolve_issue_date(_masthead_region(texts), doc.doc_id, doc.issue_date_hint,
                                             "\n".join(texts))
    newspaper = doc.source or find_newspaper(texts)
    lex = load_lexicons()
    kept: list[tuple[str, list[int]]] = []
    for text, offs in paragraphs:
        if newspaper and text == newspaper and not kept:
            furniture.append(text)
            continue
        is_furniture = any(p.search(text) for p in lex.furniture) and len(text) <= 80
        if cfg.drop_furniture and is_furniture and not STAFF_MARKER.search(text):
            furniture.append(text)
            continue
        kept.append((text, offs))
    out_text = "\n".join(t for t, _ in kept)
    offset_map: list[int] = []
    for k, (_, offs) in enumerate(kept):
        if k:
            offset_map.append(offset_map[-1] if offset_map else 0)
        offset_map.extend(offs)
    return CleanDocument(
        doc_id=doc.doc_id,
        source_path=doc.source_path,
        text=out_text,
        offset_map=offset_map,
        newspaper=newspaper,
        issue_date=issue.date if issue else None,
        issue_date_source=issue_source,
        traditional=traditional,
        furniture=furniture,
        partial_issue_date=(issue.year, issue.month) if issue and issue.day is None else None,
    )
