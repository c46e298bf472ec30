"""Plain typed records that flow between stages.

Only these cross stage boundaries (never spaCy Docs or models), so every stage's
output can be cached, pickled to a worker and tested alone. Offsets are character
offsets into ``CleanDocument.text`` unless a field says otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    """One input document as read from disk or a JSONL record."""

    doc_id: str
    source_path: str
    raw_text: str
    encoding: str
    issue_date_hint: date | None = None  # from a JSONL `issue_date` field
    source: str | None = None  # from a JSONL `source` field


@dataclass(frozen=True)
class InputError:
    """A document that could not be read or processed, with the reason."""

    doc_id: str
    source_path: str
    stage: str
    reason: str


@dataclass(frozen=True)
class DateAnchor:
    """What an issue date tells about the calendar: the year and month, and the day when
    known (a file name like ``page_201403`` gives no day). Dates in the text resolve
    against it: ``12月29日`` in a January 2019 issue is 2018-12-29."""

    year: int
    month: int
    day: int | None = None

    @classmethod
    def of(cls, d: date | None) -> DateAnchor | None:
        return None if d is None else cls(d.year, d.month, d.day)

    @property
    def date(self) -> date | None:
        """The full date, when the day is known."""
        return None if self.day is None else date(self.year, self.month, self.day)


@dataclass
class CleanDocument:
    """OCR-repaired text in simplified characters, with a map back to the raw text."""

    doc_id: str
    source_path: str
    text: str
    offset_map: list[int]  # offset_map[i] = index in raw_text of clean char i
    newspaper: str | None = None
    issue_date: date | None = None
    issue_date_source: str = "unknown"  # masthead | masthead+lunar | lunar | jsonl | header | url | filename | unknown
    traditional: bool = False
    furniture: list[str] = field(default_factory=list)  # removed page furniture lines
    captions: list[tuple[int, int]] = field(default_factory=list)  # caption paragraph spans
    partial_issue_date: tuple[int, int] | None = None  # (year, month) of an issue whose day is unknown

    @property
    def issue_anchor(self) -> DateAnchor | None:
        """The issue date as far as it is known (None when not even its month is)."""
        if self.issue_date is not None:
            return DateAnchor.of(self.issue_date)
        return DateAnchor(*self.partial_issue_date) if self.partial_issue_date else None

    def original(self, raw_text: str, start: int, end: int) -> str:
        """The raw text behind clean span [start, end): its chars and the whitespace
        between them (not what cleaning removed, nor a page turn's gap)."""
        if start >= end:
            return ""
        offs = self.offset_map[start:end]
        pieces = [raw_text[offs[0]]]
        for a, b in zip(offs, offs[1:]):
            gap = raw_text[a + 1 : b]
            if not gap.strip():  # spaces and line breaks inside a name stay; removed text does not
                pieces.append(gap)
            pieces.append(raw_text[b])
        return "".join(pieces)


@dataclass(frozen=True)
class Article:
    """One article on a page: headline lines, lead, body; span in clean text."""

    article_id: str
    doc_id: str
    headline: str
    headline_spans: tuple[tuple[int, int], ...]
    start: int  # body start (the lead paragraph)
    end: int
    reporters: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a headline line) of an article; tokens come from the segmenter."""

    doc_id: str
    article_id: str
    start: int
    end: int
    text: str
    is_headline: bool = False
    token_starts: tuple[int, ...] = ()  # token start offsets relative to `start`
    candidate: bool = False  # may name people: the NER model and rules look at it


@dataclass(frozen=True)
class Mention:
    """A labelled span: PERSON, TITLE, PLACE, ORG, MEETING or DATE."""

    doc_id: str
    article_id: str
    label: str
    text: str
    start: int
    end: int
    source: str = "rules"  # rules | model | registry | byline
    kind: str | None = None  # PERSON: official | reporter | other
    title: str | None = None  # PERSON: the title written next to it
    original_text: str | None = None  # spelling in the raw text (traditional, spaced)


@dataclass
class Participant:
    person: str
    roles: set[str]
    title: str | None
    evidence: str
    start: int
    end: int


@dataclass
class Event:
    """A reported event with its participants."""

    meeting_id: str
    doc_id: str
    article_id: str
    name: str
    kind: str  # meeting | talks | inspection | visit | other
    date: date | None
    month: int | None
    day: int | None
    date_text: str | None
    date_source: str  # text | relative | issue_date | unknown
    place: str | None
    evidence: str
    start: int
    end: int
    participants: list[Participant] = field(default_factory=list)
    from_headline: bool = False


@dataclass
class DocumentResult:
    """Everything extracted from one document."""

    clean: CleanDocument
    articles: list[Article]
    mentions: list[Mention]
    events: list[Event]
    n_chars: int
    warnings: list[str] = field(default_factory=list)
