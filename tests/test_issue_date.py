from datetime import date

from pipeline.records import DateAnchor
from pipeline.stages.issue_date import (filename_date, filename_month, lunar_to_solar, masthead_date,
                                        resolve_issue_date, url_date)
from tests.helpers import run_stages


def test_full_masthead_date():
    assert masthead_date("2024年5月6日 星期一 农历甲辰年三月廿八") == (date(2024, 5, 6), "masthead")


def test_month_only_masthead_completed_by_the_lunar_date():
    assert masthead_date("2024年5月 星期一 农历甲辰年三月廿八") == (date(2024, 5, 6), "masthead+lunar")


def test_weekday_contradicting_the_day_defers_to_the_lunar_date():
    # 2024-05-07 is a Tuesday; the weekday and the lunar date both say the 6th
    assert masthead_date("2024年5月7日 星期一 农历甲辰年三月廿八") == (date(2024, 5, 6), "lunar")


def test_ganzhi_year_steps_back_to_the_right_lunar_year():
    # lunar 12th month of 乙巳 falls in early 2026
    assert lunar_to_solar(12, 24, 2026, "乙巳") == date(2026, 2, 11)


def test_file_name_then_unknown():
    assert filename_date("hedong_2023-11-02_p3") == date(2023, 11, 2)
    assert filename_date("page_20231102") == date(2023, 11, 2)
    assert filename_date("page_20231342") is None
    assert resolve_issue_date("no masthead here", "page-7") == (None, "unknown")
    assert resolve_issue_date("", "x", date(2020, 1, 2)) == (DateAnchor(2020, 1, 2), "jsonl")


def test_web_page_date_line():
    assert resolve_issue_date("市政府召开常务会议 发布时间:2024-01-05 10:23 来源:市政府办", "p") == (
        DateAnchor(2024, 1, 5), "header")


def test_masthead_in_chinese_numerals():
    assert masthead_date("二〇二四年三月五日 星期二") == (date(2024, 3, 5), "masthead")


def test_year_and_month_alone_in_a_file_name():
    assert filename_month("d7_11_2014-03") == DateAnchor(2014, 3)
    assert filename_month("report_201403") == DateAnchor(2014, 3)
    assert filename_month("page_201413") is None and filename_month("id7f201403ab") is None
    assert resolve_issue_date("no masthead here", "report_201403") == (DateAnchor(2014, 3), "filename")
    assert resolve_issue_date("no masthead here", "hedong_2023-11-02") == (DateAnchor(2023, 11, 2), "filename")


def test_date_in_a_url_on_the_page():
    assert url_date("来源:http://www.example-county.cn/n/201403/12345.html") == DateAnchor(2014, 3)
    assert url_date("http://www.example.gov.cn/zwgk/t20150923_51407.html") == DateAnchor(2015, 9, 23)
    assert url_date("https://news.example.cn/folder2/2024-12-07/6726.html") == DateAnchor(2024, 12, 7)
    assert url_date("http://www.example.cn/show.asp?ArticleID=2014035") is None
    # a full date in the file name beats a URL that gives only the month
    page = "原文 http://www.example.cn/n/201403/1.html"
    assert resolve_issue_date("", "page_2014-03-06", text=page) == (DateAnchor(2014, 3, 6), "filename")
    assert resolve_issue_date("", "page", text=page) == (DateAnchor(2014, 3), "url")


def test_an_issue_month_anchors_the_year_of_the_page_dates():
    text = ("12月29日,县委书记柯立新主持召开县委常委会会议。县委副书记、县长严守成出席会议。\n"
            "会议强调,要做好岁末年初各项工作。\n")
    clean, _, _, events = run_stages(text, doc_id="qianhe_2019-01")
    assert clean.issue_date is None and clean.partial_issue_date == (2019, 1)
    assert clean.issue_date_source == "filename"
    assert [e.date for e in events] == [date(2018, 12, 29)]


def test_a_period_in_a_page_title_is_no_issue_date():
    assert masthead_date("区领导活动安排(2016年12月29日—2017年1月5日)") == (None, "unknown")
    assert resolve_issue_date("区领导活动安排(2016年12月29日至2017年1月5日)\n来源:区委办 2017-01-06", "page") \
        == (DateAnchor(2017, 1, 6), "header")


def test_a_periods_ends_in_a_headline_are_no_date_line():
    head = "【一周政务】县领导活动集锦(2021.12.30—2022.1.5)\n发布时间:2022-01-06 09:30"
    assert resolve_issue_date(head, "page") == (DateAnchor(2022, 1, 6), "header")
