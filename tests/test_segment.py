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
