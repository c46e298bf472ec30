from datetime import date

from pipeline.records import DateAnchor
from pipeline.stages.relations import resolve_date, similar_names
from tests.helpers import frames, run_stages

ISSUE = date(2025, 1, 9)


def _model_events(text, issue):
    """Events as ``default.yaml`` finds them: pkuseg tokens and the HanLP model's names."""
    return run_stages(text, issue, segmenter="pkuseg", backend="hanlp")[3]


def _roles(text, issue, key="name"):
    """Each event's (by its name, or its kind) people and their roles."""
    return {getattr(ev, key): {p.person: p.roles for p in ev.participants} for ev in _model_events(text, issue)}


def test_chair_speaker_attendees_and_observers():
    text = (
        "县委常委会召开会议\n"
        "本报讯(记者吴敏)1月8日,县委常委会召开会议,研究部署春节前后重点工作。县委书记钱立群主持会议并讲话。"
        "县委副书记、县长孔祥瑞,县委常委、常务副县长苏明远出席会议。县人大常委会主任骆红梅列席会议。\n"
        "会议指出,要统筹抓好发展和安全。\n"
    )
    _, _, _, events = run_stages(text, ISSUE)
    assert len(events) == 1
    ev = events[0]
    assert ev.name == "县委常委会会议" and ev.kind == "meeting" and ev.date == date(2025, 1, 8)
    people = frames(events)[ev.name]
    assert people["钱立群"] == ({"chair", "speaker"}, "县委书记")
    assert people["孔祥瑞"] == ({"attendee"}, "县委副书记、县长")
    assert people["苏明远"] == ({"attendee"}, "县委常委、常务副县长")
    assert people["骆红梅"] == ({"observer"}, "县人大常委会主任")
    assert "吴敏" not in people  # the reporter


def test_names_waiting_for_a_verb_share_it_and_lists_share_a_title():
    text = (
        "本报讯 1月6日,全县安全生产工作会议召开。副县长葛新民、孟晓光,县应急局局长贝志强,"
        "县公安局局长尚文斌分别作工作部署。县政协副主席聂晓霞参加。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["全县安全生产工作会议"]
    assert people["葛新民"][1] == people["孟晓光"][1] == "副县长"
    assert people["孟晓光"][0] == {"speaker"}
    assert people["贝志强"] == ({"speaker"}, "县应急局局长")
    assert people["聂晓霞"] == ({"attendee"}, "县政协副主席")


def test_meeting_says_is_nobody_and_pronoun_is_the_last_subject():
    text = (
        "本报讯 1月7日,市政府召开专题会议。市长熊立业出席并讲话。\n"
        "会议强调,要抓好项目建设。他指出,要强化要素保障。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["市政府专题会议"]
    assert people == {"熊立业": ({"speaker"}, "市长")}


def test_talks_give_both_sides_speaker_and_the_rest_attendee():
    text = (
        "本报讯 昨日,市长邵立文会见了恒达集团董事长庞志远一行。双方就合作交换了意见。"
        "副市长欧阳红,市政府秘书长谭凯参加会见。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [e.kind for e in events] == ["talks"]
    assert events[0].date == date(2025, 1, 8)  # 昨日
    people = frames(events)[events[0].name]
    assert people["邵立文"][0] == {"speaker"} and people["庞志远"][0] == {"speaker"}
    assert people["欧阳红"] == ({"attendee"}, "副市长")
    assert people["谭凯"] == ({"attendee"}, "市政府秘书长")


def test_inspection_doer_is_chair_and_escort_is_attendee():
    text = (
        "本报讯 1月5日,在市委书记孙立国的陪同下,省委书记蓝海涛深入清河镇调研乡村振兴工作。"
        "蓝海涛强调,要持续巩固脱贫成果。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [e.kind for e in events] == ["inspection"]
    people = frames(events)[events[0].name]
    assert people["蓝海涛"][0] == {"chair", "speaker"}
    assert people["孙立国"][0] == {"attendee"}


def test_guiding_work_somewhere_is_an_inspection_led_by_its_doers():
    text = (
        "本报讯 3月2日,镇党委书记贺明山,镇党委副书记、镇长江雨桐带队到白沙村指导工作,"
        "镇党委委员吕青参加。会议要求加强对基层的指导工作。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [e.kind for e in events] == ["inspection"]
    people = frames(events)[events[0].name]
    assert people["贺明山"][0] == {"chair"} and people["江雨桐"][0] == {"chair"}
    assert people["吕青"][0] == {"attendee"}


def test_a_working_group_named_before_its_members_is_who_they_are():
    text = "本报讯 6月3日,石桥镇召开防汛工作推进会,县督导组王立华、秦羽、范立等同志到会指导。\n"
    events = _model_events(text, ISSUE)  # 王立华: the name model's
    people = frames(events)[events[0].name]
    assert {name: roles for name, (roles, _) in people.items()} == {
        "王立华": {"attendee"}, "秦羽": {"attendee"}, "范立": {"attendee"}}


def test_joining_a_delegations_group_deliberation_is_its_own_meeting():
    text = (
        "本报讯 3月5日,省十四届人大三次会议开幕。县委书记周启明出席。\n"
        "3月6日,市委副书记王建平参加我县代表团分组审议。周启明表示,要抓好落实。\n"
    )
    events = run_stages(text, ISSUE)[3]
    people = frames(events)
    deliberation = next(name for name in people if name.endswith("分组审议"))
    assert people[deliberation]["王建平"][0] == {"attendee"}
    assert "王建平" not in people[next(name for name in people if name.endswith("人大三次会议"))]


def test_december_in_a_january_paper_is_the_previous_year():
    text = "本报讯 12月30日,县委书记钱立群到城关镇调研供暖保障工作。\n"
    events = run_stages(text, ISSUE)[3]
    assert events[0].date == date(2024, 12, 30)


def test_headline_and_body_are_one_event_and_body_roles_win():
    text = (
        "全市春节文化活动安排部署会召开\n"
        "邵立文主持\n"
        "本报讯 1月6日,全市春节文化活动安排部署会召开。市长邵立文出席会议并讲话,副市长严思齐主持会议。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 1
    people = frames(events)[events[0].name]
    assert people["邵立文"][0] == {"speaker"}
    assert people["严思齐"][0] == {"chair"}


def test_meetings_only_referred_to_are_not_events():
    text = "本报讯 近日,全县干部认真传达学习市委五届三次全会精神,大家纷纷表示要抓好落实。\n"
    assert run_stages(text, ISSUE)[3] == []


def test_entrusted_chair_and_title_after_name():
    text = (
        "本报讯 1月6日,全县农业农村工作会议召开。受县委书记钱立群委托,副县长严思齐主持会议。"
        "会上,王立新县长传达了中央农村工作会议精神。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["全县农业农村工作会议"]
    assert "钱立群" not in people
    assert people["严思齐"][0] == {"chair"}
    assert people["王立新"] == ({"speaker"}, "县长")


def test_undated_meeting_and_chair_by_passive():
    text = "本报讯 近日,县政府召开常务会议,会议由县长石磊主持。县领导郑凯、苗青青参加会议。\n"
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 1
    ev = events[0]
    assert ev.date is None and ev.month is None and ev.date_text == "近日"
    people = frames(events)[ev.name]
    assert people["石磊"][0] == {"chair"}
    assert people["郑凯"] == ({"attendee"}, "县领导")


def test_ceremony_is_kind_other():
    text = "本报讯 1月8日,县重点项目集中开工仪式举行。县委书记钱立群出席并宣布开工。\n"
    events = run_stages(text, ISSUE)[3]
    assert events and events[0].kind == "other"


def test_an_activity_held_somewhere_is_an_event_and_receiving_there_is_attending():
    text = (
        "本报讯 1月8日,人大代表接待日活动在城关镇便民服务中心举行。"
        "县人大常委会副主任仝建设,县人大代表季红英、聂晓霞接待来访群众。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [(e.kind, e.name, e.place) for e in events] == [("other", "人大代表接待日活动", "城关镇便民服务中心")]
    people = frames(events)["人大代表接待日活动"]
    assert people["仝建设"][0] == people["季红英"][0] == people["聂晓霞"][0] == {"attendee"}


def test_welcome_addresses_keynotes_and_duty_reports_make_speakers():
    text = (
        "本报讯 1月8日,首届县域经济论坛在县会议中心开幕。副市长仝建设致开幕词,县委书记季红英致欢迎词,"
        "农业大学教授聂晓霞作主旨演讲。县直单位党组书记房立群、巴特尔现场述职。"
        "在主席台就座的县领导还有:邵立文、严思齐。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["首届县域经济论坛"]
    assert {n: people[n][0] for n in ("仝建设", "季红英", "聂晓霞", "房立群", "巴特尔")} == dict.fromkeys(
        ("仝建设", "季红英", "聂晓霞", "房立群", "巴特尔"), {"speaker"})
    assert people["邵立文"][0] == people["严思齐"][0] == {"attendee"}


def test_a_bracketed_lead_in_is_no_subject_and_no_part_of_a_title():
    for lead in ("【本报讯】", "本报讯 "):
        text = f"{lead}行政长官岑志恒昨日上午出席大湾区合作论坛开幕式并致辞。经济财政司司长麦嘉诚等出席。\n"
        people = frames(run_stages(text, ISSUE)[3])["大湾区合作论坛开幕式"]
        assert people["岑志恒"] == ({"speaker"}, "行政长官"), lead
        assert people["麦嘉诚"] == ({"attendee"}, "经济财政司司长")


def test_a_headline_meeting_without_its_number_is_the_body_meeting():
    text = "县长邵立文主持召开县政府常务会议\n\n本报讯 1月8日,县长邵立文主持召开县政府2026年第3次常务会议。\n"
    events = run_stages(text, ISSUE)[3]
    assert [e.name for e in events] == ["县政府2026年第3次常务会议"]
    assert similar_names("县政府常务会议", "县政府2025年度第12次常务会议")


def test_joint_consultations_audits_and_our_city_before_a_title():
    text = ("本报讯 1月8日,我市与邻市举行对口合作工作会商会。我市副市长仝建设出席并讲话。"
            "同日,省检查组组长季红英带队来我市督查安全生产工作。\n")
    events = run_stages(text, ISSUE)[3]
    assert [(e.kind, e.name) for e in events][0] == ("meeting", "我市与邻市对口合作工作会商会")
    people = frames(events)
    assert people["我市与邻市对口合作工作会商会"]["仝建设"] == ({"speaker"}, "副市长")
    assert any(e.kind == "inspection" and "季红英" in people[e.name] for e in events)


def test_a_meeting_called_after_a_visit_is_not_named_after_the_conjunction():
    text = "本报讯 1月8日,县委书记邵立文来到城关镇,为党员干部宣讲,并召开座谈会。镇长季红英参加座谈。\n"
    assert "座谈会" in frames(run_stages(text, ISSUE)[3])


def test_who_calls_a_meeting_chairs_it_and_names_no_organ():
    text = "本报讯 1月8日,县长季红英召开专题会议,研究防汛工作。副县长仝建设参加会议。\n"
    assert frames(run_stages(text, ISSUE)[3]) == {
        "专题会议": {"季红英": ({"chair"}, "县长"), "仝建设": ({"attendee"}, "副县长")}}
    text = "本报讯 1月8日,县长季红英出席在县城召开的全市防汛工作会议。\n"
    assert frames(run_stages(text, ISSUE)[3])["全市防汛工作会议"]["季红英"][0] == {"attendee"}


def test_resolve_date_forms():
    assert resolve_date("2月8日", DateAnchor(2026, 2, 11))[0] == date(2026, 2, 8)
    assert resolve_date("2022年10月21日", DateAnchor(2023, 2, 17))[0] == date(2022, 10, 21)
    assert resolve_date("今年1月31日", DateAnchor(2023, 2, 17))[0] == date(2023, 1, 31)
    assert resolve_date("近日", DateAnchor(2023, 2, 17)) == (None, None, None, "vague")
    assert resolve_date("5月6日", None) == (None, 5, 6, "text")  # year unknown: month and day kept
    assert resolve_date("8日", DateAnchor(2026, 3, 5))[0] == date(2026, 2, 8)
    wednesday = DateAnchor(2025, 11, 5)
    assert resolve_date("本月3日", wednesday)[0] == date(2025, 11, 3)
    assert resolve_date("上周五", wednesday)[0] == date(2025, 10, 31)
    assert resolve_date("上周日", wednesday)[0] == date(2025, 11, 2)
    assert resolve_date("本周一", wednesday)[0] == date(2025, 11, 3)
    assert resolve_date("本周五", wednesday) == (None, None, None, "vague")  # later than the paper
    assert resolve_date("昨晚", wednesday)[0] == date(2025, 11, 4)


def test_resolve_date_against_an_issue_month():
    assert resolve_date("12月29日", DateAnchor(2019, 1))[0] == date(2018, 12, 29)
    assert resolve_date("2月28日", DateAnchor(2014, 3))[0] == date(2014, 2, 28)
    assert resolve_date("3月2日", DateAnchor(2014, 3))[0] == date(2014, 3, 2)
    assert resolve_date("本月3日", DateAnchor(2014, 3))[0] == date(2014, 3, 3)
    assert resolve_date("昨日", DateAnchor(2014, 3)) == (None, None, None, "vague")  # needs the day


def test_similar_names_merge_forms_of_one_meeting():
    assert similar_names("区政府第93次常务会议", "第93次常务会议")
    assert not similar_names("市委经济工作会议", "全市干部大会")


def test_attending_a_named_meeting_reports_it():
    text = "本报讯 1月8日,市委书记韩立群出席全市经济工作会议并讲话。市长邵立文主持会议。\n"
    people = frames(run_stages(text, ISSUE)[3])["全市经济工作会议"]
    assert people == {"韩立群": ({"speaker"}, "市委书记"), "邵立文": ({"chair"}, "市长")}


def test_a_quote_and_who_said_it_is_no_participation():
    text = (
        "本报讯 1月8日,全县经济工作会议召开。县委书记钱立群出席并讲话。\n"
        "“会议为我们指明了方向。”县发改局局长吴志远表示。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["全县经济工作会议"]
    assert "吴志远" not in people


def test_dateline_glued_to_the_subject_and_trailing_modifiers():
    text = ("新华社北京1月9日电(记者程立)国务院副总理韦国梁今天上午主持召开专题会议,研究春运工作。\n"
            "本报讯 全省政协常委会第十次会议今天上午开始在京举行。省政协主席祁文东主持会议。\n")
    events = {e.name: e for e in run_stages(text, ISSUE)[3]}
    assert frames([events["专题会议"]])["专题会议"]["韦国梁"][0] == {"chair"}
    assert events["专题会议"].date == date(2025, 1, 9)  # 今天 in a 1月9日电 story
    assert "全省政协常委会第十次会议" in events


def test_talks_joined_by_tong_and_speech_at_the_meeting():
    text = ("本报讯 1月8日,省长祁文东今天下午在迎宾馆同恒达集团总裁庞志远举行了会谈。\n"
            "本报讯 1月7日,全省宣传工作会议召开。省委副书记韦国梁在今天的会上作了重要讲话。\n")
    fr = frames(run_stages(text, ISSUE)[3])
    assert fr["会谈"]["祁文东"][0] == {"speaker"} and fr["会谈"]["庞志远"][0] == {"speaker"}
    assert fr["全省宣传工作会议"]["韦国梁"][0] == {"speaker"}


def test_a_planned_meeting_is_not_reported():
    text = "本报讯 据悉,全省旅游发展大会将于6月在清河举行,省长祁文东届时将出席。\n"
    assert run_stages(text, ISSUE)[3] == []


def test_names_listed_after_chu_xi_de_you():
    text = ("本报讯 1月8日,全县经济工作会议召开。县委书记钱立群讲话。出席会议的还有县领导葛新民、孟晓光。"
            "列席会议的有:县法院院长尚文斌。\n")
    people = frames(run_stages(text, ISSUE)[3])["全县经济工作会议"]
    assert people["葛新民"][0] == {"attendee"} and people["孟晓光"][0] == {"attendee"}
    assert people["尚文斌"] == ({"observer"}, "县法院院长")


def test_inspection_of_work_counts_but_condolence_letters_do_not():
    text = ("本报讯 1月8日,省委书记蓝海涛在清河市考察工作时强调,要抓好春耕备耕。\n"
            "本报讯 1月7日,市委书记孙立国向受灾群众发来慰问信。\n")
    events = run_stages(text, ISSUE)[3]
    assert [(e.kind, e.date) for e in events] == [("inspection", date(2025, 1, 8))]


def test_unnamed_colleagues_share_the_verb_and_date_ranges_start_the_event():
    text = ("本报讯 9月5日至6日,县人大常委会主任杨国华带领调研组深入城关镇开展执法检查。\n"
            "本报讯 5月20日,县委书记王建华主持召开县委常委会会议。县委副书记、县长李明远,"
            "县委副书记张丽娟,县委常委出席会议。\n")
    events = {e.kind: e for e in run_stages(text, date(2024, 10, 15))[3]}
    assert events["inspection"].date == date(2024, 9, 5)
    people = frames([events["meeting"]])[events["meeting"].name]
    assert people["李明远"][0] == {"attendee"} and people["张丽娟"][0] == {"attendee"}


def test_meeting_someone_during_talks_is_the_talks():
    text = "本报讯 7月8日,省长王晓东在会见恒达集团董事长孙永才一行时表示,欢迎企业投资兴业。\n"
    events = run_stages(text, date(2024, 10, 15))[3]
    assert [e.kind for e in events] == ["talks"]
    assert set(frames(events)[events[0].name]) == {"王晓东", "孙永才"}


def test_whoever_gives_the_report_the_meeting_heard_is_a_speaker():
    text = (
        "本报讯 1月7日,县人大常委会第二十次会议召开。县人大常委会主任邝立本主持会议。"
        "会议听取了副县长龚建和、县财政局局长邵雨晴关于全县预算执行情况的报告,"
        "听取了县政府关于优化营商环境工作情况的汇报。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县人大常委会第二十次会议"]
    assert people["邝立本"] == ({"chair"}, "县人大常委会主任")
    assert people["龚建和"] == ({"speaker"}, "副县长")
    assert people["邵雨晴"] == ({"speaker"}, "县财政局局长")
    assert set(people) == {"邝立本", "龚建和", "邵雨晴"}


def test_a_second_visit_by_someone_not_named_before_is_its_own_event():
    text = (
        "1月8日,县委书记祁明远深入城关镇走访慰问困难群众。在南坪村,祁明远来到困难党员家中看望。"
        "同日,县长房立群先后来到县福利院、县救助站看望慰问,副县长冉小梅陪同。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])
    assert len(people) == 2
    first, second = (people[name] for name in sorted(people, key=len, reverse=True))
    assert first == {"祁明远": ({"chair"}, "县委书记")}
    assert second == {"房立群": ({"chair"}, "县长"), "冉小梅": ({"attendee"}, "副县长")}


def test_a_lecturer_at_a_study_session_is_a_speaker():
    text = (
        "1月8日下午,县委理论学习中心组举行集体学习。县委书记祁明远主持。"
        "省委党校教授晏春林作专题辅导报告。县领导房立群、冉小梅等参加学习。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县委理论学习中心组集体学习"]
    assert people["晏春林"] == ({"speaker"}, "省委党校教授")
    assert people["房立群"][0] == people["冉小梅"][0] == {"attendee"}


def test_meeting_names_keep_quoted_words_and_their_longest_ending():
    text = (
        "8月14日,东坡镇召开村“两委”干部培训会。镇党委书记晏德福出席并讲话。\n"
        "8月15日,县委随即召开“学查改”专项工作总结会议,县委书记祁明远主持。\n"
    )
    names = {ev.name for ev in run_stages(text, ISSUE)[3]}
    assert names == {"东坡镇村“两委”干部培训会", "县委“学查改”专项工作总结会议"}


def test_a_symposium_referred_to_by_its_kind_is_the_same_meeting():
    text = (
        "10月15日,市政府与驻桐高校校地合作座谈会在桐河学院召开。市长房立群出席座谈会并讲话。"
        "副市长冉小梅主持座谈会。座谈会上,市科技局局长晏春林发言。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["市政府与驻桐高校校地合作座谈会"]
    people = frames(events)["市政府与驻桐高校校地合作座谈会"]
    assert people == {"房立群": ({"speaker"}, "市长"), "冉小梅": ({"chair"}, "副市长"),
                      "晏春林": ({"speaker"}, "市科技局局长")}


def test_a_time_word_after_zai_is_no_place_and_law_inspections_keep_their_kind():
    text = (
        "6月19日,县人大常委会副主任蒲建新率执法检查组开展执法检查。副县长冉小梅陪同检查。"
        "在随后召开的汇报会上,县市场监管局局长晏春林汇报了工作情况。\n"
    )
    events = {ev.name: ev for ev in run_stages(text, ISSUE)[3]}
    assert events["执法检查"].kind == "inspection"
    assert events["汇报会"].place is None


def test_a_meeting_of_the_whole_county_is_not_renamed_after_its_organizer():
    text = "1月8日,县政府召开全县冬季供暖工作调度会。副县长冉小梅主持。\n"
    assert [ev.name for ev in run_stages(text, ISSUE)[3]] == ["全县冬季供暖工作调度会"]


def test_a_congress_session_that_opens_is_held_and_the_rostrum_attends():
    text = (
        "本报讯 1月8日上午,桐县第十五届人民代表大会第五次会议在县人民会堂隆重开幕。"
        "大会执行主席蒲建新、季红英在主席台前排就座。蒲建新主持大会。县长房立群作政府工作报告。\n"
        "1月8日,县旅游节开幕式在东湖广场举行。副县长冉小梅出席开幕式并致辞。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])
    assert set(people) == {"桐县第十五届人民代表大会第五次会议", "县旅游节开幕式"}
    session = people["桐县第十五届人民代表大会第五次会议"]
    assert session["蒲建新"][0] == {"chair"} and session["季红英"][0] == {"attendee"}
    assert session["房立群"] == ({"speaker"}, "县长")


def test_a_title_holding_a_trigger_word_is_no_inspection():
    text = (
        "1月8日,县委召开常委会会议。县委书记祁明远主持。"
        "县政府党组成员、二级巡视员晏春林,县委办公室一级调研员冉小梅列席会议。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])
    assert set(people) == {"县委常委会会议"}
    assert people["县委常委会会议"]["冉小梅"] == ({"observer"}, "县委办公室一级调研员")


def test_chair_after_a_session_noun_report_named_in_between_and_leading_study():
    text = (
        "本报讯 1月8日上午,政协桐县第九届委员会第三次会议开幕。县政协副主席井雪梅作关于提案工作情况的报告。"
        "县委书记房立群出席。大会由县政协副主席栾永康主持。\n"
        "1月7日,县法院党组书记、院长厉志诚主持召开党组理论学习中心组学习会。副院长滑晓丽领学了有关文件。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])
    session = people["政协桐县第九届委员会第三次会议"]
    assert session["井雪梅"] == ({"speaker"}, "县政协副主席")
    assert session["栾永康"] == ({"chair"}, "县政协副主席")
    assert session["房立群"] == ({"attendee"}, "县委书记")
    assert people["党组理论学习中心组学习会"]["滑晓丽"] == ({"speaker"}, "副院长")


def test_the_leader_of_a_delegation_keeps_his_title_without_yi():
    text = "1月8日,县长房立群会见了以某集团董事长邝振宇为团长的客商考察团一行。邝振宇表示,将加快项目落地。\n"
    (talks,) = run_stages(text, ISSUE)[3]
    assert talks.name == "会见客商考察团一行"  # whom the talks were with
    people = frames([talks])[talks.name]
    assert people["邝振宇"] == ({"speaker"}, "某集团董事长")


def test_joining_the_inspection_and_watching_a_video_conference():
    text = (
        "1月8日,市农业农村局副局长谭立新一行来我县调研。副县长冉小梅陪同调研。"
        "在随后召开的座谈会上,冉小梅汇报了全县工作情况。县农业农村局局长匡文彬参加调研。\n"
        "1月7日,全省森林防火电视电话会议召开。县委书记房立群、县长蒲建新在县分会场收听收看。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])
    assert people["来我县调研"]["匡文彬"] == ({"attendee"}, "县农业农村局局长")
    assert "匡文彬" not in people["座谈会"]
    conference = people["全省森林防火电视电话会议"]
    assert conference["房立群"][0] == conference["蒲建新"][0] == {"attendee"}


def test_a_name_ending_in_nian_chairs_and_a_newly_appointed_official_speaks():
    text = (
        "1月8日,县人大常委会举行第九次会议。县人大常委会主任蒲延年主持会议。"
        "会议任命冉小梅为县财政局局长。新任命的县财政局局长冉小梅作了表态发言。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县人大常委会第九次会议"]
    assert people["蒲延年"] == ({"chair"}, "县人大常委会主任")
    assert people["冉小梅"] == ({"speaker"}, "县财政局局长")


def test_an_invited_lecturer_speaks_and_a_known_name_needs_no_boundary():
    text = (
        "1月7日,县委理论学习中心组举行专题学习会,邀请省委党校教授晏春林作专题辅导。县委书记祁明远主持。\n"
        "祁明远检查防汛工作\n"
        "1月8日下午,祁明远冒雨来到清水河大堤,实地检查防汛准备工作。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])
    assert people["县委理论学习中心组专题学习会"]["晏春林"] == ({"speaker"}, "省委党校教授")
    assert people["实地检查防汛准备工作"]["祁明远"][0] == {"chair"}


def test_xiang_inside_a_name_but_not_after_one():
    text = (
        "1月8日,市领导邴向东、卓玉兰分别带队走访慰问困难群众。县领导冉小梅陪同。\n"
        "1月7日,县委召开全会。县委书记祁明远向全会作工作报告。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])
    visit = next(p for name, p in people.items() if name.startswith("走访慰问"))
    assert visit["邴向东"] == visit["卓玉兰"] == ({"chair"}, "市领导")
    assert visit["冉小梅"] == ({"attendee"}, "县领导")
    assert people["县委全会"]["祁明远"] == ({"speaker"}, "县委书记")


def test_going_along_with_an_inspection_attends_it():
    text = (
        "1月8日,副县长司徒慧敏深入粮食收储企业,调研秋粮收购工作。县发改局局长郦国庆随同调研。\n"
        "1月7日,县长房立群到城关镇检查安全生产,县应急局局长冉小梅随同检查。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 2
    by_chair = {next(n for n, (roles, _) in frames([e])[e.name].items() if "chair" in roles): frames([e])[e.name]
                for e in events}
    assert by_chair["司徒慧敏"]["郦国庆"] == ({"attendee"}, "县发改局局长")
    assert by_chair["房立群"]["冉小梅"] == ({"attendee"}, "县应急局局长")


def test_attending_a_signing_ceremony_reports_it():
    text = (
        "1月8日,我县与某集团签订项目合作协议。县委书记祁明远、县长房立群共同见证签约。"
        "某集团董事长邝振宇出席签约仪式。副县长冉小梅与企业负责人签约。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [(e.name, e.kind, e.date) for e in events] == [("签约仪式", "other", date(2025, 1, 8))]
    people = frames(events)["签约仪式"]
    assert {name: roles for name, (roles, _) in people.items()} == {
        "祁明远": {"attendee"}, "房立群": {"attendee"}, "邝振宇": {"attendee"}, "冉小梅": {"attendee"}}


def test_an_appointment_meeting_announcer_and_names_after_appointment_verbs():
    text = (
        "1月8日,县委召开县级领导干部会议。市委组织部副部长仲晓光宣布了市委决定:"
        "公冶明同志任县委书记,免去楼建平同志的县委书记职务。\n"
        "仲晓光,楼建平,公冶明分别讲话。县长房立群主持会议。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县委县级领导干部会议"]
    assert people["仲晓光"] == ({"speaker"}, "市委组织部副部长")
    assert people["楼建平"][0] == people["公冶明"][0] == {"speaker"}
    assert people["房立群"] == ({"chair"}, "县长")


def test_who_chairs_talks_is_their_chair_and_a_project_tour_is_an_inspection():
    text = (
        "1月7日,县政府与某银行举行工作座谈。县长房立群,某银行行长邝振宇出席并讲话。副县长冉小梅主持座谈。\n"
        "1月8日,县领导祁明远、冉小梅带领观摩团,先后观摩了10个重点项目。\n"
    )
    events = run_stages(text, ISSUE)[3]
    talks = next(e for e in events if e.kind == "talks")
    people = frames([talks])[talks.name]
    assert people["冉小梅"] == ({"chair"}, "副县长")
    assert people["房立群"][0] == people["邝振宇"][0] == {"speaker"}
    tour = next(e for e in events if e.kind == "inspection")
    assert tour.name == "观摩10个重点项目" and frames([tour])[tour.name]["祁明远"] == ({"chair"}, "县领导")


def test_an_inspection_and_the_talks_meeting_held_during_it():
    text = (
        "本报讯 1月8日上午,市长房立群到经开区调研科技创新工作,实地察看企业研发中心,并主持召开座谈会。"
        "副市长季红英参加调研。\n"
        "在随后召开的座谈会上,经开区管委会主任祁明远汇报了有关情况。\n"
    )
    events = {e.kind: e for e in run_stages(text, ISSUE)[3]}
    assert set(events) == {"inspection", "meeting"}
    assert events["inspection"].date == events["meeting"].date == date(2025, 1, 8)
    people = frames(events.values())
    assert people[events["inspection"].name] == {"房立群": ({"chair"}, "市长"), "季红英": ({"attendee"}, "副市长")}
    assert people["座谈会"]["房立群"][0] == {"chair"}
    assert people["座谈会"]["祁明远"] == ({"speaker"}, "经开区管委会主任")


def test_a_visiting_leader_comes_to_our_city_and_consultation_meetings_are_meetings():
    text = (
        "本报讯 1月7日,副省长韶立功来我市调研农业工作。在市长邵立文陪同下,韶立功深入田间地头。\n"
        "1月8日,县政协召开“优化营商环境”专题协商会。县政协主席聂晓霞主持会议。\n"
    )
    events = {e.kind: e for e in run_stages(text, ISSUE)[3]}
    people = frames(events.values())
    assert people[events["inspection"].name]["韶立功"] == ({"chair"}, "副省长")
    assert people[events["inspection"].name]["邵立文"] == ({"attendee"}, "市长")
    assert events["meeting"].name.endswith("专题协商会")
    assert people[events["meeting"].name]["聂晓霞"] == ({"chair"}, "县政协主席")


def test_award_presenters_attend_and_a_representative_with_a_post_speaks():
    text = (
        "本报讯 1月8日,全县优秀企业表彰大会召开。县长邵立文主持会议。县领导聂晓霞、祁明远为获奖企业代表颁奖。"
        "获奖企业代表、恒达集团董事长庞志远作交流发言。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["全县优秀企业表彰大会"]
    assert people["聂晓霞"][0] == people["祁明远"][0] == {"attendee"}
    assert people["庞志远"] == ({"speaker"}, "获奖企业代表、恒达集团董事长")


def test_signing_sides_are_not_a_person_and_talks_have_a_place():
    text = (
        "本报讯 1月8日,县政府与恒达集团项目签约仪式举行。副县长季红英与恒达集团总经理庞志远分别代表双方签约。\n"
        "1月7日,县长邵立文在县行政中心会见了恒达集团董事长房立群一行。\n"
    )
    events = {e.kind: e for e in run_stages(text, ISSUE)[3]}
    assert set(frames([events["other"]])[events["other"].name]) == {"季红英", "庞志远"}
    assert events["talks"].place == "县行政中心"


def test_a_lecture_on_the_spirit_of_a_meeting_is_an_event_and_a_list_of_leaders_visits():
    text = (
        "本报讯 1月8日,全县“两会”精神宣讲报告会举行。县委副书记祁明远作宣讲报告。"
        "县教育局局长房立群就下步工作作具体安排。\n"
        "1月7日,县委书记邵立文,县人大常委会主任仝建设,县政协主席聂晓霞等县领导分别带队,走访慰问困难群众。\n"
    )
    events = {e.kind: e for e in run_stages(text, ISSUE)[3]}
    people = frames(events.values())
    assert events["meeting"].name == "全县“两会”精神宣讲报告会"
    assert people[events["meeting"].name]["房立群"][0] == {"speaker"}
    assert {n for n, (roles, _) in people[events["visit"].name].items() if roles == {"chair"}} == {"邵立文", "仝建设", "聂晓霞"}


def test_a_ceremony_chaired_by_and_a_titled_speech_after_a_name():
    text = (
        "本报讯 1月8日上午,县职业中学2025届学生毕业典礼在学校礼堂举行。校长庞志远,副校长季红英出席典礼。"
        "典礼由副校长季红英主持。房立群书记发表了题为《向光而行》的讲话。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县职业中学2025届学生毕业典礼"]
    assert people["季红英"] == ({"chair"}, "副校长")
    assert people["房立群"] == ({"speaker"}, "书记")
    assert people["庞志远"] == ({"attendee"}, "校长")


def test_talks_reported_only_by_who_joined_them_and_organs_that_sat_in():
    text = (
        "本报讯 1月8日,县委副书记、县长邵立文率县直有关部门负责人赴省城,与省交通运输厅进行工作对接。"
        "省交通运输厅党组书记、厅长房立群,副厅长巴特尔参加座谈。邵立文介绍了我县交通建设情况。\n"
    )
    talks = run_stages(text, ISSUE)[3]
    assert [(e.kind, e.date) for e in talks] == [("talks", ISSUE.replace(day=8))]
    people = frames(talks)[talks[0].name]
    assert people["邵立文"][0] == {"speaker"}
    assert people["房立群"][0] == people["巴特尔"][0] == {"attendee"}

    text = (
        "本报讯 1月8日,县人大常委会第十次会议举行。县人大常委会主任仝建设主持会议。"
        "副县长季红英,县法院、县检察院负责同志列席会议。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县人大常委会第十次会议"]
    assert people["季红英"] == ({"observer"}, "副县长")

    text = (
        "本报讯 1月8日,县人大常委会第十次会议举行。县人大常委会主任仝建设主持会议。"
        "副县长季红英,县法院、县检察院负责同志,各乡(镇)人大主席列席会议。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县人大常委会第十次会议"]
    assert people["季红英"] == ({"observer"}, "副县长")


def test_a_chair_who_hears_the_speeches_is_not_a_speaker():
    text = "本报讯 1月8日,县委书记邵立文主持召开民营企业家座谈会。邵立文认真听取发言,并逐一记下企业的诉求。\n"
    assert frames(run_stages(text, ISSUE)[3])["民营企业家座谈会"]["邵立文"][0] == {"chair"}


def test_leaders_listed_after_a_shared_title_and_an_ordering_note():
    text = (
        "本报讯 1月8日,全县优化营商环境大会召开。县长邵立文主持会议。"
        "县领导(按姓氏笔画排序):仝建设、季红英、聂晓霞出席会议。市领导(以姓氏笔画为序)马立、房立群参加会议。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["全县优化营商环境大会"]
    assert {n: people[n] for n in ("仝建设", "季红英", "聂晓霞")} == dict.fromkeys(
        ("仝建设", "季红英", "聂晓霞"), ({"attendee"}, "县领导"))
    assert people["马立"] == people["房立群"] == ({"attendee"}, "市领导")


def test_a_visit_and_the_talks_held_during_it_are_two_events():
    text = (
        "本报讯 1月8日,以市委书记房立群为团长的某市党政代表团来我县考察交流,两地党政代表团举行座谈。"
        "县委书记邵立文主持座谈会,县长仝建设介绍我县发展情况。房立群介绍了某市发展情况。\n"
    )
    events = {e.kind: e for e in run_stages(text, ISSUE)[3]}
    assert set(events) == {"inspection", "talks"}
    people = frames(events.values())
    assert set(people[events["inspection"].name]) == {"房立群"}
    assert people[events["talks"].name]["邵立文"][0] == {"chair"}
    assert people[events["talks"].name]["仝建设"][0] == people[events["talks"].name]["房立群"][0] == {"speaker"}


def test_a_session_that_closes_in_a_hall_has_that_place():
    text = ("本报讯 1月8日上午,县第十八届人民代表大会第五次会议在县会议中心胜利闭幕。"
            "执行主席邵立文主持闭幕会。\n")
    events = run_stages(text, ISSUE)[3]
    assert [(e.name, e.place) for e in events] == [("县第十八届人民代表大会第五次会议", "县会议中心")]


def test_untitled_people_after_who_they_are_take_their_roles():
    text = ("本报讯 1月7日,恒达集团董事长庞志远向县图书馆捐赠图书。\n"
            "本报讯 1月8日,全县劳动模范表彰大会召开。县长邵立文主持会议。全国劳动模范庞志远作典型发言。\n"
            "本报讯 1月9日,全县企业家座谈会召开。县长邵立文主持会议。会议向全国劳动模范庞志远颁发证书。\n")
    people = frames(run_stages(text, ISSUE)[3])
    assert people["全县劳动模范表彰大会"]["庞志远"][0] == {"speaker"}
    assert "庞志远" not in people["全县企业家座谈会"]


def test_a_visit_whose_doer_also_speaks_gives_chair_and_speaker():
    text = "本报讯 1月8日,县委书记符建国到北山镇慰问一线干部职工并讲话。副县长岑丽参加慰问。\n"
    people = frames(run_stages(text, ISSUE)[3])
    (visit,) = people.values()
    assert visit["符建国"] == ({"chair", "speaker"}, "县委书记")
    assert visit["岑丽"] == ({"attendee"}, "副县长")


def test_a_speech_at_a_named_meeting_during_a_visit():
    text = ("本报讯 1月8日,县委书记符建国带队走访慰问困难群众,并在慰问座谈会上讲话。"
            "县委常委、办公室主任喻海陪同慰问。\n")
    events = {e.kind: frames([e])[e.name] for e in run_stages(text, ISSUE)[3]}
    assert events["visit"]["符建国"][0] >= {"chair"} and events["visit"]["喻海"][0] == {"attendee"}
    assert "speaker" in events["meeting"]["符建国"][0]  # the talk held during the visit is its own event


def test_transcribed_names_with_any_dot_form_a_list():
    text = "本报讯 1月8日,自治县民族团结进步表彰大会召开。县领导阿依·托合提、艾山•库尔班、米娜瓦尔・吐尔地出席大会。\n"
    (meeting,) = frames(run_stages(text, ISSUE)[3]).values()
    assert set(meeting) == {"阿依·托合提", "艾山·库尔班", "米娜瓦尔·吐尔地"}
    assert all(roles == {"attendee"} and title == "县领导" for roles, title in meeting.values())


def test_an_undated_sentence_takes_the_last_date_before_it_not_a_planned_one():
    text = ("本报讯 1月9日,全区将召开第三次党代会。1月8日上午,代表驻地一片忙碌。"
            "上午11时许,区委书记符建国到代表驻地看望代表。\n")
    (visit,) = run_stages(text, ISSUE)[3]
    assert visit.kind == "visit" and visit.date == date(2025, 1, 8)


def test_a_party_building_group_meeting_and_a_list_ending_with_veterans():
    text = ("本报讯 1月8日,市委书记符建国主持召开市委党的建设工作领导小组会议。"
            "市领导喻海、岑丽,原市委书记葛明等老同志出席会议。\n")
    (meeting,) = run_stages(text, ISSUE)[3]
    assert meeting.name == "市委党的建设工作领导小组会议"
    people = frames([meeting])[meeting.name]
    assert people["符建国"][0] == {"chair"}
    assert people["喻海"] == people["岑丽"] == ({"attendee"}, "市领导")
    assert people["葛明"][0] == {"attendee"}


def test_a_ceremony_with_a_foreign_chairman_and_a_list_joined_by_he():
    text = ("本报讯 9月17日晚,第三届山水文化博览会开幕式在湖滨广场隆重举行。"
            "省人大常委会副主任祁明远、省政协副主席冉小梅,和杨立同志共同按下开幕球。"
            "国际休闲组织理事会主席罗伯特·安德森致开幕辞。\n")
    (ceremony,) = run_stages(text, date(2025, 9, 18))[3]
    people = frames([ceremony])[ceremony.name]
    assert people["祁明远"][0] == people["冉小梅"][0] == people["杨立"][0] == {"attendee"}
    assert people["罗伯特·安德森"] == ({"speaker"}, "国际休闲组织理事会主席")


def test_dates_written_as_yuanyue_in_a_dateline_story_and_in_a_chronicle():
    text = "元月一日,市政协举行新年茶话会,市委书记符建国出席并讲话。\n"
    (party,) = run_stages(text, ISSUE)[3]
    assert party.date == date(2025, 1, 1)
    text = ("新华社长沙1月6日电(记者岑立)纪念某某诞辰90周年大会今天在他的家乡北山县举行。"
            "原省委书记喻海讲话。\n")
    (meeting,) = run_stages(text, ISSUE)[3]
    assert meeting.date == date(2025, 1, 6) and meeting.place == "他的家乡北山县"
    chronicle = "一月\n6日 全市法制宣传教育工作会议召开。\n8日 全市冬季防火工作动员大会召开。市长符建国讲话。\n"
    assert {(e.name, e.day) for e in run_stages(chronicle, ISSUE)[3]} == {
        ("全市法制宣传教育工作会议", 6), ("全市冬季防火工作动员大会", 8)}


def test_talks_reported_after_the_words_take_the_day_said_before():
    text = ("本报北京1月6日电 国务委员喻海今天在北京表示,两国关系发展顺利。"
            "喻海是在会见来访的某国外交部长罗伯特·安德森时这样说的。\n")
    (talks,) = run_stages(text, ISSUE)[3]
    assert talks.kind == "talks" and talks.date == date(2025, 1, 6)


def test_two_talks_of_one_host_with_two_guests_stay_two_and_long_titled_lists_wait():
    text = ("市长分别会见外国客人\n"
            "本报讯 1月8日,市长喻海在迎宾馆会见了某国时代传媒公司董事长罗伯特·安德森一行。"
            "喻海表示欢迎。市委常委、宣传部长岑丽,中国人民对外友好协会副会长冉小梅,市外办主任葛明等参加了会见。\n"
            "本报讯 1月8日,市长喻海在迎宾馆会见了某国海运集团总裁约翰·史密斯。约翰·史密斯介绍了集团情况。\n")
    events = [e for e in run_stages(text, ISSUE)[3] if e.kind == "talks"]
    assert len(events) == 2
    first, second = (frames([e])[e.name] for e in sorted(events, key=lambda e: e.start))
    assert first["罗伯特·安德森"][1] == "某国时代传媒公司董事长"
    assert first["岑丽"][0] == first["冉小梅"][0] == first["葛明"][0] == {"attendee"}
    assert first["冉小梅"][1] == "中国人民对外友好协会副会长"
    assert "约翰·史密斯" in second and "罗伯特·安德森" not in second


def test_a_visit_that_will_join_a_meeting_plans_it():
    text = ("本报讯 昨日,某国东河市友好访问团来访。市长喻海会见访问团一行。访问团此次来访还将参加经贸恳谈会。"
            "喻海对访问团的到来表示欢迎。\n")
    events = run_stages(text, ISSUE)[3]
    assert [e.kind for e in events] == ["talks"]
    assert frames(events)[events[0].name]["喻海"][0] == {"speaker"}


def test_a_meeting_in_what_someone_said_is_no_event_and_a_guest_list_joins_the_talks():
    text = ("本报讯 昨日,市委书记喻海会见友好城市大会嘉宾代表。喻海对嘉宾们表示欢迎。"
            "他说,我市召开友好城市大会,具有重要意义。出席会见的嘉宾有:某国东河市市长罗伯特·安德森、某国西山市副市长约翰·史密斯。\n")
    events = run_stages(text, ISSUE)[3]
    assert [e.kind for e in events] == ["talks"]
    people = frames(events)[events[0].name]
    assert people["罗伯特·安德森"][0] == people["约翰·史密斯"][0] == {"attendee"}


def test_a_quoted_meeting_dated_after_its_name_a_late_dateline_and_a_bare_later_mention():
    text = ("两地联手治理河流\n"
            "●重点是上游防护林建设\n"
            "本报重庆1月9日电 记者岑立报道:“两地河流环境技术研讨会”8日在重庆举行。"
            "这次研讨会由两地水利部门主办。\n")
    (meeting,) = run_stages(text, ISSUE)[3]
    assert meeting.name == "两地河流环境技术研讨会" and meeting.date == date(2025, 1, 8)
    assert meeting.place == "重庆"
    text = ("北岭举行发布会\n"
            "●经济平稳发展\n"
            "本报北岭一月七日讯 记者岑立报道:今天上午,在市政府新闻办公室举行的新闻发布会上,市长喻海介绍了全市经济情况。\n")
    (conference,) = run_stages(text, ISSUE)[3]
    assert conference.date == date(2025, 1, 7)


def test_one_tea_party_under_two_names_and_a_note_before_its_chair():
    text = ("元月一日,县政协举行新年茶话会,喻海、岑立等出席。(全文另发)\n"
            "新年茶话会由县政协主席冉小梅主持。北岭县政治协商委员会二〇二五年新年茶话会于元月一日上午举行。\n")
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 1 and events[0].date == date(2025, 1, 1)
    assert frames(events)[events[0].name]["冉小梅"][0] == {"chair"}


def test_letters_to_a_meeting_and_a_delegate_who_speaks():
    text = ("新华社北岭1月8日电(记者岑立)全省交通工作会议今天开幕。省长喻海发来贺信。"
            "喻海在贺信中指出,交通建设成绩显著。省交通厅厅长黄镇东在会上说,今年将新建公路。"
            "省冶金厅厅长葛明全面分析了面临的形势。省委书记冉小梅委托省委秘书长符建国,向会议表示祝贺。\n")
    (meeting,) = run_stages(text, ISSUE)[3]
    people = frames([meeting])[meeting.name]
    assert "喻海" not in people and "冉小梅" not in people  # wrote or sent someone: not there
    assert people["黄镇东"][0] == people["葛明"][0] == people["符建国"][0] == {"speaker"}


def test_an_agenda_told_item_by_item_and_a_list_with_a_name_the_model_passes_over():
    text = ("本报讯 7月6日上午,北山镇召开驻村工作对接会。镇长喻海出席。会议由镇党委组织委员葛明主持。"
            "一是葛明传达县委组织部文件精神;二是县工作专班领导岑丽同志讲话;三是驻村书记交流发言。\n"
            "旗领导符建国、额尔敦巴特尔、喻海在主席台就座。\n")
    (meeting,) = run_stages(text, ISSUE)[3]
    people = frames([meeting])[meeting.name]
    assert people["葛明"][0] == {"chair", "speaker"} and people["岑丽"][0] == {"speaker"}
    assert people["额尔敦巴特尔"] == ({"attendee"}, "旗领导")


def test_an_activity_carried_out_by_an_organ_with_officials_taking_part():
    text = ("本报讯 7月8日上午,区人大常委会组织代表分组进行年中视察活动。"
            "区人大常委会主任喻海,副主任岑丽参加。\n")
    (activity,) = run_stages(text, date(2025, 7, 9))[3]
    assert activity.kind == "other" and activity.date == date(2025, 7, 8)
    assert set(frames([activity])[activity.name]) == {"喻海", "岑丽"}


def test_a_ceremony_held_during_the_meeting_is_part_of_it_and_observers_are_no_meeting():
    text = ("本报讯 9月30日上午,北山镇第十三届人民代表大会第三次会议在镇政府会议室召开。"
            "24名列席人员参加了本次会议。会上还举行了新当选镇长宪法宣誓仪式。"
            "镇党委书记喻海同志做出了重要讲话。\n")
    (meeting,) = run_stages(text, date(2025, 9, 30))[3]
    assert meeting.name == "北山镇第十三届人民代表大会第三次会议"
    assert frames([meeting])[meeting.name]["喻海"][0] == {"speaker"}


def test_a_visit_as_a_festival_draws_near_and_a_day_written_in_brackets():
    text = ("本报讯(记者岑立)2月3日下午,在新春佳节即将来临之际,县委书记喻海走访慰问困难群众。"
            "副县长葛明参加走访慰问。\n")
    (visit,) = run_stages(text, date(2025, 2, 5))[3]
    assert visit.kind == "visit" and visit.date == date(2025, 2, 3)
    assert frames([visit])[visit.name]["喻海"][0] == {"chair"}
    text = "本报讯 昨(15)日上午,州政协召开主席会议。州政协主席喻海主持会议。\n"
    (meeting,) = run_stages(text, date(2025, 1, 16))[3]
    assert meeting.date == date(2025, 1, 15)


def test_a_chronicle_line_takes_its_month_from_the_heading():
    chronicle = "十一月\n6日 全市法制宣传教育工作会议召开。市长符建国讲话。\n"
    (meeting,) = run_stages(chronicle, None)[3]
    assert (meeting.month, meeting.day) == (11, 6)


def test_who_declares_a_session_open_and_who_reports_to_it_speak():
    text = (
        "市政协十二届四次会议开幕\n"
        "江城报讯 1月8日下午2:30,市政协十二届四次会议在市会议中心开幕。市政协主席严守诚,副主席柯文澜、"
        "费立人在主席台就坐。下午2:30,柯文澜宣布大会开幕。严守诚代表市政协常委会向大会报告工作。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["市政协十二届四次会议"]
    assert events[0].date == date(2025, 1, 8)
    people = frames(events)["市政协十二届四次会议"]
    assert people["柯文澜"][0] == {"speaker"}  # 宣布大会开幕 opens it: no event named after the person
    assert people["严守诚"][0] == {"speaker"}
    assert people["费立人"][0] == {"attendee"}  # 就坐, as 就座


def test_a_date_without_its_day_mark_and_a_range_of_days():
    text = "本报讯 县二届人大三次会议12月4下午在县剧院开幕。县长祁方舟向大会作政府工作报告。\n"
    ev = run_stages(text, date(2025, 12, 6))[3][0]
    assert ev.date == date(2025, 12, 4)
    text = "本报讯 12月8日至9日,县委理论学习中心组举行集中学习会。县委书记詹远航主持会议。\n"
    ev = run_stages(text, date(2025, 12, 10))[3][0]
    assert ev.date == date(2025, 12, 8)


def test_a_fragment_that_never_names_its_meeting_still_has_one():
    text = (
        "会上,县委副书记宁致远在讲话时指出,要全力以赴抓好下半年各项工作。\n"
        "县政协主席贺一鸣,县委常委柴文彬、易晓红出席会议。\n"
    )
    events = run_stages(text, None)[3]
    assert [ev.name for ev in events] == ["会议"]
    people = frames(events)["会议"]
    assert people["贺一鸣"][0] == people["易晓红"][0] == {"attendee"}


def test_a_web_pages_tags_are_no_part_of_a_meeting_name():
    text = ("[图]【聚焦2025两会】县政协九届五次会议今日开幕\n发布时间:2025-01-09 访问次数: 信息来源:县政府网\n"
            "县政协主席蓝启山主持开幕式。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["县政协九届五次会议"]


def test_a_chronicle_dates_its_days_by_its_own_year_and_month_headings():
    text = (
        "大事记(2003年)\n来源:本网 时间:2019-05-06\n"
        "2月\n"
        "4日 市委书记闻道远、副市长巩立文到平川镇进行调研。\n"
        "9日 市委工作会议召开。市委书记闻道远主持会议。\n"
    )
    events = run_stages(text, date(2019, 5, 6))[3]
    assert [(ev.name, ev.date) for ev in events] == [("到平川镇调研", date(2003, 2, 4)), ("市委工作会议", date(2003, 2, 9))]


def test_a_list_escorting_an_inspection_attends_it_and_takes_the_leads_date():
    filler = "详细询问了春耕备耕、农资供应、设施农业发展等情况,并查阅了相关台账资料,听取了村干部的情况介绍。" * 4
    text = (
        f"3月6日上午,县委主要负责同志到青石镇调研。{filler}\n"
        "县委常委、县委办主任邝启明,县人大副主任蔡文涛、青石镇镇长欧阳晴陪同此次调研。\n"
    )
    events = run_stages(text, date(2025, 3, 8))[3]
    assert len(events) == 1 and events[0].date == date(2025, 3, 6)
    people = frames(events)[events[0].name]
    assert {name: roles for name, (roles, _) in people.items()} == \
        {"邝启明": {"attendee"}, "蔡文涛": {"attendee"}, "欧阳晴": {"attendee"}}


def test_a_talk_and_banquet_with_a_list_of_services_and_an_aside():
    text = (
        "新华社北京1月8日电 国防部长邝振华今天在八一大楼会见并宴请了来访的某国国防部长一行。"
        "副总参谋长韦国栋、空军司令员冷启航、海军副司令员蒲子健,以及外交部副部长潘德明等参加了会见和宴请。\n"
        "这次会议主要是为召开全委会作准备。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [ev.name[:5] for ev in events] == ["会见并宴请"]
    people = frames(events)[events[0].name]
    assert set(people) == {"邝振华", "韦国栋", "冷启航", "蒲子健", "潘德明"}  # 空军 and 海军 are no names
    assert people["冷启航"] == ({"attendee"}, "空军司令员")
    assert people["潘德明"][1] == "外交部副部长"  # not 以及…


def test_an_activity_carried_out_is_an_event_but_work_carried_out_is_none():
    text = (
        "本报讯 1月6日,县妇联组织开展“新春送温暖”志愿服务活动。县领导尤振国、蓝晓梅参加。\n"
        "本报讯 1月7日,县农业局开展春耕备耕督导工作,局长屈立新带队。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events if ev.kind == "other"] == ["“新春送温暖”志愿服务活动"]
    people = frames(events)["“新春送温暖”志愿服务活动"]
    assert people == {"尤振国": ({"attendee"}, "县领导"), "蓝晓梅": ({"attendee"}, "县领导")}



def test_two_meetings_held_one_after_the_other_share_their_people():
    text = (
        "本报讯 1月6日,县住房和城乡建设局工作会议召开。局长柴立新主持会议。\n"
        "本报讯 1月7日,副县长冷明辉主持召开全县安全生产工作会议和防汛抗旱工作会议。县应急局局长詹学文参加。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["县住房和城乡建设局工作会议", "全县安全生产工作会议", "防汛抗旱工作会议"]
    people = frames(events)
    assert people["全县安全生产工作会议"] == people["防汛抗旱工作会议"] == \
        {"冷明辉": ({"chair"}, "副县长"), "詹学文": ({"attendee"}, "县应急局局长")}


def test_an_activity_mentioned_inside_a_meeting_story_is_no_event_and_they_are_the_group():
    text = (
        "本报讯 1月6日,县政协召开十一届十五次常委会议。县政协主席甄守礼主持会议。"
        "会议指出,要广泛开展“委员服务社会”活动。县政协副主席屈文兰、秦志远出席会议。\n"
        "本报讯 1月7日,县委统战部开展“同心迎新春”联谊活动。县领导庞书文参加。"
        "各界人士代表先后参观了县规划馆。他们纷纷表示,将为全县发展建言献策。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["县政协十一届十五次常委会议", "“同心迎新春”联谊活动"]
    assert frames(events)["“同心迎新春”联谊活动"] == {"庞书文": ({"attendee"}, "县领导")}  # 他们: the 代表


def test_a_meeting_named_with_its_year_and_a_task_said_at_it():
    text = (
        "2024年春耕生产工作动员会召开\n"
        "3月5日,2024年春耕生产工作动员会召开。县委书记闵志坚出席会议并讲话。"
        "闵志坚强调:一是加强农资市场监督检查,二是抓好农田水利建设。\n"
    )
    events = run_stages(text, None)[3]
    assert [(ev.name, ev.date) for ev in events] == [("2024年春耕生产工作动员会", date(2024, 3, 5))]


def test_names_before_an_unnamed_group_share_its_verb_and_delegates_elected_are_no_meeting():
    text = (
        "本报讯 1月6日,区委常委会召开扩大会议。区委副书记、区长尤振川主持会议并讲话,区人大常委会主任姬俊明、"
        "区政协主席叶山岚等区四套班子领导,各乡镇和区直有关单位主要负责同志参加。会议选举出席市第八次党代表大会代表。\n"
    )
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["区委常委会扩大会议"]
    people = frames(events)["区委常委会扩大会议"]
    assert people["姬俊明"][0] == people["叶山岚"][0] == {"attendee"}


def test_a_mechanism_of_talks_and_a_session_reviewed_are_no_events():
    text = (
        "本报讯 1月6日,县政协召开主席会议。县政协主席甄守礼主持会议。会议分别审议了召开县政协九届四次会议决定(草案)。\n"
        "新华社北京1月7日电 国务委员邝振华今天同来访的某国外长就建立两国外长定期会晤机制进行了磋商。\n"
    )
    names = [ev.name for ev in run_stages(text, ISSUE)[3]]
    assert names == ["县政协主席会议"]


def test_a_digest_of_rarer_gatherings():
    text = (
        "本报讯 3月2日,县市场监管局开展食品安全联合执法行动。副县长庞志远带队。\n"
        "本报讯 3月3日,县统战部举办新春联谊活动。县委常委、统战部长蓝青云出席并致辞。\n"
        "本报讯 3月4日,全县农民画展在县文化馆开幕。县委副书记柯永年宣布开幕。\n"
        "本报讯 3月5日,县委宣传部和县委党校联合举办形势政策报告会。市委党校教授卢志平作专题报告。\n"
        "本报讯 3月6日,县文旅局将在县城举办十多项迎春活动。\n"
    )
    events = run_stages(text, date(2025, 3, 8))[3]
    assert [(ev.name, ev.kind) for ev in events] == [
        ("食品安全联合执法行动", "other"), ("县统战部新春联谊活动", "other"), ("全县农民画展", "other"),
        ("形势政策报告会", "meeting")]
    people = frames(events)
    assert people["县统战部新春联谊活动"]["蓝青云"][0] == {"speaker"}
    assert people["形势政策报告会"]["卢志平"][0] == {"speaker"}


def test_a_list_intro_is_no_part_of_the_title():
    text = (
        "本报讯 3月4日,县委理论学习中心组举行集体学习会。会议由县委副书记蓝青云主持。"
        "出席会议的还有县领导卢志平、庞志远。参加会议的有县人大常委会副主任孔令飞、有关部门负责人詹学文。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县委理论学习中心组集体学习会"]
    assert people["卢志平"] == people["庞志远"] == ({"attendee"}, "县领导")
    assert people["孔令飞"] == ({"attendee"}, "县人大常委会副主任")
    assert people["詹学文"][1] == "有关部门负责人"


def test_an_undated_activity_with_nobody_named_is_a_campaign():
    text = "本报讯 近日,县人社局组成就业服务队,深入企业开展就业帮扶调研活动,为企业提供用工服务。\n"
    assert run_stages(text, ISSUE)[3] == []


def test_a_host_noun_is_no_chair():
    text = (
        "本报讯 1月6日,全县播音员主持人培训会召开。县委宣传部部长柴文彬、县广电局局长蓝青云"
        "和播音员主持人代表出席会议。会议邀请县电视台主持人詹雅文授课。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["全县播音员主持人培训会"]
    assert people["柴文彬"][0] == people["蓝青云"][0] == {"attendee"}
    assert people["詹雅文"][0] == {"speaker"}


def test_an_untitled_speaker_named_before_where_the_speech_was_made():
    text = (
        "本报讯 1月6日,全县重点工作推进会召开。会上,邝振华在讲话时指出,要全力以赴抓好各项工作。"
        "县政协主席贺一鸣出席会议。\n"
    )
    events = _model_events(text, ISSUE)
    assert frames(events)["全县重点工作推进会"]["邝振华"][0] == {"speaker"}


def test_a_day_right_before_the_verb_dates_the_event():
    text = "本报讯 副县长冷明辉9日会见了来访的某市考察团一行。\n"
    ev = run_stages(text, date(2025, 1, 10))[3][0]
    assert ev.date == date(2025, 1, 9)


def test_an_invited_guest_keeps_only_the_title():
    text = (
        "本报讯 4月2日,县乡村振兴工作推进会召开。县委副书记蓝青云主持会议。"
        "受邀嘉宾县农业农村局局长詹雅文到会指导。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县乡村振兴工作推进会"]
    assert people["詹雅文"] == ({"attendee"}, "县农业农村局局长")


def test_who_also_came_to_the_meeting_are_attendees():
    text = (
        "本报讯 4月2日,县乡村振兴工作推进会召开。县委副书记蓝青云主持会议。"
        "到会指导的还有县农业农村局局长詹雅文、县水利局局长柴文彬。与会的有关部门负责人作了发言。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县乡村振兴工作推进会"]
    assert people["詹雅文"] == ({"attendee"}, "县农业农村局局长")
    assert people["柴文彬"][0] == {"attendee"}


def test_talks_held_during_an_inspection_are_an_event_of_their_own():
    text = (
        "本报讯 5月8日,县委副书记蓝青云带队到柳溪镇调研乡村旅游工作,县文旅局局长詹雅文陪同。"
        "下午,调研组与镇村干部进行了座谈交流。镇党委书记柴文彬介绍了全镇旅游发展情况。"
        "蓝青云强调,要把乡村旅游做成富民产业。\n"
    )
    events = frames(run_stages(text, ISSUE)[3])
    visit = next(people for name, people in events.items() if "调研" in name)
    assert visit["蓝青云"][0] == {"chair"} and visit["詹雅文"][0] == {"attendee"}
    assert events["座谈交流"]["柴文彬"][0] == {"speaker"} and events["座谈交流"]["蓝青云"][0] == {"speaker"}


def test_a_named_doer_going_somewhere_on_business_is_an_inspection():
    text = (
        "本报讯 6月3日,县委副书记蓝青云一行,赴邻县柳溪镇学习借鉴乡村治理经验。柳溪镇党委书记詹雅文陪同。\n"
        "本报讯 6月4日,县政协副主席柴文彬带队到东关村推进人居环境整治工作,详细了解整治进展。\n"
    )
    events = frames(run_stages(text, ISSUE)[3])
    study = next(people for name, people in events.items() if name.startswith("赴邻县柳溪镇学习借鉴"))
    assert study["蓝青云"][0] == {"chair"} and study["詹雅文"][0] == {"attendee"}
    assert events["到东关村推进人居环境整治工作"]["柴文彬"][0] == {"chair"}


def test_who_join_talks_held_during_an_inspection_join_the_talks():
    text = (
        "本报讯 5月8日,市委常委蓝青云带领督导组来我县就乡村旅游进行调研,县领导柴文彬、詹雅文参加座谈。"
        "县委书记柴文彬介绍了全县旅游发展情况。\n"
    )
    for told in (text, text.replace("调研,县领导", "调研。县领导")):
        events = frames(run_stages(told, ISSUE)[3])
        visit = next(people for name, people in events.items() if "调研" in name)
        assert set(visit) == {"蓝青云"}
        assert events["座谈"]["柴文彬"][0] == {"speaker"} and events["座谈"]["詹雅文"][0] == {"attendee"}


def test_visitors_who_hold_a_meeting_do_not_name_it():
    text = "本报讯 6月3日,县委副书记蓝青云带队赴邻县考察。考察团一行在柳溪镇召开了座谈会。会上,蓝青云指出,要学习借鉴。\n"
    assert "座谈会" in frames(run_stages(text, ISSUE)[3])


def test_township_and_village_heads_of_inner_mongolia_are_titles():
    text = "本报讯 8月19日,旗政府副旗长岳明川一行到塔林苏木调研。苏木政府副苏木达柳青松、嘎查达白如峰陪同。\n"
    people = next(iter(frames(run_stages(text, ISSUE)[3]).values()))
    assert people["柳青松"] == ({"attendee"}, "苏木政府副苏木达") and people["白如峰"] == ({"attendee"}, "嘎查达")


def test_a_report_under_a_quoted_title_makes_a_speaker():
    text = (
        "本报讯 1月3日,全县电子行业工作会议召开。县工信局局长俞明川主持会议。"
        "县经委副主任岑立作了『统一思想,狠抓落实』的报告。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["全县电子行业工作会议"]
    assert people["岑立"][0] == {"speaker"}


def test_who_holds_talks_and_speaks_during_them_and_a_name_before_shi():
    text = (
        "本报讯 5月6日,县长蓝青云在县政府会见德国某公司总裁科恩时说,欢迎来县投资。"
        "科恩在会见中表示,愿意扩大合作。\n"
    )
    events = frames(run_stages(text, ISSUE)[3])
    assert len(events) == 1
    people = next(iter(events.values()))
    assert people["蓝青云"][0] == {"speaker"} and people["科恩"][0] == {"speaker"}


def test_a_title_after_a_list_of_names_is_each_ones():
    text = (
        "本报讯 9月22日,县人大常委会召开第十次主任会议。蓝青云、柴文彬、詹雅文同志等常委会领导出席会议。"
        "会议由蓝青云主持。\n"
    )
    people = frames(run_stages(text, ISSUE)[3])["县人大常委会第十次主任会议"]
    assert people["柴文彬"] == ({"attendee"}, "常委会领导") and people["詹雅文"][1] == "常委会领导"


def test_a_dateline_without_a_year_still_dates_its_today_and_yesterday():
    text = (
        "本报柳城3月5日讯 今天,县政府召开春耕生产推进会。县长蓝青云主持会议。\n"
        "昨天,县委书记柴文彬到柳溪镇调研春耕工作。\n"
    )
    events = {e.name: e for e in run_stages(text)[3]}
    assert (events["县政府春耕生产推进会"].month, events["县政府春耕生产推进会"].day) == (3, 5)
    inspection = next(e for name, e in events.items() if "调研" in name)
    assert inspection.date is None and (inspection.month, inspection.day) == (3, 4)


def test_going_deep_into_places_to_look_is_an_inspection_and_parallel_doers_share_it():
    text = (
        "本报讯 4月8日,县委书记蓝青云深入柳溪镇、东关镇,实地察看春耕备耕情况。县委常委詹雅文陪同。\n"
        "本报讯 4月11日,县委书记蓝青云到柳溪镇督导森林防火工作,县长柴文彬到东关镇督导森林防火工作。\n"
        "本报讯 4月12日,县委书记蓝青云深入学习贯彻全会精神,推进作风建设。\n"
    )
    events = frames(run_stages(text, ISSUE)[3])
    assert events["深入柳溪镇、东关镇实地察看春耕备耕情况"] == {
        "蓝青云": ({"chair"}, "县委书记"), "詹雅文": ({"attendee"}, "县委常委")}
    assert events["督导森林防火工作"]["蓝青云"][0] == events["督导森林防火工作"]["柴文彬"][0] == {"chair"}
    assert len(events) == 2


def test_who_affirms_the_work_at_a_meeting_speaks():
    text = (
        "本报讯 5月21日,市委常委韦立平一行来我县调研宣传工作。县委常委彭立陪同调研。"
        "在随后召开的座谈会上,韦立平充分肯定了我县宣传工作取得的成绩。\n"
    )
    assert frames(run_stages(text, ISSUE)[3])["座谈会"]["韦立平"][0] == {"speaker"}


def test_both_sides_that_exchange_views_speak():
    text = (
        "本报讯 1月7日,县委书记蓝青云会见了来我县考察的某集团总裁梁启航一行,双方就深化合作进行了深入交流。"
        "县委常委韦海参加会见。\n"
    )
    people = next(iter(frames(run_stages(text, ISSUE)[3]).values()))
    assert people["蓝青云"][0] == people["梁启航"][0] == {"speaker"} and people["韦海"][0] == {"attendee"}


def test_a_chronicle_item_opens_with_its_date():
    text = "柳溪县2026年3月大事记\n3月5日 县长柴文彬主持召开县政府第12次常务会议。\n3月9日县委书记蓝青云主持召开县委常委会会议。\n"
    events = frames(run_stages(text, date(2026, 4, 2))[3])
    assert events["县政府第12次常务会议"]["柴文彬"][0] == {"chair"}
    assert events["县委常委会会议"]["蓝青云"][0] == {"chair"}


def test_one_who_joins_an_inspection_does_not_make_another_article_the_same():
    text = (
        "本报讯 近日,县委书记蓝青云带队到柳溪镇调研重点项目建设情况。县领导柴文彬参加调研。\n"
        "本报讯 11月2日,县长柴文彬率县政府考察团赴邻市考察学习。\n"
    )
    events = frames(run_stages(text, date(2026, 11, 7))[3])
    assert len(events) == 2 and events["考察学习"] == {"柴文彬": ({"chair"}, "县长")}


def test_who_go_somewhere_to_carry_out_an_activity_lead_it():
    text = "本报讯 11月5日,县委书记蓝青云,县长柴文彬分别到联系村开展“我为群众办实事”走访活动。\n"
    people = next(iter(frames(run_stages(text, date(2026, 11, 7))[3]).values()))
    assert people["蓝青云"][0] == people["柴文彬"][0] == {"chair"}


def test_who_join_the_gala_named_in_the_list_join_it_not_the_show_between():
    text = (
        "全县新春联欢晚会举行\n"
        "本报讯 1月20日晚,全县新春联欢晚会在县文化中心举行。县委书记荀建国、县长汤华平与干部群众一起观看演出。\n"
        "当晚,县豫剧团在二楼小剧场举行戏曲专场,县委副书记佘明远到场观看。\n"
        "参加晚会的还有鲍志刚、阮丽红、和詹德明等县领导。\n"
    )
    found = frames(_model_events(text, date(2024, 1, 21)))  # untitled names: the model's
    gala, show = found["全县新春联欢晚会"], found["县豫剧团戏曲专场"]
    assert gala["鲍志刚"] == gala["阮丽红"] == gala["詹德明"] == ({"attendee"}, "县领导")
    assert set(show) == {"佘明远"}


def test_the_last_name_of_a_list_after_a_comma_and_conjunction_shares_the_verb_and_title():
    text = "本报讯 3月15日,我县在县政府大会议室召开了农机协会一届二次理事会议。县领导邝志英、蒯玉社、和巫保根出席。\n"
    people = frames(run_stages(text, date(2016, 3, 16))[3])["农机协会一届二次理事会议"]
    assert people["邝志英"] == people["蒯玉社"] == people["巫保根"] == ({"attendee"}, "县领导")


def test_an_evening_date_between_the_name_and_the_verb_keeps_the_name():
    text = "本报讯 全县迎新春文艺晚会1月20日晚在县文化中心举行。县委书记荀建国出席。\n"
    (ev,) = run_stages(text, date(2024, 1, 21))[3]
    assert (ev.name, ev.date, ev.place) == ("全县迎新春文艺晚会", date(2024, 1, 20), "县文化中心")


def test_two_wire_stories_of_talks_with_the_same_host_stay_apart_and_a_last_name_is_the_full_one():
    text = (
        "主席分别会见外国客人\n"
        "新华社北京1月16日电(记者甘国器)国家主席龚泽华今天在中南海会见了某国快运公司董事长弗雷德·史沫特及其一行。\n"
        "史沫特说,公司愿与中方加强合作。\n"
        "国务院外办主任濮华秋等参加了会见。\n"
        "新华社北京1月16日电(记者甘国器)国家主席龚泽华今天在中南海会见了某国通信公司董事长亨德·沙赫林及其一行。\n"
        "沙赫林说,他对合作充满信心。\n"
        "国务院外办主任濮华秋等参加了会见。\n"
    )
    events = _model_events(text, date(1998, 1, 17))
    talks = [set(p.person for p in ev.participants) for ev in events if ev.kind == "talks"]
    assert {"龚泽华", "弗雷德·史沫特", "濮华秋"} in talks and {"龚泽华", "亨德·沙赫林", "濮华秋"} in talks
    assert not any("史沫特" in people or "沙赫林" in people for people in talks)


def test_after_talks_held_during_a_meeting_its_speeches_are_the_meetings_again():
    text = (
        "全省文化工作会议结束\n"
        "新华社长沙1月17日电(记者甘黎)全省文化工作会议今天在长沙结束。\n"
        "会议期间,省委书记龚泽华等省领导亲切会见全体代表。省委副书记濮健行作了重要讲话。"
        "省委常委、宣传部部长丰关根主持会议。\n"
        "濮健行同志在讲话中指出,要把文化工作抓实抓好。\n"
    )
    found = frames(_model_events(text, date(1998, 1, 18)))
    meeting, talks = found["全省文化工作会议"], found["会见全体代表"]
    assert meeting["濮健行"][0] == {"speaker"} and meeting["丰关根"][0] == {"chair"}
    assert set(talks) == {"龚泽华"}


def test_regards_expressed_are_no_visit():
    text = (
        "本报讯 1月13日,省委副书记濮健行在会见全省检察机关先进代表时说,要履行好法律监督职责。"
        "濮健行向全体检察干警表示慰问和感谢。\n省检察院检察长丰思卿等参加了会见。\n"
    )
    events = run_stages(text, date(1998, 1, 14))[3]
    assert [ev.kind for ev in events] == ["talks"]
    assert frames(events)[events[0].name]["丰思卿"][0] == {"attendee"}


def test_a_headline_tells_who_attended_a_gathering_the_body_only_refers_to():
    text = (
        "全市各界人士喜迎中秋 龚泽华、濮华秋出席联欢会\n"
        "23日晚,市委书记龚泽华,副书记、市长濮华秋等市领导与各界人士一起,欢聚在某某乐园,喜迎中秋佳节。\n"
    )
    (ev,) = _model_events(text, date(2008, 9, 24))
    assert ev.name.endswith("联欢会")
    assert {p.person: p.roles for p in ev.participants} == {"龚泽华": {"attendee"}, "濮华秋": {"attendee"}}


def test_a_headlines_meeting_is_the_one_its_article_tells_with_the_same_people():
    text = (
        "某镇召开中国共产党五届二次会议 县委常委、组织部长邝宏伟出席并讲话\n"
        "近日,我县在某镇召开了首场党代会年会。县委常委、组织部部长邝宏伟出席会议并讲话。\n"
    )
    events = run_stages(text, None)[3]
    assert [ev.name for ev in events] == ["首场党代会年会"]


def test_a_visit_on_the_way_of_an_inspection_is_one_of_its_stops():
    text = (
        "本报讯 1月23日,县委副书记、县长邝传永深入企业、超市现场督导安全生产工作。县领导蒯玉民参加活动。\n"
        "在某镇派出所,邝传永对治安防控工作进行调度,并看望慰问值班民警。\n"
        "邝传永强调,要时刻绷紧安全生产这根弦。\n"
    )
    events = run_stages(text, date(2020, 1, 24))[3]
    assert [ev.kind for ev in events] == ["inspection"]
    assert frames(events)[events[0].name]["邝传永"][0] == {"chair", "speaker"}


def test_who_come_to_watch_a_meeting_being_held_attend_it():
    text = (
        "5月6日,中共某县某镇第十六次党员代表大会正式召开。县里还组织相关人员组成观摩团到某镇现场观摩大会召开全过程。\n"
        "市委常委、组织部部长邝立勇,市委常委、政法委书记蒯升安等领导到现场全程观摩指导。\n"
    )
    events = run_stages(text, date(2016, 5, 7))[3]
    assert [ev.kind for ev in events] == ["meeting"]
    people = frames(events)[events[0].name]
    assert people["邝立勇"][0] == people["蒯升安"][0] == {"attendee"}


def test_a_tally_of_meetings_is_no_meeting():
    text = "本报讯 今年以来,我县先后召开县委常委会会议、县政府常务会议和县委农村工作领导小组会议40余次,研究部署乡村振兴重点工作。\n"
    assert run_stages(text, date(2024, 6, 26))[3] == []


def test_a_meeting_named_again_by_its_end_is_the_same_one_and_its_place_drops_the_verb():
    text = (
        "1月9日上午,某镇在某社区文化广场组织召开城乡环境综合治理誓师大会。全体机关干部1200余人参加会议。"
        "市文明委领导参加了誓师大会大会。镇长邝子江作了动员讲话。\n"
    )
    (ev,) = run_stages(text, date(2015, 1, 19))[3]
    assert ev.name == "某镇城乡环境综合治理誓师大会" and ev.place == "某社区文化广场"
    assert {p.person: p.roles for p in ev.participants} == {"邝子江": {"speaker"}}


def test_who_was_invited_gives_the_talk_the_next_clause_tells_of():
    text = (
        "本报讯 昨天下午,某县委召开中心组(扩大)学习会,邀请了省委宣讲团成员、省人大常委会研究室主任邝锦尉,"
        "就如何更好地学习贯彻全会精神作了专题辅导。县委中心组全体成员参加了学习会。\n"
    )
    people = frames(run_stages(text, date(2009, 10, 30))[3])["某县委中心组(扩大)学习会"]
    assert people["邝锦尉"][0] == {"speaker"}


def test_each_one_whose_report_was_heard_speaks():
    text = (
        "5月10日上午,某镇召开第十八届人民代表大会第六次会议。会议听取了镇党委副书记、镇长蒯艳清所作《政府工作报告》"
        "和镇人大主席邝凯所作的《人大工作报告》。\n"
    )
    people = frames(run_stages(text, date(2020, 5, 11))[3])["某镇第十八届人民代表大会第六次会议"]
    assert people["蒯艳清"][0] == people["邝凯"][0] == {"speaker"}


def test_who_is_quoted_in_a_speech_or_only_wrote_to_a_meeting_takes_no_part():
    text = (
        "本报讯 1月8日,全省双拥工作电视电话会议召开。省委副书记濮健行出席会议并讲话。"
        "濮健行指出,龚泽华同志在党代会报告中指出,要加强国防建设。\n"
        "省长丰思卿为这次会议作出批示,要求切实做好双拥工作。\n"
    )
    people = frames(run_stages(text, date(1998, 1, 9))[3])["全省双拥工作电视电话会议"]
    assert set(people) == {"濮健行"}


def test_the_opening_of_a_named_meeting_is_that_meeting():
    text = (
        "本报讯 1月9日,中日长江水利环境技术研讨会在北京开幕。\n"
        "全国政协副主席濮正英、水利部部长丰树言出席研讨会开幕式。\n"
    )
    events = run_stages(text, date(1998, 1, 10))[3]
    assert [ev.name for ev in events] == ["中日长江水利环境技术研讨会"]
    people = frames(events)["中日长江水利环境技术研讨会"]
    assert people["濮正英"][0] == people["丰树言"][0] == {"attendee"}


def test_a_new_year_gathering_is_no_courtesy_call_and_who_spoke_at_it_speaks():
    text = "本报讯 1月9日,老干部迎春团拜会在北京举行。中组部部长龚全景等出席团拜会并讲了话。\n"
    events = run_stages(text, date(1998, 1, 10))[3]
    assert [ev.name for ev in events] == ["老干部迎春团拜会"]
    assert "speaker" in frames(events)["老干部迎春团拜会"]["龚全景"][0]


def test_a_meeting_being_held_that_someone_wrote_to_is_reported_and_who_made_a_report_speaks():
    text = (
        "本报广州1月13日电 国务院总理龚鹏对正在某省某市召开的全国电子行业工作会议作出书面指示。"
        "电子工业部部长濮启立在会上提出,要加快发展。各地有关负责同志出席会议,部长助理丰远清作了报告。\n"
    )
    (ev,) = run_stages(text, date(1998, 1, 13))[3]
    assert ev.name == "全国电子行业工作会议" and ev.place == "某省某市"
    assert {p.person: p.roles for p in ev.participants} == {"濮启立": {"speaker"}, "丰远清": {"speaker"}}


def test_who_is_asked_to_speak_for_someone_speaks_and_today_is_no_place():
    text = "本报北京1月20日讯 在今天举行的《某报》创刊60周年座谈会上,老艺术家濮是之因病请另一位艺术家丰连昆代表他发言。\n"
    (ev,) = _model_events(text, date(1998, 1, 20))
    assert ev.place is None and frames([ev])[ev.name]["丰连昆"][0] == {"speaker"}


def test_a_gathering_only_referred_to_is_named_by_its_kind_and_dated_by_its_sentence():
    text = (
        "本报北京12月31日讯 记者甘国器报道:自1998年1月1日起,我国将实行播音员持证上岗制度。"
        "这项制度是在1996年全国广播影视系统语言工作会议上提出来的。\n"
        "今天上午,国务委员龚铁映向第一批代表颁证。龚铁映在讲话中称赞了播音员们的工作。\n"
        "颁证会后,龚铁映与出席会议的播音员合影留念。广电部副部长濮聪明主持了今天的颁证会。\n"
    )
    (ev,) = run_stages(text, date(1998, 1, 1))[3]
    assert (ev.name, ev.date) == ("颁证会", date(1997, 12, 31))
    assert frames([ev])["颁证会"]["濮聪明"][0] == {"chair"}


def test_who_was_invited_to_come_to_the_meeting_attends_it():
    text = "本报讯 3月2日,县政府召开春耕生产工作会议。会议还邀请到了县农业农村局局长濮国华到会指导。\n"
    people = frames(run_stages(text, date(2025, 3, 3))[3])["县政府春耕生产工作会议"]
    assert people["濮国华"][0] == {"attendee"}


def test_meetings_someone_took_part_in_elsewhere_or_is_told_to_hold_are_not_reported():
    text = (
        "本报讯 7月29日上午,省委督导组召开督导工作联席会议。组长濮健参加会议。\n"
        "濮健在会上对所参加的专题民主生活会情况进行了点评总结。他要求,要抓紧召开通报会,巩固成效。\n"
    )
    events = run_stages(text, date(2014, 7, 30))[3]
    assert [ev.name for ev in events] == ["省委督导组督导工作联席会议"]
    assert "speaker" in frames(events)["省委督导组督导工作联席会议"]["濮健"][0]


def test_a_part_of_a_joint_event_told_again_is_that_event_and_an_organiser_names_no_meeting():
    text = (
        "4月19日下午,某街道在某社区举行市民委员会启动仪式暨第一次市民委员会会议。街道党工委书记濮真平在仪式上发表致辞。\n"
        "仪式结束后,某社区组织市民委员会代表召开第一次市民委员会会议。\n"
    )
    events = run_stages(text, date(2023, 4, 22))[3]
    assert [ev.name for ev in events] == ["某街道市民委员会启动仪式暨第一次市民委员会会议"]


def test_a_party_branch_in_a_meetings_name_is_no_organiser():
    text = "4月8日,某市首届村党组织书记说村活动举行。副市长濮久坤出席活动并致辞。\n"
    (ev,) = run_stages(text, date(2023, 4, 9))[3]
    assert ev.name == "某市首届村党组织书记说村活动"


def test_a_charge_d_affaires_is_titled_and_what_is_said_after_the_talks_is_no_new_talks():
    text = (
        "新华社北京1月11日电 全国政协副主席濮国权今天在这里会见了某国议员甘里·詹金斯。"
        "中联部副部长丰文普和某国驻华使馆临时代办彭尼·理查兹参加会见。\n"
        "甘里·詹金斯在会见后对报界发表谈话说,访问很成功。\n"
    )
    events = _model_events(text, date(1998, 1, 12))
    assert [ev.kind for ev in events] == ["talks"]
    people = frames(events)[events[0].name]
    assert people["丰文普"][0] == people["彭尼·理查兹"][0] == {"attendee"}
    assert people["彭尼·理查兹"][1] == "某国驻华使馆临时代办"


def test_a_chronicle_item_over_days_is_dated_by_its_first_day():
    text = (
        "某市大事记(2001年)\n十一月\n"
        "8日 省委工作组118名成员已奔赴各县区开展工作。\n"
        "15~17日 中央工作组办公室副主任濮建安率领工作组,来某市调研学习教育活动情况。\n"
    )
    events = run_stages(text, None)[3]
    (ev,) = [ev for ev in events if ev.kind == "inspection"]
    assert ev.date == date(2001, 11, 15)


def test_each_paragraph_of_a_chronicle_is_an_item_of_its_own():
    text = (
        "某市大事记(2001年)\n十一月\n"
        "15日 市委书记龚海生到某县调研冬季农业生产。\n"
        "16日 省专家组来某市考察道路建设。\n"
        "市委书记龚海生到信息产业局视察工作。\n"
    )
    inspections = [ev for ev in run_stages(text, None)[3] if ev.kind == "inspection" and ev.participants]
    assert sorted(ev.date.day for ev in inspections) == [15, 16]


def test_a_tally_of_who_took_part_in_many_meetings_is_no_meeting():
    text = (
        "本报讯 7月29日上午,省委督导组召开督导工作联席会议。市委常委、组织部长濮远参加会议。\n"
        "目前,全市专题民主生活会已基本完成,全市共1100名处级以上领导干部参加了专题民主生活会。"
        "濮远汇报了已开展的专题民主生活会情况。\n"
    )
    events = run_stages(text, date(2014, 7, 30))[3]
    assert [ev.name for ev in events] == ["省委督导组督导工作联席会议"]
    assert "speaker" in frames(events)["省委督导组督导工作联席会议"]["濮远"][0]


def test_talks_end_their_name_before_what_was_restated_at_them():
    text = "新华社北京1月5日电 国务院副总理龚其琛今天在会见某国前国务卿舒尔兹时重申,中国政府的立场不变。\n"
    events = run_stages(text, date(1998, 1, 5))[3]
    assert [ev.name for ev in events if ev.kind == "talks"] == ["会见某国前国务卿舒尔兹"]


def test_who_a_headline_says_led_a_trip_chairs_it_whatever_the_body_adds():
    text = (
        "龚洪祝率某省党政代表团赴邻省考察\n"
        "23日,某省党政代表团从上海转赴邻省进行学习考察。在考察时,某省省委书记龚洪祝强调,要学习借鉴邻省的经验。\n"
    )
    events = run_stages(text, date(2008, 9, 24))[3]
    (trip,) = [ev for ev in events if ev.kind == "inspection"]
    assert frames([trip])[trip.name]["龚洪祝"][0] == {"chair", "speaker"}


def test_a_session_named_in_its_short_form_is_the_one_named_in_full():
    assert similar_names("省纪委第三次全体会议", "省纪委三次全会")
    assert similar_names("某县第十七届人民代表大会第一次会议", "某县十七届人大一次会议")
    text = (
        "1月22日,省委书记龚宏达出席省纪委第三次全体会议并讲话。(记者某某摄)\n"
        "本报1月22日讯 省委书记龚宏达今天在省纪委三次全会上发表重要讲话。省委副书记韦建中主持会议。\n"
    )
    events = run_stages(text, date(2020, 1, 23))[3]
    assert len(events) == 1
    assert frames(events)[events[0].name]["韦建中"][0] == {"chair"}


def test_a_further_dispatch_is_an_item_dated_by_the_dispatch_before_it():
    text = (
        "本报北京1月22日讯 今天上午,侨界人士欢聚一堂。国务院侨办主任郭东方致辞。王光明、万国安等出席今天的茶话会。\n"
        "又讯 今天下午,国务院副总理钱其山在人民大会堂会见了出席座谈会的代表。钱其山在会见时说,侨务工作很重要。\n"
    )
    events = _model_events(text, date(1998, 1, 23))
    by_kind = {ev.kind: ev for ev in events}
    assert set(by_kind) == {"other", "talks"}  # a tea party is a gathering of another kind
    assert {p.person for p in by_kind["other"].participants} == {"郭东方", "王光明", "万国安"}
    assert {p.person for p in by_kind["talks"].participants} == {"钱其山"}
    assert by_kind["talks"].date == date(1998, 1, 22)


def test_talks_told_of_are_not_talks_held():
    text = ("据新华社开罗1月27日电 埃及总统穆巴拉奇27日与来访的某国领导人阿拉菲特举行了会谈。"
            "阿拉菲特向穆巴拉奇通报了华盛顿会谈的情况。他说,与穆巴拉奇的会谈是极其重要的。"
            "某国外长穆萨里说,华盛顿会谈没有取得结果。\n")
    events = _model_events(text, date(1998, 1, 28))
    assert [ev.name for ev in events] == ["会谈"]


def test_whom_a_gathering_remembers_takes_no_part_in_it():
    text = ("新华社长沙1月16日电 陶新同志诞辰90周年纪念大会今天在湖南某县举行。"
            "陶新同志在散文中说,要求人的甚少。省委书记熊清华在会上讲话。\n")
    events = _model_events(text, date(1998, 1, 17))
    assert set(frames(events)[events[0].name]) == {"熊清华"}


def test_escorts_of_a_trip_summed_up_attend_it():
    text = ("新华社北京1月24日电 国务院副总理李山清今天看望了某大学的老教授季山林。李山清祝愿老教授新春快乐。"
            "有关部门的负责同志陈至华、孟学东等分别陪同李山清同志进行了看望与考察活动。\n")
    events = _model_events(text, date(1998, 1, 25))
    assert len(events) == 1
    people = frames(events)[events[0].name]
    assert people["李山清"][0] == {"chair"}
    assert people["陈至华"][0] == {"attendee"} and people["孟学东"][0] == {"attendee"}


def test_a_meeting_told_in_a_speech_is_no_news():
    text = ("新华社北京1月26日电 国务院办公厅今天下午举行春节团拜会。国务院总理李平出席团拜会并讲话。"
            "他说,过去的一年极不平凡。7月1日,我国恢复对香港行使主权。随后,某党召开第十五次全国代表大会,制定了纲领。\n")
    events = _model_events(text, date(1998, 1, 27))
    assert [ev.name for ev in events] == ["国务院办公厅春节团拜会"]


def test_a_report_written_with_zuo_makes_a_speaker():
    text = "本报讯 3月2日,县委召开全县经济工作会议。县长李明做了工作报告,副县长王东做动员讲话。\n"
    events = run_stages(text, date(2020, 3, 3))[3]
    people = frames(events)[events[0].name]
    assert people["李明"][0] == {"speaker"} and people["王东"][0] == {"speaker"}


def test_a_headline_trip_takes_its_leads_day_and_the_escorts_listed_after_it():
    text = ("董建明参观驻军军营慰问官兵\n"
            "新华社香港1月24日电 特区行政长官董建明今天下午参观了驻军军营,向官兵表示亲切的慰问。"
            "董建明说,驻军官兵辛苦了。\n"
            "陪同董建明参观的特区政府主要官员有:财政司司长曾荫明、律政司司长梁爱华等。\n")
    events = run_stages(text, date(1998, 1, 25))[3]
    (visit,) = [ev for ev in events if ev.kind == "visit"]
    assert visit.date == date(1998, 1, 24)
    people = frames([visit])[visit.name]
    assert people["曾荫明"][0] == {"attendee"} and people["梁爱华"][0] == {"attendee"}


def test_a_headline_takes_no_day_from_a_lead_that_announces_a_plan():
    text = ("图为区委书记张建看望代表\n"
            "11月20日,某区将召开第六次党代会。\n"
            "11月19日上午11时许,区委书记张建,区委副书记、代区长周新到代表驻地看望代表。\n")
    events = run_stages(text, date(2006, 11, 19))[3]
    assert [(ev.kind, ev.date) for ev in events] == [("visit", date(2006, 11, 19))]


def test_a_sitting_of_the_articles_meeting_is_that_meeting():
    text = ("新华社达沃斯1月29日电(记者李某)世界经济论坛1998年年会29日在某国山城达沃斯开幕。"
            "某国总理川·立巴应邀在首次全体会议上发言。\n")
    events = _model_events(text, date(1998, 1, 30))
    assert [ev.name for ev in events] == ["世界经济论坛1998年年会"]
    assert frames(events)[events[0].name]["川·立巴"][0] == {"speaker"}


def test_talks_end_before_what_was_said_after_them_and_a_purpose_is_no_talks():
    text = ("新华社金边1月23日电 某国第二首相洪林今天在寓所会见某组织高级官员玛丽·鲁宾后表示,他不会与对手会谈。"
            "洪林说,他此行的目的是同某国总理川·立巴举行会谈。\n")
    events = _model_events(text, date(1998, 1, 24))
    assert [ev.name for ev in events] == ["会见某组织高级官员玛丽·鲁宾"]


def test_a_gathering_only_referred_to_starts_at_a_lead_that_opens_with_its_day():
    text = ("本报北京1月22日讯 记者某某报道:今天上午,1500多名侨界人士欢聚一堂,喜迎新春。"
            "国务院侨办主任郭东方代表主办单位致辞。\n王光明、万国安等出席今天的茶话会。\n")
    events = _model_events(text, date(1998, 1, 23))
    (party,) = events
    assert party.date == date(1998, 1, 22) and frames(events)[party.name]["郭东方"][0] == {"speaker"}


def test_a_bare_day_after_the_doer_dates_the_talks():
    text = ("新华社汉城1月10日电 某国总统金泳山9日会见了代表团团长杨振东。"
            "某国新当选的总统金大明8日也在汉城会见了杨振东。外长钱其山7日礼节性会见了阿达米。\n")
    events = run_stages(text, date(1998, 1, 10))[3]
    assert sorted(ev.date.day for ev in events) == [7, 8, 9]


def test_kind_regards_are_no_visit_unless_someone_went_there():
    text = ("新华社上海1月27日电 国务院副总理吴邦民出席了今天的开工典礼并发表讲话。"
            "吴邦民首先代表国务院对工程建设者们表示亲切的慰问。\n")
    events = run_stages(text, date(1998, 1, 28))[3]
    assert [(ev.kind, ev.name) for ev in events] == [("other", "开工典礼")]
    text = ("本报讯 近日,某站站长刘凤东手捧鲜花,来到某街道的老艺术家家中,向他们表示新春的慰问。\n")
    events = run_stages(text, date(1998, 1, 25))[3]
    assert [ev.kind for ev in events] == ["visit"]


def test_a_proposed_list_is_no_plan():
    text = ("新华社北京1月23日电 1月20日,某部部长王兆明受中央委托,就委员人选建议名单在"
            "某委员会常委会第23次会议上作说明。\n")
    (meeting,) = run_stages(text, date(1998, 1, 24))[3]
    assert meeting.date == date(1998, 1, 20) and frames([meeting])[meeting.name]["王兆明"][0] == {"speaker"}


def test_a_party_lecture_and_those_who_listened_behind_an_unnamed_item():
    text = ("7月1日上午,县委书记格桑平安为全县党员干部讲授专题党课。县委副书记、县长洛松多杰主持。"
            "县委副书记滕建山,县人大常委会主任白玛央金,县政协主席某某等在家县级领导,"
            "县直各部门党员干部在主会场聆听党课。\n")
    events = _model_events(text, date(2021, 7, 2))
    (lecture,) = events
    assert lecture.name == "专题党课"
    people = frames(events)[lecture.name]
    assert people["格桑平安"][0] == {"speaker"} and people["洛松多杰"][0] == {"chair"}
    assert people["滕建山"][0] == {"attendee"} and people["白玛央金"][0] == {"attendee"}


def test_a_list_with_the_leading_bodies_unnamed_shares_the_verb():
    text = ("本报讯 1月3日,县委经济工作会议召开。县委书记贾文涛出席会议并讲话。"
            "县人大常委会主任路德安,县委常委储建明、秦晓东,县人大常委会、县政府、县政协领导班子成员,"
            "县法院院长虞静安在主席台就座。\n")
    events = run_stages(text, date(2024, 1, 5))[3]
    people = frames(events)[events[0].name]
    assert {p for p, (roles, _) in people.items() if roles == {"attendee"}} == {"路德安", "储建明", "秦晓东", "虞静安"}


def test_a_training_class_opened_and_a_past_years_tally():
    text = ("9月3日上午,2015年全县中青年干部培训班在县委党校开班。县委常委、组织部部长易红霞出席开班式并作动员讲话。"
            "县委党校常务副校长褚卫东主持开班式。去年举办了3期青年干部培训班。\n")
    events = run_stages(text, date(2015, 9, 4))[3]
    (opening,) = events
    assert opening.date == date(2015, 9, 3)
    assert frames(events)[opening.name]["褚卫东"][0] == {"chair"}


def test_a_working_groups_members_observe_with_the_names_before_them():
    text = ("本报讯 12月30日,县委常委班子召开专题民主生活会。县委书记宗立东主持会议。"
            "县人大常委会主任隋永华、县政协主席牟桂芬,县教育实践活动领导小组成员列席会议。"
            "县委副书记娄国栋,县委常委邸建明依次作个人对照检查。\n")
    events = run_stages(text, date(2014, 1, 3))[3]
    people = frames(events)[events[0].name]
    assert people["隋永华"][0] == {"observer"} and people["牟桂芬"][0] == {"observer"}
    assert people["娄国栋"][0] == {"speaker"} and people["邸建明"][0] == {"speaker"}


def test_unnamed_posts_in_a_list_and_a_show_watched():
    text = ("本报讯 6月28日,县委中心组举行专题学习会。县委书记阎志明主持。县委副书记、县长鄢永华,"
            "县人大常委会主任祁伟东等县四大家领导,县法院院长、县检察院检察长,各乡镇党委书记参加学习。\n")
    events = run_stages(text, date(2013, 7, 2))[3]
    people = frames(events)[events[0].name]
    assert people["鄢永华"][0] == {"attendee"} and people["祁伟东"][0] == {"attendee"}
    text = "8月8日晚,某旗庆祝自治区成立70周年文艺汇演在旗剧场举行。旗领导王力图、韦国安等与干部群众一同观看演出。\n"
    events = run_stages(text, date(2017, 8, 9))[3]
    assert [(ev.kind, ev.date) for ev in events] == [("other", date(2017, 8, 8))]
    assert frames(events)[events[0].name]["韦国安"][0] == {"attendee"}


def test_who_speaks_at_a_press_conference_named_at_length():
    text = ("本报讯 市交通局副局长、新闻发言人管亚平在今天上午召开的“全市绿色出行行动计划”新闻发布会上表示,"
            "今年将新增公交线路12条。\n")
    events = run_stages(text, date(2019, 4, 16))[3]
    (conference,) = events
    assert conference.date == date(2019, 4, 16)
    assert frames(events)[conference.name]["管亚平"] == ({"speaker"}, "市交通局副局长、新闻发言人")
    text = "4月15日,市供销社召开年度工作会议。社办公室主任柯文杰在会上称,全年销售额增长一成。\n"
    events = run_stages(text, date(2019, 4, 16))[3]
    assert frames(events)[events[0].name]["柯文杰"][0] == {"speaker"}


def test_an_inspection_in_the_title_of_a_report_heard_is_no_event():
    text = ("5月12日,县人大常委会召开第九次会议。县人大常委会主任郜立群主持会议。会议听取了县人大常委会副主任"
            "温守仁作的关于开展《中华人民共和国水法》执法检查情况的报告。\n")
    events = run_stages(text, date(2016, 5, 13))[3]
    assert [ev.kind for ev in events] == ["meeting"]
    assert frames(events)[events[0].name]["温守仁"][0] == {"speaker"}


def test_speeches_named_between_the_verb_and_the_noun_and_a_described_speaker():
    text = ("3月2日上午,政协某县第九届委员会第二次会议开幕。县政协主席翟光明代表县政协常委会向大会作工作报告。"
            "受县政协常委会委托,县政协副主席宁海鸥作提案工作情况报告。县政协委员、县人民医院院长阚守仁,"
            "县政协委员、民营企业家罗月明先后作大会发言。\n")
    events = run_stages(text, date(2020, 3, 3))[3]
    assert [ev.kind for ev in events] == ["meeting"]
    people = frames(events)[events[0].name]
    assert {name for name, (roles, _) in people.items() if roles == {"speaker"}} == {"翟光明", "宁海鸥", "罗月明", "阚守仁"}


def test_a_list_ending_in_people_described_but_unnamed_and_a_relative_who_speaks():
    text = ("9月3日上午,县委召开纪念郝振邦同志诞辰100周年座谈会。县委书记祁长林主持。县领导甘乐平、"
            "濮玉琴、闵德才,以及郝振邦同志的亲属代表、各界群众代表80余人参加座谈会。"
            "郝振邦同志的孙子郝文涛代表亲属发言。\n")
    events = run_stages(text, date(2012, 9, 4))[3]
    people = frames(events)[events[0].name]
    assert {name for name, (roles, _) in people.items() if roles == {"attendee"}} == {"甘乐平", "濮玉琴", "闵德才"}
    assert people["郝文涛"][0] == {"speaker"} and "郝振邦" not in people


def test_the_last_names_of_a_list_before_the_next_titled_name():
    text = ("10月9日,县政协召开常委会议。县政协副主席邰国华、阿说·木呷、吉克曲布,秘书长耿丽娜出席会议。\n")
    events = run_stages(text, date(2018, 10, 10))[3]
    people = frames(events)[events[0].name]
    assert people["吉克曲布"] == ({"attendee"}, "县政协副主席")
    assert people["耿丽娜"] == ({"attendee"}, "秘书长")


def test_a_plan_in_an_earlier_clause_and_those_who_came_to_visit():
    text = ("由县总工会援建的某村文化戏台即将投入使用,7月3日,县人大副主任、县总工会主席房可立,副主席巫晓燕"
            "来到该村了解戏台建设情况,并看望慰问困难群众。\n")
    events = run_stages(text, date(2012, 7, 4))[3]
    assert [(ev.kind, ev.date) for ev in events] == [("visit", date(2012, 7, 3))]
    assert frames(events)[events[0].name]["巫晓燕"][0] == {"chair"}
    text = ("9月29日,某米业公司员工组成爱心慰问团,走进市福利院开展中秋慰问活动。"
            "市民政局局长邝立峰对前来慰问的人员表示诚挚欢迎。\n")
    events = run_stages(text, date(2012, 9, 30))[3]
    assert [ev.kind for ev in events] == ["other"]


def test_digest_items_opened_by_bullets():
    text = ("要闻简报\n"
            "●3月5日,市政府与某能源集团战略合作协议签约仪式在市行政中心举行。签约前,市委书记滕志远会见了"
            "某能源集团总经理鄢立德一行,双方就深化清洁能源、城市燃气管网改造等领域合作交换了意见。"
            "市委副书记、市长阎文博与鄢立德分别代表双方签约。\n"
            "●3月6日,市生态环境局联合市公安局启动“碧水行动”环境违法专项执法行动。"
            "副市长、市公安局局长卞志强带队,对城南工业园区5家重点排污企业进行突击检查。\n")
    events = run_stages(text, date(2026, 3, 9))[3]
    by_kind = {ev.kind: ev for ev in events if ev.kind != "other"}
    talks = by_kind["talks"]
    assert talks.date == date(2026, 3, 5)
    assert frames([talks])[talks.name] == {"滕志远": ({"speaker"}, "市委书记"), "鄢立德": ({"speaker"}, "某能源集团总经理")}
    signing = next(ev for ev in events if "签约仪式" in ev.name)
    assert set(frames([signing])[signing.name]) == {"阎文博", "鄢立德"}
    (campaign,) = [ev for ev in events if "执法行动" in ev.name]
    assert campaign.date == date(2026, 3, 6) and frames([campaign])[campaign.name]["卞志强"][0] == {"chair"}
    assert "inspection" not in by_kind


def test_a_page_without_an_issue_date_takes_the_latest_year_it_writes():
    text = ("8月27日,某保险公司召开业绩发布会,公布2013年上半年经营业绩。公司办公室主任苗志刚在发布会上称,"
            "上半年实现净利润同比增长16.8%,较2012年同期提高2个百分点,力争2015年保费收入翻番。\n")
    (conference,) = run_stages(text, None)[3]
    assert conference.date == date(2013, 8, 27) and conference.date_source == "year_in_text"
    text = "8月27日,某保险公司召开业绩发布会。公司办公室主任苗志刚在发布会上称,公司有员工2000余人。\n"
    (conference,) = run_stages(text, None)[3]
    assert conference.date is None and (conference.month, conference.day) == (8, 27)


def test_meetings_a_meeting_decided_to_hold_are_plans():
    text = ("11月3日,市政府党组召开扩大会议。市长邬宏亮主持会议。会议决定,下周二召开全市农村改革工作会议,"
            "市委书记覃立新将出席会议并讲话。会议确定,市十五届人大五次会议于1月12日至14日在市会展中心召开。\n")
    events = run_stages(text, date(2008, 11, 5))[3]
    assert [ev.name for ev in events] == ["市政府党组扩大会议"]


def test_an_exhibition_opened_and_a_late_village_head_remembered():
    text = ("6月20日上午,“喜迎国庆”书画摄影作品展在县文化馆开幕。县委副书记郗永康宣布展览开幕。\n"
            "6月21日,全县先进事迹报告会在县委党校礼堂举行。县人民医院党委书记、院长黄秋月,某村党支部书记"
            "温德林等5名报告团成员作了报告。已故某村原党支部书记洪德贵的女儿洪小梅讲述了父亲带领群众修路的事迹。\n")
    events = run_stages(text, date(2016, 6, 22))[3]
    assert [(ev.kind, ev.date) for ev in events] == [("other", date(2016, 6, 20)), ("meeting", date(2016, 6, 21))]
    people = frames(events)[events[1].name]
    assert people["黄秋月"][0] == {"speaker"} and "洪德贵" not in people


def test_who_will_attend_a_meeting_planned_takes_no_part_in_the_one_reported():
    text = ("11月3日,市政府党组召开扩大会议。市长邬宏亮主持会议。会议决定,下周二召开全市农村改革工作会议。"
            "市委书记覃立新将出席会议并作动员讲话。\n")
    events = run_stages(text, date(2008, 11, 5))[3]
    assert {name: list(people) for name, people in frames(events).items()} == {"市政府党组扩大会议": ["邬宏亮"]}


def test_a_list_with_an_unread_name_and_leaders_at_home_who_observe():
    text = ("3月17日,县委书记甄家栋主持召开县委常委会议。县领导卢志成、屈海燕、阿的伍各、马黑布哈、"
            "杜文彬出席会议;在家的县级领导訾庆华、沙马阿果列席会议。\n")
    events = _model_events(text, date(2016, 3, 18))
    people = frames(events)[events[0].name]
    assert people["卢志成"][0] == people["杜文彬"][0] == {"attendee"}
    assert people["訾庆华"][0] == {"observer"}


def test_a_ceremony_at_a_long_site_and_workers_who_speak():
    text = ("8月8日上午,某县2023年第三季度重大项目集中开工仪式在县经济开发区智能制造产业园项目现场举行。"
            "县委书记蒲建业致辞。\n"
            "12月2日,全市表彰大会举行。受表彰单位代表、市城管局局长郜晓萍,市环卫处清扫工人牛春生先后作典型发言。"
            "市经济开发区管委会主任沈一鸣与某集团总裁克劳斯·霍夫曼分别代表双方签署投资协议。\n")
    events = run_stages(text, date(2023, 12, 3))[3]
    assert [ev.date for ev in events] == [date(2023, 8, 8), date(2023, 12, 2)]
    assert events[0].place == "县经济开发区智能制造产业园项目现场"
    people = frames(events)[events[1].name]
    assert people["郜晓萍"][0] == people["牛春生"][0] == {"speaker"}
    assert people["沈一鸣"][0] == {"attendee"}


def test_a_standing_committee_session_with_an_oath_and_a_report_made_on_behalf():
    text = ("4月25日,县人大常委会举行第二十一次会议。县人大常委会主任闵光明主持会议。副县长滕小兵列席会议。"
            "会议听取和审议了副县长滕小兵受县人民政府委托所作的关于全县农村饮水安全工作情况的报告,"
            "审议了县人大常委会执法检查组关于检查《中华人民共和国水污染防治法》贯彻实施情况的报告。"
            "会议最后举行宪法宣誓仪式。陈立波领誓。新任命的县财政局局长陈立波代表新任命人员作表态发言。"
            "闵光明在讲话中要求,新任命人员要依法履职。\n")
    events = run_stages(text, date(2019, 4, 26))[3]
    assert [ev.kind for ev in events] == ["meeting"]
    people = frames(events)[events[0].name]
    assert people["闵光明"][0] == {"chair", "speaker"} and people["滕小兵"][0] == {"observer", "speaker"}
    assert people["陈立波"][0] == {"speaker"}


def test_an_inspection_on_site_and_who_spoke_on_a_visit_escorted():
    text = ("昨天下午,某县招商引资项目集中签约仪式在县行政中心举行。副市长韦振国出席。"
            "签约仪式前,韦振国一行还实地察看了开发区北区块和鹤溪工业功能区。\n")
    events = run_stages(text, date(2009, 6, 12))[3]
    assert [(ev.kind, ev.date) for ev in events] == [("other", date(2009, 6, 11)), ("inspection", date(2009, 6, 11))]
    text = ("1月27日,在副县长冯建国陪同下,县委副书记、县长完玛才旦先后来到县人民医院、县疾控中心,"
            "看望慰问节日期间坚守岗位的一线干部职工。他要求,各单位要严格落实值班制度。\n")
    events = run_stages(text, date(2022, 1, 28))[3]
    people = frames(events)[events[0].name]
    assert people["完玛才旦"][0] == {"chair", "speaker"} and people["冯建国"][0] == {"attendee"}


def test_who_tells_the_guest_about_something_at_the_talks_speaks():
    text = "5月17日,副省长苗立克在郑州会见了某银行行长林清德一行。苗立克在会见中向林清德介绍了我省经济发展情况。\n"
    events = run_stages(text, date(2013, 5, 18))[3]
    people = frames(events)[events[0].name]
    assert people["苗立克"][0] == {"speaker"} and people["林清德"][0] == {"attendee"}


def test_two_people_who_respectively_do_two_things_and_a_pictured_ceremony():
    text = ("10月27日,全市大气污染防治部署会召开。副市长卓怀瑾、市政府副秘书长庄俊墨分别作工作部署和主持会议。"
            "大会还举行了新党员入党宣誓仪式。\n图为新党员在入党宣誓仪式上庄严宣誓。\n")
    events = run_stages(text, date(2016, 10, 28))[3]
    assert [ev.kind for ev in events] == ["meeting"]
    people = frames(events)[events[0].name]
    assert people["卓怀瑾"][0] == {"speaker"} and people["庄俊墨"][0] == {"chair"}


def test_who_answers_at_a_press_conference_and_citizens_a_reporter_asked():
    text = ("3月14日上午,市政府新闻办召开新闻发布会。副市长汤立群出席发布会并介绍有关情况。在答记者问环节,"
            "市发改委副主任戴晓明、市房管局局长钟卫华分别就资金筹措、住房建设进度等问题回答了记者提问。"
            "市投资促进中心主任蓝浩天作投资环境专题推介。当天,记者在一个老小区随机采访了几位市民。"
            "退休职工郝秀兰说:“我们最关心的就是这些实事。”\n")
    events = run_stages(text, date(2012, 3, 15))[3]
    people = frames(events)[events[0].name]
    assert people["戴晓明"][0] == people["钟卫华"][0] == people["蓝浩天"][0] == {"speaker"}
    assert "郝秀兰" not in people
    text = ("1月15日,某部举行迎春招待会。部长龚立新致辞。他表示,欢迎各国记者来中国访问和采访。"
            "出席招待会的有邬光春、杨正泉、柯冰。\n")
    events = _model_events(text, date(1998, 1, 16))
    assert {"邬光春", "杨正泉"} <= set(frames(events)[events[0].name])


def test_who_joins_the_talks_joins_the_forum_told_of_during_a_visit():
    text = ("本报讯 10月20日至21日,某省甲县县委书记沈立峰率党政代表团来我县考察对接工作。县委书记王振东陪同考察。\n"
            "20日下午,两县对口支援工作座谈会在县行政中心召开。王振东主持座谈会并致辞。沈立峰表示,将持续加大支援力度。"
            "甲县县委常委、副县长陈晓云,甲县政府办主任朱海林参加座谈。\n")
    events = run_stages(text, ISSUE)[3]
    forum = frames(events)["两县对口支援工作座谈会"]
    assert {"陈晓云", "朱海林"} <= set(forum)
    assert not any(ev.kind == "talks" for ev in events)


def test_the_place_before_zhuchi_zhaokai_is_the_meetings():
    text = "本报讯 2月5日下午,州委副书记刘德明在红原县主持召开寺庙管理工作座谈会,听取工作汇报。\n"
    events = run_stages(text, ISSUE)[3]
    assert [ev.place for ev in events] == ["红原县"]


def test_a_meeting_where_others_were_honoured_before_is_no_event_here():
    text = ("本报讯 9月16日,旗委召开常委(扩大)会议,传达学习全区民族团结进步表彰大会精神。旗委书记那顺巴雅尔主持会议。\n"
            "会上,旗委常委、统战部部长苏日娜通报了我旗在全区民族团结进步表彰大会上受表彰的先进集体情况。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["旗委常委(扩大)会议"]
    assert set(frames(events)["旗委常委(扩大)会议"]) == {"那顺巴雅尔", "苏日娜"}


def test_what_the_meeting_itself_did_is_no_inspection():
    text = ("本报讯 9月7日,全州民族团结进步创建工作现场观摩推进会在默勒县召开。会议深入学习贯彻省委书记何建国的讲话精神,"
            "观摩交流民族团结进步创建经验。州委书记罗卫东出席会议并讲话。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.kind for ev in events] == ["meeting"]
    assert set(frames(events)[events[0].name]) == {"罗卫东"}


def test_a_models_short_name_inside_a_titled_longer_one_is_that_person():
    text = ("本报讯 17日上午,旗委副书记、旗长敖特根巴雅尔到宝力格苏木调研牧区水利设施建设工作。\n"
            "敖特根巴雅尔一行先后察看了节水灌溉饲草料基地和牧民定居点。他要求,要加快推进工程建设。\n")
    events = _model_events(text, ISSUE)
    assert [ev.kind for ev in events] == ["inspection"]
    assert set(frames(events)[events[0].name]) == {"敖特根巴雅尔"}


def test_a_study_session_of_the_party_group_is_a_meeting():
    text = ("本报讯 11月6日上午,县委理论学习中心组举行2025年第九次集中学习。县委书记乔立邦主持并讲话。"
            "县委副书记、县长袁继东等县委中心组成员参加学习。\n")
    people = frames(run_stages(text, ISSUE)[3])["县委理论学习中心组2025年第九次集中学习"]
    assert people["乔立邦"][0] == {"chair", "speaker"} and "袁继东" in people


def test_a_survey_reported_and_topics_of_advice_are_no_inspections():
    text = ("本报讯 8月25日上午,县政协召开专题协商会。县政协主席邬家明主持会议。会上,县政协副主席钟丽芳通报了专题调研情况。"
            "政协委员付建平、刘晓红先后发言,围绕规范涉企执法检查、加强企业用工保障等提出意见建议。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.kind for ev in events] == ["meeting"]
    assert {"钟丽芳", "付建平", "刘晓红"} <= set(frames(events)[events[0].name])


def test_who_goes_along_attends_and_an_inspection_is_named_by_its_object():
    text = ("本报讯 11月3日,市委副书记蒋开平到某县督导安全生产工作。县长鲍庆峰陪同。市应急管理局局长邹大伟随行。\n"
            "11月4日晚,鲍庆峰带队,采取明察暗访的方式,对城区宾馆消防安全工作进行检查。\n")
    events = run_stages(text, ISSUE)[3]
    assert frames(events)["督导安全生产工作"]["邹大伟"][0] == {"attendee"}
    assert "检查城区宾馆消防安全工作" in frames(events)


def test_at_the_meeting_again_after_a_visit_held_before_it():
    text = ("本报讯 7月18日,县政协常委会议召开。县政协主席汪德明主持会议并讲话。\n"
            "会前,在汪德明带领下,与会常委视察了县绿色食品产业园。\n"
            "会上,县政协常委江淑华、殷德义作交流发言。\n")
    events = run_stages(text, ISSUE)[3]
    meeting = frames(events)["县政协常委会议"]
    assert meeting["江淑华"][0] == {"speaker"} and meeting["殷德义"][0] == {"speaker"}


def test_escorts_listed_with_commas_before_de_peitong_xia():
    text = ("本报讯 23日,盟委书记张建国在盟委常委、秘书长李明华,旗委书记王立新的陪同下,"
            "来到某苏木走访慰问贫困牧民。\n")
    people = frames(run_stages(text, ISSUE)[3])["走访慰问贫困牧民"]
    assert people == {"张建国": ({"chair"}, "盟委书记"), "李明华": ({"attendee"}, "盟委常委、秘书长"),
                      "王立新": ({"attendee"}, "旗委书记")}


def test_a_list_that_joins_the_guests_before_its_verb():
    text = ("本报讯 5月25日,青禾县文化中心开馆仪式在县城隆重举行。县委副书记王一明,县政协副主席李葛珏,"
            "县文联主席赵立宁与百余位嘉宾一起,共同见证了这一时刻。\n")
    people = frames(run_stages(text, ISSUE)[3])["青禾县文化中心开馆仪式"]
    assert set(people) == {"王一明", "李葛珏", "赵立宁"}


def test_who_speaks_after_zai_x_tiaoyan_shi_did_the_inspection():
    text = ("本报讯 3月5日,在青禾县工业园区调研时,市委书记王建国强调,要加快项目建设进度。"
            "县委书记李明陪同调研。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["在青禾县工业园区调研"]
    people = frames(events)["在青禾县工业园区调研"]
    assert people["王建国"][0] == {"chair", "speaker"} and people["李明"][0] == {"attendee"}


def test_witnesses_attend_and_what_the_event_is_is_no_other_event():
    text = ("本报讯 5月25日,青禾县与华海集团项目签约仪式在县城举行。在市委副书记王一明、县长李葛珏的见证下,"
            "双方代表签订了合作协议。据了解,这是在我县举行的首个千亿级项目签约仪式。\n")
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 1
    assert set(frames(events)[events[0].name]) == {"王一明", "李葛珏"}


def test_those_who_perform_the_launch_together_attend_it():
    text = ("本报讯 6月2日,青禾县首届茶文化节在茶博园开幕。在副市长郑海涛、县委书记韩立平等六人共同按下启动球后,"
            "茶文化节正式拉开帷幕。\n")
    people = frames(run_stages(text, ISSUE)[3])["青禾县首届茶文化节"]
    assert set(people) == {"郑海涛", "韩立平"}


def test_a_web_dateline_with_xiaoxi_dates_its_today():
    text = "青禾网8月30日消息 今天上午,青禾县2012年招商推介会在县城举行。县长韩立平致辞。\n"
    events = run_stages(text, date(2012, 9, 3))[3]
    assert events[0].date == date(2012, 8, 30)


def test_a_web_dateline_without_a_year_takes_the_year_the_article_writes():
    text = "青禾网8月30日消息 今天上午,“2012青禾茶叶博览会”在青禾会展中心开幕。副县长韩立平致辞。\n"
    events = run_stages(text, None)[3]
    assert events[0].date == date(2012, 8, 30)


def test_a_company_head_with_two_posts_joined_by_jian():
    text = ("本报讯 5月25日,青禾县文化中心开馆仪式在县城隆重举行。县文联主席赵立宁,"
            "青禾传媒公司总经理兼总编孙海出席仪式。\n")
    people = frames(run_stages(text, ISSUE)[3])["青禾县文化中心开馆仪式"]
    assert people["孙海"] == ({"attendee"}, "青禾传媒公司总经理兼总编")


def test_who_entrusts_an_inspection_takes_no_part_in_it():
    text = ("本报讯 3月11日,受县委书记李明远、县长张正国委托,县委副书记林国栋带领县直有关部门负责人"
            "深入青石镇调研春耕备耕工作。镇党委书记何大勇陪同调研。\n")
    people = frames(run_stages(text, ISSUE)[3])["调研春耕备耕工作"]
    assert people == {"林国栋": ({"chair"}, "县委副书记"), "何大勇": ({"attendee"}, "镇党委书记")}


def test_a_clean_up_campaign_carried_out_is_the_event_its_leader_chairs():
    text = ("本报讯 6月3日晚,县城管执法局联合县市场监管局、县公安局开展占道经营集中整治行动。"
            "副县长罗建平带队检查,县城管执法局局长何伟参加行动。\n")
    events = run_stages(text, ISSUE)[3]
    assert [(ev.name, ev.kind) for ev in events] == [("占道经营集中整治行动", "other")]
    assert frames(events)["占道经营集中整治行动"]["罗建平"][0] == {"chair"}


def test_who_joins_the_activity_after_talks_joins_the_ceremony():
    text = ("本报讯 11月21日,我市与华瑞集团战略合作协议签约仪式在市行政中心举行。签约前,市委书记沈国华"
            "会见了华瑞集团董事长齐振宇一行,双方就深化合作进行了深入交流。\n"
            "市长蔡德明与齐振宇分别代表双方签约。市领导田野、邱实参加活动。\n")
    named = frames(run_stages(text, ISSUE)[3])
    assert {"田野", "邱实"} <= set(named["我市与华瑞集团战略合作协议签约仪式"])
    assert not {"田野", "邱实"} & set(named["会见华瑞集团董事长齐振宇一行"])


def test_the_tour_of_a_guanmohui_is_the_guanmohui():
    text = ("本报讯 12月18日,全市重大项目建设观摩会举行。市委书记鲁定远,市长祁文博带领观摩团,"
            "先后深入5个县实地观摩了20个重大项目。市委副书记卫清源等市领导参加观摩。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["全市重大项目建设观摩会"]
    assert set(frames(events)["全市重大项目建设观摩会"]) == {"鲁定远", "祁文博", "卫清源"}


def test_declaring_the_games_open_holds_no_other_event():
    text = ("本报讯 12月4日上午,某市第五届运动会开幕式在市体育中心举行。副市长严丽娟致开幕词并宣布运动会开幕,"
            "市体育局局长邝宏伟主持开幕式。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["某市第五届运动会开幕式"]


def test_a_welcome_to_visitors_who_came_to_inspect_is_no_inspection():
    text = ("本报讯 昨日,市委书记冀长春会见了香港某商会访问团一行。冀长春对访问团来我市考察表示欢迎。"
            "商会会长邹家骅表示,将组织会员企业来投资。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.kind for ev in events] == ["talks"]


def test_who_inspect_along_are_doers_of_the_same_inspection():
    text = ("本报讯 7月1日,省安全生产督导组组长滕建华带队,来我市督导安全生产工作。督导组成员、省应急厅处长岳晓峰,"
            "省煤炭工业局副处长金立平一同督导。副市长沈从越陪同督导。\n")
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 1
    assert frames(events)[events[0].name] == {
        "滕建华": ({"chair"}, "省安全生产督导组组长"), "岳晓峰": ({"chair"}, "督导组成员、省应急厅处长"),
        "金立平": ({"chair"}, "省煤炭工业局副处长"), "沈从越": ({"attendee"}, "副市长")}


def test_feedback_of_a_party_inspection_team_is_a_meeting_and_tongri_takes_the_day_before():
    text = ("市委第二巡察组向市住建局党组反馈巡察情况\n"
            "11月3日上午,市委第二巡察组向市住建局党组反馈巡察情况。市住建局局长缪天宇主持会议。\n"
            "市委第三巡察组向市交通局党组反馈巡察情况\n"
            "同日下午,市委第三巡察组向市交通局党组反馈巡察情况。会议由市交通局副局长汤惠主持。"
            "市委第三巡察组组长管振华反馈巡察情况。\n")
    events = run_stages(text, ISSUE)[3]
    second = next(ev for ev in events if ev.name == "市委第三巡察组向市交通局党组反馈巡察情况")
    assert second.date == date(2024, 11, 3) and len(events) == 2
    assert frames(events)[second.name]["管振华"][0] == {"speaker"}


def test_a_digest_item_chaired_by_a_leader_named_in_the_item_before():
    text = ("县领导走访慰问老党员\n"
            "12月28日,县委书记祁正华来到城关镇东街村,走访慰问老党员。县委常委、组织部部长乔慧琳陪同慰问。\n"
            "县委常委会召开2025年第一次会议\n"
            "1月7日,县委常委会召开2025年第一次会议。祁正华主持会议并讲话。县委副书记、县长田茂森出席会议。\n")
    named = frames(run_stages(text, ISSUE)[3])
    assert named["县委常委会2025年第一次会议"]["祁正华"][0] == {"chair", "speaker"}


def test_after_the_presidium_meeting_the_report_goes_back_to_the_session():
    text = ("本报讯 昨天上午,县第九届人民代表大会第三次会议在县会堂隆重开幕。\n"
            "开幕大会前,大会主席团在县会堂二楼会议室举行第一次会议。会议由谷长明主持。\n"
            "县人大常委会主任谷长明主持开幕大会。县委书记沈东海等县领导在主席台就座。\n"
            "县长侯嘉代表县人民政府作《政府工作报告》。\n")
    named = frames(run_stages(text, ISSUE)[3])
    session = named["县第九届人民代表大会第三次会议"]
    assert session["谷长明"][0] == {"chair"} and session["侯嘉"][0] == {"speaker"} and "沈东海" in session
    assert set(named["大会主席团第一次会议"]) == {"谷长明"}


def test_a_list_across_a_semicolon_and_joining_talks_and_a_forum_told_before():
    text = ("本报讯 3月8日上午,县委书记任泽明会见了澜北区党政代表团一行,随后两地举行东西部协作工作座谈会。"
            "座谈会由县长曾德明主持。\n"
            "澜北区副区长蒋佩琳,区政府办公室主任彭正宁;县委常委韦明慧,副县长包云鹏参加会见和座谈。\n")
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 2
    assert {"蒋佩琳", "彭正宁", "韦明慧", "包云鹏"} <= set(frames(events)["两地东西部协作工作座谈会"])


def test_the_forum_after_talks_is_the_same_occasion_and_hosts_in_passing_take_no_part():
    text = ("本报讯 次日,访问团一行到访青禾市。市政协主席杨晓明会见了访问团成员。市委统战部副部长张建华主持座谈。"
            "访问期间,访问团还拜访了青禾市南区,受到南区政协主席张和顺,副区长冼富强等领导的热情接待。\n")
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 1
    assert set(frames(events)[events[0].name]) == {"杨晓明", "张建华"}


def test_board_members_and_described_groups_share_the_verb():
    text = ("本报讯 3月2日,某某能源公司召开年度工作会议。公司党委书记、董事长伍振邦主持会议。"
            "公司领导班子成员霍启明、闵晓燕出席会议。"
            "职工代表、安全环保部部长卞立群,青年代表和家属代表分别发言。\n")
    named = frames(run_stages(text, ISSUE)[3])["某某能源公司年度工作会议"]
    assert named["霍启明"] == ({"attendee"}, "公司领导班子成员") and "闵晓燕" in named
    assert named["卞立群"][0] == {"speaker"} and not any(p.startswith("和") for p in named)


def test_reports_given_and_experiences_told_are_speeches():
    text = ("本报讯 8月5日,县人大常委会举行第十二次会议。县人大常委会主任黎泽民主持会议。"
            "会议听取审议了副县长甘露所作的关于上半年财政预算执行情况的报告。"
            "县人大常委会副主任桑永年、芮国华分别结合分管工作谈了学习体会。\n")
    named = frames(run_stages(text, ISSUE)[3])["县人大常委会第十二次会议"]
    assert named["甘露"][0] == {"speaker"}
    assert named["桑永年"][0] == named["芮国华"][0] == {"speaker"}


def test_a_party_group_meeting_after_the_session_is_an_event_of_its_own():
    text = ("本报讯 9月3日,市人大常委会第十九次会议召开。市人大常委会主任晏立中主持会议。"
            "会议闭幕后,晏立中主持召开市人大常委会党组会议,传达学习省委全会精神。\n")
    events = run_stages(text, ISSUE)[3]
    assert {ev.name for ev in events} == {"市人大常委会第十九次会议", "市人大常委会党组会议"}


def test_ways_of_working_and_a_lesson_given_at_the_meeting_are_no_events():
    text = ("本报讯 12月26日,县林业局党组召开专题民主生活会。局党组书记、局长濮建国主持会议。"
            "会前,局党组采取发放征求意见表、召开座谈会、个别谈心等方式广泛征求意见。"
            "县委组织部部长韦立新出席会议并讲授专题党课。会上,副局长时文华宣读了表彰决定。"
            "韦立新从全会召开的重大意义等方面作了解读。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["县林业局党组专题民主生活会"]
    assert frames(events)[events[0].name]["韦立新"][0] == {"speaker"}


def test_a_meeting_held_right_after_takes_the_leads_day_and_a_recent_situation_is_no_date():
    text = ("全省防汛工作电视电话会议召开\n"
            "青禾日报讯(记者 韦一帆)昨天下午,全省防汛工作电视电话会议召开。省水利厅厅长汤立军通报了近期全省雨情汛情。"
            "市委副书记、市长游志成,副市长祁红梅在青禾分会场收听收看。\n"
            "会后,游志成随即召开全市防汛工作调度会,对贯彻落实全省会议精神作出安排。\n")
    events = run_stages(text, date(2023, 7, 21))[3]
    assert {ev.name: ev.date for ev in events} == {"全省防汛工作电视电话会议": date(2023, 7, 20),
                                                   "全市防汛工作调度会": date(2023, 7, 20)}


def test_an_inspection_named_by_where_it_went_and_joining_its_feedback_meeting():
    text = ("本报讯 12月17日,省国资委党委书记、主任邵鹏飞到省旅游投资集团调研。"
            "副市长倪海燕陪同调研并出席反馈会。\n")
    events = run_stages(text, ISSUE)[3]
    assert events[0].name == "到省旅游投资集团调研"
    assert frames(events)[events[0].name]["倪海燕"][0] == {"attendee"}


def test_a_list_item_with_a_title_of_its_own_and_a_mongolian_name_before_its_title():
    text = ("本报讯 5月10日,苏日娜主席主持召开市政协主席会议。"
            "市委书记岑国梁、市长阿依古丽·吐尔逊,市审计局总审计师蔺志刚出席会议。\n")
    named = frames(run_stages(text, ISSUE)[3])["市政协主席会议"]
    assert named["苏日娜"] == ({"chair"}, "主席")
    assert named["阿依古丽·吐尔逊"] == ({"attendee"}, "市长") and named["蔺志刚"][1] == "市审计局总审计师"


def test_a_given_name_with_yue():
    text = "本报讯 3月25日,某某大学与某某市举行合作座谈会。某某大学校长冷月明,市长尹春禾出席。\n"
    named = frames(run_stages(text, ISSUE)[3])
    assert "冷月明" in next(iter(named.values()))


def test_a_tally_of_study_sessions_before_the_meeting_and_a_guide_who_came_to_it():
    text = ("本报讯 1月6日,县委常委班子召开年度民主生活会。县委书记简日新主持会议。"
            "督导组组长、市人大常委会副主任滕国梁到会指导并作点评,督导组成员萨仁出席会议。\n"
            "会前,县委常委班子先后召开4次理论学习中心组学习会。\n"
            "会上,县委副书记、县长庾明杰作个人对照检查发言。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["县委常委班子年度民主生活会"]
    named = frames(events)[events[0].name]
    assert named["简日新"][0] == {"chair"} and named["滕国梁"][0] == {"speaker"}
    assert named["萨仁"] == ({"attendee"}, "督导组成员") and named["庾明杰"][0] == {"speaker"}


def test_a_briefing_given_by_a_delegation_head_and_heard_by_the_county_leaders():
    text = ("本报讯 9月7日,州委宣讲团团长麦尔丹·吾守尔一行来到我县,在县委党校开展“乡村振兴”专题宣讲。"
            "县委副书记冉春林主持宣讲会。县委常委、宣传部部长宫晓丽,副县长(挂职)鲍一鸣聆听了宣讲。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["“乡村振兴”专题宣讲"]
    named = frames(events)[events[0].name]
    assert named["麦尔丹·吾守尔"][0] == {"speaker"} and named["冉春林"][0] == {"chair"}
    assert named["宫晓丽"][0] == named["鲍一鸣"][0] == {"attendee"}


def test_deputy_commanders_reports_heard_in_a_row_and_post_notes_in_titles():
    text = ("本报讯 9月6日,县政府召开第12次常务会议。县长滕立仁主持会议。"
            "会议听取了县教育局关于秋季开学准备工作的汇报、县农业农村局局长次仁旺堆关于秋收进度的汇报。"
            "指挥部党委副书记、副总指挥晏海生作了具体说明。县水利局副局长(主持工作)车国庆,副县长(挂职)岩温香出席会议。\n")
    named = frames(run_stages(text, ISSUE)[3])["县政府第12次常务会议"]
    assert named["次仁旺堆"][0] == named["晏海生"][0] == {"speaker"}
    assert named["车国庆"] == ({"attendee"}, "县水利局副局长(主持工作)")
    assert named["岩温香"] == ({"attendee"}, "副县长(挂职)")


def test_talks_with_a_delegation_led_by_a_long_named_guest_and_its_photo_caption():
    text = ("本报讯 昨天下午,州长刀明华会见了以邻国某州副州长阿斯兰·努尔兰诺维奇·别克托哈梅多夫为团长的经贸代表团一行。"
            "别克托哈梅多夫表示,愿与我州深化合作。\n"
            "图:刀明华会见阿斯兰·努尔兰诺维奇·别克托哈梅多夫一行。\n")
    events = run_stages(text, date(2014, 6, 26))[3]
    assert [ev.name for ev in events] == ["会见经贸代表团一行"]
    assert "阿斯兰·努尔兰诺维奇·别克托哈梅多夫" in frames(events)["会见经贸代表团一行"]


def test_a_party_lesson_given_during_an_activity_is_part_of_it():
    text = ("本报讯 5月20日,县委副书记包日新来到结对帮扶的某某村,与村“两委”班子成员一起开展“同心共建”主题党日活动,"
            "并以“建设美丽乡村”为题讲授微党课。驻村工作队队长邢志远参加活动。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["“同心共建”主题党日活动"]
    named = frames(events)[events[0].name]
    assert named["包日新"][0] == {"speaker"} and named["邢志远"][0] == {"attendee"}


def test_a_study_session_held_by_a_study_group_and_village_committee_members():
    text = ("本报讯 9月14日下午,某某街道党工委理论学习中心组开展9月份集体学习。街道党工委书记钱立本主持学习。"
            "村两委成员柴秀英、穆建平,代表团成员金正浩参加学习。\n")
    events = run_stages(text, ISSUE)[3]
    assert [ev.name for ev in events] == ["某某街道党工委理论学习中心组9月份集体学习"]
    named = frames(events)[events[0].name]
    assert named["柴秀英"] == ({"attendee"}, "村两委成员") and named["金正浩"][1] == "代表团成员"


def test_a_training_class_its_lecturers_and_a_wish_that_mentions_visits():
    text = ("本报讯 5月17日,某某街道网格员培训班在街道党群服务中心举行。街道党工委副书记苗正阳致辞,"
            "他希望大家把学到的知识用到入户走访中去。区公安分局副局长靳涛讲解了反诈宣传的方法。\n"
            "1月8日,某某村党员冬训班开班。镇党委委员宁晓薇为全村党员上了冬训第一堂专题党课。党课由村党支部书记习永明主持。\n")
    events = run_stages(text, ISSUE)[3]
    named = frames(events)
    assert set(named) == {"某某街道网格员培训班", "某某村党员冬训班开班仪式", "冬训第一堂专题党课"}
    assert named["某某街道网格员培训班"]["靳涛"][0] == {"speaker"}
    assert named["冬训第一堂专题党课"]["宁晓薇"][0] == {"speaker"}
    assert named["冬训第一堂专题党课"]["习永明"][0] == {"chair"}


def test_bulleted_photo_captions_and_a_rostrum_list_after_a_broken_line():
    text = ("【图片新闻】某某区人代会开幕\n"
            "▲1月18日上午,某某区第三届人民代表大会第四次会议在区文化中心开幕。\n"
            "▲区委书记杭振邦出席大会。\n"
            "▲大会执行主席蔺光明主持开幕大会。\n"
            "大会主席团成员和区领导\n"
            "在主席台就座的有:区领导宓立群、程海强、夏雨涵等。\n"
            "会议期间,与会代表踊跃发言。\n")
    events = run_stages(text, date(2024, 1, 19))[3]
    assert len(events) == 1
    named = frames(events)[events[0].name]
    assert named["杭振邦"][0] == {"attendee"} and named["蔺光明"][0] == {"chair"}
    assert {"宓立群", "程海强", "夏雨涵"} <= set(named) and "踊跃" not in named


def test_leaders_who_took_part_in_all_the_events_told_above():
    text = ("本报讯 9月23日上午,第三届某某博览会在会展中心开幕。省委书记韩立志出席开幕式并致辞。"
            "开幕式前,韩立志会见了出席博览会的部分企业家代表。\n"
            "省领导邝国良、柯文彬参加上述活动。\n")
    events = run_stages(text, ISSUE)[3]
    assert len(events) == 2
    assert all({"邝国良", "柯文彬"} <= set(people) for people in frames(events).values())


def test_a_delegation_visit_over_days_and_its_numbered_meeting_told_again():
    text = ("本报讯 4月8日至10日,某省委书记龚鹤年冒着细雨率某省党政代表团来我区学习考察,并出席两省区协作第二十一次联席会议。\n"
            "9日上午,两省区协作第二十一次联席会议在银川召开。自治区党委书记马正邦主持会议并讲话,龚鹤年讲话。\n")
    events = run_stages(text, date(2024, 4, 11))[3]
    by_name = {ev.name: ev for ev in events}
    assert set(by_name) == {"来我区学习考察", "两省区协作第二十一次联席会议"}
    assert by_name["两省区协作第二十一次联席会议"].date == date(2024, 4, 9)
    assert frames(events)["来我区学习考察"]["龚鹤年"][0] == {"chair"}


def test_escorts_of_an_inspection_who_also_join_its_forum_and_a_farewell_attended():
    text = ("本报讯 7月9日,省委书记雷正衡深入龙溪县,就基层党建工作进行调研。\n"
            "10日下午,雷正衡在雷岗县主持召开座谈会,听取汇报。\n"
            "省委常委、秘书长苗启平,副省长包文彬,省直有关部门主要负责同志陪同调研并参加座谈会。\n")
    named = frames(run_stages(text, date(2018, 7, 12))[3])
    assert set(named) == {"调研基层党建工作", "座谈会"}
    assert named["调研基层党建工作"]["苗启平"][0] == named["座谈会"]["苗启平"][0] == {"attendee"}
    assert "包文彬" in named["调研基层党建工作"] and "包文彬" in named["座谈会"]


def test_mourners_who_went_to_the_farewell_and_a_one_character_last_part():
    text = ("本报讯 12月26日,某某同志遗体送别仪式在殡仪馆举行。省委书记钟鸿儒,省长叶松林等前往殡仪馆送别。\n"
            "10月21日,第五届某某博览会开幕式举行。某国旅游部长阿里夫·汗分别致辞。\n")
    named = frames(run_stages(text, date(2012, 12, 27))[3])
    farewell = next(people for name, people in named.items() if "送别" in name)
    assert farewell["钟鸿儒"][0] == farewell["叶松林"][0] == {"attendee"}
    assert any("阿里夫·汗" in people for people in named.values())


def test_a_study_session_and_what_it_did_and_leaders_at_the_main_venue():
    text = ("本报讯 6月24日,州委理论学习中心组举行专题学习会,围绕党史进行集中学习研讨。州委书记沙马木呷主持会议。\n"
            "6月16日下午,全市防汛工作电视电话会议召开。副市长黄德清主持会议。"
            "市领导陆海江、韦秀兰出席主会场会议。会上,市水利局局长罗永明通报了近期雨情。\n")
    events = run_stages(text, date(2021, 6, 25))[3]
    named = frames(events)
    assert set(named) == {"州委理论学习中心组专题学习会", "全市防汛工作电视电话会议"}
    assert {"陆海江", "韦秀兰", "罗永明"} <= set(named["全市防汛工作电视电话会议"])


def test_an_escorted_tour_within_the_trip_and_what_a_check_found():
    text = ("本报讯 4月12日至13日,某某市委副书记、市长顾卫平率党政代表团来我县考察对口援疆工作。\n"
            "12日下午,县委书记艾尔肯·吐尔洪会见了代表团一行。\n"
            "13日,代表团在县长张振江、副县长陆建新陪同下,先后考察了县人民医院和工业园区。\n"
            "9月7日,集团公司召开安全生产分析会。总经理雷振邦主持会议。安全监察局局长寇文杰通报了近期安全大检查中发现的问题。\n")
    events = run_stages(text, date(2011, 4, 14))[3]
    named = frames(events)
    trips = [ev for ev in events if ev.kind == "inspection"]
    assert len(trips) == 1 and {"张振江", "陆建新"} <= set(named[trips[0].name])
    assert not any("发现" in ev.name for ev in events)


def test_a_transcribed_last_part_that_spells_a_one_character_word():
    text = ("本报讯 7月20日,县委书记艾山江·吐尔洪到某某乡调研棉花生产。"
            "乡党委书记帕丽达·阿布都热依木介绍了棉花种植情况。\n")
    named = frames(run_stages(text, ISSUE)[3])
    assert "帕丽达·阿布都热依木" in next(iter(named.values()))


def test_mongolian_names_before_a_cue_spelt_in_the_same_characters():
    text = ("本报讯 11月9日,旗人大常委会主任巴图孟和带领部分人大代表,对全旗人居环境整治工作开展集中视察。"
            "旗人大常委会副主任萨仁高娃参加视察,旗委副书记、旗长那仁满都拉陪同。\n")
    named = frames(run_stages(text, ISSUE)[3])
    people = next(iter(named.values()))
    assert {"萨仁高娃", "那仁满都拉"} <= set(people)


def test_leaders_who_join_the_volunteers_at_an_activity_are_there():
    text = ("本报讯 3月5日上午,某某街道志愿服务活动在滨河广场举行,街道党工委书记唐一帆,"
            "街道党工委副书记、办事处主任霍思源与50余名志愿者一起,为居民提供义诊。\n"
            "本周二晚,街道在桂香社区举办民俗文化活动,街道党工委委员刘思琪与社区居民一起包月饼。\n")
    named = frames(run_stages(text, date(2025, 9, 12))[3])
    assert named["某某街道志愿服务活动"]["唐一帆"][0] == named["某某街道志愿服务活动"]["霍思源"][0] == {"attendee"}
    assert any(people.get("刘思琪", (set(),))[0] == {"attendee"} for people in named.values())


def test_on_site_office_work_is_an_inspection():
    text = "本报讯 6月30日,县委副书记、县长闵海涛率县直相关部门负责人到城南片区棚户区改造项目现场办公。\n"
    events = run_stages(text, date(2017, 7, 3))[3]
    assert [(ev.kind, ev.date) for ev in events] == [("inspection", date(2017, 6, 30))]
    assert frames(events)[events[0].name]["闵海涛"][0] == {"chair"}


def test_appointees_who_speak_and_a_long_explanation_given():
    text = ("本报讯 12月26日,县人大常委会举行第九次会议。县人大常委会主任韦立新主持会议。"
            "拟任县财政局局长的欧志成、拟任县审计局局长的吕红英作了供职发言。"
            "县人大常委会副主任努尔兰·卡德尔作关于全县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)审查意见的说明。\n")
    events = _model_events(text, date(2017, 12, 27))  # (the model finds 欧志成)
    named = frames(events)["县人大常委会第九次会议"]
    assert named["欧志成"][0] == named["吕红英"][0] == named["努尔兰·卡德尔"][0] == {"speaker"}


def test_the_next_day_and_the_same_day_after_it_count_on_from_the_day_told():
    text = ("本报讯 上周,市委书记童一鸣把主要精力放在项目建设和基层调研上。\n"
            "9月7日上午,童一鸣到高新区调研重点工业项目建设情况。" + "他详细询问了项目用地、用电保障和施工进度。" * 12 + "\n"
            "次日上午,童一鸣主持召开市委常委会议,听取全市重点项目推进情况汇报。市委副书记、市长鲍立凡出席会议。\n"
            "当天下午,童一鸣会见了以总裁秦海生为团长的某集团考察团一行。\n"
            "翌日上午,鲍立凡又深入临水镇,看望慰问受灾群众。\n")
    events = run_stages(text, date(2010, 9, 13))[3]
    assert sorted((ev.date.day, ev.kind) for ev in events) == [
        (7, "inspection"), (8, "meeting"), (8, "talks"), (9, "visit")]  # no event 调研上


def test_a_vague_word_inside_a_clause_dates_nothing():
    text = ("6月16日下午,某县召开防汛调度会,分析研判近期洪水形势。县长艾力·买买提主持会议。\n"
            "副县长古兰丹通报了近期来水情况。\n"
            "会后,艾力·买买提前往克孜河防洪堤,实地查看堤防加固情况。村干部约定一周内派人实地查看。\n")
    events = run_stages(text, date(2025, 6, 17))[3]
    assert [(ev.kind, ev.date) for ev in events] == [("meeting", date(2025, 6, 16)), ("inspection", date(2025, 6, 16))]


def test_observers_who_sit_in_and_guests_who_come_or_sign():
    text = ("本报讯 1月5日上午,区政协召开十二届常委会第十九次会议。会议由区政协副主席黎春荣主持。"
            "区委常委、统战部长严子宇列席旁听会议。区委副书记韩冬青到场祝贺。\n"
            "随后举行战略合作协议签约仪式。市发改委主任隗立民与某集团总经理汤雨分别代表双方在协议上签字。\n")
    named = frames(run_stages(text, date(2012, 1, 6))[3])
    assert "旁听会议" not in named
    meeting = named["区政协十二届常委会第十九次会议"]
    assert meeting["严子宇"][0] == {"observer"} and meeting["韩冬青"][0] == {"attendee"}
    signing = named["战略合作协议签约仪式"]
    assert signing["汤雨"] == ({"attendee"}, "某集团总经理") and signing["隗立民"][0] == {"attendee"}


def test_a_hope_raised_ends_at_the_comma_and_a_next_subject_acts():
    text = ("本报讯 今天上午,县委、县政府召开女干部座谈会。县委副书记彭晓岚出席并提出希望,"
            "副县长储虹主持座谈会。县第二小学教师左秋云讲述了自己的成长经历。\n")
    named = frames(_model_events(text, date(2013, 3, 8)))["县委、县政府女干部座谈会"]
    assert named["储虹"][0] == {"chair"} and named["左秋云"][0] == {"speaker"}


def test_titles_after_names_in_a_list_and_a_body_title_over_a_headline_one():
    text = ("县长蔺国梁连续三天坚守防汛一线\n"
            "——本报记者一周见闻\n"
            "8月15日上午,全县表彰大会在县影剧院召开。县委副书记、县长蔺国梁,范志成主任、柴守义主席等在主席台就座。\n"
            "次日凌晨,蔺国梁冒雨沿清水河大堤察看险情。\n")
    named = frames(run_stages(text, date(2005, 8, 20))[3])
    meeting = named["全县表彰大会"]
    assert meeting["范志成"] == ({"attendee"}, "主任") and meeting["柴守义"] == ({"attendee"}, "主席")
    trip = next(people for name, people in named.items() if name != "全县表彰大会")
    assert trip["蔺国梁"][1] == "县委副书记、县长"


def test_the_ones_a_leader_takes_along_do_the_visit_too():
    text = ("本报讯 8月30日,县委书记易廷声带领县委常委、宣传部部长包雪峰,副县长纪晓云走访慰问优秀教师代表。\n"
            "12月12日,县政协主席宁致中带队,县政协副主席桂晓霞、丘国平及部分县政协委员,对全县义务教育工作进行专题视察。"
            "副县长龙雨松陪同视察。\n")
    named = frames(run_stages(text, date(2017, 12, 14))[3])
    visit = next(people for people in named.values() if "易廷声" in people)
    assert visit["包雪峰"][0] == visit["纪晓云"][0] == {"chair"}
    trip = next(people for people in named.values() if "宁致中" in people)
    assert trip["桂晓霞"][0] == trip["丘国平"][0] == {"chair"} and trip["龙雨松"][0] == {"attendee"}


def test_gatherings_named_before_a_verb_of_staging_and_words_that_hold_no_event():
    text = ("本报讯 12月30日晚,“奋进新时代”2019新年音乐会在市大剧院精彩上演。市领导甘雨棠、祝东升与1200余名观众一同观看演出。\n"
            "6月20日,全县“乡村振兴杯”农民篮球赛决赛在县全民健身中心落下帷幕。副县长石蕴华出席。\n"
            "6月21日,雁川市委第十一轮巡察集中反馈会召开。市委巡察办主任余秀华主持。"
            "各党支部以“大走访”推动问题解决。会议宣读了任职决定:鲁佳文同志任县纪律检查委员会委员、常委、书记。\n"
            "[图片]\n图为开班仪式现场。\n")
    events = run_stages(text, date(2019, 6, 24))[3]
    assert sorted((ev.kind, ev.date.isoformat()) for ev in events) == [
        ("meeting", "2019-06-21"), ("other", "2018-12-30"), ("other", "2019-06-20")]


def test_questions_asked_contracts_signed_and_a_tour_inside_its_meeting():
    text = ("本报讯 11月28日,县人大常委会召开联组会议。县人大常委会主任戚茂森主持。常委会委员邱德明率先发问。"
            "市政协委员岳晓光结合调研和本职工作作了发言。\n"
            "11月8日下午,重大项目集中签约仪式在区会议中心举行。副区长洪少青与日本某精工株式会社社长渡边健二签订合同。\n"
            "5月7日,全市产业扶贫项目观摩推进会在柘阳县召开。市委书记冼国梁带领与会人员实地观摩了莲藕产业园。\n")
    events = _model_events(text, date(2013, 11, 30))
    named = frames(events)
    assert len(events) == 3  # no event 调研和本职工作, no tour besides the 观摩推进会
    joint = named["县人大常委会联组会议"]
    assert joint["邱德明"][0] == joint["岳晓光"][0] == {"speaker"}
    signing = named["重大项目集中签约仪式"]
    assert signing["洪少青"][0] == signing["渡边健二"][0] == {"attendee"}


def test_a_contents_line_parts_its_headlines_at_slashes():
    text = ("阔克苏新闻  2020年10月23日  阔克苏县融媒体中心主办\n\n"
            "【本期导读】县委常委会召开(扩大)会议 / 吴刚走访慰问困难群众 / 某市总工会考察团来我县考察 / 县委宣讲团深入乡村宣讲\n\n"
            "县委常委会召开(扩大)会议\n\n"
            "今天上午,县委书记艾克拜尔·吐尔洪主持召开县委常委会(扩大)会议。县委副书记、县长吴刚出席会议。\n")
    events = _model_events(text, date(2020, 10, 23))
    assert [ev.name for ev in events] == ["县委常委会(扩大)会议"]


def test_people_described_by_their_work_share_the_verb_of_their_list():
    text = ("本报讯 5月4日,全市各界青年代表座谈会召开。团市委书记聂思远主持。"
            "青年医生郑可馨、快递员贺东山、返乡创业青年蓝小苗先后发言。\n")
    named = frames(_model_events(text, date(2020, 5, 5)))["全市各界青年代表座谈会"]
    assert named["郑可馨"][0] == named["贺东山"][0] == named["蓝小苗"][0] == {"speaker"}


def test_a_meeting_wished_to_go_well_is_not_held():
    text = ("本报讯 1月6日,县政协召开主席会议。县政协主席邹立群主持。"
            "会议要求,要集中力量做好各项筹备工作,确保大会顺利召开。最后,邹立群祝贺议政会圆满召开。\n")
    events = run_stages(text, date(2016, 1, 7))[3]
    assert [ev.name for ev in events] == ["县政协主席会议"]


def test_workers_named_by_their_work_share_the_verb_of_their_list():
    text = ("本报讯 4月27日下午,县总工会召开劳动模范座谈会。县委副书记邬长林出席并讲话。\n"
            "座谈会上,省劳动模范、县农机站站长符秋生,县劳动模范、枫林纺织厂挡车工甘丽萍,"
            "消防救援大队队员殷小军作了发言。\n")
    named = frames(_model_events(text, date(2019, 4, 28)))["县总工会劳动模范座谈会"]
    assert {p: named[p][0] for p in ("符秋生", "甘丽萍", "殷小军")} == dict.fromkeys(("符秋生", "甘丽萍", "殷小军"), {"speaker"})


def test_a_bare_talk_beside_the_articles_forum_is_that_forum():
    text = ("州委书记邬长林与青年代表座谈\n"
            "4月29日上午,州委书记邬长林主持召开青年代表座谈会。州委常委、宣传部部长符秋生,副州长甘树声参加座谈。\n")
    events = _model_events(text, date(2021, 4, 30))
    assert [ev.name for ev in events] == ["青年代表座谈会"]
    named = frames(events)["青年代表座谈会"]
    assert named["符秋生"][0] == named["甘树声"][0] == {"attendee"}


def test_minutes_under_a_headline_that_names_the_meeting():
    text = ("柳川县人大常委会第九次会议纪要\n"
            "    时间:2008年6月20日上午\n"
            "    地点:县人大常委会三楼会议室\n"
            "    主持:邬 长 林(县人大常委会主任)\n"
            "    出席:孔 德 明  符 秋 萍(县人大常委会副主任)\n"
            "    列席:邢 建 国(副县长)  殷 小 玲(县法院院长)\n"
            "    会议审议通过了人事任免事项。邬长林在会议结束时讲话。\n")
    events = _model_events(text, date(2008, 6, 21))
    assert [(ev.name, ev.date, ev.place) for ev in events] == [("柳川县人大常委会第九次会议", date(2008, 6, 20), "县人大常委会三楼会议室")]
    named = frames(events)["柳川县人大常委会第九次会议"]
    assert {p: r for p, (r, _) in named.items()} == {"邬长林": {"chair", "speaker"}, "孔德明": {"attendee"},
                                                    "符秋萍": {"attendee"}, "邢建国": {"observer"}, "殷小玲": {"observer"}}
    assert named["殷小玲"][1] == "县法院院长"


def test_officials_who_are_no_deputies_sit_in_as_observers():
    text = ("本报讯 3月21日,枫林县第九届人民代表大会第三次会议开幕。"
            "不是县人大代表的副县长邢建国、殷永和以及县政协副主席列席会议。\n")
    named = frames(_model_events(text, date(1996, 3, 22)))["枫林县第九届人民代表大会第三次会议"]
    assert named["邢建国"][0] == named["殷永和"][0] == {"observer"}


def test_those_who_hand_out_the_awards_attend():
    text = ("本报讯 12月28日,全县三级干部大会召开。县委书记邬长林作报告。"
            "县人大常委会主任符秋生,县政协主席甘树声等为受表彰的单位和个人颁了奖。\n")
    named = frames(run_stages(text, date(1997, 12, 29))[3])["全县三级干部大会"]
    assert named["符秋生"][0] == named["甘树声"][0] == {"attendee"}


def test_a_meeting_held_later_that_day_is_chaired_by_whom_it_names():
    text = ("4月10日,柳川县经济形势分析会召开。县委副书记、县长邬长林出席。"
            "下午召开的经济形势分析会由邬长林主持。\n")
    named = frames(_model_events(text, date(2025, 4, 11)))["柳川县经济形势分析会"]
    assert "chair" in named["邬长林"][0]


def test_talks_named_after_a_long_guest_end_before_the_delegation():
    text = "本报讯 10月11日,市长邬长林会见了德国维斯特精密机械集团全球执行副总裁汉斯·穆勒一行。\n"
    events = _model_events(text, date(2023, 10, 12))
    assert [ev.name for ev in events] == ["会见德国维斯特精密机械集团全球执行副总裁汉斯·穆勒"]


def test_a_rosters_heading_gives_its_names_their_role():
    text = ("柳川县召开2022年度乡镇党委书记抓基层党建工作述职评议会\n"
            "    12月19日,柳川县召开2022年度乡镇党委书记抓基层党建工作述职评议会。县委副书记甘少华主持会议。\n"
            "    出席会议的县领导:\n    邬长林　县委书记\n    覃明远　县委副书记、县长\n"
            "    现场述职人员(按述职顺序):\n    枫林镇党委书记　殷永和\n    石桥乡党委书记　符秋萍\n"
            "    邬长林在点评时指出,要对照点评意见,认真整改。\n")
    named = frames(_model_events(text, date(2022, 12, 20)))[
        "柳川县2022年度乡镇党委书记抓基层党建工作述职评议会"]
    assert named["覃明远"] == ({"attendee"}, "县委副书记、县长")
    assert named["殷永和"] == ({"speaker"}, "枫林镇党委书记") and named["符秋萍"][0] == {"speaker"}
    assert named["邬长林"][0] == {"speaker"} and named["甘少华"][0] == {"chair"}


def test_a_campaigns_leading_group_is_part_of_the_title():
    text = ("2月28日下午,县委副书记、县委党史学习教育领导小组常务副组长邬长林主持召开党史学习教育总结会议。"
            "县委常委、组织部部长覃明远作工作总结。县委常委殷永和、符秋萍结合分管工作作了交流发言。\n")
    named = frames(_model_events(text, date(2022, 3, 1)))["党史学习教育总结会议"]
    assert named["邬长林"] == ({"chair"}, "县委副书记、县委党史学习教育领导小组常务副组长")
    assert named["覃明远"][0] == named["殷永和"][0] == named["符秋萍"][0] == {"speaker"}


def test_speakers_listed_with_commas_and_non_official_posts():
    text = ("本报讯 7月1日,柳川县“两优一先”表彰大会召开。"
            "优秀共产党员代表、枫林村党支部书记殷小兰,县人民医院护士长符家宝作了发言。\n")
    named = frames(_model_events(text, date(2019, 7, 2)))["柳川县“两优一先”表彰大会"]
    assert named["殷小兰"][0] == {"speaker"} and named["符家宝"] == ({"speaker"}, "县人民医院护士长")


def test_a_dotted_name_before_an_adverb_and_a_compound_surname_before_lv():
    text = ("本报讯 1月15日,苏巴什县委常委班子召开专题民主生活会。县委书记邬长林主持会议。"
            "县委常委古丽娜尔·艾则孜、帕尔哈提·吾守尔逐一作个人对照检查发言。"
            "省委组织部副部长端木清和率督导组到会指导。\n")
    named = frames(_model_events(text, date(2024, 1, 16)))["苏巴什县委常委班子专题民主生活会"]
    assert named["帕尔哈提·吾守尔"][0] == named["古丽娜尔·艾则孜"][0] == {"speaker"}
    assert "端木清和" in named


def test_a_place_opened_or_a_show_opened_is_a_ceremony_of_its_own():
    cases = [
        ("11月16日,柳川镇新时代党群服务中心正式揭牌投用。县委常委、组织部部长邬长林致辞,"
         "并与镇党委书记覃明远共同为中心揭牌。", "柳川镇新时代党群服务中心揭牌仪式",
         {"邬长林": ({"speaker"}, "县委常委、组织部部长"), "覃明远": ({"attendee"}, "镇党委书记")}),
        ("6月2日晚,柳川县滨江夜市正式开市。县委常委、副县长殷永和致辞。", "柳川县滨江夜市开市仪式",
         {"殷永和": ({"speaker"}, "县委常委、副县长")}),
        ("7月1日上午,“奋斗七十载”——柳川发展成就展在市博物馆开展。市委书记邬长林,市委副书记、市长覃明远等市领导参观展览。",
         "柳川发展成就展", {"邬长林": ({"attendee"}, "市委书记"), "覃明远": ({"attendee"}, "市委副书记、市长")}),
        ("昨晚,柳川县第十二届元宵灯会在滨河公园亮灯。县委书记邬长林等县领导与市民群众一同赏灯观景。",
         "柳川县第十二届元宵灯会", {"邬长林": ({"attendee"}, "县委书记")}),
    ]
    for text, name, people in cases:
        events = _model_events("本报讯 " + text + "\n", date(2022, 2, 16))
        assert frames(events)[name] == people, text
    lantern = _model_events("本报讯 " + cases[3][0] + "\n", date(2022, 2, 16))[0]
    assert (lantern.kind, lantern.date, lantern.place) == ("other", date(2022, 2, 15), "滨河公园")


def test_a_session_opening_to_the_anthem_is_no_ceremony_of_the_anthem():
    text = "本报讯 11月21日上午9时,柳川县残疾人联合会第五次代表大会在雄壮的国歌声中开幕。县委书记邬长林出席并讲话。\n"
    events = _model_events(text, date(2018, 11, 22))
    assert [ev.name for ev in events] == ["柳川县残疾人联合会第五次代表大会"]


def test_those_seated_at_talks_attend_them():
    text = ("本报讯 6月14日,省长邬长林会见了香港恒信集团董事局主席殷柏年一行。"
            "会见时在座的有香港恒信集团执行董事符嘉敏,副省长覃光明。\n")
    named = frames(_model_events(text, date(2004, 6, 15)))["会见香港恒信集团董事局主席殷柏年一行"]
    assert named["符嘉敏"][0] == named["覃光明"][0] == {"attendee"}


def test_a_talk_given_on_a_theme_or_drawing_on_ones_work_makes_a_speaker():
    text = ("本报讯 3月13日,县委理论学习中心组举行集体学习。临江大学教授邬长林以《新时代基层党组织建设》为题作专题辅导。"
            "县委副书记、县长覃明远结合分管工作作了交流发言。县委常委殷永和作了典型经验交流。\n")
    named = frames(_model_events(text, date(2019, 3, 14)))["县委理论学习中心组集体学习"]
    assert named["邬长林"][0] == named["覃明远"][0] == named["殷永和"][0] == {"speaker"}


def test_prize_winners_and_people_named_by_their_trade_speak():
    text = ("本报讯 4月20日,全省科学技术奖励大会召开。获得突出贡献奖的柳川农业大学教授邬长林代表获奖者发言。"
            "个体工商户覃明远谈了自己资助贫困学生的体会。枫林村民兵营长殷永明也在会上发了言。"
            "柳川大学教授符秋萍等专家围绕产业布局等问题发表了意见。\n")
    named = frames(_model_events(text, date(2005, 4, 21)))["全省科学技术奖励大会"]
    assert named["邬长林"] == ({"speaker"}, "柳川农业大学教授")
    assert named["覃明远"][0] == named["殷永明"][0] == named["符秋萍"][0] == {"speaker"}


def test_a_list_that_works_beside_others_attends_the_event_told_before():
    text = ("本报讯 3月12日上午,柳川县2021年义务植树活动在城东山坡举行。县委书记邬长林,县委副书记、县长覃明远,"
            "县人大常委会主任殷永明等县四套班子领导,与县直机关干部职工、驻县部队官兵、青年志愿者共500余人一起挥锹培土。"
            "副县长符秋萍、韦海涛等与机关干部一起植树。\n")
    named = frames(_model_events(text, date(2021, 3, 13)))["柳川县2021年义务植树活动"]
    assert {name: roles for name, (roles, _) in named.items()} == {
        "邬长林": {"attendee"}, "覃明远": {"attendee"}, "殷永明": {"attendee"}, "符秋萍": {"attendee"}, "韦海涛": {"attendee"}}


def test_the_provinces_meeting_held_after_the_nations_is_another_event():
    text = ("本报讯 5月13日下午,国务院召开全国安全生产工作电视电话会议。副省长邬长林在省分会场收听收看了会议。"
            "国务院会议结束后,省政府接着召开全省安全生产工作电视电话会议。会议由副省长邬长林主持,省应急厅厅长覃明远通报了有关情况。\n")
    events = frames(_model_events(text, date(2016, 5, 14)))
    assert events["全国安全生产工作电视电话会议"] == {"邬长林": ({"attendee"}, "副省长")}
    assert events["全省安全生产工作电视电话会议"] == {"邬长林": ({"chair"}, "副省长"), "覃明远": ({"speaker"}, "省应急厅厅长")}


def test_talks_in_a_reception_hall_then_a_signing_and_a_list_split_by_a_semicolon():
    text = ("本报讯 4月20日上午,省长邬长林在省政府会见厅与来访的卡里亚省省长罗伯托·阿尔瓦斯举行会谈。双方交换了意见。"
            "参加会谈的中方人员有副省长覃明远;外方人员有卡里亚省经济部部长卡拉·门多萨等。"
            "会谈结束后,邬长林和阿尔瓦斯分别代表两省政府签署了《关于建立友好省州关系的协议书》。\n")
    events = frames(_model_events(text, date(2005, 4, 21)))
    assert events["会谈"] == {"邬长林": ({"speaker"}, "省长"), "罗伯托·阿尔瓦斯": ({"speaker"}, "卡里亚省省长"),
                            "覃明远": ({"attendee"}, "副省长"), "卡拉·门多萨": ({"attendee"}, "卡里亚省经济部部长")}
    assert events["签署《关于建立友好省州关系的协议书》"] == {"邬长林": ({"attendee"}, "省长"),
                                                   "罗伯托·阿尔瓦斯": ({"attendee"}, "卡里亚省省长")}


def test_an_inspection_an_organ_sends_out_is_led_by_whom_the_next_sentence_names():
    text = ("本报讯 10月11日,县人大常委会组织部分县人大代表,对全县农村公路建设情况进行视察。县人大常委会副主任邬长林带队,"
            "县人大代表覃明远、殷永明参加视察,副县长符秋萍陪同。\n")
    events = _model_events(text, date(2016, 10, 12))
    assert [(ev.kind, ev.date) for ev in events] == [("inspection", date(2016, 10, 11))]
    assert {name: roles for name, (roles, _) in frames(events)[events[0].name].items()} == {
        "邬长林": {"chair"}, "覃明远": {"attendee"}, "殷永明": {"attendee"}, "符秋萍": {"attendee"}}
    text = ("本报讯 今天下午,县人大常委会执法检查组对我县贯彻实施《安全生产法》情况进行检查。检查组由邬长林副主任带队,"
            "县应急管理局局长覃明远陪同。\n")
    named = frames(_model_events(text, date(2023, 4, 25)))
    assert {name: roles for name, (roles, _) in next(iter(named.values())).items()} == {"邬长林": {"chair"}, "覃明远": {"attendee"}}


def test_a_plenary_sitting_on_a_later_day_of_a_session_is_the_session():
    text = ("本报讯 县十八届人大常委会第九次会议9月17日至19日举行。17日上午,会议举行第一次全体会议,县人大常委会主任邬长林主持。"
            "19日下午,会议举行第二次全体会议,县人大常委会副主任覃明远主持。县人大常委会副主任殷永明出席会议。"
            "副县长符秋萍列席会议。\n")
    events = _model_events(text, date(2025, 9, 20))
    assert [ev.name for ev in events] == ["县十八届人大常委会第九次会议"]
    assert {name: roles for name, (roles, _) in frames(events)[events[0].name].items()} == {
        "邬长林": {"chair"}, "覃明远": {"chair"}, "殷永明": {"attendee"}, "符秋萍": {"observer"}}


def test_an_activity_that_goes_into_a_community_and_the_people_who_join_it():
    text = ("本报讯 4月16日,区政协“委员进社区”活动走进桂香街道丹桂社区。区政协副主席邬长林,区政协委员覃明远,"
            "桂香街道党工委书记殷永明及社区居民代表20余人参加活动。县人大常委会副主任符秋萍来到社区,"
            "与市人大代表韦海涛,县人大代表柏青、温若兰一道参加活动。\n")
    named = frames(_model_events(text, date(2019, 4, 17)))["区政协“委员进社区”活动"]
    assert run_stages("本报讯 走进柳川农业展览馆一号馆,巨大的花坛飘逸着春的气息。\n", date(2019, 4, 17),
                      segmenter="pkuseg", backend="hanlp")[3] == []
    assert set(named) == {"邬长林", "覃明远", "殷永明", "符秋萍", "韦海涛", "柏青", "温若兰"}
    assert all(roles == {"attendee"} for roles, _ in named.values())


def test_named_members_before_unnamed_colleagues_share_the_verb_and_the_opening_returns_to_the_session():
    text = ("本报讯 4月10日,民盟临川市委十届三次全委会议召开。民盟市委副主委邬长林、覃明远,各基层委员会主委和市委委员共60余人参加会议。\n")
    named = frames(_model_events(text, date(2010, 4, 11)))["民盟临川市委十届三次全委会议"]
    assert named == {"邬长林": ({"attendee"}, "民盟市委副主委"), "覃明远": ({"attendee"}, "民盟市委副主委")}
    text = ("本报讯 9月19日,岚川矿业集团三届二次职工代表大会召开。集团公司党委书记覃明远,党委副书记邬长林在主席台就座。"
            "19日上午会前,大会主席团召开第一次会议。会议由邬长林主持。开幕式由邬长林主持。覃明远代表集团公司党委作了讲话。\n")
    events = frames(_model_events(text, date(2005, 9, 20)))
    assert events["岚川矿业集团三届二次职工代表大会"] == {"邬长林": ({"chair"}, "党委副书记"),
                                                    "覃明远": ({"speaker"}, "集团公司党委书记")}
    assert events["大会主席团第一次会议"] == {"邬长林": ({"chair"}, "党委副书记")}


def test_experts_after_a_descriptor_speak_and_a_signing_in_a_caption_is_no_event():
    text = ("本报讯 11月3日,县委召开专家学者座谈会。座谈会上,省社会科学院副院长邬长林,在外乡贤、某证券研究所首席经济学家覃明远先后发言。\n")
    named = frames(_model_events(text, date(2016, 11, 4)))["县委专家学者座谈会"]
    assert named["邬长林"][0] == named["覃明远"][0] == {"speaker"}
    text = ("[图]10月25日,市长邬长林与研究所所长覃明远签署院地合作框架协议。 记者 殷永明 摄\n\n"
            "本报讯 10月25日上午,市政府与研究所院地合作框架协议签约仪式举行。市长邬长林、所长覃明远分别代表双方签约。\n")
    events = _model_events(text, date(2018, 10, 26))
    assert [ev.name for ev in events] == ["市政府与研究所院地合作框架协议签约仪式"]


def test_those_a_leader_takes_along_and_those_beside_whom_they_go_do_it_too():
    text = ("本报讯 8月9日,县财政局驻村工作队队长邬长林带领队员覃明远、殷永明,与村党支部书记符秋萍一起,逐户走访了村里的贫困户。"
            "6月13日凌晨,村党支部书记韦海涛带着网格员柏秋生、温海林沿河堤巡查。\n")
    events = frames(_model_events(text, date(2019, 8, 11)))
    visit = next(people for name, people in events.items() if name.startswith("走访"))
    assert {name: roles for name, (roles, _) in visit.items()} == {
        "邬长林": {"chair"}, "覃明远": {"chair"}, "殷永明": {"chair"}, "符秋萍": {"chair"}}
    assert {name: roles for name, (roles, _) in events["巡查"].items()} == {
        "韦海涛": {"chair"}, "柏秋生": {"chair"}, "温海林": {"chair"}}


def test_who_sat_in_and_then_raised_points_observe_and_speak():
    text = ("本报讯 3月11日,枫林镇召开村党组织书记述职评议会。镇党委书记邬长林主持会议。县委组织部科长覃明远到会指导。"
            "会上,石桥村党支部书记殷永明、白岩村党总支书记柏秋生和柳塘村的符秋萍先后作述职发言。"
            "列席的党员代表韦海涛、群众代表柏青结合所在村实际提出了意见建议。"
            "覃明远对枫林镇基层党建工作给予肯定,并就做好村级组织建设提出了具体要求。\n")
    named = frames(_model_events(text, date(2025, 3, 12)))["枫林镇村党组织书记述职评议会"]
    assert {name: roles for name, (roles, _) in named.items()} == {
        "邬长林": {"chair"}, "覃明远": {"speaker"}, "殷永明": {"speaker"}, "柏秋生": {"speaker"}, "符秋萍": {"speaker"},
        "韦海涛": {"observer", "speaker"}, "柏青": {"observer", "speaker"}}


def test_a_guests_tour_after_a_ceremony_and_a_talk_by_someone_named_with_an_honorific():
    text = ("本报讯 昨天上午,县政府与临江大学合作协议签字仪式举行。县委书记邬长林,临江大学校长覃明远出席。"
            "签字仪式结束后,覃明远一行在邬长林的陪同下,参观了县农业科技示范园。"
            "当天下午,科技报告会在县行政中心举行。覃明远教授作了题为《农业技术创新》的报告。\n")
    events = frames(_model_events(text, date(2003, 5, 16)))
    assert {name: roles for name, (roles, _) in events["参观县农业科技示范园"].items()} == {"覃明远": {"chair"}, "邬长林": {"attendee"}}
    assert events["科技报告会"]["覃明远"][0] == {"speaker"}


def test_a_delegations_forum_is_named_without_the_delegation_and_a_wish_to_visit_is_no_trip():
    text = ("本报讯 3月20日,柳川市代表团在京考察。当天,代表团还在京召开临江大学在京校友企业家座谈会。"
            "座谈会由市委副书记邬长林主持。某科技公司创始人覃明远等6位校友企业家发言,表示愿意到柳川考察投资。\n")
    events = frames(_model_events(text, date(2025, 3, 21)))
    assert events["临江大学在京校友企业家座谈会"] == {"邬长林": ({"chair"}, "市委副书记"), "覃明远": ({"speaker"}, "某科技公司创始人")}
    assert not any("投资" in name for name in events)
    text = ("本报讯 昨天,副省长邬长林会见了香港柳川同乡会访问团一行。会长覃明远表示,同乡会将继续发挥桥梁作用,"
            "组织更多工商界人士来柳川考察。\n")
    assert [ev.kind for ev in _model_events(text, date(2003, 11, 20))] == ["talks"]


def test_who_accompany_the_talks_attend_them_not_the_signing_told_after():
    text = ("本报讯 昨天下午,州长邬长林会见了以某省副省长坎蓬·西萨瓦为团长的代表团一行。"
            "会见后,州商务局局长覃明远与某省工贸厅厅长本玛·占塔翁代表双方签署了《边境经贸合作备忘录》。"
            "副州长殷永明,州政府秘书长符秋萍,州外事办等部门负责人陪同会见。\n")
    events = frames(_model_events(text, date(2023, 4, 27)))
    talks = next(people for name, people in events.items() if name.startswith("会见"))
    assert talks["殷永明"][0] == talks["符秋萍"][0] == {"attendee"}
    assert set(events["签署《边境经贸合作备忘录》"]) == {"覃明远", "本玛·占塔翁"}


def test_leaders_who_rush_to_a_disaster_and_command_on_the_scene_lead_an_inspection():
    text = ("本报讯 8月7日晚,白崖镇发生山体滑坡。灾情发生后,县委书记邬长林,县委副书记、县长覃明远连夜赶赴现场,"
            "组织指挥抢险救援和群众转移工作。邬长林要求,要全力搜救被困群众。"
            "当晚,市委书记殷永明坐镇市防汛抗旱指挥部,通过视频系统调度各区县防汛抢险工作。\n")
    events = _model_events(text, date(2010, 8, 9))
    assert [ev.kind for ev in events] == ["inspection", "inspection"]
    assert {name: roles for name, (roles, _) in frames(events)[events[0].name].items()} == {
        "邬长林": {"chair", "speaker"}, "覃明远": {"chair"}}
    assert frames(events)[events[1].name] == {"殷永明": ({"chair"}, "市委书记")}
    text = "本报讯 6月15日,邬长林赶赴北京参加全国防汛工作会议。\n"
    assert all(ev.kind != "inspection" for ev in _model_events(text, date(2010, 6, 16)))


def test_a_check_reported_on_or_arranged_at_a_meeting_is_no_inspection():
    text = ("本报讯 6月13日,县防汛调度会召开。县水务局局长邬长林汇报了全县小型水库汛前检查及隐患整改情况。"
            "县应急局局长覃明远对大检查工作作了具体安排。\n")
    events = _model_events(text, date(2008, 6, 14))
    assert [ev.name for ev in events] == ["县防汛调度会"]


def test_a_drill_held_is_an_event_whose_watchers_attend_and_a_headquarters_named_with_brackets_holds_a_meeting():
    text = ("本报讯 昨日上午,柳川县2024年地质灾害避险转移应急演练在峪口镇马鞍村举行。副县长邬长林现场观摩并讲话,"
            "县应急管理局局长覃明远在现场观摩演练。演练结束后,邬长林对演练进行了点评。\n")
    events = _model_events(text, date(2024, 5, 15))
    assert [ev.name for ev in events] == ["柳川县2024年地质灾害避险转移应急演练"]
    assert {name: roles for name, (roles, _) in frames(events)[events[0].name].items()} == {
        "邬长林": {"speaker"}, "覃明远": {"attendee"}}
    text = ("本报讯 12月28日,市新冠肺炎疫情防控工作领导小组(指挥部)召开会议,部署元旦春节期间疫情防控工作。"
            "市委书记邬长林主持会议。市人大常委会主任覃明远,市中级人民法院院长、市人民检察院检察长列席会议。\n")
    named = frames(_model_events(text, date(2021, 1, 10)))
    assert named == {"市新冠肺炎疫情防控工作领导小组(指挥部)会议": {"邬长林": ({"chair"}, "市委书记"),
                                                        "覃明远": ({"observer"}, "市人大常委会主任")}}


def test_leaders_joining_several_delegations_sit_in_as_many_deliberations():
    text = ("本报讯 3月3日上午,出席市十三届人大四次会议的代表以代表团为单位,分组审议政府工作报告。"
            "市委书记邬长林参加河东区代表团审议。在认真听取韦海涛、柏秋生等代表的发言后,邬长林指出,报告实事求是。"
            "\n在南峪县代表团,市委副书记、市长覃明远与代表们逐一交流。他说,要把解决“三农”问题作为重中之重。"
            "\n市委副书记殷永明参加了高新区代表团的审议。\n市委常委符秋萍等市领导也分别参加了有关代表团的审议。\n")
    events = frames(_model_events(text, date(2005, 3, 20)))
    assert {name: set(people) for name, people in events.items()} == {
        "河东区代表团审议": {"邬长林", "韦海涛", "柏秋生"}, "南峪县代表团审议": {"覃明远"}, "高新区代表团审议": {"殷永明"}}
    assert events["河东区代表团审议"]["韦海涛"][0] == {"speaker"}


def test_a_session_closing_after_its_agenda_is_not_its_presidiums_meeting():
    text = ("本报讯 昨天下午,市十二届人大五次会议在完成各项议程后,在市人民大会堂胜利闭幕。"
            "大会主席团常务主席、市人大常委会主任邬长林主持闭幕大会。市委书记覃明远在主席台前排就座。"
            "市中级人民法院院长殷永明列席闭幕大会。闭幕大会前,大会主席团举行第四次会议。会议由邬长林主持。"
            "大会秘书长符秋萍汇报了各代表团审议情况。\n")
    events = frames(_model_events(text, date(2008, 1, 12)))
    assert {name: {p: roles for p, (roles, _) in people.items()} for name, people in events.items()} == {
        "市十二届人大五次会议": {"邬长林": {"chair"}, "覃明远": {"attendee"}, "殷永明": {"observer"}},
        "大会主席团第四次会议": {"邬长林": {"chair"}, "符秋萍": {"speaker"}}}


def test_school_and_culture_events_and_the_people_who_speak_at_them():
    text = ("本报讯 9月1日上午,柳川县民族中学2023年秋季学期开学典礼暨“开学第一课”在学校操场举行。县委书记邬长林为全校师生讲授了“开学第一课”。"
            "县长覃明远出席。典礼由校长殷永明主持。省级非遗项目“铜鼓舞”代表性传承人韦海涛、县山歌协会会长柏秋生等先后发言。"
            "市第二中学高二学生温海林、退休教师符秋萍作为读者代表分享了读书心得。\n")
    events = frames(_model_events(text, date(2023, 9, 4)))
    assert {p: roles for p, (roles, _) in events["柳川县民族中学2023年秋季学期开学典礼暨“开学第一课”"].items()} == {
        "邬长林": {"speaker"}, "覃明远": {"attendee"}, "殷永明": {"chair"}, "韦海涛": {"speaker"}, "柏秋生": {"speaker"},
        "温海林": {"speaker"}, "符秋萍": {"speaker"}}


def test_an_activity_launched_is_its_launch_ceremony_and_shows_and_races_held_by_their_own_verbs():
    text = ("本报讯 6月14日上午,柳川市非遗展演活动在古城南门广场启动。副市长邬长林出席启动仪式并宣布活动启动,"
            "市文旅局局长覃明远致辞。启动仪式上,非遗项目轮番登台,非遗市集同步开市。\n"
            "■12月31日晚,“岁月如歌·2025新年音乐会”在市大剧院奏响。市委副书记殷永明与1200余名市民一起聆听了音乐会。\n"
            "■1月1日上午8时,2025年全民健身长跑活动在滨湖公园南门广场鸣枪起跑。符秋萍副市长鸣枪发令。\n")
    events = _model_events(text, date(2025, 1, 2))
    assert [(ev.name, ev.place) for ev in events] == [("柳川市非遗展演活动启动仪式", "古城南门广场"),
                                                      ("岁月如歌·2025新年音乐会", "市大剧院"),
                                                      ("2025年全民健身长跑活动", "滨湖公园南门广场")]
    named = frames(events)
    assert set(named["柳川市非遗展演活动启动仪式"]) == {"邬长林", "覃明远"}
    assert named["岁月如歌·2025新年音乐会"]["殷永明"][0] == named["2025年全民健身长跑活动"]["符秋萍"][0] == {"attendee"}


def test_leaders_visiting_discussion_groups_sit_in_each_groups_discussion():
    text = ("本报讯 1月23日下午,市领导分别来到市政协十一届二次会议各讨论组,看望参加会议的委员。\n"
            "市委书记邬长林来到经济界讨论组。委员韦海涛先后发言。邬长林表示,委员们的建议很有见地。\n"
            "在教育、科技界讨论组,市长覃明远认真听取委员发言。\n市委副书记殷永明参加了农业界联组讨论。\n"
            "市人大常委会主任符秋萍等也分别到有关讨论组看望委员,听取意见建议。\n")
    events = frames(_model_events(text, date(2013, 1, 25)))
    assert {name: set(people) for name, people in events.items()} == {
        "经济界讨论组讨论": {"邬长林", "韦海涛"}, "教育、科技界讨论组讨论": {"覃明远"}, "农业界联组讨论": {"殷永明"}}


def test_a_plenary_where_member_units_speak_and_a_leader_at_the_branch_he_belongs_to():
    text = ("本报讯 2月21日上午,政协柳川县第十届委员会第三次会议举行第二次全体会议,8位委员和政协参加单位代表作大会发言。"
            "县政协副主席邬长林主持会议。\n9月7日下午,县委书记覃明远以普通党员身份参加所在的县委办公室第一党支部专题组织生活会。"
            "会议由支部书记殷永明主持。\n")
    events = frames(_model_events(text, date(2019, 2, 22)))
    assert events == {"政协柳川县第十届委员会第三次会议第二次全体会议": {"邬长林": ({"chair"}, "县政协副主席")},
                      "县委办公室第一党支部专题组织生活会": {"覃明远": ({"attendee"}, "县委书记"),
                                                         "殷永明": ({"chair"}, "支部书记")}}


def test_a_platform_list_running_past_semicolons_and_a_speech_given_on_behalf_of_a_party():
    text = ("本报讯 2月25日,市十四届人大五次会议开幕。在主席台上就座的还有:市领导邬长林、覃明远;"
            "市中级人民法院院长殷永明,市人民检察院检察长符秋萍。"
            "市政协委员柏秋生代表民进市委作了题为《关于加快发展养老服务业的建议》的发言。"
            "市安监局局长温海林对冬春季安全生产大检查作了具体安排。\n")
    events = _model_events(text, date(2007, 2, 26))
    assert [ev.name for ev in events] == ["市十四届人大五次会议"]
    named = {p: roles for p, (roles, _) in frames(events)["市十四届人大五次会议"].items()}
    assert named == {"邬长林": {"attendee"}, "覃明远": {"attendee"}, "殷永明": {"attendee"}, "符秋萍": {"attendee"},
                     "柏秋生": {"speaker"}, "温海林": {"speaker"}}


def test_leaders_named_in_an_earlier_article_attend_the_meeting_their_own_article_reports():
    text = ("中共柳川市委全体会议召开\n本报讯 12月26日,中共柳川市委七届八次全体会议召开。市委书记邬长林作工作报告。"
            "市委副书记、市长覃明远主持会议。\n\n市委经济工作会议召开\n本报讯 12月25日,市委经济工作会议召开。"
            "邬长林出席会议并讲话。\n")
    events = frames(_model_events(text, date(2024, 12, 27)))
    assert events["市委经济工作会议"]["邬长林"][0] == {"speaker"}
    text = ("本报讯 2月25日晚,市委书记邬长林,市长覃明远等市领导分别来到各代表团驻地,看望出席大会的人大代表。\n")
    events = _model_events(text, date(2007, 2, 26))
    assert [ev.kind for ev in events] == ["visit"]


def test_a_course_opened_is_its_opening_ceremony_and_a_study_group_holds_a_seminar():
    text = ("本报讯 日前,区政协2025年委员履职能力提升培训班开班。区政协主席邬长林出席开班仪式并作动员讲话。"
            "区政协副主席覃明远主持开班仪式。\n")
    events = frames(_model_events(text, date(2025, 9, 18)))
    assert events == {"区政协2025年委员履职能力提升培训班开班仪式": {"邬长林": ({"speaker"}, "区政协主席"),
                                                       "覃明远": ({"chair"}, "区政协副主席")}}
    text = ("本报讯 10月10日,市委理论学习中心组围绕“严以用权”开展第三专题学习研讨。市委书记邬长林主持并讲话。"
            "市长覃明远参加学习研讨。\n")
    events = frames(_model_events(text, date(2015, 10, 12)))
    assert list(events) == ["市委理论学习中心组第三专题学习研讨"]


def test_members_an_organ_sends_on_an_inspection_take_part_in_it():
    text = ("本报讯 8月10日,区政协组织部分委员视察全区河道整治工作。区政协主席邬长林,副主席覃明远参加视察。副区长殷永明陪同。\n")
    events = _model_events(text, date(2016, 8, 20))
    assert [(ev.name, ev.kind) for ev in events] == [("视察全区河道整治工作", "inspection")]
    assert set(frames(events)["视察全区河道整治工作"]) == {"邬长林", "覃明远", "殷永明"}


def test_the_new_social_strata_and_members_who_speak_after_drawing_on_their_research():
    text = ("本报讯 9月5日下午,区委统战部召开新的社会阶层人士座谈会。区委常委、统战部部长邬长林出席并讲话。"
            "区新的社会阶层人士联合会会长覃明远、律师代表殷永明先后发言。"
            "会上,政协委员符秋萍、韦海涛结合前期调研,围绕审批流程再造等作交流发言。\n")
    events = frames(_model_events(text, date(2019, 9, 9)))
    assert list(events) == ["区委统战部新的社会阶层人士座谈会"]
    named = events["区委统战部新的社会阶层人士座谈会"]
    assert named["覃明远"] == ({"speaker"}, "区新的社会阶层人士联合会会长")
    assert named["殷永明"][0] == named["符秋萍"][0] == named["韦海涛"][0] == {"speaker"}


def test_remarks_made_at_a_launch_ceremony_belong_to_it():
    text = ("本报讯 3月21日,某县文化名人进校园暨“励志教育”活动启动仪式在城南中学举行。县委常委邬长林等领导参加了启动仪式。"
            "在启动仪式上,城南中学校长覃明远对该校开展“励志教育”活动作了介绍。\n")
    events = frames(_model_events(text, date(2012, 3, 22)))
    assert events == {"某县文化名人进校园暨“励志教育”活动启动仪式": {"邬长林": ({"attendee"}, "县委常委"),
                                                       "覃明远": ({"speaker"}, "城南中学校长")}}


def test_a_show_named_by_its_title_and_leaders_who_gather_with_the_audience():
    text = ("新华社某市1月23日电 全市军民迎新春文艺晚会《同心向未来》今晚在市大剧院举行。"
            "市委书记邬长林和覃明远、殷永明等与部队官兵欢聚一堂,喜迎新春。出席晚会的还有符秋萍、韦海涛等。\n")
    events = frames(_model_events(text, date(2009, 1, 24)))
    assert list(events) == ["全市军民迎新春文艺晚会"]
    assert set(events["全市军民迎新春文艺晚会"]) == {"邬长林", "覃明远", "殷永明", "符秋萍", "韦海涛"}


def test_who_holds_a_reception_in_person_chairs_it_and_a_list_counted_is_named_after():
    text = ("又讯 驻某国大使邬长林29日晚在使馆举行告别招待会。参加招待会的有政府官员和各界友好人士300多人。"
            "他们当中有:某国副外长卡伦·米勒、前外长罗伯茨和侨领覃明远等。\n")
    events = frames(_model_events(text, date(2004, 1, 30)))
    assert events == {"告别招待会": {"邬长林": ({"chair"}, "驻某国大使"), "卡伦·米勒": ({"attendee"}, "某国副外长"),
                                "罗伯茨": ({"attendee"}, "前外长"), "覃明远": ({"attendee"}, None)}}


def test_the_sides_of_talks_hold_nothing_and_a_welcome_to_a_board_meeting_holds_none():
    text = ("本报讯 昨天,市委书记邬长林在市委与某集团董事长覃明远举行座谈。"
            "邬长林对某集团来我市举行董事会表示欢迎。\n")
    events = frames(_model_events(text, date(2011, 6, 2)))
    assert all("chair" not in roles for people in events.values() for roles, _ in people.values())


def test_talks_held_severally_are_one_talk_with_each_guest():
    text = ("本报讯 昨天,市委书记邬长林在市委分别会见了某能源集团董事长覃明远和某建工集团总经理殷永明一行。\n")
    events = _model_events(text, date(2013, 4, 9))
    assert {ev.name: (ev.place, {p.person for p in ev.participants}) for ev in events} == {
        "会见某能源集团董事长覃明远": ("市委", {"邬长林", "覃明远"}),
        "会见某建工集团总经理殷永明": ("市委", {"邬长林", "殷永明"})}


def test_meetings_many_organs_hold_at_once_and_the_stages_of_a_plan_are_no_events():
    text = ("本报讯 新年伊始,全县各乡镇分别召开人民代表大会,选举产生新一届乡镇领导班子。"
            "此次换届工作分3个阶段进行:1月5日前为筹备阶段,1月下旬为大会召开阶段,2月上旬为总结阶段。\n")
    assert _model_events(text, date(2017, 1, 9)) == []


def test_a_leaders_week_told_day_by_day_under_day_headings():
    text = ("县领导一周活动(10月15日—10月21日)\n发布时间:2012-10-22 来源:县政府办\n\n"
            "【10月15日】\n上午,县委书记邬长林主持召开县委常委会会议,研究秋冬季农业生产工作。\n\n"
            "10月16日(星期二)\n县长覃明远主持召开县政府第二十三次常务会议。副县长殷永明出席会议。\n")
    events = _model_events(text, date(2012, 10, 22))
    assert {ev.name: ev.date for ev in events} == {"县委常委会会议": date(2012, 10, 15),
                                                   "县政府第二十三次常务会议": date(2012, 10, 16)}


def test_a_features_story_and_asides_to_the_reporter_take_no_part_in_the_event_it_comes_to():
    text = ("旧貌换新颜——我市城中村改造工作综述\n"
            "今年年初,市委书记邬长林说:\"改造要让群众得实惠。\"这句话被不少干部记在本子上。\n"
            "资金从哪里来?市住建委主任覃明远给记者算了一笔账,全年筹措资金46亿元。\n"
            "12月28日,全市城中村改造工作总结表彰大会召开。市长殷永明出席会议,并在会上发表了热情洋溢的讲话。\n"
            "在西岭片区,商贸企业优先招用本地拆迁户。片区指挥部工作人员符秋萍说,仅一家超市就吸纳了180多人就业。\n")
    events = frames(_model_events(text, date(2010, 12, 30)))
    assert events == {"全市城中村改造工作总结表彰大会": {"殷永明": ({"speaker"}, "市长")}}


def test_a_leader_receiving_petitioners_in_person_and_a_public_hearing_with_deputies_watching():
    text = ("本报讯 昨天上午,县委书记邬长林到县信访局接待来访群众,县委常委、政法委书记覃明远陪同接访。\n"
            "又讯 昨天下午,县人民法院公开开庭审理了被告人甲某故意伤害一案。县人大代表殷永明,县政协委员符秋萍应邀到庭旁听。"
            "本案由县法院副院长韦海涛担任审判长。\n")
    events = frames(_model_events(text, date(2012, 6, 18)))
    assert events["接待来访群众"]["邬长林"][0] >= {"chair"}
    assert events["接待来访群众"]["覃明远"][0] == {"attendee"}
    assert events["公开开庭审理甲某故意伤害案"] == {"殷永明": ({"attendee"}, "县人大代表"), "符秋萍": ({"attendee"}, "县政协委员"),
                                           "韦海涛": ({"chair"}, "县法院副院长")}


def test_chiefs_of_rivers_and_forests_and_a_list_that_goes_on_to_the_next_clause():
    text = ("本报讯 3月12日,县委书记、县总林长邬长林,县委副书记、县长、县级副总林长覃明远,县人大常委会主任殷永明等县领导来到城东林场,"
            "参加义务植树活动。同日,县政协主席符秋萍等县领导分别到各自联系乡镇,参加植树活动。\n")
    events = frames(_model_events(text, date(2020, 3, 13)))
    assert events == {"义务植树活动": {"邬长林": ({"attendee"}, "县委书记、县总林长"),
                                   "覃明远": ({"attendee"}, "县委副书记、县长、县级副总林长"),
                                   "殷永明": ({"attendee"}, "县人大常委会主任")}}


def test_a_report_on_results_of_a_tour_names_no_tour():
    text = ("本报讯 6月17日,全市乡村振兴现场推进会召开。市委书记邬长林出席并讲话。"
            "副市长覃明远通报了上半年重点工作推进情况及现场观摩评比结果。\n")
    events = frames(_model_events(text, date(2021, 6, 18)))
    assert list(events) == ["全市乡村振兴现场推进会"]


def test_who_watch_a_video_conference_at_a_branch_venue_and_the_countys_meeting_named_by_its_reach():
    text = ("本报讯 4月25日下午,全省安全生产工作电视电话会议召开。会议结束后,我县紧接着召开全县安全生产工作会议。"
            "县委书记邬长林,县委副书记、县长覃明远,副县长殷永明在县分会场收听收看。"
            "在随后召开的全县会议上,覃明远主持会议。殷永明通报了一季度安全生产形势。\n")
    events = frames(_model_events(text, date(2022, 4, 26)))
    assert events == {"全省安全生产工作电视电话会议": {"邬长林": ({"attendee"}, "县委书记"),
                                          "覃明远": ({"attendee"}, "县委副书记、县长"),
                                          "殷永明": ({"attendee"}, "副县长")},
                      "全县安全生产工作会议": {"覃明远": ({"chair"}, "县委副书记、县长"), "殷永明": ({"speaker"}, "副县长")}}


def test_a_courses_opening_ceremony_a_comment_on_a_meeting_and_a_digests_bullet():
    text = ("▲“书香润童心”暑期阅读活动启动仪式在县图书馆举行。县委常委邬长林出席。\n\n"
            "5月18日,全县人民调解员业务培训会在县司法局举行。县委政法委副书记覃明远出席开班仪式并致辞。"
            "县司法局局长殷永明对此次培训会进行了总结。\n")
    events = frames(_model_events(text, date(2021, 5, 19)))
    assert list(events) == ["“书香润童心”暑期阅读活动启动仪式", "全县人民调解员业务培训会"]
    assert events["全县人民调解员业务培训会"]["覃明远"][0] >= {"speaker"}


def test_talks_held_on_a_visit_in_the_same_sentence_are_an_event_of_their_own():
    text = ("6月3日,湖南省临川市商务局局长岑立军率考察团一行来我县考察交流,并与县商务局举行经贸协作工作会谈。"
            "县商务局局长苗永康,副局长夏文涛参加会谈。\n")
    events = {ev.kind: ev for ev in _model_events(text, date(2021, 6, 4))}
    assert set(events) == {"inspection", "talks"}
    assert events["inspection"].date == events["talks"].date == date(2021, 6, 3)
    talks = {p.person: p.roles for p in events["talks"].participants}
    assert talks["苗永康"] == talks["夏文涛"] == {"attendee"}


def test_leaders_watching_a_trial_and_the_accused_who_takes_no_part():
    text = ("9月7日上午,我县组织开展领导干部旁听庭审警示教育活动。县委书记甘立新,县委副书记、县长蒲文涛等县领导在县会议中心,"
            "通过网络视频同步旁听了原县水利局局长贺永年涉嫌受贿一案的庭审。活动由县委常委、县纪委书记段思琴主持。"
            "庭审中,被告人贺永年在最后陈述中表示认罪悔罪。庭审结束后,甘立新作讲话。\n")
    events = frames(_model_events(text, date(2023, 9, 8)))
    people = events["领导干部旁听庭审警示教育活动"]
    assert people["蒲文涛"][0] == {"attendee"} and "speaker" in people["甘立新"][0]
    assert people["段思琴"][0] >= {"chair"}
    assert "贺永年" not in people


def test_the_judges_of_a_collegial_panel_attend_the_hearing():
    text = ("昨天下午,岭西县人民法院公开开庭审理了被告人潘大有故意伤害一案。县人大代表莫春兰应邀到庭旁听。"
            "本案由县法院副院长韦振国担任审判长,与审判员蓝月娥、人民陪审员黎秀芬组成合议庭。\n")
    [hearing] = _model_events(text, date(2009, 6, 18))
    people = {p.person: (p.roles, p.title) for p in hearing.participants}
    assert people["韦振国"][0] == {"chair"}
    assert people["蓝月娥"] == ({"attendee"}, "审判员") and people["黎秀芬"] == ({"attendee"}, "人民陪审员")
    assert "潘大有" not in people


def test_clergy_named_with_their_titles_after_and_a_list_item_whose_name_was_not_read():
    text = ("1月12日,县委统战部召开宗教界人士迎春座谈会。县委常委、统战部部长柏文英主持会议。"
            "释慧明法师、丘玄素道长、马有德阿訇、白若瑟神父先后发言。\n")
    people = frames(_model_events(text, date(2022, 1, 13)))["县委统战部宗教界人士迎春座谈会"]
    assert people["释慧明"] == ({"speaker"}, "法师") and people["马有德"] == ({"speaker"}, "阿訇")
    assert people["丘玄素"][0] == people["白若瑟"][0] == {"speaker"}
    text = ("12月2日上午,县委召开民族宗教界代表人士座谈会。县委书记邵正林出席并讲话。傣族代表、县人大常委会副主任岩香宰,"
            "县佛教协会会长、勐腊总佛寺住持都罕温,县基督教协会会长白约翰先后发言。\n")
    people = frames(_model_events(text, date(2019, 12, 3)))["县委民族宗教界代表人士座谈会"]
    assert people["岩香宰"][0] == people["白约翰"][0] == {"speaker"}


def test_nothing_is_held_inside_what_someone_said_or_by_a_time_word():
    text = ("“审批快了,项目就能早一天开工。”园区企业负责人柯卓说。11月下旬,县长祁立群带队赴浙江学习考察改革经验,"
            "回来后又专门召开座谈会研究对标提升举措。\n")
    names = [ev.name for ev in _model_events(text, date(2020, 12, 22))]
    assert not any("开工" in n for n in names) and "座谈会" in names


def test_a_whole_body_a_report_on_fixing_an_inspections_findings_and_a_course_opened_by_a_speech():
    text = ("3月12日下午,坪山镇党委书记向立军主持召开镇党委会议。镇党委委员全体参加,镇人大主席团主席杜晓燕列席会议。"
            "会上,执法监察大队大队长牛海波通报了土地卫片执法检查整改情况。\n\n"
            "10月14日,全县新任教师岗前培训班在县教师发展中心开班。县教育局副局长何蔓作开班动员。"
            "市教科院专家围绕师德师风、课堂教学常规等内容授课。\n")
    meeting, course = _model_events(text, date(2024, 10, 22))
    assert meeting.name.endswith("党委会议") and course.name.startswith("全县新任教师岗前培训班")
    people = {p.person: p.roles for p in meeting.participants}
    assert "全体" not in people and people["牛海波"] == {"speaker"}
    assert [(p.person, p.roles) for p in course.participants] == [("何蔓", {"speaker"})]


def test_a_list_going_on_past_unnamed_heads_and_a_directive_that_names_no_inspection():
    text = ("8月24日,全市农村人居环境整治电视电话会议召开。市委副书记甄宏宇出席会议并讲话。"
            "我县在县分会场组织收听收看。县委副书记车文彬,副县长房丽娜及县农业农村局、县住建局等部门负责人,"
            "各乡镇分管负责同志在县分会场参加会议。会后,我县紧接着召开全县农村人居环境整治工作推进会。会议由房丽娜主持。"
            "车文彬作了安排部署,要求各乡镇开展百日攻坚行动,确保年底前全县所有行政村通过达标验收。\n")
    events = frames(_model_events(text, date(2020, 8, 25)))
    assert list(events) == ["全市农村人居环境整治电视电话会议", "全县农村人居环境整治工作推进会"]
    assert events["全市农村人居环境整治电视电话会议"]["车文彬"][0] == {"attendee"}
    assert events["全市农村人居环境整治电视电话会议"]["房丽娜"][0] == {"attendee"}
    assert events["全县农村人居环境整治工作推进会"]["车文彬"][0] == {"speaker"}


def test_a_farewell_to_the_dead_whose_mourners_attend_and_who_send_regards_from_afar_do_not():
    text = ("5月3日上午,钟伯年同志遗体告别仪式在沅州市殡仪馆举行。市委书记贺振华,市委副书记、市长蓝德生等市领导和"
            "市直有关部门负责同志,钟伯年同志的生前好友及亲属200余人前往送别。告别仪式由市委常委、组织部部长庞国梁主持。"
            "贺振华等领导与其亲属一一握手,表示深切慰问。钟伯年同志病重期间,省政协副主席谭启明以不同方式表示慰问和哀悼。\n")
    [farewell] = _model_events(text, date(2008, 5, 4))
    people = {p.person: p.roles for p in farewell.participants}
    assert people == {"贺振华": {"attendee"}, "蓝德生": {"attendee"}, "庞国梁": {"chair"}}


def test_a_rite_chaired_by_a_mayor_named_before_his_title_and_what_a_speaker_says_of_it():
    text = ("4月4日上午,清明公祭炎帝大典在羊山广场举行。省政协副主席龙子安,市委副书记蔡宗亮等出席大典。大典由柏玉山市长主持。"
            "龙子安在致辞中说,举办公祭大典对于弘扬传统文化具有重要意义。\n")
    [rite] = _model_events(text, date(2012, 4, 5))
    people = {p.person: p.roles for p in rite.participants}
    assert people["柏玉山"] == {"chair"} and people["蔡宗亮"] == {"attendee"} and "speaker" in people["龙子安"]


def test_an_honour_in_quotes_before_a_title_is_no_quotation():
    text = ("7月1日,全县纪念建党85周年暨表彰大会召开。“全国优秀共产党员”、县第一人民医院外科主任龚自明作了先进事迹报告。\n")
    people = frames(_model_events(text, date(2006, 7, 2)))["全县纪念建党85周年暨表彰大会"]
    assert people["龚自明"] == ({"speaker"}, "县第一人民医院外科主任")


def test_a_courses_opening_told_as_a_rite_an_oath_and_a_collective_talk_with_new_cadres():
    text = ("本报讯 12月28日上午,全县科级领导干部第三期轮训班在县委党校开班。县委副书记刘振邦出席开班典礼并作动员讲话,"
            "县委常委、组织部长童建中主持开班典礼。在开班典礼上,县委党校常务副校长柴文山介绍了教学安排。\n")
    [opening] = _model_events(text, date(2009, 12, 30))
    assert {p.person: p.roles for p in opening.participants} == {
        "刘振邦": {"attendee", "speaker"}, "童建中": {"chair"}, "柴文山": {"speaker"}}
    text = ("2月29日下午,县人民政府在县行政中心举行宪法宣誓仪式。县委副书记、县长卓文元监誓并讲话,副县长冼国良主持。"
            "新任县司法局局长骆海涛领誓。\n")
    people = {p.person: p.roles for p in _model_events(text, date(2016, 3, 1))[0].participants}
    assert people["骆海涛"] == {"attendee"} and people["冼国良"] == {"chair"}
    text = ("1月17日下午,县纪委监委在县行政中心会议室对新提拔任用的46名科级领导干部进行集体廉政谈话。"
            "县委常委、县纪委书记邹宏文出席并讲话。\n")
    [talk] = _model_events(text, date(2018, 1, 19))
    assert talk.name.endswith("集体廉政谈话") and talk.participants[0].person == "邹宏文"


def test_an_honoured_speaker_an_officer_named_before_his_title_and_thanks_said_at_a_forum():
    text = ("7月29日上午,全县庆祝建军94周年军地座谈会在县委常委会议室召开。县委书记邹维新,驻县某边防团政治委员洪亚平出席。"
            "会上,县人武部孙立国部长汇报了全年武装工作情况。“最美退役军人”代表钟铁山作了发言。"
            "洪亚平代表驻县部队官兵,对县委、县政府长期以来的关心支持表示衷心感谢。\n")
    people = frames(_model_events(text, date(2021, 7, 30)))["全县庆祝建军94周年军地座谈会"]
    assert people["孙立国"] == ({"speaker"}, "部长")
    assert people["钟铁山"][0] == {"speaker"} and "speaker" in people["洪亚平"][0]


def test_a_list_of_managers_each_named_after_the_firm_before_the_title():
    text = ("4月7日,集团召开复工复产视频调度会。会上,东岭煤电公司范立明总经理、新能源公司陶雪晴董事长、"
            "物流公司史东旭经理分别汇报了复工复产进展情况。\n")
    [meeting] = _model_events(text, date(2020, 4, 8))
    assert {p.person: p.roles for p in meeting.participants} == {
        "范立明": {"speaker"}, "陶雪晴": {"speaker"}, "史东旭": {"speaker"}}


def test_the_stops_of_a_trip_told_after_the_lead_named_a_meeting_too():
    text = ("9月11日,县委书记冉国栋深入园区企业走访调研,并主持召开企业发展问题协调会。\n"
            "上午,冉国栋先后来到武陵食品有限公司和县工业园标准化厂房项目,察看企业生产经营情况。"
            "县委常委、副县长谢东明,县委常委、县委办主任梅思源陪同。\n"
            "下午,冉国栋在县委常委会议室主持召开企业发展问题协调会。县经济商务科技局局长龙海涛汇报了企业反映问题的办理情况。\n")
    events = _roles(text, date(2023, 9, 12), key="kind")
    trip = events.get("visit") or events["inspection"]
    assert trip["谢东明"] == trip["梅思源"] == {"attendee"}
    assert "谢东明" not in events["meeting"] and events["meeting"]["龙海涛"] == {"speaker"}


def test_a_news_items_own_meeting_chaired_and_attended_by_bare_names():
    text = ("12月28日,柘江县十七届人大常委会第三十五次会议召开。县人大常委会主任宋立新主持会议,副主任彭光华、汤玉梅出席会议。\n\n"
            "又讯 1月5日,县人大常委会召开第五十二次主任会议,讨论2021年常委会工作要点。宋立新主持,彭光华、汤玉梅出席。\n")
    events = frames(_model_events(text, date(2021, 1, 10)))
    second = events["县人大常委会第五十二次主任会议"]
    assert second["宋立新"][0] == {"chair"} and second["彭光华"][0] == second["汤玉梅"][0] == {"attendee"}


def test_an_inspection_an_organs_group_carries_out_and_a_delegations_sitting():
    text = ("11月21日至23日,市人大常委会执法检查组对《中华人民共和国消防法》在我市的贯彻实施情况开展执法检查。"
            "市人大常委会副主任帕丽旦·吾斯曼带队,市人大常委会委员林婉青参加检查。\n")
    [check] = _model_events(text, date(2023, 11, 30))
    assert check.kind == "inspection" and {p.person: p.roles for p in check.participants} == {
        "帕丽旦·吾斯曼": {"chair"}, "林婉青": {"attendee"}}
    text = ("本报讯 1月27日下午,出席省十一届人大三次会议的桐江代表团在驻地分组审议省政府工作报告。"
            "省委常委、副省长石建华参加第一组审议。\n")
    [sitting] = _model_events(text, date(2010, 1, 28))
    assert sitting.name == "桐江代表团分组审议省政府工作报告" and sitting.participants[0].person == "石建华"


def test_deputies_report_to_voters_and_a_proposals_handover_meeting():
    text = ("11月20日上午,芦溪镇人大代表联络站组织开展代表向选民述职活动。镇人大主席尤美华主持活动。"
            "活动中,县人大代表、芦溪村党总支书记向国安,县人大代表、芦溪镇中心小学校长鞠秀芬分别向选民报告了一年来参加闭会期间活动、"
            "提出建议和联系选民的情况。\n")
    events = _model_events(text, date(2017, 11, 21))
    assert len(events) == 1
    people = {p.person: p.roles for p in events[0].participants}
    assert "向选民" not in people and people["尤美华"] == {"chair"}
    assert "speaker" in people["向国安"] and "speaker" in people["鞠秀芬"]
    text = ("3月13日上午,市政协召开十五届十次主席会议。市政协主席韩卫华主持会议。随后,市政协召开2025年度提案交办会。"
            "交办会由市政协副主席施雅芳主持,副市长许晨光出席并讲话。\n")
    events = frames(_model_events(text, date(2025, 3, 14)))
    handover = next(people for name, people in events.items() if name.endswith("提案交办会"))
    assert handover["施雅芳"][0] == {"chair"} and "韩卫华" not in handover


def test_what_was_said_at_another_meeting_and_a_quote_someone_explains_in_a_feature():
    text = ("12月29日,全市城中村改造工作总结表彰大会召开。市长韩立明出席并讲话。\n"
            "今年年初,在2月下旬召开的一次市委常委会上,市委书记严启华说了一句让很多人记住的话。\n"
            "“光给房子不够,还得给饭碗。”\n市人社局副局长柳晴介绍,今年全市开办了32期免费技能培训班。\n")
    people = frames(_model_events(text, date(2010, 12, 30)))["全市城中村改造工作总结表彰大会"]
    assert set(people) == {"韩立明"}


def test_speeches_at_an_organs_meeting_and_in_a_delegations_discussion():
    text = "日前,在江州市五届人大二次会议南湖代表团的讨论中,某科技公司董事长马腾飞作了6分钟的发言。\n"
    [sitting] = _model_events(text, date(2012, 3, 1))
    assert sitting.name == "江州市五届人大二次会议南湖代表团讨论" and sitting.participants[0].person == "马腾飞"
    text = "据了解,银监会主席尚福民在银监会的年度工作会议上表示,将深入研究存贷比监管方式。\n"
    [meeting] = _model_events(text, date(2012, 3, 1))
    assert meeting.name == "银监会年度工作会议" and meeting.participants[0].roles == {"speaker"}


def test_a_speech_told_after_another_speakers_in_the_same_paragraph_is_no_aside():
    text = ("3月15日上午,平岭乡召开全乡干部大会,县委组织部副部长宋立强宣读了县委关于平岭乡乡长调整的决定。\n"
            "乡党委书记郑国强主持会议并讲话。\n"
            "原乡长周德山深情回顾了在平岭工作的五年时光,感谢全乡干部群众的关心支持。新任乡长卢振江表示,将尽快熟悉乡情民意。\n")
    people = frames(_model_events(text, date(2010, 3, 16)))["全乡干部大会"]
    assert people["卢振江"][0] == {"speaker"} and people["周德山"][0] == {"speaker"}


def test_appointees_who_take_the_oath_attend_and_the_constitution_is_no_name():
    text = ("3月8日,市十六届人大常委会第十九次会议闭幕后,市人大常委会举行宪法宣誓仪式。市人大常委会主任骆红英监誓,"
            "市人大常委会副主任兼秘书长栾国华主持。副市长邓嘉明、市中级人民法院副院长宁晓红等6名新任命的国家工作人员进行了宪法宣誓。"
            "新当选镇长向宪法庄严宣誓。\n")
    people = {p.person: p.roles for p in _model_events(text, date(2016, 3, 9))[-1].participants}
    assert people == {"骆红英": {"attendee"}, "栾国华": {"chair"}, "邓嘉明": {"attendee"}, "宁晓红": {"attendee"}}


def test_talking_in_depth_at_a_meeting_is_no_stop_of_the_trip_before_it():
    text = ("9月28日,江北街道党工委书记余海燕一行到临湖街道学习考察基层治理工作。临湖街道党工委书记高文华陪同考察。\n"
            "随后召开座谈交流会。高文华主持座谈会并介绍了主要做法。双方还就老旧小区物业服务全覆盖等问题深入交流。"
            "江北街道党工委委员许佳,临湖街道党工委委员刘莹参加座谈。\n")
    events = _roles(text, date(2022, 9, 30), key="kind")
    assert events["meeting"]["许佳"] == events["meeting"]["刘莹"] == {"attendee"}
    assert "许佳" not in events["inspection"]


def test_a_speech_studied_at_a_meeting_gives_its_author_no_role():
    text = ("3月1日,县政府党组召开理论学习中心组学习会议。会议传达学习了省委农村工作会议精神,"
            "市委许继民书记在全市“双招双引”工作动员大会上的讲话精神。\n")
    [meeting] = _model_events(text, date(2024, 3, 2))
    assert meeting.participants == []


def test_a_report_made_on_a_committees_behalf_and_a_work_report_speak():
    text = ("12月26日,县第十六届人民代表大会第一次会议开幕。县人大常委会副主任高玉林受县第十五届人大常委会委托"
            "作人大常委会工作报告。县人民法院院长杜海涛作了法院工作报告。\n")
    people = {p.person: p.roles for p in _model_events(text, date(2011, 12, 27))[0].participants}
    assert people == {"高玉林": {"speaker"}, "杜海涛": {"speaker"}}


def test_members_discussing_in_groups_during_a_session_hold_no_sitting_of_their_own():
    text = ("11月27日,县十五届人大常委会第十六次会议举行。县人大常委会主任房立明主持会议。"
            "组成人员在分组审议中认为,近年来我县农村公路通达率大幅提高。\n")
    assert [ev.name for ev in _model_events(text, date(2013, 11, 29))] == [
        "县十五届人大常委会第十六次会议"]


def test_a_visit_told_by_its_month_of_an_earlier_year_is_not_the_visit_of_the_news():
    text = ("11月5日,市长鄢立诚到开发区调研,走进孵化中心了解创新平台建设情况。开发区党工委书记房卫明陪同。\n"
            "开发区的发展离不开历届领导的关心。2013年6月,时任省长孔凡林到开发区视察,肯定了以商招商的做法。\n")
    events = _model_events(text, date(2015, 11, 9))
    by_chair = {next(iter(p.person for p in ev.participants if "chair" in p.roles)): ev for ev in events}
    assert set(by_chair) == {"鄢立诚", "孔凡林"}
    assert by_chair["鄢立诚"].date == date(2015, 11, 5)
    assert (by_chair["孔凡林"].date, by_chair["孔凡林"].month) == (None, 6)
    assert [p.title for p in by_chair["孔凡林"].participants] == ["时任省长"]


def test_a_team_named_like_a_talk_in_a_features_story_before_its_meeting_holds_no_event():
    text = ("春天的青河,处处涌动着学习的热潮。\n"
            "区委宣传部副部长柯晓岚介绍,全区已推出红色研学线路5条,组建“百姓宣讲团”20支。\n"
            "4月12日,青河区委理论学习中心组举行专题学习会议。区委书记邬明远主持会议并讲话。\n")
    [meeting] = _model_events(text, date(2021, 4, 15))
    assert {p.person: p.roles for p in meeting.participants} == {"邬明远": {"chair", "speaker"}}


def test_a_speaker_told_under_a_later_subheading_of_a_feature_is_no_speaker_at_its_talks():
    text = ("4月3日,市委书记包立华在市行政中心会见了华屹集团总裁佟嘉明一行。双方就投资建设产业园项目深入交流。\n"
            "【抓项目 重大工程全面提速】\n"
            "在高速公路施工现场,数百名工人正在抢抓工期。项目总工程师闫立国说,工地3月初就实现了全面复工。\n"
            "市发改委主任孟庆春介绍,全市今年安排重点项目325个。\n")
    [talks] = _model_events(text, date(2020, 4, 7))
    assert {p.person for p in talks.participants} == {"包立华", "佟嘉明"}


def test_what_an_official_told_goes_on_past_a_semicolon_and_holds_no_event():
    text = ("企业复工,人是关键。市人社局局长王立军介绍,全市先后开通返岗专车218趟次;"
            "同时举办“线上招聘月”活动,发布岗位需求3.6万个。\n")
    assert _model_events(text, date(2020, 4, 7)) == []


def test_a_ceremony_held_at_a_place_named_with_digits_and_its_list_after_unnamed_groups():
    text = ("昨天上午,地铁1号线一期工程正式开通运营。开通仪式在1号线控制中心举行。市委书记柯明亮致辞,市长储海东主持。"
            "市领导潘德明、许丽君,沿线各区党政主要负责人及参建单位代表共600余人参加仪式。\n")
    assert _roles(text, date(2022, 12, 7)) == {"开通仪式": {
        "柯明亮": {"speaker"}, "储海东": {"chair"}, "潘德明": {"attendee"}, "许丽君": {"attendee"}}}


def test_projects_started_together_are_one_ceremony_unless_the_ceremony_was_named():
    one = "近日,青石区二季度15个重点项目集中开工,总投资41.2亿元。区委书记冷泽明宣布项目开工,区长余海燕介绍了项目情况。\n"
    assert _roles(one, date(2020, 4, 17)) == {"青石区二季度重点项目集中开工仪式": {"冷泽明": {"speaker"}, "余海燕": {"speaker"}}}
    named = ("4月16日上午,宁川市二季度重大项目集中开工活动在产业园项目现场举行。全市64个项目集中开工,总投资412.6亿元。"
             "市委书记司马文华讲话。\n")
    assert list(_roles(named, date(2025, 4, 17))) == ["宁川市二季度重大项目集中开工活动"]


def test_a_check_reported_at_a_meeting_is_no_inspection():
    text = ("9月5日下午,区城管局召开城市管理暗访督查情况通报会。区城管局局长揭晓明主持会议。"
            "会上,区城管局副局长戈振华通报了8月份城市管理暗访督查情况。\n")
    assert _roles(text, date(2022, 9, 6)) == {"区城管局城市管理暗访督查情况通报会": {
        "揭晓明": {"chair"}, "戈振华": {"speaker"}}}


def test_the_walk_round_the_site_of_an_on_site_meeting_is_part_of_it():
    text = ("7月12日下午,市长冯启明来到奥体中心建设工地,召开项目建设现场办公会。副市长钱国梁参加。\n"
            "在主体育场施工现场,冯启明仔细察看钢结构罩棚吊装进度。项目经理部经理童旭东介绍,主体育场土建工程已完成85%。\n")
    events = _roles(text, date(2010, 7, 13))
    assert list(events) == ["项目建设现场办公会"]
    assert events["项目建设现场办公会"]["童旭东"] == {"speaker"}


def test_a_speech_told_as_the_occasion_and_arrangements_made_are_speeches():
    text = ("6月28日晚,征迁工作动员会在坪头村召开。县水利局副局长贺晓光、镇长林海云、指挥长甘立军参加。"
            "甘立军在致辞中代表县指挥部,向广大群众表示感谢。林海云对入户丈量等工作进行了安排。\n")
    people = _roles(text, date(2020, 6, 30))["征迁工作动员会"]
    assert people["甘立军"] >= {"speaker"} and people["林海云"] >= {"speaker"}
    assert "speaker" not in people["贺晓光"]


def test_leaders_of_the_groups_of_a_tour_and_the_briefings_at_its_stops():
    text = ("4月25日,全市重点项目观摩活动举行。观摩团分两组,分别由市委书记蒋国华,市长柏松林带队。\n"
            "观摩团首站来到钟岭光伏产业园。在生产车间内,生产线满负荷运转。县委书记谭永福介绍,产业园去年9月开工。\n"
            "当晚,全市重点项目观摩讲评会在开发区管委会召开。柏松林主持会议。\n")
    events = {ev.name: ev for ev in _model_events(text, date(2012, 4, 26))}
    tour = {p.person: p.roles for p in events["全市重点项目观摩活动"].participants}
    assert tour == {"蒋国华": {"chair"}, "柏松林": {"chair"}, "谭永福": {"speaker"}}
    assert events["全市重点项目观摩讲评会"].date == date(2012, 4, 25)


def test_minutes_with_units_and_their_people_an_absentee_and_reports_heard():
    text = ("中共柳溪镇委员会会议纪要\n"
            "时间:2024年7月16日上午9:00\n"
            "主持人:镇党委书记孙志明\n"
            "出席人员:镇长钱立群,副镇长郑晓东,党委委员冯雪梅\n"
            "参会单位及人员:县财政局(杭丽)、城关街道(贝胜利)\n"
            "请假人员:党委委员寇兴旺(参加区委组织部集中培训)\n"
            "记录:卫佳\n"
            "一、会议听取了钱立群关于今冬农田水利建设工作的安排意见。\n"
            "二、会议听取了郑晓东关于“七一”期间走访慰问活动开展情况的汇报。\n"
            "三、会议研究了发展党员工作。经党委委员冯雪梅介绍,会议同意接收6名同志为预备党员。\n")
    [minutes] = _model_events(text, date(2024, 7, 18))
    assert minutes.date == date(2024, 7, 16)
    people = {p.person: p.roles for p in minutes.participants}
    assert "寇兴旺" not in people
    assert people["杭丽"] == people["贝胜利"] == {"attendee"}
    assert all("speaker" in people[name] for name in ("钱立群", "郑晓东", "冯雪梅"))


def test_a_report_heard_from_someone_titled_after_the_name():
    text = ("5月30日,区人大常委会会议举行。区人大常委会主任韩立东主持会议。副区长宗海明列席会议。"
            "会议听取了宗海明副区长所作的关于全区食品安全工作情况的报告。\n")
    assert _roles(text, date(2016, 6, 1))["区人大常委会会议"]["宗海明"] == {"observer", "speaker"}


def test_those_doing_it_together_with_the_subject_are_there_and_all_the_above_covers_every_event():
    text = ("3月15日,县人大常委会副主任喻春兰到人大代表联络站,参加“代表接待日”活动,"
            "与县人大代表、街道党工委书记巫家明一起接待来访群众。\n")
    assert _roles(text, date(2022, 3, 20))["“代表接待日”活动"]["巫家明"] == {"attendee"}
    text = ("6月5日下午,区长詹立峰与华岳集团总裁屠晓光一行举行工作会谈。\n"
            "会谈后,双方举行战略合作协议签约仪式。签约仪式由副区长罗曼主持。\n"
            "华岳集团总裁助理乔一帆,区发改局负责同志参加上述活动。\n")
    assert all(people.get("乔一帆") == {"attendee"} for people in _roles(text, date(2025, 6, 6)).values())


def test_a_congress_goes_on_after_its_preparatory_meeting_and_a_bracketed_note_keeps_a_list_together():
    text = ("4月18日下午,大会预备会议在学术交流中心举行。预备会议由校党委书记梅若兰主持。\n"
            "19日上午,江州医科大学第四次代表大会隆重开幕。校长黎振声主持开幕大会。"
            "副校长钱文博(九三学社社员),原校党委书记闵国华应邀列席开幕大会。\n"
            "21日上午,大会进行选举。选举大会由校党委副书记孔德明主持。\n")
    events = _roles(text, date(2023, 4, 22))
    assert events["大会预备会议"] == {"梅若兰": {"chair"}}
    assert events["江州医科大学第四次代表大会"] == {
        "黎振声": {"chair"}, "钱文博": {"observer"}, "闵国华": {"observer"}, "孔德明": {"chair"}}


def test_speakers_said_to_come_from_units_before_their_titles():
    text = ("1月6日上午,集团公司党委召开征求意见座谈会。党委副书记向红霞主持座谈会。"
            "来自基层项目部、二级公司的职工代表尹国良、覃小梅等8人先后发言。\n")
    people = _roles(text, date(2021, 1, 8))["集团公司党委征求意见座谈会"]
    assert people["尹国良"] == people["覃小梅"] == {"speaker"}


def test_a_speech_printed_in_full_is_its_meetings_and_what_a_plenum_held_reviews_no_other():
    text = ("在全县经济工作暨表彰大会上的讲话\n县委书记　韩立明\n（2008年3月10日）\n同志们：\n"
            "　　这次会议是经县委常委会研究决定召开的。刚才,俞建平县长通报了全县经济运行情况,我完全同意。\n")
    [meeting] = _model_events(text, date(2008, 3, 14))
    assert (meeting.name, meeting.date) == ("全县经济工作暨表彰大会", date(2008, 3, 10))
    assert {p.person: p.roles for p in meeting.participants} == {"韩立明": {"speaker"}, "俞建平": {"speaker"}}
    text = ("11月27日,中国共产党青峰区第十二届委员会第九次全体会议举行。区委书记贺嘉明作工作报告。\n"
            "全会认为,今年以来,区委常委会统筹推进各项工作。年初,区委召开经济工作会议,确定了工作主线;"
            "4月,区委举办领导干部专题读书班。\n")
    assert [ev.name for ev in _model_events(text, date(2025, 11, 28))] == [
        "中国共产党青峰区第十二届委员会第九次全体会议"]


def test_joining_the_talks_and_the_signing_is_joining_both():
    text = ("昨天下午,市长郭振宇在市行政中心会见了宏远集团董事长苗长青一行。\n"
            "会见后,双方举行了战略合作框架协议签约仪式。副市长庞立新与宏远集团副总经理谢宝安分别代表双方签约。"
            "市政府秘书长柯晓阳参加会见和签约仪式。\n")
    assert all(people.get("柯晓阳") == {"attendee"} for people in _roles(text, date(2012, 11, 9)).values())


def test_a_day_in_quoted_words_dates_nothing_and_those_who_go_along_are_there():
    text = ("5月16日一大早,记者在长岭乡见到乡党委书记罗永贵时,他刚从村里回来。“昨晚下了一夜雨,得去看看几户危房户。”\n"
            "这天上午,罗永贵先后走访了杉木冲村6户群众。乡党委委员、副乡长姚明辉同行。\n")
    [visit] = _model_events(text, date(2011, 5, 18))
    assert visit.date == date(2011, 5, 16)
    assert {(p.person, p.title): p.roles for p in visit.participants} == {
        ("罗永贵", "乡党委书记"): {"chair"}, ("姚明辉", "乡党委委员、副乡长"): {"attendee"}}


def test_battle_supervision_and_spot_checks_are_inspections():
    text = ("12月28日上午,县委副书记、县长万国梁率县脱贫攻坚督战组,先后深入坝头镇、青杠乡,督战普查反馈问题整改落实情况。\n"
            "又讯 近日,县委副书记周广明带领县扶贫办有关人员,到坪坝乡6个贫困村随机抽查驻村工作队员在岗履职情况。\n")
    events = _model_events(text, date(2021, 1, 4))
    assert [(ev.kind, [p.person for p in ev.participants if "chair" in p.roles]) for ev in events] == [
        ("inspection", ["万国梁"]), ("inspection", ["周广明"])]


def test_self_criticism_in_turn_speaks_and_joining_the_forum_after_talks_is_joining_the_forum():
    text = ("11月19日,镇党委召开专题民主生活会。镇党委书记顾永明主持会议。随后,镇长丁伟,镇党委委员钱磊、陶冬梅逐一进行个人对照检查。\n")
    people = _roles(text, date(2018, 11, 20))["镇党委专题民主生活会"]
    assert people["丁伟"] == people["钱磊"] == people["陶冬梅"] == {"speaker"}
    text = ("4日下午,县委书记潘志刚在县行政中心会见了托木县党政代表团一行。\n"
            "5日上午,两县在县行政中心召开对口支援工作座谈会。县长华建伟主持座谈会。县委常委、常务副县长章国平参加座谈。\n")
    events = _roles(text, date(2015, 8, 6))
    assert events["两县对口支援工作座谈会"]["章国平"] == {"attendee"}
    assert all("章国平" not in people for name, people in events.items() if name.startswith("会见"))


def test_a_broadcast_script_one_story_with_its_on_screen_speakers():
    text = ("禾阳新闻联播\n市政府召开第31次常务会议\n"
            "【导语】11月5日上午,市长顾明达主持召开市政府第31次常务会议。\n【正文】\n"
            "会上,市住建局局长聂东海汇报了今冬供暖准备工作情况。\n【同期声】\n字幕:聂东海 市住建局局长\n"
            "“十一月十五日前,所有换热站将完成调试,确保按时供暖。”\n"
            "【同期声】顾明达 市长\n“供暖事关千家万户,各供热企业要备足燃煤。”\n"
            "副市长佟丽华、喻建成出席会议。\n记者 房蕾 报道\n")
    assert _roles(text, date(2014, 11, 6)) == {"市政府第31次常务会议": {
        "顾明达": {"chair", "speaker"}, "聂东海": {"speaker"}, "佟丽华": {"attendee"}, "喻建成": {"attendee"}}}


def test_those_who_escort_or_join_the_trip_and_its_meeting_are_at_both_or_the_trip():
    text = ("2月20日,沧澜市委副书记、市长程远航率党政代表团来县考察东西部协作工作。\n"
            "当天下午,两地东西部协作联席会议在县行政中心召开。县委书记巴桑次仁主持会议。\n"
            "沧澜市副市长蒋雯,县委常委、常务副县长周立新等参加考察和会议。\n")
    events = _roles(text, date(2023, 2, 21))
    assert len(events) == 2 and all(people.get("蒋雯") == {"attendee"} for people in events.values())
    text = ("10月18日,市委书记殷卫东到桃沅县调研乡村振兴工作。调研中,殷卫东主持召开座谈会。\n"
            "副市长喻晓东参加调研。县领导沙光明、甘立勇陪同。\n")
    events = _roles(text, date(2023, 10, 19), key="kind")
    assert events["inspection"]["沙光明"] == events["inspection"]["甘立勇"] == {"attendee"}
    assert "甘立勇" not in events["meeting"]


def test_a_meeting_agreed_to_be_held_is_a_plan_and_a_speech_right_after_a_ceremony_is_the_ceremonys():
    text = ("2月15日,县委书记聂文清主持召开县委常委会会议。"
            "会议听取了县纪委书记詹亚平关于县纪委全会筹备情况的汇报,原则同意全会于2月下旬召开。\n")
    assert [ev.name for ev in _model_events(text, date(2022, 2, 16))] == [
        "县委常委会会议"]
    text = ("欧建业会见锐芯科技客人\n6月17日上午,县委书记欧建业会见了锐芯科技有限公司董事长林浩然一行。"
            "县长苏静怡参加会见。双方交换了意见。\n\n新能源电池材料项目签约仪式举行\n"
            "会见后,新能源电池材料项目签约仪式随即举行。苏静怡致辞,林浩然介绍了项目情况。\n")
    events = _roles(text, date(2025, 6, 18))
    assert events["新能源电池材料项目签约仪式"] == {"苏静怡": {"speaker"}, "林浩然": {"speaker"}}


def test_new_year_greetings_given_on_behalf_of_the_county_are_a_speech():
    text = "2月1日上午,县委、县政府举行2019年春节团拜会。县长段文静主持。县委书记郑海明代表县委、县政府致新春贺词。\n"
    assert _roles(text, date(2019, 2, 2))["县委、县政府2019年春节团拜会"]["郑海明"] == {"speaker"}


def test_festival_guests_listed_before_unnamed_visitors_attend_and_promoters_speak():
    text = ("5月16日上午,临溪县第三届油菜花旅游节在花海景区开幕。市旅游局局长宁振东,县委书记邝德全,"
            "县人大常委会主任卓丽芳,以及来自省内外的30余家旅行社负责人、10余家新闻媒体记者和3000余名游客参加开幕式。\n"
            "副县长倪少华以“金色花海·诗意临溪”为题,从山水、民俗两个方面对临溪旅游资源作了推介。\n")
    people = _roles(text, date(2016, 5, 17))["临溪县第三届油菜花旅游节"]
    assert people == {"宁振东": {"attendee"}, "邝德全": {"attendee"}, "卓丽芳": {"attendee"}, "倪少华": {"speaker"}}
    text = ("3月10日,“春到青川”旅游推介会在成都举行。县文旅局局长骆志平现场推介了赏花线路,副县长温雅发布了优惠政策。\n")
    assert _roles(text, date(2018, 3, 11))["“春到青川”旅游推介会"] == {"骆志平": {"speaker"}, "温雅": {"speaker"}}


def test_what_follows_并_after_an_attended_meeting_names_no_other_event():
    text = ("■近日,县文旅局召开全县景区安全生产专题会议。局党组成员、副局长祁海燕出席会议并对汛期景区安全、"
            "大型活动安全等工作作了部署。\n")
    assert _roles(text, date(2019, 6, 15)) == {"全县景区安全生产专题会议": {"祁海燕": {"attendee", "speaker"}}}


def test_a_show_held_announced_as_it_opens_and_an_interview_after_it():
    text = ("当天下午,全县2018年春节社火调演在县城广场举行。县委书记甄立民与县政协主席蒲秀兰一同观看了调演。\n")
    assert _roles(text, date(2018, 2, 8)) == {"全县2018年春节社火调演": {"甄立民": {"attendee"}, "蒲秀兰": {"attendee"}}}
    text = ("10月7日晚,第五届江渡灯会在古渡口开幕。县政协副主席于秀清,县文旅局副局长柯守仁出席开幕仪式。\n"
            "随着于秀清宣布灯会开幕,数百盏河灯放入河中。\n活动结束后,柯守仁在接受采访时表示,将把灯会纳入重点推介内容。\n")
    people = next(iter(_roles(text, date(2020, 10, 8)).values()))
    assert people == {"于秀清": {"attendee", "speaker"}, "柯守仁": {"attendee"}}


def test_what_an_official_tells_a_reporter_holds_no_inspection():
    text = ("10月7日,县旅游局局长童雅琴告诉记者,黄金周期间县里组织了旅游市场联合检查,全县未发生安全事故。\n")
    assert _model_events(text, date(2014, 10, 8)) == []


def test_the_day_before_a_dated_event_dates_what_it_opens():
    text = ("11月20日,“遇见乌苏”文化旅游推介会在杭州举行。县委副书记、县长木拉提·阿山致欢迎辞。\n"
            "推介会前一天,县委常委、副县长俞立新一行与省文旅厅市场处处长郑佳雯进行了座谈。\n")
    dates = {ev.name: ev.date for ev in _model_events(text, date(2019, 11, 22))}
    assert dates["座谈"] == date(2019, 11, 19)


def test_the_stops_of_an_inspection_told_after_its_meeting_are_the_inspections():
    text = ("9月29日,市委书记芮振华到云栖湖度假区、古窑街区调研文旅项目建设,并主持召开座谈会。副市长雷若兰参加调研。\n"
            "在云栖湖度假区,芮振华登上新建的观景平台,察看营地运营准备情况。他叮嘱度假区负责人,要把游客安全放在第一位。\n"
            "随后召开的座谈会上,市文旅局局长闻晓春汇报了假期准备情况。\n")
    events = _roles(text, date(2025, 9, 30), key="kind")
    assert events["inspection"]["芮振华"] == {"chair", "speaker"}
    assert events["meeting"] == {"芮振华": {"chair"}, "闻晓春": {"speaker"}}


def test_officials_listed_before_unnamed_colleagues_and_their_organs_leaders():
    text = ("3月2日,全市文化旅游发展大会召开。市委书记甘一凡出席并讲话。市人大常委会主任萧国栋,市政协主席鲁雅芬,"
            "市委常委,市人大常委会、市政府、市政协有关领导出席。\n")
    people = _roles(text, date(2020, 3, 3))["全市文化旅游发展大会"]
    assert people["萧国栋"] == people["鲁雅芬"] == {"attendee"}


def test_community_meetings_and_their_speakers():
    text = ("5月18日晚,一场围绕“停车难”的居民议事会在这里召开,社区党委书记卜玉兰主持议事会。"
            "居委会副主任殷晓红首先通报了前期入户走访收集到的意见。业委会主任秦大江建议改建锅炉房。"
            "承担小区物业服务的宏达物业公司经理罗振海表示,公司将全力配合。\n")
    events = _model_events(text, date(2017, 5, 19))
    assert [(ev.name, ev.place) for ev in events] == [("居民议事会", None)]
    assert {p.person: p.roles for p in events[0].participants} == {
        "卜玉兰": {"chair"}, "殷晓红": {"speaker"}, "秦大江": {"speaker"}, "罗振海": {"speaker"}}
    text = ("7月5日晚,一场老旧小区改造“坝坝会”在这里召开,街道办事处主任蒋文成主持。"
            "区住建局副局长黎振东就改造内容、资金分担方式逐一作了解答。清泉街道桂香社区网格长姚翠兰作交流发言。"
            "会上,排名末位的翠堤小区物业经理武立强作了检讨发言。\n")
    assert _roles(text, date(2021, 7, 6)) == {"老旧小区改造“坝坝会”": {
        "蒋文成": {"chair"}, "黎振东": {"speaker"}, "姚翠兰": {"speaker"}, "武立强": {"speaker"}}}


def test_a_lecture_given_as_one_and_a_reminder_given_at_a_meeting():
    text = ("4月19日下午,区委常委、统战部部长邵慧琳来到桂园社区,为社区党员讲授了一堂生动的专题党课。"
            "党课由社区党委书记鲁晓红主持。\n")
    assert _roles(text, date(2021, 4, 20)) == {"专题党课": {"邵慧琳": {"speaker"}, "鲁晓红": {"chair"}}}
    text = ("9月21日,新桥街道召开党工委会议。党工委副书记、纪工委书记凌德昌就节日期间严格落实中央八项规定精神作了廉政提醒。\n")
    assert _roles(text, date(2015, 9, 22)) == {"新桥街道党工委会议": {"凌德昌": {"speaker"}}}


def test_a_digest_item_whose_event_was_not_read_lends_no_one_to_the_item_before():
    text = ("【一周动态】\n◆5月22日,街道召开辖区物业企业座谈会,街道城管办主任司马俊主持。会上,春晖苑物业经理上官婉清"
            "就垃圾分类督导、电动自行车充电等工作作交流发言。\n"
            "◆近日,街道邀请区消防救援大队宣传科科长殷振东为全体网格员开展消防安全培训。\n")
    assert _roles(text, date(2024, 5, 28)) == {"街道辖区物业企业座谈会": {"司马俊": {"chair"}, "上官婉清": {"speaker"}}}


def test_a_meeting_told_of_as_background_after_a_quoted_official_is_not_theirs():
    text = ("记者从区住建局获悉,今年全区将改造31个老旧小区。区住建局城建科科长晁文斌介绍,改造将聚焦加装电梯等内容。\n"
            "据了解,日前召开的区政府常务会议已审议通过改造工作方案。\n")
    assert all(not ev.participants for ev in _model_events(text, date(2025, 2, 19)))


def test_a_leader_going_to_a_community_to_see_it_is_an_inspection():
    text = ("11月30日,区委副书记、区长单鸿运到包联的丹桂社区,走进居民楼道、农贸市场,详细了解冬季供暖情况。"
            "街道党工委书记宁晓明陪同。\n")
    assert _roles(text, date(2016, 12, 2), key="kind") == {"inspection": {"单鸿运": {"chair"}, "宁晓明": {"attendee"}}}


def test_judges_attend_and_a_dotted_name_ends_before_how_they_act():
    text = ("3月14日,全县首届网格员业务技能竞赛在县文化中心举行。县委政法委副书记骆建国,县民政局副局长尹美玲等担任评委。\n")
    assert _roles(text, date(2022, 3, 15)) == {"全县首届网格员业务技能竞赛": {"骆建国": {"attendee"}, "尹美玲": {"attendee"}}}
    text = ("6月4日下午,天山路街道召开物业服务企业座谈会。区委常委、副区长艾尔肯·吐尔洪出席并讲话。\n"
            "艾尔肯·吐尔洪充分肯定了各物业服务企业所做的工作。\n")
    assert _roles(text, date(2018, 6, 5)) == {"天山路街道物业服务企业座谈会": {"艾尔肯·吐尔洪": {"attendee", "speaker"}}}


def test_a_fair_named_in_quotes_and_those_with_the_delegation_at_each_of_its_events():
    text = ("3月25日至27日,县长欧阳明远带队赴广东开展招商活动。\n"
            "3月25日下午,欧阳明远一行拜访了华创装备有限公司,与公司董事长黄启明举行工作会谈。\n"
            "3月26日,考察团出席在东莞举办的“南岗县(东莞)电子信息产业招商推介会”。副县长江小雯介绍了园区优势。\n"
            "县委常委、统战部部长牛志远随同参加上述活动。\n")
    events = _roles(text, date(2023, 3, 28))
    assert events["南岗县(东莞)电子信息产业招商推介会"]["江小雯"] == {"speaker"}
    assert sum("牛志远" in people for people in events.values()) == 3


def test_honoured_speakers_are_listed_together_and_a_rare_surname_is_read():
    text = ("6月29日上午,全县表彰大会在县会议中心举行。县长田家明主持。"
            "老党员代表向文奎、受表彰的优秀共产党员代表向小琴先后发言。县委副书记普正和出席。\n")
    assert _roles(text, date(2021, 6, 30))["全县表彰大会"] == {
        "田家明": {"chair"}, "向文奎": {"speaker"}, "向小琴": {"speaker"}, "普正和": {"attendee"}}


def test_a_drill_watched_from_a_stand_and_a_lecture_series_held():
    text = ("6月16日上午,全县危险化学品事故应急救援综合演练在宏达化工有限公司举行。县长罗文清宣布演练开始。"
            "县领导滕志远、蒲红英在观摩台观摩演练。\n")
    assert _roles(text, date(2022, 6, 17)) == {"全县危险化学品事故应急救援综合演练": {
        "罗文清": {"speaker"}, "滕志远": {"attendee"}, "蒲红英": {"attendee"}}}
    text = ("■3月26日下午,区人民医院“健康大讲堂”第12期在门诊楼学术厅开讲。心内科主任钟立岳以“高血压的防与治”为题进行授课,"
            "区卫生健康局副局长万清泉出席。\n")
    assert _roles(text, date(2024, 3, 29)) == {"区人民医院“健康大讲堂”第12期": {"钟立岳": {"speaker"}, "万清泉": {"attendee"}}}


def test_a_briefing_on_a_plenums_spirit_is_held_by_its_lecture_team():
    text = ("△本周二,副市长贝志强带队对城区建筑工地开展消防安全检查。市应急管理局局长卓文海陪同检查。\n"
            "△11月4日下午,学习贯彻党的十九届五中全会精神市委宣讲团首场报告会在市会议中心举行。"
            "市委党校常务副校长庞景辉作宣讲报告。市委常委、宣传部部长季红云主持报告会。\n")
    events = _roles(text, date(2020, 11, 6), key="kind")
    assert events["meeting"] == {"庞景辉": {"speaker"}, "季红云": {"chair"}}
    assert events["inspection"] == {"贝志强": {"chair"}, "卓文海": {"attendee"}}


def test_deputies_sit_in_on_a_hearing_then_meet_the_court():
    text = ("3月17日上午,宁水县人民法院邀请部分县人大代表、政协委员旁听一起民间借贷纠纷案件的庭审。"
            "审判长、县法院副院长龚学武主持庭审。\n"
            "庭审结束后,县法院召开代表委员座谈会。县法院院长秦立山主持座谈会。县人大代表汪建明,县政协委员尹少平参加旁听和座谈。\n")
    events = _roles(text, date(2017, 3, 20))
    assert events["旁听民间借贷纠纷案庭审"] == {"龚学武": {"chair"}, "汪建明": {"attendee"}, "尹少平": {"attendee"}}
    assert events["县法院代表委员座谈会"] == {"秦立山": {"chair"}, "汪建明": {"attendee"}, "尹少平": {"attendee"}}


def test_the_minutes_of_a_judicial_committee():
    text = ("平川区人民法院审判委员会会议纪要\n〔2019〕第17期\n时  间:2019年9月16日下午3时\n主  持:党组书记、院长 闫立山\n"
            "出席委员:邢红梅 聂海波 邵春生\n列  席:区人民检察院检察长 郝东明\n       刑事审判庭副庭长 宋子华(案件承办人)\n"
            "记  录:书记员 米晓燕\n\n一、案件承办人宋子华汇报了案件审理情况。\n二、郝东明发表了检察意见。\n")
    [(name, people)] = _roles(text, date(2019, 9, 18)).items()
    assert name == "平川区人民法院审判委员会会议" and people == {
        "闫立山": {"chair"}, "邢红梅": {"attendee"}, "聂海波": {"attendee"}, "邵春生": {"attendee"},
        "郝东明": {"observer", "speaker"}, "宋子华": {"observer", "speaker"}}


def test_a_leaders_day_of_a_meeting_a_tour_and_a_report_heard():
    text = ("▌上午:学\n上午8点半,县委理论学习中心组集中学习会在县委常委会议室举行。县委书记石海山主持。\n\n"
            "▌下午:走\n下午2点,石海山冒雨来到县工业园区,先后察看了标准厂房和污水处理厂建设现场。副县长贾明远陪同。\n"
            "当晚,石海山在县宾馆听取了县工业园区管委会工作汇报。园区管委会主任田中明汇报了园区建设情况。\n")
    text = "2月21日,县委书记石海山的日程从早上排到晚上。\n" + text
    events = _roles(text, date(2017, 2, 22), key="kind")
    assert events["inspection"] == {"石海山": {"chair"}, "贾明远": {"attendee"}}
    dated = {ev.name: ev.date for ev in _model_events(text, date(2017, 2, 22))}
    assert dated["听取县工业园区管委会工作汇报"] == dated["县委理论学习中心组集中学习会"] == date(2017, 2, 21)
    assert _roles(text, date(2017, 2, 22))["听取县工业园区管委会工作汇报"] == {"石海山": {"attendee"}, "田中明": {"speaker"}}


def test_a_delegation_led_by_two_and_days_told_by_their_day_of_the_month():
    text = ("12月28日至29日,以南屿市委副书记、市长林振华为团长,市委常委、常务副市长陈立山为副团长的南屿市党政考察团来我县考察。"
            "副县长蔡晓明陪同考察。\n29日上午,县委书记李泽民主持召开座谈会。\n")
    events = _model_events(text, None)
    assert {ev.kind: (ev.month, ev.day) for ev in events} == {"inspection": (12, 28), "meeting": (12, 29)}
    people = {p.person: p.roles for ev in events if ev.kind == "inspection" for p in ev.participants}
    assert people == {"林振华": {"chair"}, "陈立山": {"chair"}, "蔡晓明": {"attendee"}}


def test_guests_come_to_inspect_meet_for_talks_and_a_delegation_reviews_reports():
    text = ("昨日下午,市长屈海山与来我市调研的省电力公司总经理莫振华一行举行工作会谈。副市长欧志明参加会谈。\n")
    assert _roles(text, date(2012, 5, 9), key="kind") == {"talks": {"屈海山": {"speaker"}, "莫振华": {"speaker"}, "欧志明": {"attendee"}}}
    text = ("3月7日上午,大会举行第二次全体会议。县委书记殷立山出席会议。\n"
            "下午,县代表团分组审议“两院”工作报告。县代表团团长殷立山主持审议。市人大代表牛秀兰建议推广巡回审判。\n")
    events = _roles(text, date(2019, 3, 8))
    assert events["县代表团分组审议“两院”工作报告"] == {"殷立山": {"chair"}, "牛秀兰": {"speaker"}}


def test_back_at_the_forum_after_the_leaders_met_its_guests_and_what_a_leader_urged():
    text = ("7月30日上午,县委、县政府召开退役军人代表座谈会。县委书记谷振东出席并讲话。\n"
            "座谈会前,谷振东亲切接见了与会退役军人代表。\n座谈会上,参战老兵代表穆长山,县第一中学教师查丽华先后发言。\n")
    people = _roles(text, date(2021, 8, 2))["县委、县政府退役军人代表座谈会"]
    assert people["穆长山"] == people["查丽华"] == {"speaker"}
    text = ("6月2日,市总工会全委(扩大)会议召开。市总工会主席霍建明强调,各级工会要深入推进工会改革;"
            "要广泛开展劳动竞赛和职工技能提升活动。市人社局副局长韦建华应邀列席会议。\n")
    assert list(_roles(text, date(2016, 6, 3))) == ["市总工会全委(扩大)会议"]
    text = ("△1月5日,省政协主席会议召开。省政协主席王大成主持。\n△日前,省人大常委会副主任秦万山带领调研组,到保定市、雄安新区"
            "就《城乡规划条例(修订草案)》开展立法调研,听取基层干部群众意见建议。\n")
    assert "chair" in _roles(text, date(2020, 1, 8), key="kind")["inspection"]["秦万山"]


def test_a_comment_on_the_tour_holds_no_event_and_a_report_on_behalf_of_the_government():
    text = ("29日上午,观摩活动点评总结会在县委礼堂召开。会议由县长汤宏伟主持。县委书记乔国栋对观摩活动进行了点评。\n")
    [(name, people)] = _roles(text, date(2008, 12, 30)).items()
    assert name == "观摩活动点评总结会" and people["汤宏伟"] == {"chair"} and "speaker" in people["乔国栋"]
    text = ("4月27日下午,区长蓝天成列席区十七届人大常委会第五次会议,并代表区政府作关于2021年度国有资产管理情况的报告。"
            "会议由区人大常委会主任骆长明主持。\n")
    assert _roles(text, date(2022, 4, 28))["区十七届人大常委会第五次会议"] == {
        "蓝天成": {"observer", "speaker"}, "骆长明": {"chair"}}


def test_a_visit_before_the_forum_is_its_own_and_a_rating_meeting_is_held():
    text = ("7月31日下午,县委、县政府召开军政座谈会。县委副书记、县长莫少文主持座谈会。\n"
            "当天上午,座谈会召开前,莫少文一行还来到县光荣院,看望慰问了在院休养的伤残军人和烈属。\n")
    assert _roles(text, date(2013, 8, 1), key="kind") == {"meeting": {"莫少文": {"chair"}}, "visit": {"莫少文": {"chair"}}}
    text = "1月30日,区民政局组织召开2014年度城乡低保工作考评会。副区长吕志明出席会议并讲话,区民政局局长宁志远主持会议。\n"
    assert _roles(text, date(2015, 2, 1)) == {"区民政局2014年度城乡低保工作考评会": {
        "吕志明": {"attendee", "speaker"}, "宁志远": {"chair"}}}


def test_those_at_all_the_above_join_the_ceremony_and_the_tour_of_its_day():
    text = ("7月13日上午,青岚市对口帮扶永禾县医疗设备捐赠仪式在永禾县人民医院举行。永禾县县长马晓东出席仪式并讲话。\n"
            "仪式结束后,青岚市卫健委主任曲立文一行在马晓东陪同下,到县妇幼保健院调研远程会诊系统运行情况。\n"
            "永禾县卫生健康局局长张建新参加上述活动。\n")
    events = _roles(text, date(2023, 7, 14), key="kind")
    assert events["other"]["张建新"] == events["inspection"]["张建新"] == {"attendee"}


def test_a_short_lesson_before_the_party_day_is_part_of_it():
    text = ("4月18日,驻村工作队组织开展“清洁家园 党员先行”主题党日活动。村党支部书记杨志明主持活动。\n"
            "活动开始前,驻村第一书记唐亮明为党员们上了一堂10分钟的“微党课”。\n")
    assert len(_model_events(text, date(2024, 4, 19))) == 1


def test_a_study_session_held_and_a_day_told_after_a_quote():
    text = ("本报讯 10月9日至10日,市委理论学习中心组在市委党校举行第三季度专题学习。市委书记黄启文同志主持学习并作总结讲话。\n")
    assert _roles(text, date(1995, 10, 12)) == {"市委理论学习中心组第三季度专题学习": {"黄启文": {"chair", "speaker"}}}
    text = ("“同意将申请人纳入低保的,请举手!”5月16日晚上7点,金桥街道翠湖社区党群服务中心里,12名居民代表依次举手表决。"
            "这是翠湖社区今年召开的第二次低保民主评议会。评议会由社区党委书记易红梅主持。\n")
    [event] = _model_events(text, date(2025, 5, 19))
    assert event.date == date(2025, 5, 16)


def test_a_plenum_and_its_sittings_and_group_discussions_are_one():
    text = ("中国共产党青州省第八届委员会第五次全体会议在云城举行\n"
            "本报讯 中国共产党青州省第八届委员会第五次全体会议,10月8日至9日在云城举行。全会由省委常委会主持。"
            "省委书记魏长林作工作报告。\n"
            "省委副书记、省长邓志刚在全会第二次全体会议上讲话。\n"
            "全会期间,省委副书记孔繁星参加了分组讨论。\n")
    assert _roles(text, date(2004, 10, 10)) == {"中国共产党青州省第八届委员会第五次全体会议": {
        "魏长林": {"speaker"}, "邓志刚": {"speaker"}, "孔繁星": {"attendee"}}}


def test_ceremonies_chaired_or_of_a_thing_and_banquets_held_for_guests():
    text = ("新华社北京3月2日电 国务院总理秦汉章今天上午同某国总理卡尔·维斯纳举行会谈。\n"
            "会谈前,秦汉章在人民大会堂东门外广场主持仪式,欢迎维斯纳总理访华。\n"
            "会谈后,两国总理出席了两国政府科技合作协定的签字仪式。国务委员钟启明和某国外交部长汉斯·穆勒分别代表本国政府在协定上签字。\n"
            "晚上,秦汉章为维斯纳一行举行了欢迎宴会。\n")
    events = _roles(text, date(1997, 3, 3))
    assert events["欢迎仪式"] == {"秦汉章": {"chair"}}
    assert set(events["签字仪式"]) == {"钟启明", "汉斯·穆勒"}
    assert set(events["欢迎宴会"]) == {"秦汉章", "卡尔·维斯纳"}
    text = "3月2日,县委书记马国庆主持县委常委会会议,研究春耕生产工作。\n"
    assert _roles(text, date(2015, 3, 3)) == {"县委常委会会议": {"马国庆": {"chair"}}}


def test_a_stop_on_a_day_of_the_trip_and_one_told_without_a_date_join_it():
    text = ("本报讯 6月3日至4日,市委书记卢建华带领市直有关部门负责人,深入沿江各县检查防汛工作。副市长龙海陪同检查。\n"
            "3日下午,卢建华一行沿江堤察看险情。\n"
            "在桥头镇,卢建华实地察看了移民安置点。\n")
    assert _roles(text, date(2010, 6, 6), key="kind") == {"inspection": {"卢建华": {"chair"}, "龙海": {"attendee"}}}


def test_what_a_talk_or_a_speech_refers_to_and_what_it_urges_are_no_events():
    text = ("3月12日,县农业农村局党组理论学习中心组开展集中学习。党组书记、局长严明主持。"
            "党组成员、副局长方晓传达了习近平总书记在参加江苏代表团审议时的重要讲话精神。"
            "副局长陶立新作交流发言,陶立新强调要深入基层调研,提出要在优化检查流程上下功夫。\n")
    events = _roles(text, date(2024, 3, 14))
    assert list(events) == ["县农业农村局党组理论学习中心组集中学习"]
    assert events["县农业农村局党组理论学习中心组集中学习"]["陶立新"] == {"speaker"}


def test_lessons_given_and_what_a_meeting_or_an_activity_did_first():
    text = ("昨天上午,石桥镇召开全镇党员大会。镇党委书记胡海主持会议。大会首先举行新党员入党宣誓仪式。\n"
            "当天下午,胡海在镇政府会议室为全镇党员干部讲了一堂专题党课。\n")
    assert _roles(text, date(2021, 7, 2)) == {"全镇党员大会": {"胡海": {"chair"}}, "专题党课": {"胡海": {"speaker"}}}
    text = "11月30日,市一中党委书记陆文以“不忘初心”为题,为全校党员教师上专题党课。党课由校长孙悦主持。\n"
    assert _roles(text, date(2021, 12, 2)) == {"专题党课": {"陆文": {"speaker"}, "孙悦": {"chair"}}}
    text = ("6月30日上午,支部组织全体党员开展“七一”主题党日活动,在学校操场举行升旗仪式,重温入党誓词。"
            "活动由支部组织委员章敏主持。\n")
    assert _roles(text, date(2022, 7, 2)) == {"“七一”主题党日活动": {"章敏": {"chair"}}}


def test_an_activity_told_then_done_and_escorts_of_another_day():
    text = ("9月2日,公司第一党支部开展“党建促振兴”主题党日活动。支部书记郑宇带领支部党员走访慰问了村里的困难党员。"
            "村党支部书记田野陪同。\n"
            "今天上午,公司党委书记蓝天在项目部为一线党员职工讲授专题党课。公司总经理宗明陪同。\n")
    events = _roles(text, date(2022, 9, 6))
    assert events["“党建促振兴”主题党日活动"] == {"郑宇": {"chair"}, "田野": {"attendee"}}
    assert events["专题党课"] == {"蓝天": {"speaker"}, "宗明": {"attendee"}}


def test_back_at_the_meeting_after_the_stops_and_escorts_of_all_that_was_told():
    text = ("6月19日,县委书记倪华带队深入大河镇开展下访活动,面对面听取群众诉求。当天下午,倪华主持召开全县信访工作推进会。\n"
            "在大河镇,倪华实地察看了安置小区。\n"
            "下午的推进会上,县信访局局长包明通报了全县信访积案化解情况。\n"
            "县委副书记、县长龙齐就抓好落实作具体部署。\n")
    events = _roles(text, date(2023, 6, 20))
    assert events["全县信访工作推进会"] == {"倪华": {"chair"}, "包明": {"speaker"}, "龙齐": {"speaker"}}
    assert set(events["下访活动"]) == {"倪华"}
    text = ("3月4日,市委书记庄清到某县开展下访接访活动,在县群众诉求服务中心接待来访群众,并召开座谈会。"
            "市信访局局长丰言,县委书记顾哲陪同。\n")
    events = _roles(text, date(2025, 3, 5))
    assert {"丰言", "顾哲"} <= set(events["下访接访活动"]) and {"丰言", "顾哲"} <= set(events["座谈会"])


def test_trips_led_and_the_doings_of_another_day_or_in_the_past():
    text = ("4月8日上午,青石镇召开矛盾纠纷排查化解工作会议。镇党委书记符建国出席会议并讲话。\n"
            "会后,符建国带领镇派出所所长宫军来到上河村,现场调处一起宅基地纠纷。\n")
    assert _roles(text, date(2020, 4, 9), key="kind")["inspection"] == {"符建国": {"chair"}, "宫军": {"chair"}}
    text = ("10月22日下午,县委召开全县领导干部大接访活动动员会。县委书记邰明作动员讲话。\n"
            "10月23日,县领导邰明、狄生等分别在县信访局和各乡镇开展首轮接访。\n"
            "当天,县委副书记狄生还到河口乡,就群众反映的饮水问题进行现场办公。\n")
    events = _roles(text, date(2008, 10, 24), key="kind")
    assert events["meeting"] == {"邰明": {"speaker"}} and events["inspection"] == {"狄生": {"chair"}}
    text = "2023年12月,县政府曾召开常务会议专题研究热线工作。1月15日,县长钟秀到县热线中心调研。\n"
    assert _roles(text, date(2024, 1, 16), key="kind") == {"inspection": {"钟秀": {"chair"}}}
    text = ("关于公布7月县级领导干部公开接访安排的通知\n现将7月县级领导干部公开接访安排公布如下:\n"
            "7月26日(星期五) 盛欣 县政协副主席 城西社区便民服务中心(下访)\n")
    assert _roles(text, date(2019, 7, 3)) == {}


def test_who_does_an_activity_in_person_and_a_headline_of_a_trip():
    text = "今天上午,县住建局局长宣志强走进县12345热线中心,开展“局长坐席”接听活动。县热线中心主任左琪陪同。\n"
    assert _roles(text, date(2022, 7, 8)) == {"“局长坐席”接听活动": {"宣志强": {"chair"}, "左琪": {"attendee"}}}
    text = ("管东到龙王庙乡下访\n"
            "日前,县委常委、政法委书记管东带领县信访局负责人到龙王庙乡开展下访活动,接待来访群众3批7人次。乡党委书记巫明陪同下访。\n")
    assert len(_model_events(text, date(2011, 4, 12))) == 1


def test_the_days_ceremony_told_short_and_the_meetings_own_people_name_no_organ():
    text = ("10月1日上午7时,我县庆祝国庆升国旗仪式在县人民广场隆重举行。县委书记瞿明,县长廖东等县领导"
            "与各界干部群众2000余人一起参加升旗仪式。仪式由县委常委、宣传部长阳光主持。\n")
    assert len(_model_events(text, date(2019, 10, 2))) == 1
    text = ("10月17日,全县项目观摩推进会在东关镇召开。县委书记严文主持会议。当天上午,与会人员先后来到各观摩点。"
            "下午,与会人员回到东关镇召开推进会。县农业农村局局长涂亮作交流发言。\n")
    assert _roles(text, date(2024, 10, 18)) == {"全县项目观摩推进会": {"严文": {"chair"}, "涂亮": {"speaker"}}}


def test_leaders_who_came_to_hold_an_activity_a_performance_watched_and_a_festival_eve():
    text = ("本报讯 昨日上午,县委书记茹华,县委副书记、县长牛川等县领导,与机关干部和社会各界群众300余人来到县烈士陵园,"
            "举行清明祭扫活动。活动由县委常委、宣传部长滕琪主持。\n")
    assert _roles(text, date(2024, 4, 3)) == {"清明祭扫活动": {"茹华": {"attendee"}, "牛川": {"attendee"}, "滕琪": {"chair"}}}
    text = "昨天上午,市长柳志来到市实验幼儿园,和孩子们一起观看了“童心向党”文艺汇演。副市长毛娟陪同。\n"
    assert _roles(text, date(2007, 6, 2)) == {"“童心向党”文艺汇演": {"柳志": {"attendee"}, "毛娟": {"attendee"}}}
    text = "“五一”前夕,县委副书记、县长沃新带队到县经济开发区,慰问坚守生产一线的企业职工。县总工会主席全梅陪同。\n"
    assert _roles(text, date(2020, 5, 1), key="kind") == {"visit": {"沃新": {"chair"}, "全梅": {"attendee"}}}


def test_a_party_committee_meeting_and_a_closing_sitting_of_a_session():
    text = ("12月30日上午,某化工集团有限公司召开中层以上干部大会。会议由集团总经理尹明主持。\n"
            "当天下午,集团党委书记庄远主持召开集团党委会,研究部署岁末年初安全生产工作。集团党委委员易红参加会议。\n")
    events = _roles(text, date(2013, 12, 31))
    assert events["集团党委会"] == {"庄远": {"chair"}, "易红": {"attendee"}}
    text = ("3月31日至4月1日,某职业技术学院第三届教职工代表大会第一次会议在学院报告厅召开。\n"
            "4月1日下午举行闭幕大会,由院党委委员、副院长邓新主持。院党委书记柏华作了讲话。\n"
            "在随后召开的第三届工会委员会第一次全体会议上,谭云当选为工会主席。\n")
    events = _roles(text, date(2008, 4, 2))
    assert events["某职业技术学院第三届教职工代表大会第一次会议"] == {"邓新": {"chair"}, "柏华": {"speaker"}}


def test_back_at_the_meeting_after_a_trip_before_it_and_reports_described_speakers():
    text = ("1月19日,某城投集团召开2022年工作会议。市委常委、常务副市长晁博出席会议并讲话。\n"
            "会前,晁博一行来到集团承建的安置房项目现场调研。\n"
            "会议由集团总经理杭明主持。\n"
            "集团副总经理兰燕作2021年度财务决算和2022年度财务预算报告。\n"
            "获奖代表、心内科主任谷晴和优秀护士代表、急诊科护士江月先后发言。\n")
    events = _roles(text, date(2022, 1, 20), key="kind")
    assert events["meeting"] == {"晁博": {"attendee", "speaker"}, "杭明": {"chair"}, "兰燕": {"speaker"}, "谷晴": {"speaker"},
                                 "江月": {"speaker"}}
    text = "11月2日,大学党委副书记芮英出席医院干部大会并讲话。会后,芮英一行还来到医院外科大楼建设工地,了解工程建设进展情况。\n"
    assert _roles(text, date(2020, 11, 3), key="kind")["inspection"] == {"芮英": {"chair"}}


def test_an_institution_is_no_name_and_a_closing_after_the_game_is_the_events_own():
    text = ("11月20日,市委书记应邦会见了来我市考察的省师范大学党委书记宗明一行。\n"
            "会见后,市政府与省师范大学举行战略合作协议签约仪式。市委常委、副市长计辉和省师范大学副校长蔺鸥代表双方签约。\n")
    assert all("范大学" not in people for people in _roles(text, date(2018, 11, 21)).values())
    text = ("7月18日晚,某县第三届“乡村振兴杯”篮球联赛总决赛暨闭幕式在县全民健身中心举行。县委书记殷坚等县领导观看了比赛。\n"
            "赛后举行闭幕式。闭幕式由县文化旅游体育局局长阚远主持。副县长岑萍致闭幕词。\n")
    assert len(_model_events(text, date(2021, 7, 20))) == 1


def test_leaders_who_give_first_and_others_trips_of_the_same_day():
    text = ("5月19日上午,我县在县行政中心广场举行抗震救灾捐款仪式。县委书记应东,县委副书记、县长周涛等县四套班子领导带头捐款。"
            "仪式由县委副书记赵远主持。周涛代表县委、县政府发出倡议。\n")
    assert _roles(text, date(2008, 5, 20), key="kind")["other"] == {"应东": {"attendee"}, "周涛": {"attendee", "speaker"},
                                                                    "赵远": {"chair"}}
    text = ("·10月24日,县长杭新带领县发改委负责人到经济开发区调研重点项目建设情况。副县长葛燕陪同。\n"
            "·10月24日下午,县人大常委会主任倪兰率部分组成人员视察全县农村公路建设情况。\n")
    assert len(_model_events(text, date(2012, 10, 26))) == 2


def test_an_inspectorates_feedback_and_the_standing_committee_after_it():
    text = ("2019年6月10日上午,省第二生态环境保护督察组向我市反馈督察情况。督察组组长祁文远通报督察意见,"
            "督察组副组长卜红主持反馈会,市委书记柴立新作表态发言。市委副书记、市长晏青参加会议。\n"
            "反馈会结束后,柴立新主持召开市委常委会会议,研究部署整改工作。\n")
    events = _model_events(text, None)
    assert [{p.person: p.roles for p in ev.participants} for ev in events] == [
        {"祁文远": {"speaker"}, "卜红": {"chair"}, "柴立新": {"speaker"}, "晏青": {"attendee"}},
        {"柴立新": {"chair"}}]


def test_a_later_day_visit_and_parallel_inspections_after_a_meeting():
    text = ("7月12日至13日,县委书记冼长河深入沿河乡镇,检查防汛工作。副县长龚红陪同检查。\n"
            "昨天上午,冼长河来到县防汛抗旱指挥部,看望慰问连续值守的工作人员。县委常委甘静陪同。\n")
    events = _model_events(text, date(2020, 7, 15))
    assert [(ev.kind, str(ev.date)) for ev in events] == [("inspection", "2020-07-12"), ("visit", "2020-07-14")]
    assert {p.person for p in events[1].participants} == {"冼长河", "甘静"}
    text = ("昨天下午,市委召开防台紧急会议。市委书记滕志坚主持会议,市长阮国华作部署。\n"
            "会后,滕志坚带领市水利局负责人连夜赶赴沿海镇,检查海塘加固情况;阮国华带领市渔业局负责人赶赴东港,检查渔船回港避风情况。\n")
    events = {ev.name: {p.person: p.roles for p in ev.participants} for ev in _model_events(text, date(2005, 8, 6))}
    assert events["检查海塘加固情况"] == {"滕志坚": {"chair"}}
    assert events["检查渔船回港避风情况"] == {"阮国华": {"chair"}}


def test_a_drill_chaired_and_watched_and_signers_who_also_speak():
    text = ("6月13日上午,某镇防汛防台风综合应急演练在龙泉河堤段举行。演练由镇长荀志文主持。"
            "副镇长闵佳在现场观摩。演练结束后,镇党委书记戚国平作总结讲话。\n")
    assert _roles(text, date(2023, 6, 15), key="kind") == {
        "other": {"荀志文": {"chair"}, "闵佳": {"attendee"}, "戚国平": {"speaker"}}}
    text = ("6月4日下午,两县应急救援合作协议签约仪式在县行政中心举行。"
            "副县长酆志明与邻县副县长奚海燕分别代表两县签约并致辞。\n")
    assert _roles(text, date(2025, 6, 6), key="kind")["other"] == {
        "酆志明": {"attendee", "speaker"}, "奚海燕": {"attendee", "speaker"}}


def test_guests_before_a_counted_crowd_signers_of_a_contract_and_one_sent_to_read_a_letter():
    text = ("3月13日,某市重点项目招商推介会在北京某饭店举行。市长郜建业致辞。中国某商会副会长糜宝山,"
            "市领导宓振华、仉凡英,以及来自京津地区的200余位企业家参加推介会。\n"
            "推介会上,副市长蒯明辉代表市政府与香港某实业有限公司董事长訾文彬签订了园区开发合同。\n")
    assert _roles(text, date(2017, 3, 15), key="kind")["meeting"] == {
        "郜建业": {"speaker"}, "糜宝山": {"attendee"}, "宓振华": {"attendee"}, "仉凡英": {"attendee"},
        "蒯明辉": {"attendee"}, "訾文彬": {"attendee"}}
    text = ("6月19日上午,我县招商引资项目集中签约仪式在县会议中心举行。县委副书记耿立设主持仪式。"
            "原定出席的市长季宏达因公务未能到会,委托副市长乔素英宣读了贺信。"
            "市委书记韩立成因在省里参加会议,委托县长向企业表示欢迎。\n"
            "此前,副县长陶俊明已于5月率团赴广州拜访了签约企业。\n")
    assert _roles(text, date(2008, 6, 20), key="kind")["other"] == {"耿立设": {"chair"}, "乔素英": {"speaker"}}


def test_the_opening_ceremony_of_a_session_and_a_report_explained_by_someone():
    text = ("3月9日至10日,某镇第十四届人民代表大会第二次会议在镇文化中心召开。\n"
            "9日上午,大会举行开幕式。镇人大主席邬建民主持开幕式。镇长戚国庆作政府工作报告。\n")
    assert _roles(text, date(2004, 3, 12)) == {
        "某镇第十四届人民代表大会第二次会议": {"邬建民": {"chair"}, "戚国庆": {"speaker"}}}
    text = ("7月20日,区政协十届十五次常委会议召开。区政协主席柏瑞林主持会议,区政协副主席闻晓红出席会议。"
            "会议协商讨论了关于蔬菜产业发展情况的调研报告,报告由闻晓红作说明。\n")
    assert _roles(text, date(2020, 7, 22))["区政协十届十五次常委会议"]["闻晓红"] >= {"speaker"}


def test_a_guests_tour_with_an_escort_a_welcome_lunch_and_another_years_visit():
    text = ("5月17日上午,市委书记谭国安会见了日本某市市长佐藤浩一率领的友好代表团一行。\n"
            "谭国安对代表团表示欢迎。2019年,时任市长岑建新曾率团访问该市。佐藤浩一表示,愿开展更多合作。\n"
            "当天中午,市政府举行欢迎午宴。市长邝志军致辞,副市长邬敏出席。\n"
            "5月18日,佐藤浩一一行在邬敏的陪同下参观了市博物馆。\n")
    events = _model_events(text, date(2023, 5, 19))
    assert [ev.kind for ev in events] == ["talks", "other", "inspection"]
    assert "岑建新" not in {p.person for p in events[0].participants}
    assert {p.person for p in events[1].participants} == {"邝志军", "邬敏"}
    assert events[2].name == "参观了市博物馆" or "陪同" not in events[2].name
    assert events[2].place is None


def test_a_delegation_abroad_talks_led_in_and_topics_that_name_a_fair():
    text = ("10月26日至11月3日,县委书记祁宏昌率县经贸考察团赴德国、荷兰开展招商考察。"
            "副县长邝振华、县招商局局长晏祥玉随团出访。\n")
    assert _roles(text, date(2008, 11, 7)) == {
        "赴德国、荷兰开展招商考察": {"祁宏昌": {"chair"}, "邝振华": {"attendee"}, "晏祥玉": {"attendee"}}}
    text = ("9月24日,某盟与某省2014年度友好会谈在锡林浩特市举行。盟长布仁巴雅尔与省长巴特苏赫·其米德分别率队参加会谈。"
            "双方就开通旅游包机、举办特色商品展销会等事宜交换了意见。\n")
    events = _model_events(text, date(2014, 9, 26))
    assert len(events) == 1
    assert all("chair" not in p.roles for p in events[0].participants)
    text = ("10月14日至16日,市委书记栾振邦率市党政代表团赴香港、澳门开展招商推介和考察交流活动。\n"
            "15日上午,栾振邦一行拜会了香港某商会,与会长蔺国文等商会负责人座谈。\n")
    events = _roles(text, date(2019, 10, 17), key="kind")
    assert events["other"] == {"栾振邦": {"chair"}}
    assert "蔺国文" in events["talks"]


def test_a_show_a_lesson_after_which_talks_and_a_caption_of_an_award():
    text = ("10月10日晚,由县文化体育局主办的“文化惠民·送戏下乡”文艺演出在某镇某村举行。"
            "副县长闵丽君,镇党委书记盘振东与1500余名群众一起观看了演出。演出前,盘振东致辞。\n")
    assert _roles(text, date(2011, 10, 12)) == {
        "“文化惠民·送戏下乡”文艺演出": {"闵丽君": {"attendee"}, "盘振东": {"attendee", "speaker"}}}
    text = ("4月15日下午,县委书记鄢建华来到县第一中学,为600余名师生讲授了一堂党史学习教育专题思政课。\n"
            "课后,鄢建华与学校师生代表座谈,听取了校长乜国平的汇报。\n")
    assert [ev.name for ev in _model_events(text, date(2021, 4, 16))] == ["党史学习教育专题思政课", "座谈"]
    text = ("5月12日下午,县卫生系统优秀护士表彰大会召开。图为县委副书记、县长厍明远为获奖护士颁奖。\n")
    assert _roles(text, date(2019, 5, 13)) == {"县卫生系统优秀护士表彰大会": {"厍明远": {"attendee"}}}
    text = ("4月7日上午,2025年世界卫生日大型义诊活动在市民广场举行。副市长符丽华出席活动,并到各诊台看望医务人员。"
            "市卫生健康委主任王朝晖陪同。\n")
    assert len(_model_events(text, date(2025, 4, 8))) == 1


def test_talks_told_around_a_welcome_ceremony_and_talks_with_each_guest():
    text = ("新华社北京11月11日电 国务院总理时鸣远今天下午在人民大会堂同来华访问的某国总理安德烈·卡林举行会谈。\n"
            "会谈前,时鸣远在人民大会堂东门外广场为卡林举行欢迎仪式。\n"
            "时鸣远表示,中方愿同该国深化合作。卡林说,该国欢迎中国企业投资。\n"
            "国务院秘书长柯景明等参加了会谈。\n")
    events = _roles(text, date(2016, 11, 12), key="kind")
    assert events["talks"] == {"时鸣远": {"speaker"}, "安德烈·卡林": {"speaker"}, "柯景明": {"attendee"}}
    assert "安德烈·卡林" in events["other"] and "柯景明" not in events["other"]
    text = ("新华社北京4月15日电 国家副主席宓致远今天在人民大会堂分别会见了来访的某国参议院副主席伊万·什瓦赫和某国外交部长卡洛斯·门多萨。\n"
            "宓致远在会见什瓦赫时说,两国关系发展顺利。什瓦赫表示,愿发挥积极作用。\n"
            "外交部副部长仉建平分别参加了上述会见。\n")
    events = _model_events(text, date(2009, 4, 16))
    assert len(events) == 2
    assert {p.person: p.roles for p in events[0].participants}["伊万·什瓦赫"] >= {"speaker"}


def test_a_briefing_convened_on_a_trip_and_escorts_named_with_deng():
    text = ("新华社南昌6月16日电 国务院副总理闵文昭昨天来到江西省某县,看望慰问受灾群众。\n"
            "当晚,闵文昭在南昌主持召开会议,听取江西省抗洪救灾工作汇报。省长苏定国汇报了全省灾情。\n"
            "民政部副部长楚宏亮陪同看望慰问。\n")
    events = _roles(text, date(2008, 6, 17), key="kind")
    assert events["visit"] == {"闵文昭": {"chair"}, "楚宏亮": {"attendee"}}
    assert events["meeting"]["苏定国"] == {"speaker"}
    text = ("7月10日至13日,国务院副总理钟鸣山在吉林省考察粮食生产工作。13日上午,钟鸣山在长春主持召开座谈会。"
            "国务院副秘书长宗立华等陪同考察。\n")
    assert _roles(text, date(2006, 7, 14), key="kind")["inspection"] == {"钟鸣山": {"chair"}, "宗立华": {"attendee"}}


def test_an_inspection_named_by_what_is_carried_out_after_a_ceremony():
    text = ("6月1日上午,某镇“安全生产月”活动启动仪式在镇文化广场举行。镇长罗永康出席并讲话,副镇长邹敏主持启动仪式。\n"
            "启动仪式后,罗永康带队对辖区内两家化工企业开展安全生产检查。企业负责人詹国庆陪同检查。\n")
    events = _roles(text, date(2021, 6, 2), key="kind")
    assert events["inspection"] == {"罗永康": {"chair"}, "詹国庆": {"attendee"}}


def test_heads_who_report_on_their_work():
    text = ("3月1日,全市政法工作会议在市委礼堂召开。市委副书记谭卫明出席会议并讲话。"
            "市中级人民法院院长邹德华、市人民检察院检察长瞿春亮分别报告了2004年法院、检察工作情况。\n")
    events = _roles(text, date(2005, 3, 2), key="kind")["meeting"]
    assert events["邹德华"] == {"speaker"} and events["瞿春亮"] == {"speaker"}


def test_remarks_on_an_inspection_told_are_no_inspection():
    text = ("2012年5月9日,县政协副主席何光明带领部分县政协委员,对全县农村公路建设情况进行视察。\n"
            "县政协主席唐志华此前对此次视察提出了具体要求。县委书记王家森要求县政府认真研究采纳视察意见。\n")
    assert [ev.name for ev in _model_events(text, None)] == ["视察全县农村公路建设情况"]


def test_a_forum_both_sides_hold_at_talks_is_the_talks():
    text = ("昨日,县委书记吉古达、县长王晓明在县行政中心会见了某县党政代表团一行,双方举行东西部协作工作座谈会。"
            "某县县长徐建华介绍了对口帮扶工作情况。某县副县长沈丽芳参加座谈。\n")
    events = _model_events(text, date(2023, 11, 22))
    assert [ev.kind for ev in events] == ["talks"]
    assert {"徐建华", "沈丽芳"} <= {p.person for p in events[0].participants}


def test_meetings_told_as_background_with_no_one_named_are_not_reported():
    text = ("本报讯 6月12日上午,某县召开全县防汛工作会议。县委书记邬建平出席会议并讲话,县长钟立新主持会议。\n"
            "据悉,入汛以来县防汛指挥部已多次召开专题会议安排部署防汛工作。\n"
            "当天下午,县防汛指挥部召开成员单位联席会议。\n")
    assert [ev.name for ev in _model_events(text, date(2019, 6, 13))] == ["全县防汛工作会议", "县防汛指挥部成员单位联席会议"]


def test_an_undated_meeting_with_no_one_named_is_not_reported():
    text = "本报讯 日前,县市场监管局召开全体干部职工大会,动员部署作风建设年活动。\n"
    assert _model_events(text, date(2019, 6, 13)) == []


def test_escorts_each_named_for_the_inspection_join_it_not_the_meeting_after():
    text = ("10月13日至14日,市委副书记、市长邵德明深入东坪县、西岭县,检查秋粮收购工作。\n"
            "14日下午,邵德明在西岭县主持召开秋粮收购工作座谈会。西岭县县长蒲国华汇报了秋粮收购情况。\n"
            "东坪县委书记章立新,西岭县委书记岑志远分别陪同检查。\n")
    events = _roles(text, date(2009, 10, 15), key="kind")
    assert events["inspection"]["章立新"] == {"attendee"} and "章立新" not in events["meeting"]


def test_a_field_tour_and_its_summary_meeting_are_one_event():
    text = ("9月26日至27日,全市现代农业园区建设现场观摩会举行。市委书记聂正华,市委副书记、市长滕海燕率观摩团,"
            "先后深入东安区、西丰县,实地观摩了12个现代农业园区。\n"
            "27日下午,观摩总结会在西丰县召开。滕海燕主持会议。市农业农村局局长苟德军对观摩项目进行了点评。\n"
            "聂正华在讲话中指出,要加快构建现代农业产业体系。\n"
            "市领导邝红梅、阳志宇参加观摩活动。\n")
    events = _model_events(text, date(2022, 9, 28))
    assert [ev.name for ev in events] == ["全市现代农业园区建设现场观摩会"]
    roles = {p.person: p.roles - {"attendee"} or p.roles for p in events[0].participants}
    assert roles == {"聂正华": {"chair", "speaker"}, "滕海燕": {"chair"}, "苟德军": {"speaker"},
                     "邝红梅": {"attendee"}, "阳志宇": {"attendee"}}


def test_a_pronoun_subject_goes_on_to_the_next_clause_but_not_into_what_was_said():
    text = ("9月2日,县委书记甘志勇深入石桥乡、金家镇,调研晚稻生产工作。他先后察看了石桥乡双季稻示范片和金家镇粮食储备库,"
            "要求各乡镇抓好晚稻田间管理。副县长严立平陪同调研。\n")
    assert _roles(text, date(2013, 9, 3), key="kind")["inspection"]["甘志勇"] == {"chair", "speaker"}
    text = ("3月1日,全国农村青年致富带头人表彰大会在京举行。国务委员邵国平出席大会并讲话。"
            "他希望广大农村青年积极投身新农村建设,带领群众共同致富。\n")
    assert _roles(text, date(2007, 3, 2), key="kind")["meeting"]["邵国平"] == {"attendee", "speaker"}


def test_a_list_of_titled_farmers_and_firm_heads_shares_its_verb():
    text = ("6月26日,全县农业产业化推进会议在县会议中心召开。县委书记庞振江出席会议并讲话。"
            "会上,金穗果蔬专业合作社理事长隋光明,种粮大户逄洪林,鲁润食品有限公司董事长綦志成分别作典型发言。\n")
    events = _roles(text, date(2012, 6, 27), key="kind")["meeting"]
    assert all(events[name] == {"speaker"} for name in ("隋光明", "逄洪林", "綦志成"))


def test_those_who_lay_a_foundation_stone_together_attend_the_ceremony():
    text = ("12月10日上午,洛北引水工程开工奠基仪式在某镇举行。副省长贺振华出席并宣布工程开工。市长宋光辉主持仪式。\n"
            "贺振华、宋光辉和省水利厅副厅长薛建国,市委副书记吕永新,县委书记屈志刚等共同为工程培土奠基。\n")
    people = _roles(text, date(2007, 12, 11), key="kind")["other"]
    assert {"薛建国", "吕永新", "屈志刚"} <= set(people) and people["屈志刚"] == {"attendee"}


def test_a_patrol_told_stop_by_stop_and_joined_by_a_volunteer_is_one_activity():
    text = ("6月13日,镇党委书记、镇级总河长曹志强带领镇级河长开展“河长巡河日”活动,对辖区内白马河进行全线巡查。\n"
            "巡查中,曹志强一行沿河察看了河道保洁和排污口整治情况。民间河长、退休教师郝树森也参加了巡河活动。\n"
            "巡河结束后,镇长冀红梅主持召开河长制工作专题会议。\n")
    events = _model_events(text, date(2022, 6, 14))
    assert [ev.name for ev in events] == ["“河长巡河日”活动", "河长制工作专题会议"]
    assert {p.person for p in events[0].participants} == {"曹志强", "郝树森"}


def test_leaders_who_went_each_their_own_way_make_one_trip_each():
    text = ("3月20日至21日,县委书记马成军、县长景国强等县级领导分赴全县15个乡镇,督导检查春耕备耕工作。\n"
            "21日,马成军来到何家堡乡、赵家岔乡,察看全膜玉米铺膜进度。他强调,各乡镇要抢抓墒情,加快覆膜进度。"
            "县委常委、副县长郭立新陪同督导。\n")
    events = _model_events(text, date(2018, 3, 22))
    day = next(ev for ev in events if ev.day == 21)
    assert {p.person for p in day.participants} == {"马成军", "郭立新"}


def test_one_surnamed_ren_who_speaks_for_a_committee():
    text = ("5月4日,共青团某县第十五次代表大会开幕。县委书记王国刚出席并讲话。"
            "团县委书记任志坚代表共青团某县第十四届委员会向大会作了题为《凝聚青春力量》的工作报告。\n")
    assert _roles(text, date(2008, 5, 6), key="kind")["meeting"]["任志坚"] == {"speaker"}


def test_a_plaque_unveiled_after_the_meeting_is_a_ceremony_of_its_own():
    text = ("10月16日,县总工会全委会议在县工人文化宫召开。县总工会主席龙德明主持会议并讲话。\n"
            "会后,县委常委、组织部部长侯胜军、龙德明共同为县“职工书屋”揭牌。县图书馆馆长田茂森参加揭牌仪式。\n")
    events = _roles(text, date(2007, 10, 17))
    assert events["县“职工书屋”揭牌仪式"] == {"侯胜军": {"attendee"}, "龙德明": {"attendee"}, "田茂森": {"attendee"}}


def test_an_afternoon_visit_after_a_morning_inspection_and_one_who_was_absent():
    text = ("7月30日上午,区委书记郭文山带队,先后到区退役军人服务中心、大良街道退役军人服务站调研。"
            "区退役军人事务局局长何锦文陪同调研。\n"
            "当天下午,郭文山一行来到驻区某部,看望慰问部队官兵。\n"
            "区长彭振东因在省城参加全省会议,未参加此次活动。\n")
    events = _roles(text, date(2020, 7, 31), key="kind")
    assert events["inspection"] == {"郭文山": {"chair"}, "何锦文": {"attendee"}}
    assert events["visit"] == {"郭文山": {"chair"}}


def test_a_response_at_a_consultation_is_speech():
    text = "11月6日下午,市政协召开专题协商会。市政协主席吴静山主持会议并讲话,副市长钱志明到会听取意见并作回应。\n"
    assert "speaker" in _roles(text, date(2024, 11, 7), key="kind")["meeting"]["钱志明"]


def test_what_was_said_on_a_trip_goes_to_the_trip_not_a_talk_on_its_way():
    text = ("11月28日至29日,县委副书记、县长汪德才带领有关部门负责人,深入包家乡、五河镇的贫困村,调研扶贫开发工作。\n"
            "次日,汪德才又到五河镇西冲村,与村组干部和群众代表座谈。\n"
            "调研中,汪德才强调,各乡镇要加大扶贫资金整合力度。\n")
    events = _roles(text, date(2003, 12, 2), key="kind")
    assert events["inspection"]["汪德才"] == {"chair", "speaker"}


def test_the_deceased_whose_families_are_visited_take_no_part():
    text = ("新华社北京1月24日电 全国总工会主席尉建国,北京市委书记贾庆文,今天到已故全国劳动模范时传福、张秉德家中看望,"
            "向他们的遗属拜年。全国总工会副主席张丁民陪同看望。\n")
    people = {p.person for ev in _model_events(text, date(1998, 1, 25)) for p in ev.participants}
    assert people == {"尉建国", "贾庆文", "张丁民"}


def test_a_race_started_and_its_opening_ceremony_are_one_event():
    text = ("8月10日上午,2019环某山山地自行车邀请赛在某县景区游客中心开赛。省体育局副局长马少军,"
            "县委副书记、县长李红霞出席开赛仪式。李红霞致欢迎辞,马少军宣布比赛开始。开赛仪式由副县长张鹏飞主持。\n")
    events = _model_events(text, date(2019, 8, 12))
    assert [ev.name for ev in events] == ["2019环某山山地自行车邀请赛开赛仪式"]


def test_a_lecture_given_at_a_time_and_place_of_its_own_is_an_event():
    text = ("1月9日上午,某院士工作站揭牌仪式在州医药公司举行。中国工程院院士杭志平,州长刀玉芬出席揭牌仪式。\n"
            "当天下午,杭志平在州人民医院为全州200余名医务人员作了题为《精准医学的发展与展望》的学术讲座。\n")
    events = _roles(text, date(2020, 1, 10))
    assert events["《精准医学的发展与展望》学术讲座"] == {"杭志平": {"speaker"}}


def test_a_meeting_someone_was_away_at_is_no_event_and_gives_no_role():
    text = ("3月6日,市委常委会召开会议,传达学习省委全会精神。市委副书记、市长贺建平主持会议并讲话。"
            "市委书记武振华因在京出席全国人大会议,未出席本次会议。\n"
            "会上,市委常委、秘书长段志刚传达了省委全会精神。\n")
    events = _roles(text, date(2017, 3, 8))
    assert list(events) == ["市委常委会会议"] and events["市委常委会会议"]["段志刚"] == {"speaker"}
    assert "武振华" not in events["市委常委会会议"]


def test_signers_for_two_sides_listed_in_one_clause():
    text = ("11月4日,某县人民政府与某大学合作协议签约仪式在长沙举行。县长曾凡华出席签约仪式。签约仪式由副校长刘春林主持。"
            "副县长贺美华代表县政府、某大学科技处处长龙振国代表学校签订合作协议。\n")
    people = _roles(text, date(2008, 11, 6), key="kind")["other"]
    assert people["贺美华"] == people["龙振国"] == {"attendee"}


def test_one_who_chairs_a_forum_at_a_place_named_before():
    text = ("10月13日,市长邵德平深入东坪县检查秋粮收购工作。\n"
            "14日下午,邵德平在西岭县主持召开秋粮收购工作座谈会。\n")
    assert _roles(text, date(2009, 10, 15), key="kind")["meeting"]["邵德平"] == {"chair"}


def test_a_festival_named_after_a_day_of_the_lunar_calendar_opens_at_a_ceremony():
    text = ("3月24日,正值农历三月初三,某镇第十二届“三月三”歌圩节在镇文化广场开幕。县委常委、宣传部部长韦丽华出席开幕式。"
            "镇长覃美玲主持开幕式。\n"
            "当天下午,韦丽华一行在镇党委书记蒙志强陪同下走访了那坡屯,看望慰问了困难群众。\n")
    events = _roles(text, date(2012, 3, 26), key="kind")
    assert events["other"] == {"韦丽华": {"attendee"}, "覃美玲": {"chair"}}
    assert events["visit"] == {"韦丽华": {"chair"}, "蒙志强": {"attendee"}}


def test_the_awards_after_a_final_are_part_of_it():
    text = ("8月10日晚,某镇首届“和美乡村”篮球赛总决赛在镇文体中心举行。镇党委书记王志成观看了比赛。"
            "王志成在颁奖仪式上致辞。\n")
    assert [ev.name for ev in _model_events(text, date(2024, 8, 12))] == ["某镇首届“和美乡村”篮球赛总决赛"]


def test_a_list_closed_by_its_colleagues_joins_the_crowd_that_attended():
    text = ("6月23日,全市领导干部警示教育大会召开。市委书记王国林出席会议并讲话。"
            "市人大常委会主任蒋福生、市政协主席贺新华及市四大家领导,全市副处级以上领导干部共800余人参加会议。\n")
    people = _roles(text, date(2005, 6, 24), key="kind")["meeting"]
    assert people["蒋福生"] == people["贺新华"] == {"attendee"}


def test_those_who_report_on_their_duties_speak():
    text = ("1月22日,县委召开乡镇党委书记抓党风廉政建设述责述廉会议。县委书记于洪涛主持会议并讲话。"
            "会上,兴隆镇党委书记宫立华、长发乡党委书记邹玉山现场述责述廉,并接受评议。\n")
    people = _roles(text, date(2019, 1, 24), key="kind")["meeting"]
    assert people["宫立华"] == people["邹玉山"] == {"speaker"}


def test_a_feedback_meeting_named_and_what_it_did_are_one_event():
    text = ("3月12日,十五届县委第六轮巡察集中反馈会召开,县委5个巡察组向16个被巡察党组织集中反馈巡察情况。"
            "县委书记向立明出席并讲话,县委副书记彭思源主持会议。\n")
    assert [ev.name for ev in _model_events(text, date(2025, 3, 14))] == ["十五届县委第六轮巡察集中反馈会"]


def test_a_guest_speaker_invited_to_a_study_session_speaks():
    text = ("10月17日下午,校党委理论学习中心组举行专题学习会,特邀省委党校教授金丽芬作专题辅导报告。"
            "校党委书记段正华主持学习会。\n")
    people = _roles(text, date(2012, 10, 19), key="kind")["meeting"]
    assert "speaker" in people["金丽芬"] and people["段正华"] == {"chair"}
