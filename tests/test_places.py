"""Places: real division names resolve with codes; unknown and ambiguous ones stay None."""
from pipeline.stages import places


def test_names_resolve_to_divisions_or_stay_unknown():
    found = places.resolve_names([("宜良县", 2015), ("朝阳区", 2015), ("城关镇", 2015), ("青禾县", 2015),
                                  ("县委常委会议室", 2015), ("某某日报", 2015)])
    yiliang = found[("宜良县", 2015)]
    assert (yiliang.province, yiliang.city, yiliang.county, yiliang.code, yiliang.level) == (
        "云南省", "昆明市", "宜良县", "530125", "county")
    # ambiguous (two 朝阳区), a town name, an invented county, no division at all
    assert [found[(n, 2015)] for n in ("朝阳区", "城关镇", "青禾县", "县委常委会议室", "某某日报")] == [None] * 5


def test_context_picks_among_namesakes():
    beijing = places.Division("北京市", None, None, "110000", "province")
    found = places.resolve_in_context(["朝阳区", "城关镇"], [beijing], 2015)
    assert found["朝阳区"].code == "110105" and found["城关镇"] is None


def test_a_county_that_has_since_become_a_district_is_found_in_its_years():
    found = places.resolve_names([("溧水县", 2011), ("溧水区", 2024), ("溧水县", 2024)])
    assert found[("溧水县", 2011)].county == "溧水县" and found[("溧水区", 2024)].county == "溧水区"
    assert found[("溧水县", 2024)] is None  # no such county any more
