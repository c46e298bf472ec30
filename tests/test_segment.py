from pathlib import Path

from pipeline.config import SegmentConfig
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


def test_compact_pkuseg_model_segments_like_the_packaged_one(tmp_path):
    from pipeline.nlp.pkuseg_model import agreement, compact, packaged_pkuseg_model

    sizes = compact(Path(packaged_pkuseg_model()), tmp_path / "compact")
    assert sizes["features"] < sizes["features_before"] / 2  # the point: far fewer features in memory
    lines = ["县委书记冯立新主持会议并讲话。", "副县长陈秀兰、县政协副主席赵国梁出席。",
             "全县春耕生产暨农田水利建设工作会议昨日在县行政中心召开。", "他强调，要把各项措施落到实处。"]
    assert agreement(Path(packaged_pkuseg_model()), tmp_path / "compact", lines) > 0.99


def test_default_pkuseg_model_is_the_compact_one():
    from pipeline.nlp.pkuseg_model import DEFAULT_OUT, default_pkuseg_model

    path = Path(default_pkuseg_model())
    assert path == DEFAULT_OUT and (path / "weights.npz").is_file() and (path / "features.msgpack").is_file()
