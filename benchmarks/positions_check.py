"""Check a run's registry: every attendance row's person has a ``positions`` row for
each post in its title (issue 18's acceptance check).

    .venv/bin/python benchmarks/positions_check.py OUT [OUT ...]

Prints, per output folder, the attendance rows and posts checked and every post
without its positions row; exits 1 when one is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.stages.titles import parse_title  # noqa: E402


def check(out: Path) -> list[str]:
    att = pd.read_parquet(out / "attendance.parquet")
    pos = pd.read_parquet(out / "positions.parquet")
    have = set(zip(pos.person_id, pos.organ.fillna(""), pos.post))
    missing, n_posts = [], 0
    for row in att.itertuples():
        if pd.isna(row.person_id):
            missing.append(f"{row.doc_id} {row.person}: no person_id")
            continue
        for post in parse_title(row.title if isinstance(row.title, str) else None):
            n_posts += 1
            if (row.person_id, post.organ or "", post.post) not in have:
                missing.append(f"{row.doc_id} {row.person} ({row.title}): {post.organ} {post.post}")
    titled = int(att.title.notna().sum())
    print(f"{out}: {len(att)} attendance rows ({titled} with a title), {n_posts} posts, "
          f"{len(pos)} positions rows, {len(missing)} missing")
    return missing


def main(argv: list[str]) -> int:
    bad = 0
    for arg in argv or ["outputs/run"]:
        for line in check(Path(arg)):
            print("  missing:", line)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
