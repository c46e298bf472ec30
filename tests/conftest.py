"""Shared fixtures: short fictional pages, and one Prefect test harness per session."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

# Quiet, offline Prefect for every test that runs a flow (set before prefect is imported).
for _key, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "DASK_LOGGING__DISTRIBUTED": "warning",
}.items():
    os.environ.setdefault(_key, _value)

# Fictional pages in the style of a county paper (names, places and meetings invented).
PAGE_A = (
    "青川日报\n"
    "2025年3月6日 星期四\n"
    "农历乙巳年二月初七\n"
    "\n"
    "县委常委会召开会议\n"
    "周明远主持并讲话\n"
    "\n"
    "本报讯(记者林晓)3月5日,县委常委会召开会议,传达学习全省经济工作会议精神。"
    "县委书记周明远主持会议并讲话。县委副书记、县长韩志刚出席会议。\n"
    "会议强调,要抓好春耕生产,确保粮食安全。\n"
)
PAGE_B = (
    "南江晚报\n"
    "2024年11月20日 星期三\n"
    "\n"
    "市政府召开常务会议\n"
    "\n"
    "本报讯 11月19日,市政府第21次常务会议召开。市长刘建华主持会议。"
    "副市长陈雪梅、王立新出席会议。\n"
    "会议研究了冬季供暖保障工作。\n"
)
PAGE_TRAD = (
    "東山日報\n"
    "2023年5月10日 星期三\n"
    "\n"
    "區委召開理論學習中心組會議\n"
    "\n"
    "本報訊 5月9日,區委理論學習中心組召開集體學習會議。區委書記黃國強主持會議並講話。\n"
)
PAGE_C = (
    "青川日报\n"
    "2025年3月7日 星期五\n"
    "\n"
    "县政府召开专题会议\n"
    "\n"
    "本报讯(记者林晓)3月6日,县政府召开专题会议,研究部署森林防火工作。"
    "县长韩志刚主持会议并讲话。副县长罗佳出席会议。\n"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def pages(tmp_path) -> Path:
    """A folder with two small UTF-8 pages."""
    d = tmp_path / "in"
    write(d / "qingchuan_20250306.txt", PAGE_A)
    write(d / "nanjiang_20241120.txt", PAGE_B)
    return d


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API and database for all flow tests."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
        # its "Stopping temporary server" line would go to pytest's closed capture stream
        logging.getLogger("prefect").setLevel(logging.WARNING)


@pytest.fixture
def rules_config(tmp_path):
    """The rules-only pipeline (no models), writing into a tmp folder."""
    from pipeline.config import RunConfig

    def make(inputs, out=None, **sections) -> RunConfig:
        data = {
            "input": [str(i) for i in inputs],
            "output": {"dir": str(out or tmp_path / "out")},
            "segment": {"segmenter": "char"},
            "ner": {"backend": "rules"},
        }
        for key, value in sections.items():
            data.setdefault(key, {}).update(value)
        return RunConfig.model_validate(data)

    return make
