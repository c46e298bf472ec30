"""Titles as data: fictional titles in the style of the pages split into posts."""
from pipeline.stages.titles import Post, clean_title, parse_title


def posts(title: str) -> list[tuple]:
    return [(p.organ, p.post, p.jurisdiction, p.level, p.rank, p.system) for p in parse_title(title)]


def test_a_shared_prefix_splits_into_each_organ_and_post():
    assert posts("青河区委副书记、区长") == [
        ("区委", "副书记", "青河区", "county", "副处", "party"),
        ("区政府", "区长", "青河区", "county", "正处", "government"),
    ]
    assert posts("县委常委、副县长") == [
        ("县委", "常委", None, "county", "副处", "party"),
        ("县政府", "副县长", None, "county", "副处", "government"),
    ]


def test_congress_cppcc_and_party_groups():
    assert posts("县人大常委会副主任") == [("县人大常委会", "副主任", None, "county", "副处", "congress")]
    assert posts("市政协党组书记") == [("市政协", "党组书记", None, "city", None, "cppcc")]
    assert posts("市人大常委会党组书记、主任") == [
        ("市人大常委会", "党组书记", None, "city", None, "congress"),
        ("市人大常委会", "主任", None, "city", "正厅", "congress"),
    ]


def test_organs_named_inside_the_post_and_departments_of_the_organ_before():
    assert posts("白沙区委副书记、纪委书记、监委主任") == [
        ("区委", "副书记", "白沙区", "county", "副处", "party"),
        ("区纪委", "书记", "白沙区", "county", None, "party"),
        ("区监委", "主任", "白沙区", "county", None, "government"),
    ]
    assert posts("县委常委、统战部部长")[1] == ("县委统战部", "部长", None, "county", None, "party")
    assert posts("县政协党组成员、办公室主任")[1] == ("县政协办公室", "主任", None, "county", None, "cppcc")
    assert posts("县政府副县长、县公安局局长")[1] == ("县公安局", "局长", None, "county", None, "government")


def test_levels_ranks_and_the_place_before_the_post():
    assert posts("西岭镇党委书记") == [("镇党委", "书记", "西岭镇", "township", "正科", "party")]
    assert posts("南屏市市长") == [("市政府", "市长", "南屏市", "city", "正厅", "government")]
    assert posts("省委常委、市委书记") == [
        ("省委", "常委", None, "province", "副部", "party"),
        ("市委", "书记", None, "city", "正厅", "party"),
    ]
    assert posts("广州市委书记")[0][4] == "副部"  # a sub-provincial city (special_cities.tsv)
    assert posts("中共中央政治局委员")[0][3] == "national"


def test_qualifiers_pinyin_terms_and_noise():
    acting = parse_title("区委副书记、代区长")[1]
    assert (acting.organ, acting.post, acting.qualifier) == ("区政府", "区长", "acting")
    assert parse_title("原县委书记")[0].qualifier == "former"
    assert parse_title("县政协副主席候选人")[0].qualifier == "nominee"
    assert clean_title("区(qū)政协(xié)副主席") == "区政协副主席"
    assert posts("区十五届人大常委会主任") == [("区人大常委会", "主任", None, "county", "正处", "congress")]
    # a jurisdiction is a plausible place name, not a run of words before the organ
    assert parse_title("全县第三次党员代表会议县委委员")[0].jurisdiction is None


def test_other_systems():
    assert posts("某某发展集团有限公司董事长")[0][5] == "enterprise"
    assert posts("九三学社市委会副主委")[0][5] == "democratic_party"
    assert posts("县总工会主席")[0][5] == "mass_organisation"
    assert posts("县人民检察院检察长")[0][5] == "procuratorate"
    assert posts("县人民法院院长")[0][5] == "court"
    assert {p.system for p in parse_title("瑞典某某市市长")} == {"foreign"}
    assert {p.system for p in parse_title("驻华大使")} == {"foreign"}


def test_no_title_no_posts():
    assert parse_title(None) == () and parse_title("") == ()
    assert isinstance(parse_title("县长")[0], Post)


def test_a_leader_of_a_level():
    assert posts("县领导") == [(None, "县领导", None, "county", None, None)]
    assert posts("西岭街道主要领导") == [(None, "主要领导", "西岭街道", "township", None, None)]
    assert posts("专项工作领导小组办公室副主任")[0][:2] == ("专项工作领导小组办公室", "副主任")
