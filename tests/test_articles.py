from pipeline.records import Document
from pipeline.stages.articles import split_articles
from pipeline.stages.clean import clean_document

PAGE = (
    "县委常委会召开会议\n\n钱立群主持\n\n"
    "本报讯(记者冯凯文 高雅琴)3月2日,县委常委会召开会议。县委书记钱立群主持会议。\n\n"
    "会议指出,要抓好春耕生产。\n\n"
    "全县植树造林动员会召开\n\n"
    "本报讯(实习记者韦丽娜 通讯员安晓东)3月1日,全县植树造林动员会召开。\n\n"
)


def _articles(text):
    clean = clean_document(Document("p", "p.txt", text, "utf-8"))
    return clean, split_articles(clean)


def test_articles_start_at_leads_and_take_their_headlines():
    clean, arts = _articles(PAGE)
    assert len(arts) == 2
    assert arts[0].headline == "县委常委会召开会议 钱立群主持"
    assert clean.text[arts[0].start :].startswith("本报讯(记者冯凯文高雅琴)")
    assert "会议指出" in clean.text[arts[0].start : arts[0].end]
    assert arts[1].headline == "全县植树造林动员会召开"


def test_reporters_come_from_the_byline_and_are_split():
    _, arts = _articles(PAGE)
    assert arts[0].reporters == ("冯凯文", "高雅琴")
    assert arts[1].reporters == ("韦丽娜", "安晓东")


def test_a_page_without_leads_is_one_article():
    _, arts = _articles("一段没有导语的文字,讲述春天的景色。\n\n第二段文字。\n")
    assert len(arts) == 1 and arts[0].headline == ""


def test_a_line_listing_attendees_is_no_headline():
    _, arts = _articles("本报讯 3月2日,县委常委会召开会议。\n\n出席会议的有:冯凯文 高雅琴 韦丽娜\n\n会议由县委副书记安晓东主持。\n")
    assert len(arts) == 1 and arts[0].headline == ""


def test_a_short_line_cut_at_a_comma_is_no_headline():
    _, arts = _articles("本报讯 3月2日,县委常委会召开会议。\n\n会议指出,\n\n要抓好春耕生产。县委书记钱立群讲话。\n")
    assert len(arts) == 1 and arts[0].headline == ""


def test_a_web_post_takes_its_bracketed_headline_and_drops_its_source_line():
    clean, arts = _articles("【聚焦】县长钱立群主持召开县政府常务会议\n\n来源:某县发布 2026-05-08 08:30\n\n"
                            "5月7日,县长钱立群主持召开县政府2026年第9次常务会议。\n")
    assert len(arts) == 1 and arts[0].headline == "【聚焦】县长钱立群主持召开县政府常务会议"
    assert "来源" not in clean.text and clean.issue_date.isoformat() == "2026-05-08"


def test_a_photo_note_line_stays_inside_its_article():
    raw = ("县政协举行新年茶话会\n\n本报讯 1月1日,县政协举行新年茶话会。县委书记喻海讲话。\n\n(A、B)\n\n"
           "出席茶话会的还有:岑立、冉小梅。\n")
    clean = clean_document(Document("p", "p.txt", raw, "utf-8"))
    assert len(split_articles(clean)) == 1


def test_photo_captions_between_paragraphs_stay_in_the_story():
    text = (
        "县人代会隆重开幕\n"
        "本报讯 今天上午,县十八届人大三次会议在县会堂开幕。\n"
        "大会现场\n"
        "县人大常委会主任邵启明主持大会\n"
        "县长杭立新、副县长柯云在主席台就座。\n"
        "会上,县长杭立新作政府工作报告。\n"
        "全县春耕生产现场会召开\n"
        "本报讯 3月5日,全县春耕生产现场会召开。\n"
    )
    _, arts = _articles(text)
    assert len(arts) == 2  # the captions (大会现场, …主持大会) do not open a story
    assert arts[1].headline == "全县春耕生产现场会召开"


def test_a_caption_followed_by_the_visitors_of_the_story_stays_in_it():
    text = (
        "本报讯 6月3日,县委副书记蓝青云带队赴邻县柳溪镇学习考察。\n"
        "考察组一行在柳溪镇便民服务中心参观\n"
        "考察组一行还实地察看了柳溪镇的民宿集群。\n"
        "柳溪镇召开乡村旅游推进会\n"
        "本报讯 6月4日,柳溪镇召开乡村旅游推进会。\n"
    )
    _, arts = _articles(text)
    assert len(arts) == 2 and arts[1].headline == "柳溪镇召开乡村旅游推进会"


def test_a_dispatch_quoted_from_xinhua_starts_an_item_of_a_digest():
    clean, arts = _articles("本报东京1月12日电 记者某某报道:日本首相某某今天发表演说。\n\n"
                            "据新华社雅加达1月12日电 印尼总统今天会见了来访的客人。\n")
    assert len(arts) == 2 and clean.text[arts[1].start :].startswith("据新华社雅加达")


def test_a_line_marked_as_a_photo_caption_stays_in_the_story():
    raw = ("某某学院举行毕业典礼\n"
           "6月28日上午,某某学院2024届毕业典礼在体育馆举行。院长邱一鸣出席典礼。\n"
           "[图]院长邱一鸣讲话\n"
           "邱一鸣作了题为《向远方出发》的讲话。\n")
    clean = clean_document(Document("p", "p.txt", raw, "utf-8"))
    assert len(split_articles(clean)) == 1


def test_numbered_items_of_minutes_stay_in_the_minutes():
    raw = ("县政府第12次常务会议纪要\n"
           "5月6日,县长甘日新主持召开县政府第12次常务会议。\n"
           "一、听取防汛工作汇报\n"
           "县水利局局长钱立群汇报了防汛准备情况。\n"
           "二、研究其他事项\n"
           "县财政局局长庞永安作了说明。\n")
    clean = clean_document(Document("p", "p.txt", raw, "utf-8"))
    assert len(split_articles(clean)) == 1


def test_the_lines_of_a_meetings_minutes_are_body_not_headlines():
    clean, arts = _articles("柳川县人大常委会第九次会议纪要\n时间:2008年6月20日上午\n地点:县人大常委会三楼会议室\n"
                            "主持:邬长林(县人大常委会主任)\n会议审议通过了人事任免事项。\n")
    assert [a.headline for a in arts] == ["柳川县人大常委会第九次会议纪要"]
    assert clean.text[arts[0].start :].startswith("时间:2008年6月20日上午")


def test_section_headings_of_a_day_stay_in_the_story_and_dated_items_part():
    day = ("县委书记的一天\n2月21日,县委书记石海平的日程排得满满。\n\n▌上午:学\n上午8点半,县委中心组集中学习会举行。\n\n"
           "▌下午:走\n下午2点,石海平来到县工业园区察看项目。\n")
    assert len(_articles(day)[1]) == 1
    digest = ("▌县政府召开森林防火调度会\n12月6日下午,县政府召开森林防火调度会。\n\n"
              "▌县长走访重点企业\n12月8日,县长汪明远走访县内重点企业。\n")
    assert len(_articles(digest)[1]) == 2


def test_section_headings_inside_a_story_keep_it_one_article():
    text = ("全县项目观摩推进会召开\n\n"
            "本报讯 10月17日,全县项目观摩推进会在东关镇召开。县委书记严文主持会议。\n\n"
            "观摩点上看实效\n\n"
            "当天上午,与会人员先后来到东关镇产业园、西河镇冷链物流中心等观摩点。\n\n"
            "会议室里话思路\n\n"
            "下午,与会人员回到东关镇召开推进会。县农业农村局局长涂亮作交流发言。\n")
    assert len(_articles(text)[1]) == 1
