import pickle
from pathlib import Path

import numpy as np
import spacy_pkuseg
import srsly

from pipeline.config import SegmentConfig
from pipeline.nlp.pkuseg_model import agreement, compact, write_card
from pipeline.records import Document
from pipeline.stages.articles import split_articles
from pipeline.stages.clean import clean_document
from pipeline.stages.segment import segment, split_sentences

TEXT = "春耕生产会议召开\n本报讯 3月2日,全县春耕生产会议召开。县长冯立新主持会议!天气晴好。\n"


def _sentences(cfg):
    clean = clean_document(Document("p", "p.txt", TEXT, "utf-8"))
    return segment(clean, split_articles(clean), cfg)


def test_split_sentences_keeps_closing_quotes():
    text = "他说:“要抓落实。”会议结束。"
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["他说:“要抓落实。”", "会议结束。"]


def test_headline_then_body_sentences():
    sents = _sentences(SegmentConfig(segmenter="char"))
    assert [s.is_headline for s in sents] == [True, False, False, False]
    assert sents[2].text == "县长冯立新主持会议!"


def test_pkuseg_tokens_only_for_sentences_that_may_name_people():
    sents = _sentences(SegmentConfig(segmenter="pkuseg"))
    body = {s.text: s for s in sents}
    assert body["县长冯立新主持会议!"].token_starts[:2] == (0, 2)  # 县长 | 冯…
    assert body["天气晴好。"].token_starts == ()


def test_jieba_segmenter_is_an_option():
    sents = _sentences(SegmentConfig(segmenter="jieba", only_candidate_sentences=False))
    assert all(s.token_starts for s in sents)


def _toy_pkuseg_model(folder: Path) -> None:
    """A pkuseg 0.0.25-format model (features.pkl + weights.npz) of a few features: B/M/E/S
    tags, strong features that split 县长|冯立新 and weak ones."""
    tags = {"B": 0, "M": 1, "E": 2, "S": 3, "O": 4}
    names = ["$$", "c.县", "c.长", "c.冯", "ww.l.县长", "ww.r.县长", "c.会", "c.议"]
    node = np.zeros((len(names), 5))
    node[1, 0] = node[2, 2] = node[3, 0] = node[4, 2] = 2.0  # 县 starts, 长 ends, 冯 starts a word
    node[5, 0] = 0.5
    node[6, 0], node[7, 2] = 0.01, 0.03  # weak: dropped at min_weight 0.1
    folder.mkdir()
    with open(folder / "features.pkl", "wb") as fh:
        pickle.dump({"unigram": {"县长", "会议"}, "bigram": {"县长*冯", "会议*召开"},
                     "feature_to_idx": {n: i for i, n in enumerate(names)}, "tag_to_idx": tags}, fh)
    np.savez(folder / "weights.npz", sizes=np.array([5, len(names)]), w=np.concatenate([node.ravel(), np.zeros(25)]))


def test_compaction_drops_weak_features_and_loads_as_a_pkuseg_model(tmp_path):
    _toy_pkuseg_model(tmp_path / "full")
    sizes = compact(tmp_path / "full", tmp_path / "compact", min_weight=0.1)
    assert (sizes["features"], sizes["features_before"]) == (6, 8)
    features = srsly.read_msgpack(tmp_path / "compact" / "features.msgpack")
    assert "c.会" not in features["feature_to_idx"] and features["feature_to_idx"]["$$"] == 0
    assert features["bigram"] == []  # 县长*冯 feeds no kept ww.l./ww.r. feature of its own
    assert agreement(tmp_path / "full", tmp_path / "compact", ["县长冯立新"]) == 1.0  # no weak feature there
    assert spacy_pkuseg.pkuseg(str(tmp_path / "compact")).cut("县长冯立新")[0] == "县长"
    write_card(tmp_path / "compact", sizes, 0.1, "word-boundary agreement: 1.00000")
    assert "MIT" in (tmp_path / "compact" / "README.md").read_text(encoding="utf-8")


def test_default_pkuseg_model_is_the_compact_one():
    from pipeline.nlp.pkuseg_model import DEFAULT_OUT, default_pkuseg_model

    path = Path(default_pkuseg_model())
    assert path == DEFAULT_OUT and (path / "weights.npz").is_file() and (path / "features.msgpack").is_file()
