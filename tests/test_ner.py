import datetime

import spacy

from pipeline.config import NerConfig, SegmentConfig
from pipeline.nlp.components import build_nlp
from pipeline.nlp.names import _dotted_name, name_model
from pipeline.nlp.officials import title_before, titled_names
from pipeline.nlp.span_rules import country_pattern, merge_split_names, tidy_spans
from pipeline.records import Document, Mention
from pipeline.stages.articles import split_articles
from pipeline.stages.clean import clean_document
from pipeline.stages.ner import _model_name_extent, recognize
from pipeline.stages.segment import segment
from tests.helpers import run_stages


def _model_persons(text):
    """Names as ``default.yaml`` finds them: pkuseg tokens, rules and the HanLP model."""
    return {m.text for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"}


def _persons(text):
    _, _, mentions, _ = run_stages(text)
    return {m.text: m for m in mentions if m.label == "PERSON"}


def test_name_length_is_decided_by_what_follows():
    model = name_model()
    assert model.best_name_at("邵立文主持会议", 0)[0] == 3
    assert model.best_name_at("谭凯参加会议", 0)[0] == 2
    assert model.best_name_at("干部要带头", 0) is None
    assert model.best_name_at("景以安出席会议", 0)[0] == 3  # 以 opens a given name, never ends one
    assert model.best_name_at("李强以视频方式出席", 0)[0] == 2


def test_run_together_names_are_split():
    model = name_model()
    assert model.split_run("冯凯文高雅琴") == ["冯凯文", "高雅琴"]
    assert model.split_run("钱立群严思齐骆红梅") == ["钱立群", "严思齐", "骆红梅"]
    assert model.split_run("刘华康桂芳") == ["刘华", "康桂芳"]


def test_titles_are_split_from_names_and_shared_by_lists():
    found = titled_names("县委副书记、县长孔祥瑞,副县长葛新民、孟晓光、谭凯参加")
    text = "县委副书记、县长孔祥瑞,副县长葛新民、孟晓光、谭凯参加"
    assert [(text[s:e], t) for s, e, t in found] == [
        ("孔祥瑞", "县委副书记、县长"), ("葛新民", "副县长"), ("孟晓光", "副县长"), ("谭凯", "副县长")]


def test_a_name_ending_in_he_before_a_topic_and_he_joining_two_titled_names():
    text = "县农业局局长柯志和就全县茶叶产业发展情况作了汇报。"
    assert [(text[s:e], t) for s, e, t in titled_names(text)] == [("柯志和", "县农业局局长")]
    text = "县长李明和就业局局长王强出席。"
    assert [text[s:e] for s, e, _ in titled_names(text)] == ["李明", "王强"]


def test_he_may_be_the_first_given_character():
    text = "县领导景和平、刘和生、欧阳明珠参加会议。"
    assert [(text[s:e], t) for s, e, t in titled_names(text)] == [
        ("景和平", "县领导"), ("刘和生", "县领导"), ("欧阳明珠", "县领导")]
    text = "县长李明和副县长王强出席。"  # here 和 joins two officials
    assert [text[s:e] for s, e, _ in titled_names(text)] == ["李明", "王强"]


def test_according_to_opens_no_title():
    text = "据市民族宗教事务局局长鲁俊峰介绍,义卖所得全部捐出。"
    assert [(text[s:e], t) for s, e, t in titled_names(text)] == [("鲁俊峰", "市民族宗教事务局局长")]


def test_title_with_parentheses_and_middle_dot_names():
    text = "中建恒信(北京)投资有限公司董事长庞志远,副市长艾尔肯·吐尼亚孜出席"
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found["庞志远"] == "中建恒信(北京)投资有限公司董事长"
    assert found["艾尔肯·吐尼亚孜"] == "副市长"


def test_document_level_names_bylines_captions_staff():
    text = (
        "钱立群严思齐等参加\n"
        "本报讯(记者冯凯文 高雅琴)3月2日,县委书记钱立群、县长严思齐出席会议。钱立群指出,要抓落实。\n"
        "春日河畔,游人如织。\n记者 吕思源 摄\n"
        "本版组版:冉小青 责编:伍丽 韦晓东 校对:蒲俊\n"
    )
    persons = _persons(text)
    assert {"钱立群", "严思齐", "冯凯文", "高雅琴", "吕思源", "冉小青", "伍丽", "韦晓东", "蒲俊"} <= set(persons)
    assert persons["冯凯文"].kind == "reporter" and persons["吕思源"].kind == "reporter"
    assert persons["严思齐"].title == "县长"


def test_web_bylines_with_slashes_and_colons():
    text = (
        "文/庞海宁 图/甘小雨\n"
        "记者:卓文轩 通讯员:闻一鸣\n"
        "3月2日,县委书记钱立群主持会议,学习原文:坚持人民至上。\n"
        "编审:季红英 责任校对:冉小青\n"
    )
    persons = _persons(text)
    staff = {"庞海宁", "甘小雨", "卓文轩", "闻一鸣", "季红英", "冉小青"}
    assert set(persons) == staff | {"钱立群"}
    assert all(persons[name].kind == "reporter" for name in staff)


def test_title_after_name():
    persons = _persons("本报讯 会上,王立新县长传达了会议精神。\n")
    assert persons["王立新"].title == "县长"


def test_officials_component_is_a_spacy_factory_and_round_trips(tmp_path):
    nlp = build_nlp("char")
    assert "huiyi_officials" in nlp.pipe_names
    doc = nlp("市长邵立文主持会议")
    assert [(s.text, s.label_) for s in doc.spans["huiyi"]] == [("邵立文", "PERSON"), ("市长", "TITLE")]
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.pipe_names == nlp.pipe_names


def test_standalone_byline_paragraph():
    persons = _persons("本报讯 1月8日,县长严思齐出席会议。\n记者 韦丽娜 通讯员 安晓东\n")
    assert persons["韦丽娜"].kind == "reporter" and persons["安晓东"].kind == "reporter"


def test_web_header_author():
    persons = _persons("县政府召开常务会议\n来源:县政府办 作者:韦丽娜 发布时间:2024-05-06 09:30\n本报讯 5月5日,县长严思齐主持会议。\n")
    assert persons["韦丽娜"].kind == "reporter"


def test_mentions_cover_meetings_places_organs_dates_and_keep_original_spelling():
    _, _, mentions, _ = run_stages("本報訊 3月14日,縣長馬振華在縣行政中心主持召開縣政府第45次常務會議。\n")
    by_label = {}
    for m in mentions:
        by_label.setdefault(m.label, set()).add(m.text)
    assert "县政府第45次常务会议" in by_label["MEETING"]
    assert "3月14日" in by_label["DATE"]
    person = next(m for m in mentions if m.label == "PERSON")
    assert (person.text, person.original_text) == ("马振华", "馬振華")
    _, _, mentions, _ = run_stages("本报讯 3月2日,县委副书记、县长冯立新在城关镇调研。\n")
    assert {"县委"} <= {m.text for m in mentions if m.label == "ORG"}
    assert {"城关镇"} <= {m.text for m in mentions if m.label == "PLACE"}


def test_spaced_out_byline_is_one_name_and_spaces_split_a_list():
    persons = _persons("本 报 讯 （记 者 臧 媛\n慧） 2 月 1 日，县长严思齐出席会议。\n本报讯（记者 冯凯治\n高鹏艳）2月1日,县长严思齐讲话。\n")
    assert {"臧媛慧", "冯凯治", "高鹏艳"} <= set(persons)


def test_titles_keep_he_inside_organ_names():
    text = "县住房和城乡建设局局长吴志远,企业代表和县委副书记祁红英,市长邵立文与恒达集团董事长庞志远出席"
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found["吴志远"] == "县住房和城乡建设局局长"
    assert found["祁红英"] == "县委副书记"
    assert found["庞志远"] == "恒达集团董事长"


def test_only_sentences_with_an_unexplained_name_reach_the_model():
    from pipeline.nlp.components import doc_from_tokens, needs_model

    nlp = build_nlp("char")

    def check(text, known=frozenset()):
        return needs_model(nlp(doc_from_tokens(nlp, text, ())), known=known)

    assert check("丁立群、田晓明等出席会议。")  # names without titles
    assert not check("县长冯立新主持会议。")  # the rules explain it
    assert not check("冯立新强调,要抓好落实。", known=frozenset({"冯立新"}))
    assert not check("全县上下要抓好春耕生产。")
    assert check("彭建军透露,新厂房年底投产。")  # a verb of saying
    assert check("出席会议的有:丁立群田晓明欧阳红")  # a list of attendees, no cue after it
    assert check("出席会议的县领导还有:丁立群、田晓明、犁志国、欧阳红。")  # 犁: no surname the rules know
    assert not check("出席会议的县领导还有:丁立群、田晓明、欧阳红。")
    assert check("李鸿今天会见了客人。")  # a time between an untitled name and the act
    assert check("县长冯立新会见了梅津采夫。")  # whom one met: perhaps a foreign name


def test_the_name_gate_sends_untitled_names_wherever_they_stand():
    from pipeline.nlp.components import doc_from_tokens, needs_model

    nlp = build_nlp("char")

    def check(text, gate):
        return needs_model(nlp(doc_from_tokens(nlp, text, ())), gate=gate, min_score=7.0)

    untitled = "这些年,张海燕一直守在村里的卫生室。"
    assert not check(untitled, "cue") and check(untitled, "name")
    assert not check("县长冯立新主持会议。", "name")  # the rules explain it
    assert not check("全县上下要抓好春耕生产。", "name")


def test_spacy_backend_is_a_component_of_the_same_nlp():
    nlp = build_nlp("char", None, "spacy")
    assert nlp.pipe_names == ["huiyi_spacy_ner", "huiyi_officials"]
    doc = nlp("国务院副总理李岚清今天会见了来访的客人。")
    assert "model_ner" in doc.spans and "huiyi" in doc.spans


def test_model_person_spans_lose_punctuation_and_countries_become_places():
    text = "名单：①韦德林②高莉娜。（记者孙海涛）塔吉克斯坦总统来访，圣多美和普林西比代表团同行。"
    raw = [
        (3, 7, "PER"),     # ①韦德林 -> 韦德林
        (7, 12, "PER"),    # ②高莉娜。 -> 高莉娜
        (12, 16, "PER"),   # （记者孙 -> 记者孙: the rules only trim, the name model judges the rest
        (19, 24, "PER"),   # 塔吉克斯坦: a country
        (29, 32, "PER"),   # 圣多美: the start of 圣多美和普林西比
        (26, 28, "ORG"),   # not a person: left alone
    ]
    tidy = tidy_spans(text, raw)
    got = {(text[s:e], label) for s, e, label in tidy}
    assert ("韦德林", "PER") in got and ("高莉娜", "PER") in got
    assert ("记者孙", "PER") in got and ("来访", "ORG") in got
    assert ("塔吉克斯坦", "LOC") in got and ("圣多美和普林西比", "LOC") in got
    assert not any(label == "PER" and text[s:e] in ("塔吉克斯坦", "圣多美") for s, e, label in tidy)
    assert tidy_spans("……", [(0, 2, "PER")]) == []


def test_a_transliterated_name_cut_in_two_is_one_person():
    def spans_of(text, *names):
        out, pos = [], 0
        for name in names:
            start = text.index(name, pos)
            out.append((start, start + len(name), "PER"))
            pos = start + len(name)
        return out

    def people(text, spans):
        return [text[s:e] for s, e, label in merge_split_names(text, spans) if label == "PER"]

    text = "友好协会会长奥伦斯坦伯格致辞。"
    assert people(text, spans_of(text, "奥伦斯", "坦伯格")) == ["奥伦斯坦伯格"]
    text = "（记者郑丽娟方志诚）"  # two Chinese names: a byline
    assert people(text, spans_of(text, "郑丽娟", "方志诚")) == ["郑丽娟", "方志诚"]
    text = "学习马列主义"  # one-character names stay apart
    assert people(text, spans_of(text, "马", "列")) == ["马", "列"]
    text = "出席的有何振东托马舍夫斯基梁文涛"  # a run of three is a name list
    assert people(text, spans_of(text, "何振东", "托马舍", "夫斯基")) == ["何振东", "托马舍", "夫斯基"]
    text = "奥伦斯坦伯格与何振东会谈"
    spans = spans_of(text, "奥伦斯", "坦伯格") + spans_of(text, "何振东") + [(7, 9, "ORG")]
    assert merge_split_names(text, spans) == [(0, 6, "PER"), (7, 9, "ORG"), (7, 10, "PER")]


def test_country_list_is_built_from_cldr_and_iso_names_only():
    names = country_pattern()
    assert names is not None
    for country in ("马拉维", "圣多美和普林西比", "扎伊尔", "刚果"):  # current, former, qualifier dropped
        assert names.fullmatch(country), country
    assert not names.fullmatch("群岛") and not names.fullmatch("非洲")


def test_name_gate_finds_people_the_cue_gate_leaves_to_the_rules():
    text = "本报讯 这些年,张海燕一直守在村里的卫生室。村民们都很感激她。\n"
    found = {}
    for gate in ("cue", "name"):
        clean = clean_document(Document("t", "t.txt", text, "utf-8", datetime.date(2024, 3, 1)))
        articles = split_articles(clean)
        seg = SegmentConfig(segmenter="char")
        mentions = recognize(clean, articles, segment(clean, articles, seg),
                             NerConfig(backend="hanlp", model_gate=gate, model_gate_score=7.0), text, seg)
        found[gate] = {m.text for m in mentions if m.label == "PERSON"}
    assert found == {"cue": set(), "name": {"张海燕"}}


def test_a_name_may_end_in_he_when_punctuation_follows():
    found = _persons("出席会议的有：县人大常委会副主任邢立和、县政协副主席季红英。")
    assert set(found) == {"邢立和", "季红英"}
    found = _persons("县委书记邢立和县长季红英出席会议。")  # here 和 joins two officials
    assert set(found) == {"邢立", "季红英"}


def test_tibetan_names_are_two_name_parts_without_a_surname():
    found = _persons("州人大常委会主任次仁顿珠,副州长扎西卓嘎出席会议。")
    assert set(found) == {"次仁顿珠", "扎西卓嘎"}


def test_yi_names_are_a_clan_and_a_given_name_without_a_surname():
    found = _persons("县委副书记、县长吉克阿木,县人大常委会主任阿侯拉且,副县长沙马比者、韦晓出席会议。")
    assert {"吉克阿木", "阿侯拉且", "沙马比者"} <= set(found)  # 比者 is no listed given name
    found = _persons("阿克苏市副市长马海燕,州长助理阿克苏市,出席会议。")
    assert "马海燕" in found and "阿克苏市" not in found


def test_a_word_after_a_name_is_no_part_of_it_whatever_the_tokens():
    text = "会议邀请省委党校教授宋嘉作专题辅导报告。"
    _, _, mentions, _ = run_stages("本报讯 9月9日,县委中心组学习会召开," + text, segmenter="pkuseg")
    persons = {m.text for m in mentions if m.label == "PERSON"}
    assert "宋嘉" in persons and "宋嘉作" not in persons


def test_a_stray_page_number_is_no_part_of_a_title():
    text = "推动各项事业再上新台阶。1镇党委书记费明川同志作了讲话。2025年度先进工作者代表柯雨发言。"
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found == {"费明川": "镇党委书记", "柯雨": "2025年度先进工作者代表"}


def test_a_name_ending_in_a_function_character_before_zai():
    text = "市社科院副院长屈忍之在工作报告中强调,要办好实事。"
    assert {text[s:e] for s, e, _ in titled_names(text)} == {"屈忍之"}


def test_names_spelt_in_transcription_after_a_title_need_no_surname():
    found = _persons("旗委副书记、旗长斯琴巴图,旗人大常委会主任孟和,旗政协主席朝鲁主持会议。副旗长达成共识。")
    assert set(found) == {"斯琴巴图", "孟和", "朝鲁"}


def test_names_before_tongzhi_are_people_even_without_titles():
    persons = _persons("会议由祁明远同志主持。房立群、季红英同志出席。广大党员同志要带头,老同志们很高兴。\n")
    assert set(persons) == {"祁明远", "房立群", "季红英"}


def test_a_weak_name_after_a_title_but_no_verb_after_one():
    text = "市政府秘书长厍力出席会议。据省科技厅负责人介绍,项目已完工。"
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found == {"厍力": "市政府秘书长"}  # a weak name, but a title before it; 介 is no surname


def test_a_study_group_leader_keeps_the_whole_title():
    text = "县委书记、县委理论学习中心组组长伍立强主持"
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found == {"伍立强": "县委书记、县委理论学习中心组组长"}


def test_a_weaker_name_after_a_title_counts_when_a_comma_or_cue_closes_it():
    text = "县人大常委会主任仝建设,副县长钦建设主持。校长和夫人出席。分局领导曾表示,将增加贷款。"
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found == {"仝建设": "县人大常委会主任", "钦建设": "副县长"}


def test_byline_after_a_box_and_a_credit_line_name_reporters():
    persons = _persons("全县会议召开\n■本报记者 韦丽娜 通讯员 安晓东 蓝天\n1月8日,县长严思齐出席会议。\n文/图 房立群\n")
    assert {n for n, m in persons.items() if m.kind == "reporter"} == {"韦丽娜", "安晓东", "蓝天", "房立群"}


def test_rare_surnames_and_agency_bylines():
    persons = _persons("1月8日,县长严思齐带队督导冬季供暖工作。副县长仉立新、庹志刚参加督导。新华社记者 乔振宇 摄\n")
    assert persons["仉立新"].kind == persons["庹志刚"].kind == "official"
    assert persons["乔振宇"].kind == "reporter" and "新华社" not in persons


def test_model_names_after_a_segmented_title_window_keep_their_offsets():
    """Only the title's window is segmented: the doc still holds the whole sentence, and
    model names elsewhere in it keep their exact character offsets."""
    text = "本报讯 9月11日,市长龙建华会见了前来考察的新加坡友人陈耀明、林佩珊一行。\n"
    doc = Document("d", "d.txt", text, "utf-8", issue_date_hint=datetime.date(2026, 9, 12))
    clean = clean_document(doc)
    articles = split_articles(clean)
    sentences = segment(clean, articles, SegmentConfig())
    assert any(s.token_starts and s.token_starts[0] > 0 for s in sentences)
    nlp = build_nlp("pkuseg", backend="hanlp")
    from pipeline.nlp.components import doc_from_tokens
    assert all(doc_from_tokens(nlp, s.text, s.token_starts).text == s.text for s in sentences)
    mentions = recognize(clean, articles, sentences, NerConfig(backend="hanlp"), raw_text=text,
                         segment_cfg=SegmentConfig())
    people = {m.text: m.source for m in mentions if m.label == "PERSON"}
    assert people.get("陈耀明") == people.get("林佩珊") == "model"


def test_a_transcribed_name_whose_last_part_is_one_character():
    from pipeline.nlp.names import name_model
    assert name_model().best_name_at("会见曼·巴,", 2) is not None


def _ner_pages(texts: dict[str, str], monkeypatch, tagged: list[list[str]]):
    """The pages through clean, segment and NER as one batch, with a stand-in for the
    HanLP model that tags the three-character runs before 等 or 、 as names."""
    import re

    from pipeline import batch
    from pipeline.config import RunConfig
    from pipeline.nlp import hanlp_ner

    def fake_tag_texts(sents, model_path, batch_size=64, quantize=True):
        tagged.append(list(sents))
        return [[(m.start(), m.end(), "PER") for m in re.finditer(r"[\u4e00-\u9fff]{3}(?=[、等])", s)] for s in sents]

    monkeypatch.setattr(hanlp_ner, "tag_texts", fake_tag_texts)
    cfg = RunConfig.model_validate({"segment": {"segmenter": "char"}, "ner": {"backend": "hanlp"}})
    bundle = batch.Bundle(0, items=[batch.Item(Document(d, f"{d}.txt", t, "utf-8")) for d, t in texts.items()])
    for stage in ("clean", "segment", "ner"):
        bundle = batch.STAGE_WORK[stage](batch.Job(stage, "", 0, cfg), bundle)
    return bundle


PAGES_FOR_THE_MODEL = {
    "p1": "本报讯 3月2日,丁立群、田晓明等出席会议。县长冯立新主持会议。\n",
    "p2": "本报讯 3月3日,县里召开座谈会。\n",  # nothing for the model
    "p3": "本报讯 3月4日,欧阳红、邵文杰等参加活动。\n",
}


def test_the_model_reads_the_sentences_of_a_whole_batch_at_once(monkeypatch):
    tagged: list[list[str]] = []
    bundle = _ner_pages(PAGES_FOR_THE_MODEL, monkeypatch, tagged)
    assert len(tagged) == 1 and len(tagged[0]) == 2  # one call: the gated sentence of p1 and of p3
    people = {it.doc.doc_id: {(m.text, m.source) for m in it.mentions if m.label == "PERSON"} for it in bundle.items}
    assert {("丁立群", "model"), ("田晓明", "model"), ("冯立新", "rules")} <= people["p1"]
    assert people["p2"] == set()
    assert {("欧阳红", "model"), ("邵文杰", "model")} <= people["p3"]
    assert not people["p1"] & people["p3"] and not bundle.errors


def test_a_page_that_breaks_the_batch_fails_alone(monkeypatch):
    from pipeline.stages import ner

    real = ner.pages_sentence_mentions

    def breaks_on_p3(pages, cfg, segment_cfg=None):
        if any(clean.doc_id == "p3" for clean, _ in pages):
            raise ValueError("a sentence the model cannot read")
        return real(pages, cfg, segment_cfg)

    monkeypatch.setattr(ner, "pages_sentence_mentions", breaks_on_p3)
    bundle = _ner_pages(PAGES_FOR_THE_MODEL, monkeypatch, [])
    assert [it.doc.doc_id for it in bundle.items] == ["p1", "p2"]
    assert {m.text for m in bundle.items[0].mentions if m.source == "model"} == {"丁立群", "田晓明"}
    assert [(e.doc_id, e.stage) for e in bundle.errors] == [("p3", "ner")]
    assert "a sentence the model cannot read" in bundle.errors[0].reason


def test_a_foreign_name_runs_on_over_transliteration_characters():
    from pipeline.nlp.names import name_model
    model = name_model()
    assert model.best_name_at("卢卡申科是在会见", 0, allow_unknown_surname=True)[0] == 4
    assert model.best_name_at("张国华在会上", 0, allow_unknown_surname=True)[0] == 3
    assert model.best_name_at("马丁说", 0, allow_unknown_surname=True)[0] == 2


def test_a_surname_and_a_title_stand_for_the_one_official_of_the_article():
    text = ("本报讯 1月8日,社区召开年终总结会。社区党支部书记戴华萍主持会议。会上,戴书记对全年工作进行总结。"
            "副县长王建国、王丽出席。王县长指出,要抓好工作。\n")
    mentions = [m for m in run_stages(text, datetime.date(2025, 1, 9))[2] if m.label == "PERSON"]
    short = {m.original_text: m.text for m in mentions if m.original_text}
    assert short == {"戴书记": "戴华萍"}  # 王县长: two 王 with 县长 titles, nobody in particular


def test_a_transcribed_name_ends_before_its_party():
    assert _dotted_name("彼得·马克斯韦及其一行来访", 0) == len("彼得·马克斯韦")
    assert _dotted_name("彼得·马克斯韦一行来访", 0) == len("彼得·马克斯韦")
    assert _dotted_name("阿沛·阿旺晋美等出席", 0) == len("阿沛·阿旺晋美")


def test_a_model_names_extent_loses_a_conjunction_and_gains_its_clause_opener():
    text = "江振声和李启明亲切交谈,和志强说"
    took = Mention("d", "d:a000", "PERSON", "和李启明", 3, 7, source="model")
    assert _model_name_extent(text, took).text == "李启明"
    own = Mention("d", "d:a000", "PERSON", "和志强", 12, 15, source="model")
    assert _model_name_extent(text, own).text == "和志强"  # after a stop: a name of its own
    cut = Mention("d", "d:a000", "PERSON", "乐新民", 1, 4, source="model")
    assert _model_name_extent("井乐新民在讲话中说", cut).text == "井乐新民"  # four characters
    led = Mention("d", "d:a000", "PERSON", "柯新民", 1, 4, source="model")
    assert _model_name_extent("由柯新民主持", led).text == "柯新民"
    copula = Mention("d", "d:a000", "PERSON", "叶列夫", 2, 5, source="model")
    assert _model_name_extent(",是叶列夫与首相会谈的议题", copula).text == "叶列夫"  # 是 opens a clause


def test_an_armed_service_is_no_name_but_a_given_name_may_be_one():
    model = name_model()
    assert model.score("空军", 1) < 0
    assert model.score("张海军", 1) > 0


def test_a_name_ends_at_a_digit_and_runs_on_over_learned_transliteration_characters():
    model = name_model()
    assert model.best_name_at("萨瓦尼耶夫3日说", 0, allow_unknown_surname=True)[0] == len("萨瓦尼耶夫")
    assert model.best_name_at("张国华3日在会上", 0, allow_unknown_surname=True)[0] == 3


def test_a_conjunction_after_a_title_is_not_a_surname():
    assert titled_names("市委书记和刘明市长出席会议") == []  # 刘明市长: found as a name before a title
    mentions = run_stages("3月2日,市委书记和刘明市长出席会议。\n", datetime.date(2025, 3, 3))[2]
    assert {m.text for m in mentions if m.label == "PERSON"} == {"刘明"}
    text = "国家主席托诺和总理坎迪联名致电"
    assert [text[s:e] for s, e, _ in titled_names(text)] == ["托诺"]


def test_a_post_the_model_took_for_a_name_is_dropped():
    text = ("8月3日,旗政府副旗长齐海一行到某苏木,实地调研草原保护工作。"
            "苏木政府副苏木达包海、政府副苏木达周明亮陪同。\n")
    clean, _, mentions, events = run_stages(text, datetime.date(2025, 8, 4), segmenter="pkuseg", backend="hanlp")
    assert {m.text for m in mentions if m.label == "PERSON"} == {"齐海", "包海", "周明亮"}
    assert {p.person: p.roles for p in events[0].participants} == {
        "齐海": {"chair"}, "包海": {"attendee"}, "周明亮": {"attendee"}}


def test_foreign_name_characters_are_learned_from_whole_name_tokens(tmp_path):
    from pipeline.train.name_stats import foreign_name_chars
    corpus = tmp_path / "tagged.txt"
    corpus.write_text("总统/n 萨瓦尼耶夫/nr 、/w 总理/n 卡尼耶克/nr 和/c 议长/n 耶多诺夫/nr 会见/v 了/u 王/nr 建国/nr 。/w\n"
                      "部长/n 林/nr 耶华/nr 说/v 。/w\n", encoding="utf-8")
    chars = foreign_name_chars(corpus, min_names=3)
    assert set(chars) == {"耶"}  # in all three foreign names; 夫 in two; 建, 华: Chinese given names
    assert chars["耶"] == 3


def test_a_party_post_beside_an_editors_post_makes_an_official():
    persons = _persons("本报讯 11月24日,报业集团党委副书记、副总编辑庞壮利,晚报编辑韩小雨出席座谈会。\n")
    assert persons["庞壮利"].kind == "official" and persons["韩小雨"].kind == "reporter"


def test_a_reduplicated_word_after_a_title_is_no_name():
    persons = _persons("本报讯 4月8日,副市长邝久坤出席活动。他说,要牢记总书记殷殷嘱托,扛稳粮食安全责任。\n")
    assert "殷殷" not in persons and "邝久坤" in persons


def test_a_name_after_a_foreign_post_runs_to_its_boundary():
    text = ("嘉宾有:日本某田市市长佐野川宗一郎,瑞典某雪平市市长拉尔什·威林,俄罗斯副总理兼外长科尔达诺夫。"
            "以色列总理内塔尼沃胡当天举行会谈。")
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found == {"佐野川宗一郎": "日本某田市市长", "拉尔什·威林": "瑞典某雪平市市长",
                     "科尔达诺夫": "俄罗斯副总理兼外长", "内塔尼沃胡": "以色列总理"}


def test_a_name_the_chinese_model_cannot_spell_before_yixing():
    found = titled_names("副市长屠建新会见了来访的某组织秘书长梅洛采夫一行。")
    assert [t for _, _, t in found] == ["副市长", "某组织秘书长"]
    assert [e - s for s, e, _ in found] == [3, 4]


def test_whom_an_official_speaks_to_is_no_name():
    persons = _persons("本报讯 6月7日,副市长屠建新会见了来访客人。屠副市长向客人介绍了全市情况,并向记者表示欢迎。\n")
    assert "向客人" not in persons and "向记者" not in persons and "屠建新" in persons


def test_qi_is_a_first_given_character_but_no_last_one():
    persons = _persons("本报讯 国务院副总理钱其山出席。县长王其说,要抓好工作。副县长李其所在的小组参加。\n")
    assert "钱其山" in persons and not {"王其说", "李其所", "王其", "李其"} & set(persons)


def test_a_preposition_after_a_title_opens_no_name():
    text = "新华社广州1月26日电 晚会开幕前,乔山委员长向广东省人民和驻粤官兵表示问候。副县长向阳出席。\n"
    persons = _model_persons(text)
    assert "向广东" not in persons and "向阳" in persons


def test_a_verb_ends_a_name_after_a_foreign_post():
    found = titled_names("同一天,某国外长穆萨里批评美、以华盛顿会谈没有结果。")
    assert all(e - s <= 3 for s, e, _ in found)


def test_tong_and_ri_inside_an_organs_name_end_no_title():
    text = "留日某省民会会长蔡庆明、副会长陈文东,台湾同乡会副会长张琨明,某省台湾同胞联谊会名誉会长赖中华等发言。"
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found["蔡庆明"] == "留日某省民会会长"
    assert found["张琨明"] == "台湾同乡会副会长" and found["赖中华"] == "某省台湾同胞联谊会名誉会长"


def test_a_verb_before_a_title_is_no_name():
    text = "纪念江主席讲话发表三周年旅日华侨举行座谈会\n本报东京1月27日电 旅日华侨今天举行座谈会。\n"
    assert not [name for name in _model_persons(text) if name.startswith("纪念")]


def test_yingyao_ends_a_foreign_name():
    found = titled_names("泰国总理川·立巴和德国总理科尔宾应邀在首次全体会议上发言。")
    assert [t for _, _, t in found] == ["泰国总理", "德国总理"]
    assert "".join(str(e - s) for s, e, _ in found) == "43"


def test_a_married_name_keeps_the_husbands_surname():
    text = ("新华社北京1月6日电 国务院副总理钱其山今天会见了香港特别行政区政务司司长陈方安华。"
            "陈方安华介绍了香港的情况。陈方安华说,香港经济稳定。\n")
    persons = _model_persons(text)
    assert "陈方安华" in persons and "陈方安" not in persons
    text = "本报讯 县长王明华说,要抓好生产。王明华说,要保障供应。\n"
    persons = _model_persons(text)
    assert "王明华" in persons and "王明华说" not in persons


def test_a_dotted_name_ends_before_shi_and_hou():
    model = name_model()
    for text, name in [("会见某国外长于贝尔·韦德纳时说,", "于贝尔·韦德纳"), ("会见官员玛丽·鲁宾后表示,", "玛丽·鲁宾"),
                       ("阿不都·艾买提出席会议", "阿不都·艾买提")]:
        start = text.index(name)
        assert text[start : start + model.best_name_at(text, start)[0]] == name


def test_ying_opens_no_title():
    text = "应某国总理川·立巴的邀请,某某将访问。县应急管理局局长王东明出席。"
    found = {text[s:e]: t for s, e, t in titled_names(text)}
    assert found == {"川·立巴": "某国总理", "王东明": "县应急管理局局长"}


def test_a_kham_tibetan_name_of_two_parts():
    persons = _persons("本报讯 县委副书记滕建山,县政协主席泽仁拉毛等出席会议。\n")
    assert "泽仁拉毛" in persons


def test_a_news_site_is_no_person_and_a_hyphened_first_name_is_kept():
    from tests.helpers import run_stages
    text = ("荆楚网（湖北日报网）讯（记者 晏子轩）12月30日，副省长柯文澜在武汉会见了由法国里昂市副市长"
            "让-马克·德拉克鲁瓦率领的经贸代表团一行。让-马克·德拉克鲁瓦表示,希望加强合作。\n")
    mentions = run_stages(text, datetime.date(2025, 1, 3), segmenter="pkuseg", backend="hanlp")[2]
    people = {m.text for m in mentions if m.label == "PERSON"}
    assert "荆楚网" not in people and "让-马克·德拉克鲁瓦" in people


def test_mongolian_names_are_not_cut_short_by_the_chinese_name_model():
    found = {text[s:e]: t for text in ["旗委书记那顺巴雅尔主持会议。旗委常委额尔登朝克图、苏日古嘎、张振民出席。"]
             for s, e, t in titled_names(text)}
    assert found == {"那顺巴雅尔": "旗委书记", "额尔登朝克图": "旗委常委", "苏日古嘎": "旗委常委", "张振民": "旗委常委"}
    text = "盟委书记图门吉日嘎拉致新春贺词,旗委常委包·苏和、郝建华参加。"
    assert [text[s:e] for s, e, _ in titled_names(text)] == ["图门吉日嘎拉", "包·苏和", "郝建华"]


def test_a_country_before_a_post_is_no_list_item_and_a_team_is_no_name():
    text = "会见某国外长韦德纳、俄罗斯外长普里马夫。旗委常委班子作对照检查。"
    assert {text[s:e]: t for s, e, t in titled_names(text)} == {"韦德纳": "某国外长", "普里马夫": "俄罗斯外长"}


def test_a_tibetan_name_whose_second_part_is_not_listed():
    persons = _persons("本报讯 州委书记 仁青东主出席会议并讲话,州长扎西卓嘎主持。\n")
    assert {"仁青东主", "扎西卓嘎"} <= set(persons)


def test_uyghur_and_kazakh_names_without_a_dot_and_a_tibetan_name_with_an_unlisted_first_part():
    text = "副州长叶尔江哈力克出席会议,州教育局局长古丽米拉吐尔逊别克通报情况。州委书记曲尼加措到某县调研。"
    assert [text[s:e] for s, e, _ in titled_names(text)] == ["叶尔江哈力克", "古丽米拉吐尔逊别克", "曲尼加措"]


def test_a_title_stops_at_a_dash_a_paper_or_a_titled_name_before_a_conjunction():
    for text, name, title in [
        ("——市委书记童一鸣一周工作侧记", "童一鸣", "市委书记"),
        ("会议审议了县人民法院工作报告和县人民检察院检察长祁少华所作的报告。", "祁少华", "县人民检察院检察长"),
        ("市发改委主任隗立民与某集团总经理汤雨签字。", "汤雨", "某集团总经理"),
        ("县住房和城乡建设局局长王立强出席。", "王立强", "县住房和城乡建设局局长"),
    ]:
        assert title_before(text, text.index(name), 0) == title


def test_words_that_read_like_names_after_a_title_are_none():
    text = "班子其他成员依次作个人对照检查。会议决定,市委副书记、市长任常务副组长。县委书记岳清和进行集体廉政谈话,县长任长青出席。"
    assert [(text[s:e], t) for s, e, t in titled_names(text)] == [("岳清和", "县委书记"), ("任长青", "县长")]


def test_two_people_joined_by_yu_and_a_transcribed_name_before_zuo():
    text = "在某集团,傅安琪与集团副总裁郑少鹏座谈。"
    assert title_before(text, text.index("郑少鹏"), 0) == "集团副总裁"
    text = "肯尼亚茶叶发展署中国区代表詹姆斯·基普罗诺作交流发言。"
    assert name_model().best_name_at(text, text.index("詹"))[0] == len("詹姆斯·基普罗诺")


def test_a_title_written_before_a_name_stops_at_the_last_name_inside_it():
    mentions = run_stages("座谈会上,乡村振兴工作队队员阿依古丽·买买提、州第一中学教师符秋萍先后发言。",
                          segmenter="pkuseg", backend="hanlp")[2]
    titles = {m.text: m.title for m in mentions if m.label == "PERSON"}
    assert titles["符秋萍"] == "州第一中学教师"


def test_a_name_before_its_title_in_brackets_is_found():
    persons = _model_persons("主持:邬长林(县人大常委会主任)\n列席:邢建国(副县长)、殷小玲(县法院院长)\n")
    assert {"邬长林", "邢建国", "殷小玲"} <= persons


def test_a_list_whose_shared_title_follows_it_holds_names_the_model_passed_over():
    mentions = run_stages("赵天佑通报了经济运行情况,宝音、杨红梅、额尔敦副旗长分别汇报了分管工作。"
                          "谭鹏程、姚春华、龙再兴副县长参加观摩。", segmenter="pkuseg", backend="hanlp")[2]
    titles = {m.text: m.title for m in mentions if m.label == "PERSON"}
    assert titles["宝音"] == titles["额尔敦"] == "副旗长"
    assert titles["龙再兴"] == "副县长"


def test_a_city_before_its_mayors_title_is_no_name():
    persons = _model_persons("江临市长会见德国客人\n10月11日,市长屠建平会见了德国某集团副总裁贝克尔一行。"
                             "贝克尔表示,集团将继续扩大在江临投资。督导组在符秋生副局长的带领下到江临督导。\n")
    assert "屠建平" in persons and "符秋生" in persons and "江临" not in persons


def _person_names(text: str) -> list[str]:
    return [m.text for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"]


def test_a_given_name_may_open_with_the_character_for_town_but_a_towns_head_is_no_name():
    assert _person_names("国务院副秘书长邬镇南参加会议。") == ["邬镇南"]
    assert _person_names("覃镇长说,要抓紧秋收。") == []


def test_a_name_that_is_also_a_word_or_runs_into_a_verb_ends_before_the_cue():
    assert _person_names("县政协副主席、民进县支部主委宁静代表调研组作主题发言。") == ["宁静"]
    assert _person_names("县委副书记黎明应邀出席并讲话。") == ["黎明"]
    assert _person_names("副院长覃艳作《2022年度财务工作报告》,工会主席殷繁星作《提案工作报告》。") == ["覃艳", "殷繁星"]


def test_a_transcribed_name_ending_in_a_function_character_and_one_without_a_title():
    assert _person_names("座谈会上,合作社理事长热依拉·阿不都先后发言。") == ["热依拉·阿不都"]
    assert "阿依古丽·热西提" in _person_names("区政协委员朗风、阿依古丽·热西提等20余名女委员参加。")
    assert _person_names("会上,阿依古丽·热西提发言。") == ["阿依古丽·热西提"]
    assert _person_names("【两会·声音】代表们说,要抓紧。") == []
    assert _person_names("柳川晚报·都市日报总经理覃明远等参加活动。") == ["覃明远"]


def test_a_title_holding_a_quoted_word_and_a_word_name_before_a_role_cue():
    mentions = run_stages("村委会主任邬长林,村“两委”委员覃明远、殷永明参加会议,镇人大主席黎明出席会议。",
                          segmenter="pkuseg", backend="hanlp")[2]
    titles = {m.text: m.title for m in mentions if m.label == "PERSON"}
    assert titles == {"邬长林": "村委会主任", "覃明远": "村“两委”委员", "殷永明": "村“两委”委员", "黎明": "镇人大主席"}


def test_the_verb_come_before_a_place_is_no_surname_but_a_titled_lai_is():
    assert _person_names("欢迎各界人士来临江考察,共谋发展。") == []
    assert _person_names("副县长来建国出席会议。") == ["来建国"]


def test_a_name_ends_before_the_news_that_reached_its_holder():
    assert _person_names("区委书记邬长林、区长孟可接到汛情报告后,立即冒雨赶赴河堤。") == ["邬长林", "孟可"]


def test_a_bullet_is_no_part_of_a_title_and_a_season_after_a_title_is_no_name():
    mentions = run_stages("· 县长邬长林深入企业开展现场办公\n县领导新年走访慰问困难退役军人\n", segmenter="pkuseg", backend="hanlp")[2]
    assert {m.text: m.title for m in mentions if m.label == "PERSON"} == {"邬长林": "县长"}


def test_how_long_people_take_part_is_no_name():
    assert _person_names("市人大代表、市政协委员全程视察面试情况。") == []


def test_a_name_ending_in_he_before_an_adverb_and_a_name_before_yi():
    assert _person_names("市委副书记、市长景泰和认真听取委员发言。") == ["景泰和"]
    assert _person_names("县委书记巫志坚以普通党员身份参加会议。") == ["巫志坚"]
    assert _person_names("副县长温以宁出席。") == ["温以宁"]


def test_how_often_leaders_went_is_no_name():
    assert _person_names("10月以来,市领导多次带队开展暗访督查。") == []


def test_a_cue_after_a_name_stays_out_of_it_whatever_the_tokens():
    assert _person_names("会上,鼎新科技公司董事长乔安作交流发言。") == ["乔安"]


def test_a_whole_body_after_a_title_and_a_word_that_only_looks_like_a_worker_are_no_names():
    assert _person_names("镇党委委员全体参加。专家围绕师德师风、课堂教学常规等内容授课。") == []


def test_managers_named_after_their_firm_and_before_their_title():
    mentions = run_stages("恳谈会上,湘源建材符小强总经理、东岭煤电公司范立民总经理先后发言。", segmenter="pkuseg", backend="hanlp")[2]
    assert [(m.text, m.title) for m in mentions if m.label == "PERSON"] == [("符小强", "总经理"), ("范立民", "总经理")]


def test_a_title_may_hold_dui_kou_and_stops_at_sui_zhe():
    for text, name, title in [
        ("对口援疆前方指挥部总指挥周立明在讲话中表示,将继续支持。", "周立明", "对口援疆前方指挥部总指挥"),
        ("随着省委副书记韦振国一声令下,地铁正式开通。", "韦振国", "省委副书记"),
    ]:
        assert title_before(text, text.index(name), 0) == title


def test_a_place_after_a_list_comma_may_open_with_hou():
    text = "市人大代表、镇长郑丽华,县人大代表、后坂村党支部书记黄金水等6名代表进站接待群众。"
    assert title_before(text, text.index("黄金水"), 0) == "县人大代表、后坂村党支部书记"


def test_bullets_names_closed_by_a_report_and_short_forms_after_a_verb():
    text = "省领导活动\n◇省委副书记柴建中日前出席全省妇女工作会议并讲话。\n"
    assert _model_persons(text) == {"柴建中"} and _persons(text)["柴建中"].title == "省委副书记"
    text = "4月9日,市长韩立新到市林业科学研究所调研,听取了所长宁远之的工作汇报。\n"
    assert "宁远之" in _model_persons(text)
    text = ("新华社北京5月6日电 国务院副总理方卫民今天会见了某国外交部长伊戈尔·彼得罗夫。\n"
            "全国政协副主席严东升今天下午会见了彼得罗夫一行。\n")
    persons = [m for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"]
    assert sum(m.text == "伊戈尔·彼得罗夫" for m in persons) == 2
    text = "今天上午,县水利局局长宣志强开展“局长进万家”走访活动。\n"
    assert "宣志强" in _model_persons(text)


def test_a_convener_heads_a_title_and_a_later_story_names_the_guest_short():
    text = "11月6日,全县信访工作联席会议召开。县委常委、政法委书记、县信访工作联席会议副召集人林怀远通报了有关情况。\n"
    assert _persons(text)["林怀远"].title == "县委常委、政法委书记、县信访工作联席会议副召集人"
    text = ("新华社北京11月1日电 国务院总理唐立民今天同某国总理安东·马尔科维奇举行会谈。\n"
            "又讯 全国人大常委会副委员长柯东今天下午会见了马尔科维奇一行。\n")
    persons = [m for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"]
    assert [m.text for m in persons if m.start > text.index("又讯")] == ["柯东", "安东·马尔科维奇"]


def test_an_adverb_after_dou_is_no_name():
    assert "都仔细" not in _model_persons("每到一处,与会人员都仔细察看、认真记录,相互比较、查找差距。\n")


def test_a_name_cut_before_he_a_name_after_xiang_and_a_title_cut_at_yaoqiu():
    text = ("盟委副书记阿拉坦其其格和到我旗调研\n"
            "4月3日,盟委副书记、盟长阿拉坦其其格和一行深入我旗牧区,调研春季接羔保育工作。\n")
    persons = [m for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"]
    assert {m.text for m in persons} == {"阿拉坦其其格和"}
    persons = _model_persons("区人大常委会副主任向东,区政协副主席柯敏列席会议。\n")
    assert {"向东", "柯敏"} <= persons
    text = "在上坝村段,镇长钱晓东发现河面有漂浮物,当即要求村党支部书记、村级河长邝志明组织人员清理。\n"
    titles = {m.text: m.title for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"}
    assert titles["邝志明"] == "村党支部书记、村级河长"


def test_a_korean_surname_a_seconded_cadre_and_the_other_side_of_a_signing():
    assert "朴明浩" in _model_persons("和龙市市长朴明浩在主会场代表和龙市与某纺织有限公司签约。\n")
    text = "清水县副县长、福建挂职干部邹远航汇报了协作工作进展。\n"
    assert _persons(text)["邹远航"].title == "清水县副县长、福建挂职干部"
    text = "副县长廖文山代表县政府与香港某实业有限公司董事长宫永福签订了园区开发合同。\n"
    assert _persons(text)["宫永福"].title == "香港某实业有限公司董事长"


def test_a_village_after_hou_a_sumu_head_and_braving_snow_is_no_name():
    text = "会上,市派后溪村第一书记聂清、县派岭东村第一书记卓鹭述职。\n"
    titles = {m.text: m.title for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"}
    assert titles["聂清"] == "市派后溪村第一书记"
    text = "苏木党委副书记、苏木长其其格作政府工作报告。\n"
    assert "其其格" in _model_persons(text) and "苏木长" not in _model_persons(text)
    assert "冒雪" not in _model_persons("东岗镇领导冒雪走访慰问困难群众\n")


def test_a_japanese_town_head_a_foreign_post_and_a_dotted_name_before_shou():
    text = "市长卜国梁会见了以日本某町町长中川正雄为团长的友好访问团一行。中川正雄对热情接待表示感谢。\n"
    assert "中川正雄" in _model_persons(text)
    text = "副市长单立强会见了韩国庆尚南道咸安郡郡守金俊模一行。\n"
    assert _model_persons(text) == {"单立强", "金俊模"}
    text = "应市政府邀请,澳大利亚某市副市长彼得·沃森受该市市长委托,率经济代表团来我市访问。\n"
    assert "彼得·沃森" in _model_persons(text)


def test_a_flat_for_teachers_is_no_name():
    text = "当天下午,副市长王海鹰来到学校教师公寓,看望慰问援藏教师。\n"
    assert _model_persons(text) == {"王海鹰"}


def test_no_foreign_name_is_a_verb_after_the_post():
    assert "举行" not in _model_persons("时鸣远同拉脱维亚总理举行会谈\n")


def test_a_mongolian_name_ending_in_he_and_a_dotted_name_before_a_verb():
    text = "4月26日至27日,市委书记巴图孟和深入某旗,调研重点项目建设情况。\n"
    assert "巴图孟和" in _model_persons(text)
    text = "在某煤矿,州长买买提·吐尔逊登上观景台察看矿区全貌。\n"
    assert "买买提·吐尔逊" in _model_persons(text)


def test_the_surname_he_inside_a_list():
    text = "大会执行主席蒋德顺、和玉洁、邱长林在主席台前排就座。\n"
    assert {"蒋德顺", "和玉洁", "邱长林"} <= _model_persons(text)


def test_a_name_ending_in_he_before_a_report_or_ji():
    text = "县委副书记、县长蓝天和作《2012年全县经济工作报告》。副苏木长赵文和及各嘎查党支部书记参加会议。\n"
    assert {"蓝天和", "赵文和"} <= _model_persons(text)


def test_a_count_of_people_is_no_name_and_a_visited_village_head_keeps_a_clean_title():
    assert _person_names("市政协主席杜秀山及社会各界群众万余人参加公祭。") == ["杜秀山"]
    mentions = [m for m in run_stages("在某排污口,他仔细询问镇级河长、某镇镇长诸葛建平整改进度。", segmenter="pkuseg",
                                      backend="hanlp")[2] if m.label == "PERSON"]
    assert [(m.text, m.title) for m in mentions] == [("诸葛建平", "镇级河长、某镇镇长")]


def test_occupations_written_before_a_name_are_titles():
    text = "丹江镇女村支书潘金凤、大学生村官陈建文、畲族青年歌手蓝雪英、退休教师、老党员韩素芬先后发言。"
    titles = {m.text: m.title for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"}
    assert titles == {"潘金凤": "丹江镇女村支书", "陈建文": "大学生村官", "蓝雪英": "畲族青年歌手", "韩素芬": "退休教师、老党员"}


def test_scholars_titles_and_a_transcribed_name_before_a_reason():
    text = "省农科院博士牛建新、县农技中心高级农艺师卢振华发言。县政协主席买买提明·阿西木因在乌鲁木齐开会未出席。"
    titles = {m.text: m.title for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"}
    assert titles == {"牛建新": "省农科院博士", "卢振华": "县农技中心高级农艺师", "买买提明·阿西木": "县政协主席"}


def test_a_title_after_one_who_signs_with_each_and_after_an_invitation():
    text = "市长许晓明分别与东岳大学副校长鞠明远、某学院院长冯志刚签订合作协议。特邀省委党校教授金丽芳作专题辅导。"
    titles = {m.text: m.title for m in run_stages(text, segmenter="pkuseg", backend="hanlp")[2] if m.label == "PERSON"}
    assert titles["鞠明远"] == "东岳大学副校长" and titles["金丽芳"] == "省委党校教授"
