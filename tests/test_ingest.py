"""Ingest: discovery, encodings, bad files and bad JSONL lines, without Prefect."""
from __future__ import annotations

import codecs
import json
from datetime import date

import pytest

from pipeline.config import IngestConfig
from pipeline.stages import ingest as ing
from tests.conftest import PAGE_A, PAGE_B, PAGE_TRAD, write


def read(path, **cfg):
    return ing.ingest([str(path)], IngestConfig(**cfg))


def only_doc(result):
    assert not result.errors, result.errors
    assert len(result.documents) == 1
    return result.documents[0]


def only_error(result):
    assert not result.documents
    assert len(result.errors) == 1, result.errors
    return result.errors[0]


def test_utf8_page(tmp_path):
    doc = only_doc(read(write(tmp_path / "qingchuan_20250306.txt", PAGE_A)))
    assert doc.doc_id == "qingchuan_20250306"
    assert doc.raw_text == PAGE_A and doc.encoding == "utf-8"


def test_utf8_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(codecs.BOM_UTF8 + PAGE_A.encode("utf-8"))
    doc = only_doc(read(p))
    assert doc.raw_text == PAGE_A and doc.encoding == "utf-8-sig"


def test_utf16_bom(tmp_path):
    p = tmp_path / "wide.txt"
    p.write_bytes(PAGE_B.encode("utf-16"))
    doc = only_doc(read(p))
    assert doc.raw_text == PAGE_B and doc.encoding == "utf-16"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_page(tmp_path, encoding):
    doc = only_doc(read(write(tmp_path / "gbk.txt", PAGE_B, encoding)))
    assert doc.raw_text == PAGE_B and doc.encoding == "gb18030"


def test_traditional_gbk_page(tmp_path):
    # GBK also encodes traditional characters; it must not be mistaken for Big5
    doc = only_doc(read(write(tmp_path / "trad_gbk.txt", PAGE_TRAD, "gbk")))
    assert doc.raw_text == PAGE_TRAD and doc.encoding == "gb18030"


def test_big5_page(tmp_path):
    doc = only_doc(read(write(tmp_path / "big5.txt", PAGE_TRAD, "big5")))
    assert doc.raw_text == PAGE_TRAD and doc.encoding == "big5"


def test_short_big5_and_gbk_lines(tmp_path):
    assert only_doc(read(write(tmp_path / "a.txt", "會議召開", "big5"))).raw_text == "會議召開"
    assert only_doc(read(write(tmp_path / "b.txt", "会议召开", "gbk"))).raw_text == "会议召开"


def test_truncated_utf8_keeps_the_text_and_warns(tmp_path):
    data = PAGE_A.encode("utf-8")[:-2]  # cut inside the last character (。 is 3 bytes)
    p = tmp_path / "cut.txt"
    p.write_bytes(data)
    result = read(p)
    doc = only_doc(result)
    assert doc.raw_text == PAGE_A[:-2]
    assert len(result.warnings) == 1 and "truncated UTF-8" in result.warnings[0].reason


def test_a_few_broken_utf8_bytes_are_replaced_with_a_warning(tmp_path):
    data = PAGE_A.encode("utf-8")
    p = tmp_path / "damaged.txt"
    p.write_bytes(data[:40] + b"\xff" + data[40:])
    result = read(p)
    doc = only_doc(result)
    assert "\ufffd" in doc.raw_text
    assert "replaced" in result.warnings[0].reason


@pytest.mark.parametrize("payload, words", [
    (b"\x00\x01\x02binary\x00data" * 50, "NUL"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (bytes(range(1, 32)) * 40, "printable"),
])
def test_binary_files_are_rejected(tmp_path, payload, words):
    p = tmp_path / "scan.txt"
    p.write_bytes(payload)
    err = only_error(read(p))
    assert err.stage == "ingest" and err.doc_id == "scan"
    assert words in err.reason and ("binary" in err.reason or "garbled" in err.reason)


@pytest.mark.parametrize("content, words", [(b"", "0 bytes"), (b"  \n\n\t \n", "no text")])
def test_empty_files(tmp_path, content, words):
    p = tmp_path / "blank.txt"
    p.write_bytes(content)
    err = only_error(read(p))
    assert "empty file" in err.reason and words in err.reason


def test_too_large_file_is_rejected_without_reading(tmp_path, monkeypatch):
    p = write(tmp_path / "huge.txt", PAGE_A * 10)
    monkeypatch.setattr(ing, "_read_bytes", lambda path, limit: pytest.fail("read a file that is too large"))
    err = only_error(read(p, max_bytes=1000))
    assert "too large" in err.reason and "ingest.max_bytes" in err.reason


def test_file_that_disappears_before_it_is_read(tmp_path, monkeypatch):
    write(tmp_path / "gone.txt", PAGE_A)
    real = ing._read_bytes

    def vanish(path, limit):
        path.unlink()
        return real(path, limit)

    monkeypatch.setattr(ing, "_read_bytes", vanish)
    err = only_error(read(tmp_path))
    assert err.doc_id == "gone" and "disappeared" in err.reason


def test_unreadable_file(tmp_path, monkeypatch):
    write(tmp_path / "locked.txt", PAGE_A)
    write(tmp_path / "fine.txt", PAGE_B)
    real = ing._read_bytes

    def guarded(path, limit):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(path, limit)

    monkeypatch.setattr(ing, "_read_bytes", guarded)
    result = read(tmp_path)
    assert [d.doc_id for d in result.documents] == ["fine"]
    (err,) = result.errors
    assert err.doc_id == "locked" and "permission denied" in err.reason.lower()


def test_folder_named_like_a_page_is_searched_not_read(tmp_path):
    write(tmp_path / "2025-03.txt" / "inner_page.txt", PAGE_A)
    result = read(tmp_path)
    assert [d.doc_id for d in result.documents] == ["inner_page"] and not result.errors


def test_folder_named_explicitly_as_a_file(tmp_path):
    (tmp_path / "x.txt").mkdir()
    result = ing.ingest([str(tmp_path / "x.txt")])
    assert not result.documents  # an explicit folder is searched; it is empty
    assert not result.errors


def test_missing_input_folder_is_one_clear_error(tmp_path):
    result = ing.ingest([str(tmp_path / "no_such_folder"), str(write(tmp_path / "a.txt", PAGE_A))])
    assert [d.doc_id for d in result.documents] == ["a"]
    (err,) = result.errors
    assert "not found" in err.reason and "no_such_folder" in err.reason


def test_glob_without_matches(tmp_path):
    (err,) = ing.ingest([str(tmp_path / "*.txt")]).errors
    assert "no input files match" in err.reason


def test_discovery_patterns_recursion_and_hidden_files(tmp_path):
    write(tmp_path / "a.txt", PAGE_A)
    write(tmp_path / "notes.txt", PAGE_B)
    write(tmp_path / "README.md", "# 样张\n本文件夹存放县报版面。\n")  # a folder's README is no page
    write(tmp_path / "sub" / "deeper" / "c.txt", PAGE_A)
    write(tmp_path / "image.png", "not a page")
    write(tmp_path / ".hidden" / "h.txt", PAGE_A)
    write(tmp_path / ".secret.txt", PAGE_A)
    got = sorted(d.doc_id for d in read(tmp_path).documents)
    assert got == ["a", "c", "notes"]
    flat = ing.ingest([str(tmp_path)], IngestConfig(recursive=False))
    assert sorted(d.doc_id for d in flat.documents) == ["a", "notes"]
    globbed = ing.ingest([str(tmp_path / "**" / "*.txt")])
    assert sorted(d.doc_id for d in globbed.documents) == ["a", "c", "notes"]
    assert [d.doc_id for d in ing.ingest([str(tmp_path / "*.md")]).documents] == ["README"]  # named: read


def test_explicit_file_is_read_whatever_its_extension(tmp_path):
    doc = only_doc(ing.ingest([str(write(tmp_path / "page.text", PAGE_A))]))
    assert doc.doc_id == "page"


def test_duplicate_doc_ids_are_errors(tmp_path):
    write(tmp_path / "one" / "page.txt", PAGE_A)
    write(tmp_path / "two" / "page.txt", PAGE_B)
    result = read(tmp_path)
    assert len(result.documents) == 1 and result.documents[0].raw_text == PAGE_A
    (err,) = result.errors
    assert "duplicate doc_id 'page'" in err.reason and "one" in err.reason


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "p1", "text": PAGE_A, "issue_date": "2025-03-06", "source": "青川日报"}, ensure_ascii=False),
        '{"id": "p2", "text": "broken',  # malformed JSON
        "",  # blank lines are skipped
        json.dumps({"id": "p3", "text": 12345}),  # text not a string
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "no id"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": PAGE_B, "issue_date": "20th of May"}, ensure_ascii=False),
        json.dumps({"id": "p1", "text": PAGE_B}, ensure_ascii=False),  # duplicate id
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read(p)
    docs = {d.doc_id: d for d in result.documents}
    assert set(docs) == {"p1", "7"}
    assert docs["p1"].issue_date_hint == date(2025, 3, 6) and docs["p1"].source == "青川日报"
    assert docs["p1"].source_path.endswith("feed.jsonl:1")
    assert docs["7"].issue_date_hint is None
    reasons = sorted(e.reason for e in result.errors)
    assert len(reasons) == 5, reasons
    assert any("line 2: malformed JSON" in r for r in reasons)
    assert any("line 4: missing or non-string 'text'" in r for r in reasons)
    assert any("line 5: expected a JSON object" in r for r in reasons)
    assert any("line 6: missing or invalid 'id'" in r for r in reasons)
    assert any("duplicate doc_id 'p1'" in r for r in reasons)
    assert any("ignored issue_date" in w.reason for w in result.warnings)


def test_empty_jsonl_file(tmp_path):
    p = tmp_path / "none.jsonl"
    p.write_text("\n\n", encoding="utf-8")
    assert "empty JSONL" in only_error(read(p)).reason


def test_one_bad_file_never_stops_the_others(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", PAGE_A)
    write(tmp_path / "b.txt", PAGE_B)
    real = ing.read_text_file

    def explode(path, cfg):
        if path.name == "a.txt":
            raise RuntimeError("disk on fire")
        return real(path, cfg)

    monkeypatch.setattr(ing, "read_text_file", explode)
    result = read(tmp_path)
    assert [d.doc_id for d in result.documents] == ["b"]
    assert "unexpected error: RuntimeError: disk on fire" in result.errors[0].reason
