"""Ingest: find input files, read them with encoding detection, make Documents.

Pure apart from reading the input files. One bad file (or one bad JSONL line) becomes
an ``InputError`` with a reason a person can act on; it never stops the others.

Inputs are folders (searched for ``IngestConfig.patterns``, recursively by default),
files (read whatever their extension) and glob patterns. ``doc_id`` is the file stem,
or the ``id`` of a JSONL record.

Encodings: a BOM (UTF-8/16/32) wins; then strict UTF-8; then UTF-8 cut off inside the
last character (the tail is dropped, with a warning); then GB18030 and Big5, decided
by how many of the decoded characters are common ones; then charset-normalizer.
Files with NUL bytes or few printable characters are rejected as binary. Only regular
files are read (a FIFO would block, a device never ends), and never more than
``ingest.max_bytes`` of one: a longer JSONL line is skipped as it is read.
"""
from __future__ import annotations

import codecs
import glob
import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.config import IngestConfig
from pipeline.records import Document, InputError

STAGE = "ingest"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP/Office archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PAR1", "a Parquet file"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_SAMPLE = 200_000  # characters looked at by the printable-ratio check


@dataclass
class IngestResult:
    """What ingest found: documents to process, failures, and warnings (still processed)."""

    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)
    n_files: int = 0
    missing: list[str] = field(default_factory=list)  # inputs that name nothing (no such path, no match)
    n_jsonl_files: int = 0
    n_jsonl_lines: int = 0  # non-blank lines of the JSONL files: each one a document or an error


class _Reject(Exception):
    """A file that cannot become a document; the message is the reason."""


# --------------------------------------------------------------------------- discovery


def _is_glob(text: str) -> bool:
    return any(c in text for c in "*?[")


def _hidden(path: Path, root: Path) -> bool:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
    return any(p.startswith(".") for p in parts)


def discover(inputs: list[str], cfg: IngestConfig) -> tuple[list[Path], list[InputError]]:
    """Files named by ``inputs`` (folders, files, globs), sorted and without repeats.

    Folders are searched for ``cfg.patterns`` (recursively unless ``cfg.recursive`` is
    false); hidden files and folders are skipped. An input that names nothing is one
    error, and the other inputs are still searched.
    """
    found: dict[str, Path] = {}
    errors: list[InputError] = []

    def add(p: Path) -> None:
        found.setdefault(os.path.normpath(str(p)), p)

    for raw in inputs:
        item = os.path.expanduser(str(raw))
        path = Path(item)
        if path.is_dir():
            walker = path.rglob if cfg.recursive else path.glob
            for pattern in cfg.patterns:
                for p in walker(pattern):
                    if not _hidden(p, path) and not p.is_dir():
                        add(p)
        elif path.exists() or path.is_symlink():
            add(path)  # named explicitly: read it whatever its extension
        elif _is_glob(item):
            matches = [Path(m) for m in glob.glob(item, recursive=True)]
            matches = [m for m in matches if not m.is_dir()]
            if not matches:
                errors.append(InputError("", item, STAGE, f"no input files match {item!r}"))
            for m in matches:
                add(m)
        else:
            what = "input folder" if not path.suffix else "input file"
            errors.append(InputError("", item, STAGE, f"{what} not found: {item}"))
    return [found[k] for k in sorted(found)], errors


# --------------------------------------------------------------------------- decoding


def _cjk_common_ratio(text: str) -> float:
    """Share of CJK ideographs that are common (GB2312 or Big5 level 1).

    A right decoding of Chinese text scores near 1; GB18030 read as Big5 or Big5 read
    as GB18030 gives a scatter of rare characters and private-use code points (~0.5).
    """
    n = ok = 0
    for ch in text[:20_000]:
        if "\u4e00" <= ch <= "\u9fff":
            n += 1
            try:
                ch.encode("gb2312")
                ok += 1
                continue
            except UnicodeEncodeError:
                pass
            try:
                if 0xA4 <= ch.encode("big5")[0] <= 0xC6:
                    ok += 1
            except UnicodeEncodeError:
                pass
        elif "\ue000" <= ch <= "\uf8ff":  # private use: a wrong guess
            n += 1
    return ok / n if n else 0.0


# Control characters (tab and line breaks aside), private use, and U+FFFD: what binary
# data or a wrong decoding leaves behind.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def _printable_ratio(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 1.0
    return 1 - len(_NOT_TEXT.findall(sample)) / len(sample)


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a text file: (text, encoding, warnings). Raises ``_Reject`` with a reason."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, []
            except UnicodeDecodeError as exc:
                raise _Reject(f"starts with a {enc} byte-order mark but is not valid {enc}: {exc.reason} at byte {exc.start}") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _Reject(f"binary file (looks like {what}), not text")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _Reject(f"binary file (contains NUL bytes, the first at byte {nul:,}), not text")

    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.reason == "unexpected end of data" and utf8_error.start >= len(data) - 3:
        cut = len(data) - utf8_error.start
        text = data[: utf8_error.start].decode("utf-8")
        return text, "utf-8", [f"truncated UTF-8: the file ends inside a character; dropped the last {cut} byte(s)"]

    candidates: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_cjk_common_ratio(text), enc, text))
    if candidates:
        score, enc, text = max(candidates, key=lambda c: c[0])
        if score >= 0.8 or (len(candidates) == 1 and score >= 0.6):
            return text, enc, []

    # Mostly UTF-8 with a few broken bytes (a damaged file): keep it, say so.
    text = data.decode("utf-8", errors="replace")
    n_bad = text.count("\ufffd")
    if n_bad and n_bad <= max(8, len(text) // 200):
        return text, "utf-8", [f"{n_bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"]

    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - the detector itself failing
        best = None
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding, [f"encoding guessed as {best.encoding}"]
        except (UnicodeDecodeError, LookupError):
            pass
    raise _Reject(
        "cannot detect the text encoding (not UTF-8, GB18030/GBK or Big5): "
        f"invalid UTF-8 at byte {utf8_error.start}"
    )


def _check_text(text: str, min_printable: float) -> None:
    if not text.strip():
        raise _Reject("empty file (no text)")
    nul = text.find("\x00")
    if nul >= 0:  # the printable-ratio check samples the start only; a NUL anywhere is binary
        raise _Reject(f"binary file (contains NUL characters, the first at character {nul:,}), not text")
    ratio = _printable_ratio(text)
    if ratio < min_printable:
        raise _Reject(f"binary or garbled file: only {ratio:.0%} of its characters are printable text")


# --------------------------------------------------------------------------- readers


_NOT_REGULAR = ((stat.S_ISDIR, "it is a folder"), (stat.S_ISFIFO, "it is a named pipe (FIFO)"),
                (stat.S_ISCHR, "it is a device"), (stat.S_ISBLK, "it is a block device"),
                (stat.S_ISSOCK, "it is a socket"))


def _check_regular(st: os.stat_result) -> None:
    """Only regular files are read: a FIFO would block the run, /dev/zero never ends."""
    if not stat.S_ISREG(st.st_mode):
        what = next((w for test, w in _NOT_REGULAR if test(st.st_mode)), "not a file")
        raise _Reject(f"not a regular file ({what})")


def _too_large(size: str, limit: int, what: str = "file") -> _Reject:
    return _Reject(f"{what} too large: {size} bytes > ingest.max_bytes {limit:,} "
                   "(split it into pages, or into a JSONL file with one record per page)")


def _open_regular(path: Path):
    """``path`` opened for binary reading, if it is a regular file (``_Reject`` if not;
    ``OSError`` if it cannot be opened). Opened without blocking, then checked: a FIFO
    swapped in after a first look cannot hang the run."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        _check_regular(os.fstat(fd))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bytes(path: Path, limit: int) -> bytes:
    """A regular file's bytes, never more than ``limit`` of them (``_Reject`` beyond)."""
    with _open_regular(path) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:  # it grew since it was looked at
        raise _too_large(f"over {limit:,}", limit)
    return data


def _os_reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, FileNotFoundError) and path.is_symlink():
        return "broken symbolic link (its target does not exist)"
    if isinstance(exc, FileNotFoundError):
        return "file disappeared before it could be read (deleted or moved during the run)"
    if isinstance(exc, IsADirectoryError):
        return "not a regular file (it is a folder)"
    if isinstance(exc, PermissionError):
        return f"cannot read file: permission denied ({exc.strerror or exc})"
    return f"cannot read file: {exc.strerror or exc}"


def _sized(path: Path, cfg: IngestConfig) -> int:
    """The size of a regular file within ``ingest.max_bytes`` (else ``_Reject``), from a
    look at it, before reading anything."""
    try:
        st = path.stat()
    except OSError as exc:
        raise _Reject(_os_reason(exc, path)) from None
    _check_regular(st)
    if st.st_size > cfg.max_bytes:
        raise _too_large(f"{st.st_size:,}", cfg.max_bytes)
    return st.st_size


def read_text_file(path: Path, cfg: IngestConfig) -> tuple[Document | None, list[InputError], list[InputError]]:
    """One .txt/.md file → (document or None, errors, warnings)."""
    doc_id = path.stem
    src = str(path)
    try:
        size = _sized(path, cfg)
        if size == 0:
            raise _Reject("empty file (0 bytes)")
        try:
            data = _read_bytes(path, cfg.max_bytes)
        except OSError as exc:
            raise _Reject(_os_reason(exc, path)) from None
        text, encoding, notes = decode_bytes(data)
        _check_text(text, cfg.min_printable_ratio)
    except _Reject as exc:
        return None, [InputError(doc_id, src, STAGE, str(exc))], []
    warnings = [InputError(doc_id, src, STAGE, n) for n in notes]
    return Document(doc_id=doc_id, source_path=src, raw_text=text, encoding=encoding), [], warnings


def _parse_date(value) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"issue_date must be an ISO date string, got {type(value).__name__}")
    return date.fromisoformat(value.strip()[:10])


def _bounded_lines(fh, limit: int):
    """``(line, size)`` for each line of a binary file; a line longer than ``limit`` bytes
    is skipped while it is read (never held in memory) and comes as ``(None, size)``."""
    chunk = 1 << 20
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit:
            yield raw, len(raw)
            continue
        size, ended = len(raw), raw.endswith(b"\n")
        del raw
        while not ended:  # the rest of the long line, a chunk at a time
            part = fh.readline(chunk)
            size += len(part)
            ended = not part or part.endswith(b"\n")
        yield None, size


# JSON may escape half of a UTF-16 pair alone ("\ud800"): no text encoding can hold it
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(path: Path, cfg: IngestConfig) -> tuple[list[Document], list[InputError], list[InputError]]:
    """A .jsonl file → documents, one per line; a bad line is an error of its own."""
    docs: list[Document] = []
    errors: list[InputError] = []
    warnings: list[InputError] = []
    src = str(path)
    try:
        fh = _open_regular(path)
    except _Reject as exc:
        return [], [InputError(path.stem, src, STAGE, str(exc))], []
    except OSError as exc:
        return [], [InputError(path.stem, src, STAGE, _os_reason(exc, path))], []
    n_records = 0
    with fh:
        for lineno, (raw, size) in enumerate(_bounded_lines(fh, cfg.max_bytes), start=1):
            where = f"{src}:{lineno}"
            fallback_id = f"{path.stem}:{lineno}"
            if raw is None:
                n_records += 1
                errors.append(InputError(fallback_id, where, STAGE, f"line {lineno}: record too large ({size:,} bytes > ingest.max_bytes {cfg.max_bytes:,})"))
                continue
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            n_records += 1
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                errors.append(InputError(fallback_id, where, STAGE, f"line {lineno}: not valid UTF-8 ({exc.reason} at byte {exc.start}); JSONL must be UTF-8"))
                continue
            try:
                rec = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                errors.append(InputError(fallback_id, where, STAGE, f"line {lineno}: malformed JSON ({exc.msg} at character {exc.pos + 1})"))
                continue
            if not isinstance(rec, dict):
                errors.append(InputError(fallback_id, where, STAGE, f"line {lineno}: expected a JSON object, got {type(rec).__name__}"))
                continue
            rid = rec.get("id")
            if rid is None or (isinstance(rid, str) and not rid.strip()) or isinstance(rid, (dict, list, bool)):
                errors.append(InputError(fallback_id, where, STAGE, f"line {lineno}: missing or invalid 'id'"))
                continue
            doc_id, n_id = _SURROGATE.subn("\ufffd", str(rid).strip())
            text = rec.get("text")
            if not isinstance(text, str):
                errors.append(InputError(doc_id, where, STAGE, f"line {lineno}: missing or non-string 'text'"))
                continue
            text, n_text = _SURROGATE.subn("\ufffd", text)
            try:
                _check_text(text, cfg.min_printable_ratio)
            except _Reject as exc:
                errors.append(InputError(doc_id, where, STAGE, f"line {lineno}: {exc}"))
                continue
            hint = None
            try:
                hint = _parse_date(rec.get("issue_date"))
            except ValueError as exc:
                warnings.append(InputError(doc_id, where, STAGE, f"line {lineno}: ignored issue_date {rec.get('issue_date')!r}: {exc}"))
            source, n_source = (None, 0) if rec.get("source") is None else _SURROGATE.subn("\ufffd", str(rec["source"]))
            if n_id + n_text + n_source:
                warnings.append(InputError(doc_id, where, STAGE, f"line {lineno}: {n_id + n_text + n_source} lone "
                                           "surrogate escape(s) (\\ud800-\\udfff) replaced by U+FFFD"))
            docs.append(
                Document(
                    doc_id=doc_id,
                    source_path=where,
                    raw_text=text,
                    encoding="utf-8",
                    issue_date_hint=hint,
                    source=source,
                )
            )
    if n_records == 0:
        errors.append(InputError(path.stem, src, STAGE, "empty JSONL file (no records)"))
    return docs, errors, warnings


def read_path(path: Path, cfg: IngestConfig) -> tuple[list[Document], list[InputError], list[InputError]]:
    """Any input file → (documents, errors, warnings). Never raises for a bad file."""
    try:
        if path.suffix.lower() == ".jsonl":
            return read_jsonl(path, cfg)
        doc, errors, warnings = read_text_file(path, cfg)
        return ([doc] if doc else []), errors, warnings
    except Exception as exc:  # an unforeseen failure is still one file's problem
        return [], [InputError(path.stem, str(path), STAGE, f"unexpected error: {type(exc).__name__}: {exc}")], []


def ingest(inputs: list[str] | str, cfg: IngestConfig | None = None) -> IngestResult:
    """Discover and read every input; duplicates of a ``doc_id`` after the first are errors."""
    cfg = cfg or IngestConfig()
    if isinstance(inputs, (str, Path)):
        inputs = [str(inputs)]
    paths, errors = discover([str(i) for i in inputs], cfg)
    result = IngestResult(errors=list(errors), n_files=len(paths), missing=[e.source_path for e in errors])
    seen: dict[str, str] = {}
    for path in paths:
        docs, errs, warns = read_path(path, cfg)
        if path.suffix.lower() == ".jsonl":
            result.n_jsonl_files += 1
            result.n_jsonl_lines += len(docs) + sum(e.source_path != str(path) for e in errs)  # "file:LINE"
        result.errors.extend(errs)
        result.warnings.extend(warns)
        for doc in docs:
            first = seen.get(doc.doc_id)
            if first is not None:
                result.errors.append(
                    InputError(doc.doc_id, doc.source_path, STAGE, f"duplicate doc_id {doc.doc_id!r}: already read from {first}; this copy is skipped")
                )
                continue
            seen[doc.doc_id] = doc.source_path
            result.documents.append(doc)
    return result
