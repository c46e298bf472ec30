"""Run configs: validation in one line naming the key, overrides, the shipped configs."""
from __future__ import annotations


import pytest

from pipeline import cli
from pipeline.config import REPO_ROOT, ConfigError, RunConfig, load_config, with_overrides

# run configs (not the training ones, nor the people file: test_people_file_is_checked)
CONFIGS = sorted(p for p in (REPO_ROOT / "configs").glob("*.yaml")
                 if not p.name.startswith("train_") and p.name != "people.yaml")


def bad(tmp_path, text: str) -> str:
    p = tmp_path / "bad.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(p)
    msg = str(info.value)
    assert "\n" not in msg
    return msg


def test_unknown_key_is_named(tmp_path):
    assert "'ner.bakend'" in bad(tmp_path, "ner:\n  bakend: rules\n")
    assert "'colour'" in bad(tmp_path, "colour: blue\n")


def test_bad_value_is_named(tmp_path):
    msg = bad(tmp_path, "ner:\n  backend: bert\n")
    assert "'ner.backend'" in msg and "rules" in msg
    assert "'runner.n_workers'" in bad(tmp_path, "runner:\n  n_workers: 0\n")
    assert "'ingest.max_bytes'" in bad(tmp_path, "ingest:\n  max_bytes: lots\n")


def test_bad_yaml_and_missing_file(tmp_path):
    assert "not valid YAML" in bad(tmp_path, "ner: [unclosed\n")
    assert "must be a mapping" in bad(tmp_path, "- just\n- a list\n")
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


@pytest.mark.parametrize("path", CONFIGS, ids=[p.name for p in CONFIGS])
def test_shipped_configs_are_valid(path):
    cfg = load_config(path)
    assert isinstance(cfg, RunConfig)


def test_people_file_is_checked(tmp_path):
    assert load_config().registry.people_path() == str(REPO_ROOT / "configs" / "people.yaml")
    path = tmp_path / "people.yaml"
    path.write_text("merge: [[a]]\nsplit: [{name: 某某, doc_idz: [p1]}]\n", encoding="utf-8")
    msg = bad(tmp_path, f"registry:\n  people_file: {path}\n")
    assert "registry.people_file" in msg and "split.0.doc_idz" in msg
    assert "missing.yaml" in bad(tmp_path, f"registry:\n  people_file: {tmp_path / 'missing.yaml'}\n")


def test_shipped_configs_choose_their_backends():
    assert load_config(REPO_ROOT / "configs" / "default.yaml").ner.backend == "hanlp"
    assert load_config(REPO_ROOT / "configs" / "default.yaml").segment.segmenter == "pkuseg"
    rules = load_config(REPO_ROOT / "configs" / "rules-only.yaml")
    assert (rules.ner.backend, rules.segment.segmenter) == ("rules", "char")
    assert load_config(REPO_ROOT / "configs" / "dask.yaml").runner.kind == "dask"


def test_defaults_need_no_file():
    cfg = load_config(None)
    assert cfg.runner.kind == "local" and cfg.cache.enabled and cfg.output.dir


def test_dotted_overrides():
    cfg = with_overrides(RunConfig(), {"output.dir": "x", "runner.kind": "dask", "input": ["a", "b"], "cache.dir": None})
    assert (cfg.output.dir, cfg.runner.kind, cfg.input) == ("x", "dask", ["a", "b"])
    with pytest.raises(ConfigError, match="'runner.kind'"):
        with_overrides(RunConfig(), {"runner.kind": "spark"})


def test_stage_hash_changes_only_with_its_sections():
    a = RunConfig()
    b = with_overrides(a, {"relations.max_title_chars": 30})
    assert a.stage_hash("clean", "segment", "ner") == b.stage_hash("clean", "segment", "ner")
    assert a.stage_hash("relations") != b.stage_hash("relations")


def test_cli_bad_config_is_one_line_and_exit_2(tmp_path, capsys):
    p = tmp_path / "bad.yaml"
    p.write_text("ner:\n  backend: rules\n  lexicons: here\n", encoding="utf-8")
    code = cli.main(["run", "--input", str(tmp_path), "--output", str(tmp_path / "o"), "--config", str(p)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0 and "'ner.lexicons'" in err


def test_cli_bad_flag_value_exit_2(tmp_path, capsys):
    code = cli.main(["run", "--input", str(tmp_path), "--workers", "0", "--config", str(CONFIGS[0])])
    assert code == 2 and "'runner.n_workers'" in capsys.readouterr().err


def test_cli_usage_error_exit_2():
    with pytest.raises(SystemExit) as info:
        cli.main(["run", "--runner", "spark"])
    assert info.value.code == 2


def test_cli_train_dispatches_lazily(monkeypatch, tmp_path):
    import types
    import sys

    seen = {}
    fake = types.ModuleType("pipeline.train.ner")
    fake.main = lambda path, overrides: seen.update(path=path, overrides=overrides)
    monkeypatch.setitem(sys.modules, "pipeline.train.ner", fake)
    import pipeline.train

    monkeypatch.setattr(pipeline.train, "ner", fake, raising=False)
    argv = ["train", "ner", "--config", str(tmp_path / "t.yaml"), "--set", "hanlp.epochs=2",
            "--set", "hanlp.lexicon=null"]
    assert cli.main(argv) == 0
    assert seen == {"path": str(tmp_path / "t.yaml"), "overrides": {"hanlp.epochs": 2, "hanlp.lexicon": None}}
    assert cli.main(["train", "ner", "--set", "epochs"]) == 2  # not KEY=VALUE: a config error


def test_cli_serve_without_a_prefect_server_says_how_to_start_one(tmp_path, capsys, monkeypatch):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        code = cli.main(["serve", "--inbox", str(tmp_path / "inbox"), "--config", str(CONFIGS[0])])
    assert code == 2 and "prefect server start" in capsys.readouterr().err
