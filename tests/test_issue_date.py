from datetime import date

from pipeline.stages.issue_date import filename_date, lunar_to_solar, masthead_date, resolve_issue_date


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
    assert resolve_issue_date("", "x", date(2020, 1, 2)) == (date(2020, 1, 2), "jsonl")


def test_web_page_date_line():
    assert resolve_issue_date("市政府召开常务会议 发布时间:2024-01-05 10:23 来源:市政府办", "p") == (
        date(2024, 1, 5), "header")


def test_masthead_in_chinese_numerals():
    assert masthead_date("二〇二四年三月五日 星期二") == (date(2024, 3, 5), "masthead")
