"""`huiyi evaluate`: fictional gold files scored against fictional tables.

The tricky cases are the guideline's: optional events and participants, ``attendee``
dropped beside another role, ``year_known: false``, traditional spellings, persons
scored only where the run has any. Where the shared scorer is beside the repository,
the figures must be its figures.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.evaluate import EvaluationError, evaluate, load_gold_file

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"

# Fictional pages' gold: names, places and meetings invented.
GOLD = {
    "f1.yaml": """\
doc_id: f1
newspaper: 青川日报
source: qingchuan-2025-03-06     # an annotated corpus's own key: ignored
issue_date: 2025-03-06
year_known: true
events:
  - name: 县委常委会会议
    kind: meeting
    date: 2025-03-05
    participants:
      - {name: 周明远, roles: [chair, speaker], title: 县委书记}
      - {name: 韩志刚, roles: [attendee], title: 县委副书记、县长}
      - {name: 罗佳, roles: [attendee], title: 副县长, optional: true}
  - name: 全县春耕生产推进会
    kind: meeting
    date: 2025-03-04
    participants:
      - {name: 韩志刚, roles: [speaker, attendee], title: 县长}
  - name: 走访慰问困难群众
    kind: visit
    date: null
    optional: true
    participants:
      - {name: 周明远, roles: [chair]}
  - name: 专题调研
    kind: inspection
    date: 2025-03-02
    participants:
      - {name: 李秀英, roles: [chair], title: 副县长}
persons:
  - {name: 周明远, kind: official}
  - {name: 韩志刚, kind: official}
  - {name: 罗佳, kind: official}
  - {name: 李秀英, kind: official}
  - {name: 林晓, kind: reporter}
""",
    "f2.yaml": """\
doc_id: f2
issue_date: null
year_known: false               # years below are inferred
events:
  - name: 镇妇联执委扩大会议
    date: 2003-09-02
    participants:
      - {name: 高文华, roles: [speaker]}
  - name: 庆祝建镇五十周年大会
    date: 2003-09-05
    participants:
      - {name: 孟庆林, roles: [attendee]}
persons:
  - {name: 高文华, kind: official}
""",
    "f4.yaml": """\
doc_id: f4
events:
  - name: 区政府第12次常务会议
    date: 2024-11-19
    participants:
      - {name: 刘建华, roles: [chair], title: 区长}
persons: []
""",
}

MEETINGS = [
    # f1: a gold meeting found with the right date, one with the wrong date, an optional visit, an extra event
    {"meeting_id": "m1", "doc_id": "f1", "name": "县委常委会召开会议", "kind": "meeting",
     "date": date(2025, 3, 5), "month": 3, "day": 5},
    {"meeting_id": "m2", "doc_id": "f1", "name": "春耕生产推进会", "kind": "meeting",
     "date": date(2025, 3, 3), "month": 3, "day": 3},
    {"meeting_id": "m3", "doc_id": "f1", "name": "走访慰问", "kind": "visit", "date": None, "month": None, "day": None},
    {"meeting_id": "m4", "doc_id": "f1", "name": "招商引资签约仪式", "kind": "other",
     "date": date(2025, 3, 5), "month": 3, "day": 5},
    # f2 (year unknown): month and day alone, and a wrong year, both count as the right date
    {"meeting_id": "m5", "doc_id": "f2", "name": "镇妇联执委扩大会议", "kind": "meeting",
     "date": None, "month": 9, "day": 2},
    {"meeting_id": "m6", "doc_id": "f2", "name": "庆祝建镇五十周年大会", "kind": "meeting",
     "date": date(2004, 9, 5), "month": 9, "day": 5},
    # a document without gold is not scored
    {"meeting_id": "m9", "doc_id": "f9", "name": "县政协常委会议", "kind": "meeting",
     "date": None, "month": None, "day": None},
]
ATTENDANCE = [
    {"meeting_id": "m1", "person": "周明远", "role": "chair", "title": "书记"},  # a wrong title
    {"meeting_id": "m1", "person": "周明远", "role": "speaker", "title": None},
    {"meeting_id": "m1", "person": "周明远", "role": "attendee", "title": None},  # dropped beside chair
    {"meeting_id": "m1", "person": "韩志刚", "role": "attendee", "title": "县委副书记、 县长"},  # spacing is ignored
    {"meeting_id": "m1", "person": "罗佳", "role": "attendee", "title": "副县长"},  # optional: neither way
    {"meeting_id": "m1", "person": "王小川", "role": "attendee", "title": None},  # extra
    {"meeting_id": "m2", "person": "韓志剛", "role": "speaker", "title": "縣長"},  # traditional spelling
    {"meeting_id": "m3", "person": "周明远", "role": "chair", "title": None},
    {"meeting_id": "m4", "person": "赵刚", "role": "attendee", "title": None},
    {"meeting_id": "m5", "person": "高文华", "role": "speaker", "title": None},
    {"meeting_id": "m5", "person": "高文华", "role": "attendee", "title": None},
    {"meeting_id": "m6", "person": "孟庆林", "role": "attendee", "title": None},
    {"meeting_id": "m7", "person": "无会者", "role": "chair", "title": None},  # no such meeting: ignored
    {"meeting_id": "m9", "person": "钱进", "role": "chair", "title": None},
]
# persons are scored on f1 only: the run has no PERSON mention on f2 or f4
MENTIONS = [{"doc_id": "f1", "label": "PERSON", "text": t} for t in ("周明远", "韩志刚", "韓志剛", "王小川", "林晓")]
MENTIONS.append({"doc_id": "f1", "label": "TITLE", "text": "县委书记"})


def _gold(folder: Path, files: dict[str, str] = GOLD) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(out: Path, partitioned: bool = True) -> Path:
    """Fictional tables; meetings as a partitioned folder, as huiyi writes them."""
    out.mkdir(parents=True, exist_ok=True)
    meetings = pd.DataFrame(MEETINGS).astype({"month": "Int8", "day": "Int8"})
    if partitioned:
        (out / "meetings.parquet").mkdir()
        meetings.iloc[:4].to_parquet(out / "meetings.parquet" / "青川日报-2025.parquet")
        meetings.iloc[4:].to_parquet(out / "meetings.parquet" / "unknown.parquet")
    else:
        meetings.to_parquet(out / "meetings.parquet")
    pd.DataFrame(ATTENDANCE).to_parquet(out / "attendance.parquet")
    pd.DataFrame(MENTIONS).to_parquet(out / "mentions.parquet")
    return out


def _shared_scorer():
    spec = importlib.util.spec_from_file_location("huiyi_shared_scorer", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_tricky_cases_are_scored_as_the_guideline_says(tmp_path):
    result = evaluate(_gold(tmp_path / "gold"), _run(tmp_path / "out"))
    c = {m: (x.tp, x.fp, x.fn) for m, x in result.counts.items()}
    # f1: 2 of 3 required events found (the optional visit absorbs 走访慰问), one extra; f2: both; f4: missed
    assert c["events"] == (4, 1, 2)
    # the wrong date on f1 is a miss and an extra
    assert c["events_dated"] == (3, 2, 3)
    # 罗佳 is optional; 王小川 and 赵刚 are extras; 李秀英 and 刘建华 are missed
    assert c["attendance"] == (5, 2, 2)
    assert c["attendance_strict"] == (4, 3, 3)
    # 周明远's attendee row is dropped beside chair; 高文华's beside speaker
    assert c["roles"] == (6, 2, 2)
    assert c["persons"] == (3, 1, 2)
    assert (result.titles_right, result.titles_total) == (2, 3)
    assert result.as_dict()["title_accuracy"] == 0.6667
    assert result.as_dict()["attendance_strict"] == {"p": 0.5714, "r": 0.5714, "f1": 0.5714, "tp": 4, "fp": 3, "fn": 3}
    whats = sorted(m.what for m in result.misses)
    assert whats == ["extra event", "extra person", "missed event", "missed event", "missed person",
                     "missed person", "wrong date", "wrong title"]


def test_a_single_file_table_reads_like_a_partitioned_one(tmp_path):
    gold = _gold(tmp_path / "gold")
    split = evaluate(gold, _run(tmp_path / "a", partitioned=True)).as_dict()
    assert evaluate(gold, _run(tmp_path / "b", partitioned=False)).as_dict() == split


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not beside the repo")
def test_agrees_with_the_shared_scorer_on_the_tricky_cases(tmp_path):
    gold, out = _gold(tmp_path / "gold"), _run(tmp_path / "out")
    assert evaluate(gold, out).as_dict() == _shared_scorer().score(gold, out)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not beside the repo")
def test_agrees_with_the_shared_scorer_when_events_tie(tmp_path):
    """Two identical predictions for one gold event: the same one is paired, the other is extra."""
    gold = _gold(tmp_path / "gold", {"t.yaml": "doc_id: t\nevents:\n  - {name: 县长办公会议, date: 2025-01-08, "
                                               "participants: [{name: 韩志刚, roles: [chair], title: 县长}]}\n"})
    out = tmp_path / "out"
    out.mkdir()
    meeting = {"doc_id": "t", "name": "县长办公会议", "kind": "meeting", "date": date(2025, 1, 8)}
    pd.DataFrame([{"meeting_id": "a", **meeting}, {"meeting_id": "b", **meeting}]).to_parquet(out / "meetings.parquet")
    pd.DataFrame([{"meeting_id": "a", "person": "韩志刚", "role": "chair", "title": "县长"},
                  {"meeting_id": "b", "person": "韩志刚", "role": "speaker", "title": None}]
                 ).to_parquet(out / "attendance.parquet")
    ours = evaluate(gold, out)
    assert ours.as_dict() == _shared_scorer().score(gold, out)
    assert ours.counts["events"].fp == 1


def test_gold_files_may_carry_extra_keys_and_the_yml_suffix(tmp_path):
    gold = _gold(tmp_path / "gold", {"a.yml": "source: 某县融媒体中心\nannotator: x\nevents: []\npersons:\n"
                                              "  - {name: 周明远, kind: official, note: 二次核对}\n"})
    doc = load_gold_file(gold / "a.yml")
    assert (doc.doc_id, doc.persons, doc.year_known) == ("a", {"周明远"}, True)  # doc_id defaults to the file stem
    (gold / "notes.txt").write_text("not gold")
    assert evaluate(gold, _run(tmp_path / "out")).documents == 1


@pytest.mark.parametrize("text, says", [
    ("- just\n- a list\n", "YAML mapping"),
    ("doc_id: x\nevents:\n  - {date: 2025-01-01}\n", "malformed event"),
    ("doc_id: x\nevents: [{name: a, participants: [{name: 甲}]}]\n", "malformed event"),
    ("doc_id: [unclosed\n", "cannot read gold file"),
])
def test_a_malformed_gold_file_is_one_clear_error(tmp_path, text, says):
    gold = _gold(tmp_path / "gold", {"bad.yaml": text})
    with pytest.raises(EvaluationError, match=says) as info:
        evaluate(gold, _run(tmp_path / "out"))
    assert "bad.yaml" in str(info.value)


def test_cli_prints_the_figures_and_with_verbose_every_miss(tmp_path, capsys):
    gold, out = _gold(tmp_path / "gold"), _run(tmp_path / "out")
    pd.DataFrame({"doc_id": ["f1", "f2"]}).to_parquet(out / "documents.parquet")
    assert main(["evaluate", str(gold), str(out), "--json", str(tmp_path / "r.json")]) == 0
    printed = capsys.readouterr().out
    assert "attendance_strict   0.5714  0.5714  0.5714" in printed
    assert "not in the run (scored as all missed): f4" in printed
    assert "wrong date" not in printed  # misses only with --verbose
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["roles"]["f1"] == 0.75 and data["title_accuracy"] == 0.6667
    assert {"doc_id": "f1", "what": "wrong title", "detail": "县委常委会会议: 周明远 '书记', gold '县委书记'"} in data["misses"]
    assert main(["evaluate", str(gold), str(out), "--verbose"]) == 0
    printed = capsys.readouterr().out
    assert "f1: wrong date: 全县春耕生产推进会: 2025-03-03, gold 2025-03-04" in printed
    assert "f1: extra person: 县委常委会会议: 王小川 [attendee]" in printed


@pytest.mark.parametrize("case", ["no gold folder", "empty gold folder", "not a run", "broken table"])
def test_cli_bad_folders_are_one_line_and_exit_2(tmp_path, capsys, case):
    gold, out = tmp_path / "gold", tmp_path / "out"
    if case == "empty gold folder":
        gold.mkdir()
    elif case != "no gold folder":
        _gold(gold)
    out.mkdir()
    if case != "not a run":
        _run(out)
    if case == "broken table":
        (out / "attendance.parquet").write_bytes(b"PAR1 not really")
    assert main(["evaluate", str(gold), str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("huiyi: ") and "\n" not in err
