"""Split a cleaned page into articles: headline lines, lead, body; reporters from bylines."""
from __future__ import annotations

import re

from pipeline.nlp.names import name_model
from pipeline.nlp.officials import ATTENDANCE_LIST, MINUTES_FIELD, title_heads_pattern
from pipeline.records import Article, CleanDocument
from pipeline.stages.clean import LEAD_MARKER, TERMINAL

_BYLINE = re.compile(
    r"^(?:□\s*)?(?:本报讯|本报记者|新华社[^,。()]{0,12}电)?\s*\(?((?:(?:实习|特约|首席)?记者|通讯员|本报记者|见习记者)?"
    r"[\u4e00-\u9fff]{2,24}?)\)"
)
_BYLINE_ROLE = re.compile(r"(?:本报|新华社|中新社|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|电视台|融媒体中心)|实习|特约|首席|见习)?"
                          r"(?:记者|通讯员)")
# a paragraph that goes on with the story before it (会上, 随后, 他强调)
# (考察团一行, 与会人员, 实地参观学习后: who and when of a story already told)
_CONTINUES = re.compile(r"会上|会议(?:指出|强调|要求|认为|听取|审议|还)|随后|会后|同时|此外|他|她|开幕式上|大会(?:听取|审议|还)"
                        r"|(?:[\u4e00-\u9fff]{1,6}?[团组])?一行|与会(?:人员|代表|领导|同志)"
                        r"|(?:实地)?(?:参观|调研|考察|座谈|视察|检查)(?:学习)?(?:结束)?后"
                        r"|当天(?:上午|下午|中午|晚上)?,|(?:上午|下午|中午|晚上|当晚),")  # 观摩点上看实效 / 当天上午,…: the day goes on
_MAX_CAPTIONS = 3
_MINUTES_TIME = re.compile(r"(?:会议)?时间\s*:")
# 一、 (二) 3. : a numbered section heading; 5日, 3月5日: a paragraph that opens with its day
_NUMBERED = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.、．])")
_LIST_LINE = re.compile(r"(?:在主席台上?)?" + ATTENDANCE_LIST.pattern)
_OPENS_WITH_DAY = re.compile(r"(?:[0-9一二三四五六七八九十]{1,3}月)?[0-9一二三四五六七八九十]{1,3}日")
# [图], 图为, ▲: a line marked as a photo's caption
_PHOTO_MARK = re.compile(r"[\[【(]图(?:片)?[\]】)]|图为|图片|▲|△|◆")
_SECTION_MARK = re.compile(r"[▌▍▎┃｜|]")  # ▌上午:学: a section's heading inside a story
_TIME_OF_DAY = re.compile(r"(?:上午|下午|中午|晚上|傍晚)[0-9一二三四五六七八九十]{1,2}(?:点|时|:[0-9]{2})")
_FEATURE_BYLINE = re.compile(r"^□\s*本报(?:记者|通讯员)([\u4e00-\u9fff]{2,9})")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, ch in enumerate(text + "\n"):
        if ch == "\n":
            if i > start:
                spans.append((start, i))
            start = i + 1
    return spans


def is_headline(para: str) -> bool:
    """A short line with no punctuation at its end (and no list of attendees)."""
    if not para or len(para) > 48 or LEAD_MARKER.match(para) or ATTENDANCE_LIST.match(para):
        return False
    if MINUTES_FIELD.match(para):
        return False  # 主持:甲(县人大常委会主任): a line of a meeting's minutes
    if para[-1] in TERMINAL or para[-1] in ",、:" or para.endswith(("。”", "。)")):
        return False  # 全会指出,: a sentence cut by a page turn, not a headline
    if para[0] == "(" and para[-1] == ")":
        return False  # (A、B), (附图片): a note on the photos, inside an article
    return para.count(",") <= 1


def split_names(chunk: str, hints: frozenset[int] = frozenset()) -> list[str]:
    """Names in a byline chunk such as ``记者冯凯治高鹏艳`` or ``实习记者梁英杰通讯员安豪``."""
    names: list[str] = []
    cuts = [0] + [k for m in _BYLINE_ROLE.finditer(chunk) for k in m.span()] + [len(chunk)]
    for start, end in zip(cuts[::2], cuts[1::2]):
        raw_part = chunk[start:end]
        part = raw_part.lstrip(" ,、")
        offset = start + len(raw_part) - len(part)  # hints are offsets into the chunk
        part = part.rstrip(" ,、")
        if 2 <= len(part) <= 16:
            split = name_model().split_run(part, frozenset(h - offset for h in hints if 0 < h - offset < len(part)))
            if split:
                names.extend(split)
    return names


def reporters_of(lead: str) -> tuple[str, ...]:
    m = _FEATURE_BYLINE.match(lead)
    if m:
        return tuple(split_names(m.group(1))[:1])
    m = _BYLINE.match(lead)
    if m and ("本报讯" in lead[: m.start(1)] or lead.startswith(("(", "本报", "□", "新华社"))):
        return tuple(split_names(m.group(1)))
    return ()


def _inside_story(text: str, spans: list[tuple[int, int]], kinds: list[str], k: int) -> bool:
    """Body paragraph ``k`` after a short run of headline-like lines that sits inside a
    story: photo captions (``会议现场``, ``某某主持开幕式``) between two body paragraphs,
    when a caption ends in 现场 or is marked as one ([图], 图为), or paragraph ``k`` goes on
    with the same story (会上, 随后)."""
    run = 0
    while run < k and kinds[k - 1 - run] == "headline":
        run += 1
    if not 1 <= run <= _MAX_CAPTIONS or k - run - 1 < 0 or kinds[k - run - 1] == "headline":
        return False
    lines = [text[s:e] for s, e in spans[k - run : k]]
    if all(_NUMBERED.match(line) for line in lines) and not _OPENS_WITH_DAY.match(text, spans[k][0]):
        return True  # 三、听取安全生产工作汇报: an item of minutes, not another story
    if _LIST_LINE.match(text, spans[k][0]):
        return True  # (大会主席团成员和市领导)\n在主席台就座的有:…: a line broken before its list
    if all(_SECTION_MARK.match(line) for line in lines) and not _OPENS_WITH_DAY.match(text, spans[k][0]) \
            or _TIME_OF_DAY.match(text, spans[k][0]):
        return True  # ▌下午:走 / 下午2点,甲来到…: a section of the day's story (▌甲走访企业 / 12月8日,…: another story)
    return any(line.endswith("现场") or _PHOTO_MARK.match(line) for line in lines) \
        or bool(_CONTINUES.match(text, spans[k][0]))


def _captions_speaker(line: str) -> bool:
    """``字幕:聂东海市住建局局长`` or ``黎振中县委书记``: a name and post captioning who speaks next."""
    return line.startswith("字幕:") or bool(re.search(f"(?:{title_heads_pattern().pattern})$", line))


def split_articles(clean: CleanDocument) -> list[Article]:
    """Articles start at a lead (本报讯, 新华社…电) or at body text right after headlines."""
    text = clean.text
    spans = paragraph_spans(text)
    kinds = []
    for s, e in spans:
        para = text[s:e]
        kinds.append("lead" if LEAD_MARKER.match(para) else "headline" if is_headline(para) else "body")
    for k in range(len(spans) - 1):  # 字幕:甲 市住建局局长 / “…”: who speaks on screen, inside the story
        if kinds[k] == "headline" and text.startswith("“", spans[k + 1][0]) and _captions_speaker(text[spans[k][0] : spans[k][1]]):
            kinds[k] = "body"
    for k in range(len(spans) - 1):  # 时间:…上午 / 地点:…: the minutes' first field, not a web page's date
        if kinds[k] == "headline" and _MINUTES_TIME.match(text, spans[k][0], spans[k][1]) \
                and MINUTES_FIELD.match(text, spans[k + 1][0]):
            kinds[k] = "body"
    starts: list[int] = []
    for k, kind in enumerate(kinds):
        if kind == "body" and _inside_story(text, spans, kinds, k):
            continue
        if kind == "lead" or (kind == "body" and k > 0 and kinds[k - 1] == "headline"):
            starts.append(k)
        elif kind == "body" and k == 0:
            starts.append(k)
    if not starts and spans:
        starts = [0]
    articles: list[Article] = []
    for n, k in enumerate(starts):
        h = k
        while h > 0 and kinds[h - 1] == "headline" and (n == 0 or h - 1 > starts[n - 1]):
            h -= 1
        end_para = starts[n + 1] if n + 1 < len(starts) else len(spans)
        # the next article's headline block belongs to it, not to this one
        while end_para - 1 > k and kinds[end_para - 1] == "headline" and n + 1 < len(starts):
            end_para -= 1
        head_spans = tuple(spans[i] for i in range(h, k))
        lead = text[spans[k][0] : spans[k][1]]
        articles.append(
            Article(
                article_id=f"{clean.doc_id}:a{n:03d}",
                doc_id=clean.doc_id,
                headline=" ".join(text[s:e] for s, e in head_spans),
                headline_spans=head_spans,
                start=spans[k][0],
                end=spans[end_para - 1][1],
                reporters=reporters_of(lead),
            )
        )
    # headline lines after the last article (OCR order) form no article of their own
    return articles
