from datetime import date

from pipeline.records import CleanDocument, DocumentResult, Event, Participant
from pipeline.stages.registry import build_officials, person_id


def _event(mid, day, people):
    ev = Event(mid, "d", "d:a000", "会议", "meeting", day, day.month if day else None, day.day if day else None,
               None, "text", None, "", 0, 1)
    ev.participants = [Participant(n, {"chair"}, t, "", 0, 1) for n, t in people]
    return ev


def test_officials_collect_titles_and_date_range():
    clean = CleanDocument("d", "d.txt", "", [])
    events = [_event("m1", date(2024, 3, 1), [("冯立新", "县长")]),
              _event("m2", date(2024, 5, 9), [("冯立新", "县委副书记、县长")]),
              _event("m3", None, [("冯立新", "县长"), ("钱立群", None)])]
    rows = build_officials([DocumentResult(clean, [], [], events, 0)])
    feng = next(r for r in rows if r["name"] == "冯立新")
    assert feng["titles"] == ["县长", "县委副书记、县长"]
    assert feng["n_meetings"] == 3
    assert (feng["first_date"], feng["last_date"]) == (date(2024, 3, 1), date(2024, 5, 9))
    assert feng["person_id"] == person_id("冯立新") != person_id("钱立群")
