import pytest

from pipeline.corpus import CorpusError, load_folds, people_daily_articles, source_text

LINES = [
    "县里召开春耕会议",                       # headline
    "（附图片１张）",                          # a note stays where it is
    "本报讯３月２日，县里召开春耕会议。县长王明主持。",
    "会议要求，抓好春耕。",
    "（新华社记者李华摄）",
    "小麦长势喜人",                            # the next article
    "副标题：各地加强田间管理",
    "本报讯今年以来，各地加强田间管理。",
]


def test_people_daily_articles_start_at_a_heading_after_a_body():
    arts = list(people_daily_articles(LINES))
    assert [(a.first_line, a.last_line) for a in arts] == [(1, 5), (6, 8)]
    assert arts[0].text.startswith("县里召开春耕会议\n") and arts[0].source == "pd1998:L00001-L00005"


def test_source_text_resolves_line_ranges_and_rejects_bad_references():
    assert source_text("pd1998:L00006-L00006", LINES) == "小麦长势喜人\n"
    with pytest.raises(CorpusError, match="out of range"):
        source_text("pd1998:L00007-L00099", LINES)
    with pytest.raises(CorpusError, match="unknown corpus"):
        source_text("web:abc", LINES)


def test_folds_need_a_gold_file_with_a_source(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "folds.tsv").write_text("doc_id\tsite\tfold\nd1\tsite-a\ttrain\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no gold file"):
        load_folds(tmp_path)
    (tmp_path / "gold" / "d1.yaml").write_text("doc_id: d1\nsource: pd1998:L00001-L00002\n", encoding="utf-8")
    assert load_folds(tmp_path)["d1"].fold == "train"


def test_a_fold_is_train_dev_or_test(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d1.yaml").write_text("doc_id: d1\nsource: pd1998:L00001-L00002\n", encoding="utf-8")
    (tmp_path / "folds.tsv").write_text("doc_id\tsite\tfold\nd1\tsite-a\tdev\n", encoding="utf-8")
    assert load_folds(tmp_path)["d1"].fold == "dev"
    (tmp_path / "folds.tsv").write_text("doc_id\tsite\tfold\nd1\tsite-a\tholdout\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="one of train, dev, test, not 'holdout'"):
        load_folds(tmp_path)


def test_the_shipped_corpus_has_its_three_folds():
    folds = load_folds()
    counts = {f: sum(d.fold == f for d in folds.values()) for f in ("train", "dev", "test")}
    assert counts == {"train": 207, "dev": 85, "test": 184}
    assert all(d.source.startswith(("pd1998:", "boson:")) for d in folds.values() if d.fold == "dev")
    assert not any(d.source.startswith("boson:") for d in folds.values() if d.fold == "train")


def test_a_boson_source_is_a_line_of_the_jsonl_with_its_escapes_undone(monkeypatch):
    import pipeline.corpus as corpus

    lines = ['{"text": "first"}', '{"text": "某县讯 3月2日,县委召开常委会议。\\n\\n县委书记某某主持。\\t "}']
    monkeypatch.setattr(corpus, "boson_lines", lambda: lines)
    assert corpus.source_text("boson:1") == "某县讯 3月2日,县委召开常委会议。\n\n县委书记某某主持。\n"
    with pytest.raises(CorpusError, match="out of range"):
        corpus.source_text("boson:2")
    with pytest.raises(CorpusError, match="expected boson:<line number>"):
        corpus.source_text("boson:L1")
