"""The attendance model: candidate pairs and their features, the model's decisions, its
config key, and the training recipe's labels and determinism (fictional pages)."""
from __future__ import annotations

import copy
import json
from datetime import date

import numpy as np
import pytest
import yaml

from pipeline import cli
from pipeline.config import REPO_ROOT, ConfigError, NerConfig, RelationsConfig, SegmentConfig, load_config
from pipeline.evaluate import load_gold_file
from pipeline.records import Document
from pipeline.stages import attendance
from pipeline.stages.articles import split_articles
from pipeline.stages.attendance import AttendanceModel, AttendanceModelError, Thresholds, candidate_pairs
from pipeline.stages.clean import clean_document
from pipeline.stages.ner import recognize
from pipeline.stages.relations import extract_events
from pipeline.stages.segment import segment
from pipeline.train import attendance as recipe

PAGE = (
    "青川日报\n2025年3月6日 星期四\n\n"
    "县政府召开第12次常务会议\n\n"
    "本报讯(记者林晓)3月5日,县政府召开第12次常务会议。县长周明远主持会议并讲话。"
    "副县长韩志刚、李春林,县政府办主任王德胜等参加。\n"
    "县财政局局长孙立平在会上汇报了一季度收支情况。会议还安排了县农业农村局局长钱国华到会指导。"
    "县水利局局长马新民的书面材料印发会议。\n"
)


def _stages(text: str = PAGE, cfg: RelationsConfig | None = None):
    doc = Document("t", "t.txt", text, "utf-8", issue_date_hint=date(2025, 3, 6))
    clean = clean_document(doc)
    articles = split_articles(clean)
    sentences = segment(clean, articles, SegmentConfig(segmenter="char"))
    mentions = recognize(clean, articles, sentences, NerConfig(backend="rules"), raw_text=text,
                         segment_cfg=SegmentConfig(segmenter="char"))
    return clean, articles, sentences, mentions, extract_events(clean, articles, sentences, mentions, cfg)


def _people(event) -> dict[str, set[str]]:
    return {p.person: set(p.roles) for p in event.participants}


def _by_person(cands) -> dict[str, attendance.Candidate]:
    return {c.person: c for c in cands}


def test_candidates_read_the_rules_and_where_each_name_stands():
    clean, articles, sentences, mentions, events = _stages()
    assert len(events) == 1
    cands = _by_person(candidate_pairs(clean, articles, sentences, mentions, events))
    assert "林晓" not in cands  # reporters are never candidates
    # the rules' participants, and 钱国华 (a cue after the name the rules did not read);
    # not 马新民: nothing says he took part, so the model may not add him
    assert set(cands) == {"周明远", "韩志刚", "李春林", "王德胜", "孙立平", "钱国华"}
    chair = cands["周明远"]
    assert chair.rule_roles == {"chair", "speaker"}
    assert {"rule=chair+speaker", "cue=主持会议", "cuerole=chair@0", "titled", "title_end=长"} <= set(chair.features)
    # a name inside a list takes the list's cue, two names away
    listed = cands["李春林"]
    assert {"rule=attendee", "list_cue=attendee", "L1=、", "R1=,", "sd=+2"} <= set(listed.features)
    assert {"rule=none", "cuerole=attendee@0"} <= set(cands["钱国华"].features) and not cands["钱国华"].rule_roles
    # no name is a feature: other people are masked in the character n-grams
    assert not any("韩志刚" in f or "李春林" in f for c in cands.values() for f in c.features)


def test_quoted_and_referred_people_are_never_added():
    text = PAGE.replace("会议还安排了县农业农村局局长钱国华到会指导。",
                        "会议传达学习了县委书记钱国华的讲话精神。“要抓好春耕,”县委副书记马新民说。")
    clean, articles, sentences, mentions, events = _stages(text)
    cands = _by_person(candidate_pairs(clean, articles, sentences, mentions, events))
    assert "钱国华" not in cands and "马新民" not in cands


def test_an_added_observer_is_an_observer():
    text = PAGE.replace("会议还安排了县农业农村局局长钱国华到会指导。",
                        "县农业农村局局长钱国华,县水利局局长马新民和有关部门负责人,以及乡镇干部代表列席会议。")
    clean, articles, sentences, mentions, events = _stages(text)
    cands = candidate_pairs(clean, articles, sentences, mentions, events)
    assert "list_cue=observer" in _by_person(cands)["钱国华"].features
    missed = copy.deepcopy(events)  # as if the rules had missed the list
    missed[0].participants = [p for p in missed[0].participants if p.person not in ("钱国华", "马新民")]
    probs = np.array([[0.9, 0.0, 0.0] for _ in cands])
    decided = attendance.assign(missed, cands, probs, Thresholds(), sentences, mentions)[0]
    assert _people(decided)["钱国华"] == {"observer"} and _people(decided)["马新民"] == {"observer"}


def test_spans_before_a_name_are_features():
    text = PAGE.replace("县长周明远主持会议并讲话。", "会议由县长周明远主持。受县长周明远委托,副县长韩志刚讲话。")
    clean, articles, sentences, mentions, events = _stages(text)
    cands = candidate_pairs(clean, articles, sentences, mentions, events)
    spans = {f for c in cands if c.person == "周明远" for f in c.features if f.startswith("span=")}
    assert "span=hosted_by" in spans or "span=entrusted" in spans


def _toy_pairs(labels: dict[str, tuple[int, int, int]]):
    """The fixture page's pairs, labelled by hand (participant, chair, speaker)."""
    clean, articles, sentences, mentions, events = _stages()
    doc = recipe.StagedDoc("t", "g", clean, articles, sentences, mentions, events, None)
    pairs = [recipe.LabelledPair(0, c, np.array(labels.get(c.person, (0, 0, 0)), dtype=np.float32))
             for c in candidate_pairs(clean, articles, sentences, mentions, events)]
    return doc, pairs


TRUE_LABELS = {"周明远": (1, 1, 1), "韩志刚": (1, 0, 0), "李春林": (1, 0, 0), "王德胜": (1, 0, 0), "孙立平": (1, 0, 1)}


def test_a_trained_toy_model_adds_a_person_the_rules_left_out():
    doc, pairs = _toy_pairs({**TRUE_LABELS, "钱国华": (1, 0, 0)})
    model = recipe.fit(pairs, recipe.ModelSettings(epochs=200, lr=0.1, l2=0.0), seed=1, thresholds=Thresholds())
    assert "钱国华" not in _people(doc.events[0])
    decided = recipe.with_model(doc, model)[0]
    assert _people(decided)["钱国华"] == {"attendee"}
    added = next(p for p in decided.participants if p.person == "钱国华")
    assert added.title == "县农业农村局局长" and "到会指导" in added.evidence
    assert _people(decided)["周明远"] == {"chair", "speaker"}  # the rules' roles stay
    assert "钱国华" not in _people(doc.events[0])  # the rules' events are left as they were


def test_a_confident_model_drops_a_participant_of_the_rules():
    doc, pairs = _toy_pairs({"周明远": (1, 1, 1)})  # only the chair took part
    model = recipe.fit(pairs, recipe.ModelSettings(epochs=200, lr=0.1, l2=0.0), seed=1,
                       thresholds=Thresholds(drop=0.5, drop_role=0.5))
    assert _people(recipe.with_model(doc, model)[0]) == {"周明远": {"chair", "speaker"}}
    cautious = recipe.fit(pairs, recipe.ModelSettings(epochs=200, lr=0.1, l2=0.0), seed=1,
                          thresholds=Thresholds(drop=0.0, drop_role=0.0))
    assert _people(recipe.with_model(doc, cautious)[0]) == _people(doc.events[0])


def test_observers_stay_whatever_the_model_says():
    empty = AttendanceModel(64, np.full((64, 3), -5.0), np.zeros(3), None, None, Thresholds(drop=0.9), "t")
    assert attendance.decide_roles(frozenset({"observer"}), np.array([0.0, 0.0, 0.0]), empty.thresholds) \
        == {"observer"}
    assert attendance.decide_roles(frozenset({"attendee"}), np.array([0.5, 0.0, 0.0]), empty.thresholds) == set()
    assert attendance.decide_roles(frozenset(), np.array([0.6, 0.0, 0.7]), Thresholds()) == {"speaker"}
    assert attendance.decide_roles(frozenset(), np.array([0.6, 0.1, 0.1]), Thresholds()) == {"attendee"}


def test_training_is_deterministic_and_the_model_round_trips(tmp_path):
    _, pairs = _toy_pairs(TRUE_LABELS)
    settings = recipe.ModelSettings(epochs=20, hidden=4, n_buckets=1024)
    a = recipe.fit(pairs, settings, seed=3)
    b = recipe.fit(pairs, settings, seed=3)
    assert np.array_equal(a.embedding, b.embedding) and np.array_equal(a.out_weight, b.out_weight)
    a.save(tmp_path / "m", {"note": "toy"})
    back = attendance.read_model(tmp_path / "m")
    cands = [p.candidate for p in pairs]
    assert np.allclose(back.predict(cands), a.predict(cands), atol=1e-6)
    assert back.thresholds == a.thresholds


def test_a_model_of_other_features_is_refused(tmp_path):
    _, pairs = _toy_pairs(TRUE_LABELS)
    recipe.fit(pairs, recipe.ModelSettings(epochs=2, n_buckets=64), seed=1).save(tmp_path / "m", {})
    card = json.loads((tmp_path / "m" / "model.json").read_text(encoding="utf-8"))
    card["features_version"] = "0"
    (tmp_path / "m" / "model.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(AttendanceModelError, match="retrain"):
        attendance.read_model(tmp_path / "m")


def test_a_missing_model_is_a_one_line_config_error(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"relations:\n  attendance_model: {tmp_path / 'nowhere'}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    msg = str(info.value)
    assert "'relations.attendance_model'" in msg and "no attendance model" in msg and "\n" not in msg
    assert cli.main(["run", "--input", str(tmp_path), "--output", str(tmp_path / "o"), "--config", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "relations.attendance_model" in err


def test_rules_only_never_loads_the_model(monkeypatch):
    def refuse(folder):
        raise AssertionError("the attendance model was loaded")

    monkeypatch.setattr(attendance, "load_model", refuse)
    assert load_config(REPO_ROOT / "configs" / "rules-only.yaml").relations.attendance_model is None
    _, _, _, _, events = _stages(cfg=load_config(REPO_ROOT / "configs" / "rules-only.yaml").relations)
    assert _people(events[0])["周明远"] == {"chair", "speaker"}


def test_the_shipped_model_loads_once_and_keeps_the_rules_participants():
    cfg = load_config(REPO_ROOT / "configs" / "default.yaml")
    cfg.relations.attendance_model = "models/attendance"  # off in default.yaml: see models/README.md
    model = attendance.load_model(cfg.relations.attendance_model)
    assert model is attendance.load_model(cfg.relations.attendance_model)  # read once per process
    _, _, _, _, events = _stages(cfg=cfg.relations)
    assert {"周明远", "韩志刚", "李春林", "王德胜", "孙立平"} <= set(_people(events[0]))


def test_labels_come_from_the_paired_gold_event(tmp_path):
    gold = {"doc_id": "t", "events": [{
        "name": "县政府第12次常务会议", "kind": "meeting", "date": "2025-03-05",
        "participants": [{"name": "周明远", "roles": ["chair", "speaker"]},
                         {"name": "韩志刚", "roles": ["attendee"]},
                         {"name": "李春林", "roles": ["attendee"], "optional": True},
                         {"name": "钱国华", "roles": ["speaker"]}]}]}
    path = tmp_path / "t.yaml"
    path.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    clean, articles, sentences, mentions, events = _stages()
    doc = recipe.StagedDoc("t", "g", clean, articles, sentences, mentions, events, load_gold_file(path))
    pairs, stats = recipe.labelled_pairs([doc])
    labels = {p.candidate.person: tuple(p.labels.tolist()) for p in pairs}
    assert labels["周明远"] == (1.0, 1.0, 1.0)
    assert labels["韩志刚"] == (1.0, 0.0, 0.0)
    assert labels["钱国华"] == (1.0, 0.0, 1.0)
    assert labels["王德胜"] == (0.0, 0.0, 0.0)  # not in the gold event
    assert "李春林" not in labels and stats["dropped_optional"] == 1
    assert stats["gold_participants"] == 3 and stats["gold_not_candidates"] == 0


def test_cv_folds_keep_groups_whole():
    clean, articles, sentences, mentions, events = _stages()
    docs = [recipe.StagedDoc(f"d{i}", f"site{i % 4}", clean, articles, sentences, mentions, events, None)
            for i in range(12)]
    for seed in (0, 1):
        folds = recipe.cv_folds(docs, 3, seed)
        assert sorted(i for f in folds for i in f) == list(range(12))
        for f in folds:
            assert len({docs[i].group for i in f}) * 3 == len(f)


def test_train_config_errors_are_one_line(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text("model:\n  hiden: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'model.hiden'"):
        recipe.load_train_config(p)
    shipped = recipe.load_train_config(REPO_ROOT / "configs" / "train_attendance.yaml")
    assert shipped.output == "models/attendance" and shipped.run_config == "configs/default.yaml"
    assert cli.main(["train", "attendance", "--config", str(p)]) == 2


def test_the_model_is_part_of_the_relations_cache_key(tmp_path):
    from pipeline.manifest import model_versions

    with_model = load_config(REPO_ROOT / "configs" / "default.yaml")
    with_model.relations.attendance_model = "models/attendance"
    entry = model_versions(with_model)["relations"]["attendance"]
    assert entry["version"] not in ("", "missing") and entry["path"].endswith("models/attendance")
    for rules_only in ("default.yaml", "rules-only.yaml"):
        assert "attendance" not in model_versions(load_config(REPO_ROOT / "configs" / rules_only))["relations"]
