"""The issue date of a page: masthead, checked or completed by the lunar date and the
weekday; else a web page's date line, a date in a URL on the page, or in the file name
(where these give only the year and month, that much anchors the page's dates); else
unknown."""
from __future__ import annotations

import re
from datetime import date, timedelta

from borax.calendars.lunardate import LunarDate

from pipeline.records import DateAnchor

_SOLAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月(?:([0-9]{1,2})日)?")
_RANGE_AFTER = re.compile(r"\s*(?:—|–|-|~|～|至|到)+\s*(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月")
_RANGE_BEFORE = re.compile(r"[0-9]日\s*(?:—|–|-|~|～|至|到)+\s*$")
_HEADER_RANGE_AFTER = re.compile(r"\s*(?:—|–|~|～|至|到|-(?=\s*(?:19|20)[0-9]{2}))")
_HEADER_RANGE_BEFORE = re.compile(r"(?:—|–|~|～|至|到|(?<=[0-9])-)\s*$")
_WEEKDAY = re.compile(r"星期([一二三四五六日天])")
_LUNAR = re.compile(
    r"农历\s*(?:([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])年)?\s*"
    r"(闰?)(正|一|二|三|四|五|六|七|八|九|十|十一|十二|冬|腊)月\s*"
    r"(初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十|卅)"
)
_HEADER = re.compile(r"(?:发布时间|发布日期|发表时间|日期|时间)?[:\s]*((?:19|20)[0-9]{2})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])")
_FILENAME = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-_.]?([01][0-9])[-_.]?([0-3][0-9])(?![0-9])")
# a year and month alone (d2_2014-03, report_201403): set off from letters and digits
_FILENAME_MONTH = re.compile(r"(?<![0-9A-Za-z])((?:19|20)[0-9]{2})[-_.]?(0[1-9]|1[0-2])(?![0-9A-Za-z])")
_URL = re.compile(r"(?:https?://|www\.)[!-~]+")
# a date in a URL path: /n/201403/, /2024-12-07/, /t20150923_1.html
_URL_DATE = re.compile(r"(?:(?<=[/_=.-])|(?<=/t))((?:19|20)[0-9]{2})[-_/]?(0[1-9]|1[0-2])"
                       r"(?:[-_/]?([0-3][0-9]))?(?=[/_.?&#-]|$)")
_WEEKDAYS = "一二三四五六日"
_MONTHS = {"正": 1, "冬": 11, "腊": 12, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_DIGITS = "一二三四五六七八九"


def _lunar_day(text: str) -> int:
    if text.startswith("初"):
        return 10 if text[1] == "十" else _DIGITS.index(text[1]) + 1
    if text in ("三十", "卅"):
        return 30
    if text.startswith("廿") or text.startswith("二十"):
        rest = text[1:] if text.startswith("廿") else text[2:]
        return 20 + (_DIGITS.index(rest) + 1 if rest else 0)
    rest = text[1:]  # 十, 十X
    return 10 + (_DIGITS.index(rest) + 1 if rest else 0)


def _weekday(match: re.Match | None) -> int | None:
    if not match:
        return None
    ch = match.group(1)
    return 6 if ch in "日天" else _WEEKDAYS.index(ch)


def lunar_to_solar(month: int, day: int, near_year: int, gz_year: str | None = None,
                   leap: bool = False) -> date | None:
    """The solar date of lunar (month, day) in the lunar year that matches ``gz_year``
    (stepping back from ``near_year``), or that lies nearest ``near_year``."""
    for year in (near_year, near_year - 1, near_year + 1):
        try:
            ld = LunarDate(year, month, day, int(leap))
        except (ValueError, TypeError):
            continue
        if gz_year and ld.gz_year != gz_year:
            continue
        return ld.to_solar_date()
    return None


def cn_number(text: str) -> int:
    """Arabic or Chinese numerals up to 99 (二十四, 廿四, 三十一, 〇五)."""
    if text.isdigit():
        return int(text)
    if text == "元":  # 元月: January
        return 1
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
    text = text.replace("廿", "二十").replace("卅", "三十")
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    return int("".join(str(digits.get(c, 0)) for c in text) or 0)


_CN_SOLAR = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十廿卅]{1,3})日)?")


def _arabic_dates(head: str) -> str:
    """二〇二四年三月五日 → 2024年3月5日 (mastheads printed in Chinese numerals)."""
    def repl(m: re.Match) -> str:
        day = f"{cn_number(m.group(3))}日" if m.group(3) else ""
        return f"{cn_number(m.group(1))}年{cn_number(m.group(2))}月{day}"
    return _CN_SOLAR.sub(repl, head)


def masthead_date(head: str) -> tuple[date | None, str]:
    """Resolve the issue date from the top of a page (the masthead lines)."""
    head = _arabic_dates(head)
    # 领导活动安排(2016年12月29日—2017年1月5日): a period's ends, no issue's date
    solar = next((m for m in _SOLAR.finditer(head) if not _RANGE_AFTER.match(head, m.end())
                  and not _RANGE_BEFORE.search(head, 0, m.start())), None)
    lunar = _LUNAR.search(head)
    weekday = _weekday(_WEEKDAY.search(head))
    lunar_date = None
    if lunar:
        near = int(solar.group(1)) if solar else date.today().year
        lunar_date = lunar_to_solar(_MONTHS[lunar.group(3)], _lunar_day(lunar.group(4)), near,
                                    lunar.group(1), bool(lunar.group(2)))
    if solar and solar.group(3):
        try:
            d = date(int(solar.group(1)), int(solar.group(2)), int(solar.group(3)))
        except ValueError:
            d = None
        if d is not None:
            if weekday is not None and d.weekday() != weekday and lunar_date:
                return lunar_date, "lunar"
            return d, "masthead"
    if solar and lunar_date and (lunar_date.year, lunar_date.month) == (int(solar.group(1)), int(solar.group(2))):
        return lunar_date, "masthead+lunar"
    if solar and weekday is not None and not lunar:
        return None, "unknown"  # a month and a weekday leave four or five candidate days
    if lunar_date and lunar and lunar.group(1):
        return lunar_date, "lunar"
    return None, "unknown"


def filename_date(name: str) -> date | None:
    m = _FILENAME.search(name)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def filename_month(name: str) -> DateAnchor | None:
    """The year and month of a file name that gives no day (``report_201403``)."""
    m = _FILENAME_MONTH.search(name)
    return DateAnchor(int(m.group(1)), int(m.group(2))) if m else None


def url_date(text: str) -> DateAnchor | None:
    """The date in the path of the first URL on the page that has one; the day may be unknown."""
    for url in _URL.finditer(text):
        for m in _URL_DATE.finditer(url.group(0)):
            year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
            if day is None:
                return DateAnchor(year, month)
            try:
                return DateAnchor.of(date(year, month, int(day)))
            except ValueError:
                continue
    return None


def resolve_issue_date(head: str, source_name: str, hint: date | None = None,
                       text: str = "") -> tuple[DateAnchor | None, str]:
    """(issue date, where it came from): jsonl field, masthead, a web page's date line
    (``发布时间:2024-01-05``), a URL in ``text`` (the page), the file name, or unknown.
    A full date anywhere beats a year and month alone, which still anchors the page."""
    if hint is not None:
        return DateAnchor.of(hint), "jsonl"
    found, source = masthead_date(head)
    if found is not None:
        return DateAnchor.of(found), source
    # (县领导活动集锦(2021.12.30—2022.1.5) … 发布时间:2022-01-06: a period's ends are no date line)
    header = next((m for m in _HEADER.finditer(head) if not _HEADER_RANGE_AFTER.match(head, m.end())
                   and not _HEADER_RANGE_BEFORE.search(head, 0, m.start())), None)
    if header:
        try:
            return DateAnchor.of(date(*(int(g) for g in header.groups()))), "header"
        except ValueError:
            pass
    candidates = [(url_date(text), "url"), (DateAnchor.of(filename_date(source_name)), "filename"),
                  (filename_month(source_name), "filename")]
    known = [(a, s) for a, s in candidates if a is not None]
    return next((c for c in known if c[0].day is not None), known[0] if known else (None, "unknown"))


def shift(d: date, days: int) -> date:
    return d + timedelta(days=days)
