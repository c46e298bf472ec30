"""Registry: people across pages, their posts, places and co-attendance (fictional pages)."""
from datetime import date

import pytest

from pipeline.records import CleanDocument, DocumentResult, Event, Participant
from pipeline.stages.registry import (MentionSelector, OverridesError, PeopleOverrides, build_registry,
                                      load_overrides, person_id)


def page(doc_id: str, issue: date | None, people: list[tuple[str, str | None]], paper: str | None = "某某日报",
         day: date | None = None, meetings: int = 1) -> DocumentResult:
    clean = CleanDocument(doc_id, f"{doc_id}.txt", "", [], paper, issue, "masthead")
    events = []
    for k in range(meetings):
        ev = Event(f"{doc_id}-m{k}", doc_id, f"{doc_id}:a000", "常务会议", "meeting", day or issue,
                   None, None, None, "text", None, "", 0, 1)
        ev.participants = [Participant(n, {"attendee"}, t, "", 0, 1) for n, t in people]
        events.append(ev)
    return DocumentResult(clean, [], [], events, 0)


def ids_of(reg, name: str) -> set[str]:
    return {pid for (doc, n), pid in reg.person_ids.items() if n == name}


def test_one_name_in_two_counties_is_two_people():
    reg = build_registry([
        page("a1", date(2024, 3, 1), [("林振华", "青禾县委书记")]),
        page("b1", date(2024, 3, 2), [("林振华", "白水县委书记")]),
    ])
    assert len(ids_of(reg, "林振华")) == 2
    assert {p["jurisdiction"] for p in reg.people} == {"青禾县", "白水县"}


def test_one_person_across_two_issues_is_one_person():
    reg = build_registry([
        page("a1", date(2024, 3, 1), [("林振华", "青禾县委副书记、县长")]),
        page("a2", date(2025, 1, 9), [("林振华", "县长")]),  # same paper, title names no county
        page("a3", date(2025, 2, 9), [("林振华", "青禾县委书记")]),
    ])
    assert len(ids_of(reg, "林振华")) == 1
    (person,) = reg.people
    assert person["n_pages"] == 3 and person["jurisdiction"] == "青禾县"
    assert [h["title"] for h in person["title_history"]] == ["青禾县委副书记、县长", "县长", "青禾县委书记"]
    mayor = next(p for p in reg.positions if p["post"] == "县长")
    assert mayor["jurisdiction"] == "青禾县" and mayor["n_mentions"] == 2
    assert (mayor["first_date"], mayor["last_date"]) == (date(2024, 3, 1), date(2025, 1, 9))
    secretary = next(p for p in reg.positions if p["post"] == "书记")
    assert secretary["jurisdiction_source"] == "title" and secretary["doc_id"] == "a3"


def test_incompatible_posts_on_the_same_day_are_two_people():
    reg = build_registry([
        page("a1", date(2024, 3, 1), [("王建国", "县长")]),
        page("b1", date(2024, 3, 1), [("王建国", "县委书记")], paper="另一日报"),
    ])
    assert len(ids_of(reg, "王建国")) == 2
    same = build_registry([
        page("a1", date(2024, 3, 1), [("王建国", "县长")]),
        page("b1", date(2024, 3, 1), [("王建国", "县委副书记、县长")], paper="另一日报"),
    ])
    assert len(ids_of(same, "王建国")) == 1


def test_an_untitled_name_alone_keeps_the_id_of_its_name():
    reg = build_registry([page("a1", None, [("钱立群", None)])])
    assert reg.person_ids[("a1", "钱立群")] == person_id("钱立群")
    assert reg.people[0]["kind"] == "unknown" and reg.officials == []


def test_the_users_overrides_win():
    pages = [page("a1", date(2024, 3, 1), [("林振华", "青禾县委书记")]),
             page("b1", date(2024, 3, 2), [("林振华", "白水县委书记")]),
             page("c1", date(2024, 5, 2), [("林振华", "县长")])]
    apart = build_registry(pages)
    merged = build_registry(pages, PeopleOverrides(merge=[sorted(ids_of(apart, "林振华"))]))
    assert len(ids_of(merged, "林振华")) == 1
    split = build_registry(pages, PeopleOverrides(split=[MentionSelector(name="林振华", doc_ids=["c1"])]))
    assert len(ids_of(split, "林振华")) == 3


def test_override_files_are_checked(tmp_path):
    good = tmp_path / "people.yaml"
    good.write_text("merge: [[a, b]]\nsplit:\n  - {name: 林振华, jurisdiction: 青禾县}\n", encoding="utf-8")
    assert load_overrides(good).split[0].jurisdiction == "青禾县"
    bad = tmp_path / "bad.yaml"
    bad.write_text("merge: [[a, b]]\nsplitt: []\n", encoding="utf-8")
    with pytest.raises(OverridesError, match="splitt"):
        load_overrides(bad)
    assert load_overrides(None) == PeopleOverrides()


def test_kinds_officials_and_coattendance():
    reg = build_registry([
        page("a1", date(2024, 3, 1), [("林振华", "县委书记"), ("赵海生", "某某科技有限公司董事长"),
                                       ("马克", "瑞典某某市副市长"), ("孙文", "县长")], meetings=2),
        page("a2", date(2024, 4, 1), [("林振华", "县委书记"), ("孙文", "县长")]),
    ])
    kinds = {p["name"]: p["kind"] for p in reg.people}
    assert kinds == {"林振华": "official", "赵海生": "entrepreneur", "马克": "foreign", "孙文": "official"}
    assert {p["name"] for p in reg.officials} == {"林振华", "孙文"}
    pairs = {frozenset((r["name_a"], r["name_b"])): r for r in reg.coattendance}
    assert len(pairs) == 6
    both = pairs[frozenset(("林振华", "孙文"))]
    assert both["n_meetings"] == 3 and (both["first_date"], both["last_date"]) == (date(2024, 3, 1), date(2024, 4, 1))
    assert pairs[frozenset(("林振华", "马克"))]["n_meetings"] == 2


def test_every_post_of_every_title_has_a_position():
    people = [("林振华", "青禾区委副书记、区长"), ("孙文", "区委常委、常务副区长"), ("赵海生", "区人大常委会副主任")]
    reg = build_registry([page("a1", date(2024, 3, 1), people)])
    got = {(p["name"], p["organ"], p["post"]) for p in reg.positions}
    assert got == {("林振华", "区委", "副书记"), ("林振华", "区政府", "区长"), ("孙文", "区委", "常委"),
                   ("孙文", "区政府", "常务副区长"), ("赵海生", "区人大常委会", "副主任")}
