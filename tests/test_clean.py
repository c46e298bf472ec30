from datetime import date

import pytest

from pipeline.records import Document
from pipeline.stages.clean import clean_document


def _clean(text, doc_id="page"):
    return clean_document(Document(doc_id, f"{doc_id}.txt", text, "utf-8"))


def test_spaced_out_characters_and_broken_lines_are_joined():
    raw = "本 报 讯 （记 者 冯 雅\n琴） 3 月 2 日，全 县 春 耕\n\n生 产 工 作 会 议 召 开 。\n"
    clean = _clean(raw)
    assert clean.text == "本报讯(记者冯雅琴)3月2日,全县春耕生产工作会议召开。"


def test_a_short_line_with_a_full_stop_inside_runs_on_into_the_next():
    raw = "9月22日,县人大常委会召开主任会议。\n甲乙丙、丁戊等常委会领导出席会议。县人大常委\n会党组副书记己庚列席会议。\n"
    assert _clean(raw).text.split("\n") == [
        "9月22日,县人大常委会召开主任会议。", "甲乙丙、丁戊等常委会领导出席会议。县人大常委会党组副书记己庚列席会议。"]


def test_a_short_story_set_in_a_narrow_column_is_joined_into_paragraphs():
    raw = ("县委常委会召开会议\n本报讯 9月1日,县委常委会召开会\n议,研究部署秋季农业生产工作。\n"
           "县委书记甲乙丙主持会议并讲话。\n县委副书记、县长丁戊己和县委副\n书记庚辛壬、县委常委癸子丑出席\n会议。\n")
    assert _clean(raw).text.split("\n") == [
        "县委常委会召开会议", "本报讯9月1日,县委常委会召开会议,研究部署秋季农业生产工作。",
        "县委书记甲乙丙主持会议并讲话。", "县委副书记、县长丁戊己和县委副书记庚辛壬、县委常委癸子丑出席会议。"]


def test_a_line_cut_at_a_list_comma_or_an_open_bracket_runs_on():
    raw = "全国政协副主席甲乙丙、\n丁戊己出席开幕式\n"
    assert _clean(raw).text == "全国政协副主席甲乙丙、丁戊己出席开幕式"
    assert _clean("县政协(\n扩大)会议召开\n").text == "县政协(扩大)会议召开"


def test_a_headline_of_two_parts_set_apart_by_a_space_is_two_lines():
    raw = "全市各界人士喜迎中秋 甲乙丙、丁戊己出席联欢会\n本报讯 9月23日晚,联欢会举行。\n"
    assert _clean(raw).text.split("\n")[:2] == ["全市各界人士喜迎中秋", "甲乙丙、丁戊己出席联欢会"]
    assert _clean("本报记者 王小明\n").text == "本报记者王小明"  # a byline stays one line


def test_offset_map_points_back_to_the_raw_text():
    raw = "2月3日,县委副书记、县长魏\n明主持会议。"
    clean = _clean(raw)
    k = clean.text.index("魏明")
    assert clean.original(raw, k, k + 2) == "魏\n明"
    assert all(raw[clean.offset_map[i]] == clean.text[i] for i in range(len(clean.text)))


def test_headlines_stay_apart_from_the_body():
    raw = "全县春耕生产工作会议召开\n\n冯立新讲话\n\n本报讯 3月2日,全县春耕生产工作会议召开。县长冯立新讲话。\n"
    assert _clean(raw).text.split("\n") == [
        "全县春耕生产工作会议召开", "冯立新讲话", "本报讯3月2日,全县春耕生产工作会议召开。县长冯立新讲话。"]


def test_furniture_and_continuation_markers_are_removed():
    raw = ("河东日报\n\n中共河东市委机关报\n\n2024年5月6日\n\n星期一\n\n(今日八版)\n\n"
           "本报讯 5月5日,市委常委会召开会议。(下转第二版)\n\n社会主义核心价值观\n\n富强 民主 文明 和谐\n")
    clean = _clean(raw)
    assert "机关报" not in clean.text and "下转" not in clean.text and "富强" not in clean.text
    assert clean.newspaper == "河东日报"
    assert clean.issue_date == date(2024, 5, 6) and clean.issue_date_source == "masthead"
    assert "(下转第二版)" in clean.furniture


def test_traditional_text_is_simplified_with_offsets_intact():
    raw = "縣長馬振華主持召開縣政府常務會議。"
    clean = _clean(raw)
    assert clean.traditional
    assert clean.text == "县长马振华主持召开县政府常务会议。"
    assert len(clean.offset_map) == len(clean.text)


def test_full_width_forms_are_folded():
    assert _clean("（记者　刘明）２月３日，") .text == "(记者刘明)2月3日,"


def test_html_left_in_web_text_is_removed_with_offsets_intact():
    raw = "<p>县长&nbsp;冯立新<b>主持</b>会议。</p><p>会议指出&#65292;要抓落实。</p>"
    clean = _clean(raw)
    assert clean.text == "县长冯立新主持会议。\n会议指出,要抓落实。"
    k = clean.text.index("冯立新")
    assert clean.original(raw, k, k + 3) == "冯立新"


def test_digits_split_by_ocr_inside_chinese_text_are_joined():
    assert _clean("2月1 6日,县委召开会议。").text == "2月16日,县委召开会议。"
    assert _clean("release ABC 12 34 XYZ").text == "release ABC 12 34 XYZ"


def test_markdown_markers_are_dropped():
    raw = "## 县委常委会召开会议\n\n> 第8期 今日4版\n\n本报讯 **3月2日**,县委常委会召开会议。\n"
    assert _clean(raw).text == "县委常委会召开会议\n本报讯3月2日,县委常委会召开会议。"


def test_a_short_sentence_or_heading_ending_in_bao_is_no_newspaper():
    raw = ("首页>新闻中心>政务要闻\n\n全县安全生产情况通报\n\n发布时间:2026-04-12 16:35 来源:县政府办公室\n\n"
           "4月11日,县政府召开会议。\n\n会上,县发改局等部门汇报了情况。\n")
    assert _clean(raw).newspaper is None


def test_a_continuation_on_a_later_page_is_moved_back_to_its_article():
    raw = ("市委召开全会\n\n本报讯 3月2日,市委全会召开。市委书记诸葛伟主持会议。\n\n全会指出,(下转第二版)\n\n"
           "县长调研春耕\n\n本报讯 3月3日,县长濮建军到城郊镇调研。\n\n第二版\n\n"
           "(上接第一版)要推动高质量发展。市委副书记储红英发言。\n\n市人大召开会议\n\n本报讯 3月2日,市人大召开会议。\n")
    clean = _clean(raw)
    paragraphs = clean.text.split("\n")
    assert "全会指出,要推动高质量发展。市委副书记储红英发言。" in paragraphs
    assert paragraphs.index("县长调研春耕") > paragraphs.index("全会指出,要推动高质量发展。市委副书记储红英发言。")
    assert paragraphs[-2:] == ["市人大召开会议", "本报讯3月2日,市人大召开会议。"]
    start = clean.text.index("指出,要")
    assert clean.original(raw, start, start + 4) == "指出,要"


@pytest.mark.parametrize("top, paper", [
    ("河西晚报\n\n2025年1月8日 星期三 第3版\n\n", "河西晚报"),
    ("中共北岭县委机关报 北岭日报社出版\n\n2025年1月8日\n\n", "北岭日报"),
    ("中共北岭县委机关报 ★ 北岭日报社出版\n\n", "北岭日报"),
    ("山南新闻\n\n", "山南新闻"),
    ("山南新闻网 2025-01-08 09:00:00 山南日报\n\n", None),  # two names: which one?
    ("发布时间:2025-01-08 10:21 来源:北岭日报 作者:某某\n\n", "北岭日报"),
    ("来源:北岭日报\n\n", "北岭日报"),
    ("发布时间:2025-01-08 来源:北岭新闻网\n\n", None),  # a web site, not a paper
    ("县政协副主席某某向大会作工作报告\n\n", None),
    ("32家晚报总编辑昨日来访\n\n", None),
    ("□记者 某某 报道\n\n", None),
    ("新闻报料热线:0000-1234567\n\n", None),
])
def test_the_newspaper_comes_from_a_masthead_or_source_line_only(top, paper):
    raw = top + "本报讯 1月7日,县委常委会召开会议。县委书记某某主持。\n\n(北岭日报记者 某某)\n"
    assert _clean(raw).newspaper == paper


def test_pinyin_notes_of_web_mirrors_are_removed():
    raw = "縣(xiàn)長李明主持召開縣(xiàn)政府常務(wù)會(huì)議,副縣長王剛（gāng）出席。"
    clean = _clean(raw)
    assert clean.text == "县长李明主持召开县政府常务会议,副县长王刚出席。"
    k = clean.text.index("王刚")
    assert clean.original(raw, k, k + 2) == "王剛"


def test_a_county_character_a_mirror_broke_is_mended():
    raw = "3月9日,縣(xiàn)委召開專題會??h長李明,??h委副書(shū)記王剛出席。問??"
    assert _clean(raw).text == "3月9日,县委召开专题会,县长李明,县委副书记王刚出席。问??"


def test_a_page_number_after_a_paragraph_goes():
    raw = "推动各项事业再上新台阶。1\n镇党委书记费明川作了讲话,全年增长12\n%。\n"
    assert _clean(raw).text.startswith("推动各项事业再上新台阶。\n镇党委书记费明川作了讲话,全年增长12")


def test_brackets_that_are_not_pinyin_stay():
    assert _clean("会议由县长(代)李明主持(见图)。").text == "会议由县长(代)李明主持(见图)。"


def test_pinyin_notes_after_a_lost_character_are_removed_too():
    assert _clean("要?(chuàng)新机制").text == "要?新机制"


def test_a_sentence_naming_the_hosts_is_no_page_furniture():
    text = "本报讯 今天上午,侨界人士欢聚一堂。\n国务院侨办主任郭东坡代表主办单位致辞。\n主办单位:某县人民政府\n"
    clean = clean_document(Document("t", "t.txt", text, "utf-8"))
    assert "代表主办单位致辞" in clean.text and "某县人民政府" not in clean.text


def test_a_pinyin_note_broken_across_lines_goes_with_its_break():
    text = "本報訊 區政府召開常務會議,區領(l\nǐng)導江俊明、方夏出席會議。\n"
    clean = clean_document(Document("t", "t.txt", text, "utf-8"))
    assert "区领导江俊明、方夏出席会议" in clean.text


def test_a_masthead_line_in_a_hard_wrapped_page_is_not_joined_to_the_headline():
    text = ("青川报　２０１９年１月２５日　星期五　第１版\n政协青川县第九届委员会第三次会议开幕\n"
            "本报讯（记者 某某）１月２\n４日上午，政协青川县第九届委员会第三次会议\n在县会议中心隆重 开幕。县委书记严国栋，县\n"
            "委副书记、县长郜文杰等在主席台就座。县政\n协主席宁慧珍作工作报告。大会由县政协副主\n席柴永胜主持。\n")
    clean = clean_document(Document("p", "p.txt", text, "utf-8"))
    assert "政协青川县第九届委员会第三次会议开幕" in clean.text.split("\n")
    assert clean.issue_anchor.date == date(2019, 1, 25)


def test_a_dateline_lead_stays_apart_from_the_headline_and_its_credits_run_on():
    text = ("市里召开全市春季农业生产电视电话会议部署春耕\n本报东平3月8日讯记者甲乙丙、本报\n"
            "记者丁戊报道:全市春季农业生产电视电话会议今\n天召开。市委副书记庚辛在主会场讲话,强调各地\n"
            "要抓好春耕备耕工作,确保粮食生产稳中有增,各级\n干部要深入一线指导生产,帮助农民解决实际困难。\n"
            "会议由副市长壬癸主持。各县区设分会场,县区领\n导在分会场参加会议。\n")
    lines = _clean(text).text.split("\n")
    assert lines[0] == "市里召开全市春季农业生产电视电话会议部署春耕"
    assert lines[1].startswith("本报东平3月8日讯记者甲乙丙、本报记者丁戊报道:全市春季农业生产电视电话会议今天召开。")


def test_a_list_of_names_cut_inside_a_name_runs_on():
    text = "10月8日下午,县委书记某某看望慰问县政协委员。\n县领导梁红、石山、张正\n韶、石磊等参加慰问。\n"
    assert "县领导梁红、石山、张正韶、石磊等参加慰问。" in _clean(text).text.split("\n")


def _wrapped(paragraph: str, width: int = 22) -> str:
    return "\n".join(paragraph[k : k + width] for k in range(0, len(paragraph), width)) + "\n"


_BODY = ("县委书记甲乙丙在会上强调,各级各部门要提高政治站位,把思想和行动统一到县委的决策部署上来,"
         "突出重点抓落实,聚焦短板补弱项,确保全年目标任务圆满完成,以优异成绩向全县人民交出一份满意答卷。"
         "会议要求,要强化责任担当,层层压实责任,形成上下联动、齐抓共管的工作格局,推动各项工作落地见效。")


def test_the_fields_of_a_web_header_stand_apart_from_headline_and_body():
    text = ("【聚焦两会】县政协十一届六次会议今日隆重开幕\n发布时间:2012-02-12 00:00:00 访问次数:\n"
            "张三 信息来源:某某县政府网\n" + _wrapped("今天下午,县政协十一届六次会议在县城隆重开幕。" + _BODY))
    lines = _clean(text).text.split("\n")
    assert lines[0] == "【聚焦两会】县政协十一届六次会议今日隆重开幕"
    assert lines[-1].startswith("今天下午,县政协十一届六次会议在县城隆重开幕。")


def test_a_paragraphs_short_last_line_does_not_pull_in_the_next_heading():
    text = ("大事记(2002年)\n来源:本网 时间:2017-06-06 0\n0:00:00 浏览:-\n\n1月\n\n"
            + _wrapped("3日 市委书记甲乙丙、副市长丁戊己等到某镇进行调研。" + _BODY)
            + "6日 市委副书记庚辛率考察团到某市考察水利工作。\n")
    lines = _clean(text).text.split("\n")
    assert "1月" in lines


def test_blank_lines_between_some_lines_part_paragraphs():
    text = ("某某新闻网   首页 | 要闻 | 乡镇动态\n\n某某到某县督导安全生产和疫情防控工作\n\n"
            "2022-11-05 08:12  来源:某县融媒体中心  浏览量:\n\n"
            + _wrapped("11月3日,市委副书记某某到某县督导安全生产工作。" + _BODY)
            + "\n" + _wrapped("某某带队暗访城区消防安全工作。" + _BODY))
    lines = _clean(text).text.split("\n")
    assert "某某到某县督导安全生产和疫情防控工作" in lines
    assert any(line.startswith("11月3日,市委副书记某某") for line in lines)


def test_whitespace_between_the_names_of_an_officials_list_is_a_list_comma():
    text = _clean("3月2日,县长邹明远主持会议,副县长程立新　唐晓燕 柴  军　覃振国出席。\n"
                  "会议要求,要统 筹推进,进一步发挥自 身优势。记者 白晓芳 贺鹏程\n").text
    assert "副县长程立新、唐晓燕、柴军、覃振国出席。" in text
    assert "要统筹推进,进一步发挥自身优势。" in text
    assert "记者白晓芳贺鹏程" in text  # a byline's names stay for the byline reader


def test_minutes_written_letter_spaced_keep_their_fields_and_names_apart():
    text = _clean("柳川县人大常委会第九次会议纪要\n"
                  "    时间:2008年6月20日上午\n"
                  "    地点:县人大常委会三楼会议室\n"
                  "    主持:邬 长 林(县人大常委会主任)\n"
                  "    出席:孔 德 明  符 秋 萍  甘 树 声(县人大常委会副主任)\n"
                  "    列席:邢 建 国(副县长)  殷 小 玲(县法院院长)\n").text
    assert "\n主持:邬长林(县人大常委会主任)\n" in text
    assert "\n出席:孔德明、符秋萍、甘树声(县人大常委会副主任)\n" in text
    assert "\n列席:邢建国(副县长)、殷小玲(县法院院长)" in text


def test_an_ascii_full_stop_ends_a_sentence_at_a_line_end_or_after_a_closing_mark():
    text = _clean("枫林县第九届人民代表大会第三次会议昨天上午隆重开幕.\n"
                  "县长覃明远作《政府工作报告》.县人大常委会主任邬长林主持。\n"
                  "会议期间,阿不都·热合曼等代表发言。\n").text
    assert "隆重开幕。\n县长" in text
    assert "《政府工作报告》。县人大常委会主任" in text
    assert "阿不都·热合曼" in text


def test_a_name_cut_after_its_title_at_a_line_end_is_joined():
    text = _clean("    会议由县委副书记邬长林主持。\n    县委副书记、县长覃\n"
                  "明远就全年工作作了部署。\n").text
    assert "县长覃明远就全年工作作了部署。" in text


def test_a_running_header_with_the_papers_name_and_page_is_furniture():
    doc = _clean("会议要求,年终兑现奖惩。\n\n枫 林 报                      第 ２ 版\n\n"
                 "    会上,县委常委邬长林宣读了表彰决定。\n")
    assert "枫林报" not in doc.text
    assert doc.furniture == ["枫林报第2版"]


def test_a_roster_of_names_and_titles_one_a_line_becomes_one_sentence():
    raw = ("    3月2日上午,柳川县委理论学习中心组举行专题学习会。\n"
           "    出席人员:\n    邬长林　县委书记\n    覃明远　县委副书记、县长\n"
           "    县委常委,县人大常委会、县政府领导班子成员\n"
           "    现场述职人员(按述职顺序):\n    枫林镇党委书记　殷永和\n    石桥乡党委书记　符秋萍\n"
           "    会议由邬长林主持。\n")
    doc = _clean(raw)
    assert "出席人员:邬长林(县委书记)、覃明远(县委副书记、县长)、县委常委,县人大常委会、县政府领导班子成员。\n" in doc.text
    assert "现场述职人员(按述职顺序):枫林镇党委书记殷永和、石桥乡党委书记符秋萍。\n会议由" in doc.text
    k = doc.text.index("覃明远(")
    assert doc.original(raw, k, k + 7) == "覃明远　县委副"


def test_headings_of_one_length_between_paragraphs_written_as_single_lines_stay_apart():
    heads = ["【枫林镇】清明节前开展森林防火大检查", "【石桥乡】驻村工作队晚上入户拉家常", "【柳川镇】清洁家园集中行动掀起热潮"]
    body = "3月30日,镇长邬长林带领镇林业站负责人到白岩村检查森林防火工作,重点查看了进山路口防火检查站设置和扑火物资储备情况。"
    doc = _clean("乡镇动态|清明前后各乡镇都在忙些啥\n\n柳川县融媒体中心 2018-04-02\n\n"
                 + "\n\n".join(f"{head}\n\n{body}" for head in heads) + "\n")
    assert doc.text.split("\n")[2:4] == [heads[0], body]


def test_a_web_pages_list_of_linked_headlines_with_dates_is_furniture():
    doc = _clean("当前位置:首页 > 领导活动\n· 县长邬长林深入企业开展现场办公  2011-08-26\n"
                 "· 县委书记覃明远会见深圳客商  2011-08-25\n\n县长邬长林深入企业开展现场办公\n\n"
                 "今天上午,县委副书记、县长邬长林带领县发改局负责人深入企业开展现场办公。\n")
    assert "2011-08-25" not in doc.text and "会见深圳客商" not in doc.text


def test_ocr_pages_running_headers_indented_paragraphs_and_look_alikes_in_dates():
    raw = ("县人大常委会举行第八次会议\n"
           "　　十—月四日，县人大常委会举行第八次会议。会议听取了副县长邬长\n"
           "林所作的报告。县人大常委会副主任覃明远、\n"
           "第３版　　　　要　闻　　　　　　某某报　１９９６年１１月６日\n"
           "殷永明出席会议。\n"
           "　　大会主席团常务主席\n"
           "符秋萍主持会议。县委副书记阿依古丽·\n"
           "吐尔逊列席会议。\n")
    assert _clean(raw).text.split("\n") == [
        "县人大常委会举行第八次会议",
        "十一月四日,县人大常委会举行第八次会议。会议听取了副县长邬长林所作的报告。县人大常委会副主任覃明远、殷永明出席会议。",
        "大会主席团常务主席符秋萍主持会议。县委副书记阿依古丽·吐尔逊列席会议。"]
    assert _clean("本报讯 二OO三年11月8曰,县妇联召开表彰大会。\n").text == "本报讯二〇〇三年11月8日,县妇联召开表彰大会。"


def test_straight_quotes_paired_in_a_line_are_curled():
    assert _clean('市委书记某某说:"改造要让群众得实惠。"这句话被记下。\n').text == "市委书记某某说:“改造要让群众得实惠。”这句话被记下。"


def test_the_headlines_of_other_pages_a_web_page_lists_are_removed():
    raw = ("县政府召开第十二次常务会议\n发布时间:2012-04-17 来源:县政府办公室\n"
           "4月16日下午,县长罗建安主持召开县政府第十二次常务会议。\n【打印本页】 【关闭窗口】\n"
           "上一篇:我县召开2012年安全生产工作会议\n下一篇:市委副书记刘振邦来我县调研新农村建设工作\n"
           "▼往期精彩回顾\n◆宁陂县召开第二次县长办公会议\n◆陶建明督查大气污染防治工作\n"
           "阅读原文 阅读 2341 赞 36\n\n相关新闻:\n县委常委会召开会议。各部门要抓好落实。\n")
    clean = _clean(raw)
    assert "刘振邦" not in clean.text and "陶建明" not in clean.text and "安全生产工作会议" not in clean.text
    assert "上一篇:我县召开2012年安全生产工作会议" in clean.furniture
    assert "罗建安主持召开" in clean.text
    assert "县委常委会召开会议。各部门要抓好落实。" in clean.text  # a sentence ends the list


def test_a_date_in_the_body_is_no_masthead():
    raw = ("首页 > 新闻中心\n\n我市举行政策解读新闻发布会\n2023-07-11 10:26 来源:枫溪日报\n\n"
           "7月10日下午,市政府新闻办举行新闻发布会。\n据悉,《若干措施》自印发之日起施行,有效期至2025年12月31日。\n")
    clean = clean_document(Document("s_2023-07-11", "s_2023-07-11.txt", raw, "utf-8"))
    assert clean.issue_date == date(2023, 7, 11)


def test_a_web_pages_time_and_source_line_stands_apart_between_blank_lines():
    sentence = "市委书记邝振华出席并讲话,要求各地各部门大力弘扬尊师重教的优良传统。"  # 34 characters
    body = ["9月10日下午,青川市2023年“最美教师”颁奖典礼暨庆祝第39个教师节大会在市文化艺术中心大剧院举行。",
            sentence * 3, sentence * 4, sentence * 2 + sentence[:16] + "。", sentence + sentence[:20] + "。",
            "典礼在合唱声中圆满结束,全场掌声雷动。", "(本文来源:青川发布 责任编辑:戚文)"]
    raw = ("致敬人民教师 礼赞育人情怀\n青川市2023年“最美教师”颁奖典礼暨庆祝第39个教师节大会举行\n\n"
           "2023-09-12 10:05:36 来源:青川发布 作者:记者 杭晓 编辑:戚文 浏览量:3571\n\n" + "\n\n".join(body) + "\n")
    assert any(line.startswith("9月10日下午") for line in _clean(raw).text.split("\n"))


def test_a_byline_of_names_only_stays_apart_from_the_lead_that_opens_with_its_date():
    raw = "看项目 比进度\n\n本报记者 单晓明 葛磊\n\n4月25日,全市重点项目观摩活动举行。\n"
    assert _clean(raw).text.split("\n") == ["看项目比进度", "本报记者单晓明葛磊", "4月25日,全市重点项目观摩活动举行。"]


def test_fields_of_minutes_stand_apart_from_the_sentence_that_announces_them():
    raw = ("　　9月6日下午,副县长隋建明主持召开专题会议。现纪要如下:\n"
           "　　出席:隋建明(副县长)、聂志刚(县政府办副主任)\n"
           "　　参会单位及人员:县财政局(杭丽)、城关街道(贝胜利)\n")
    assert _clean(raw).text.split("\n") == [
        "9月6日下午,副县长隋建明主持召开专题会议。现纪要如下:", "出席:隋建明(副县长)、聂志刚(县政府办副主任)",
        "参会单位及人员:县财政局(杭丽)、城关街道(贝胜利)"]


def test_a_minutes_field_of_names_parted_by_spaces_and_its_items_on_the_lines_below():
    raw = ("出席：彭卫明　晏学东　柯小红　卢光耀\n"
           "列席：区人大常委会副主任　贺建国\n"
           "　　　区政协副主席　伍兆兴\n"
           "请假：副区长　龚立平（在省委党校学习）\n")
    assert _clean(raw).text.split("\n") == [
        "出席:彭卫明、晏学东、柯小红、卢光耀", "列席:区人大常委会副主任贺建国、区政协副主席伍兆兴。",
        "请假:副区长龚立平(在省委党校学习)"]
    assert _clean("出席:陶 玉 明  雷 振 东\n").text == "出席:陶玉明、雷振东"  # (names set letter by letter stay whole)


def test_the_cues_of_a_broadcast_script_are_stage_directions():
    raw = "【导语】11月5日上午,市长顾明达主持召开常务会议。\n【正文】\n会上,市住建局局长聂东海汇报了供暖准备工作。\n【同期声】\n"
    clean = _clean(raw)
    assert clean.text.split("\n") == ["11月5日上午,市长顾明达主持召开常务会议。", "会上,市住建局局长聂东海汇报了供暖准备工作。"]
    assert _clean("【新闻二】我县举行春节团拜会\n【简讯】今天上午,县指挥部召开调度会。\n").text.split("\n") == [
        "我县举行春节团拜会", "今天上午,县指挥部召开调度会。"]


def test_a_photo_number_stays_apart_from_its_captions_date():
    clean = _clean("县领导春节走访慰问掠影\n\n    图2  1月19日,县长韩明到县福利院看望老人。\n")
    assert "图2 1月19日" in clean.text and "21月" not in clean.text


def test_a_minutes_field_of_names_each_with_its_title_after_a_gap():
    raw = ("主持：邵振东　县长\n"
           "出席：章立群　常务副县长\n"
           "　　　孙丽芳　副县长\n"
           "　　　冯建华　副县长\n"
           "列席：县政府办公室主任许国华\n")
    assert _clean(raw).text.split("\n")[1] == "出席:章立群(常务副县长)、孙丽芳(副县长)、冯建华(副县长)。"
