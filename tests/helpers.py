"""Run the pure NLP stages on a text written in a test, without Prefect."""
from __future__ import annotations

from datetime import date

from pipeline.config import NerConfig, SegmentConfig
from pipeline.records import Document, Event
from pipeline.stages.articles import split_articles
from pipeline.stages.clean import clean_document
from pipeline.stages.ner import recognize
from pipeline.stages.relations import extract_events
from pipeline.stages.segment import segment


def run_stages(text: str, issue: date | None = None, doc_id: str = "t", segmenter: str = "char",
               backend: str = "rules"):
    doc = Document(doc_id, f"{doc_id}.txt", text, "utf-8", issue_date_hint=issue)
    clean = clean_document(doc)
    articles = split_articles(clean)
    sentences = segment(clean, articles, SegmentConfig(segmenter=segmenter))
    mentions = recognize(clean, articles, sentences, NerConfig(backend=backend), raw_text=text,
                         segment_cfg=SegmentConfig(segmenter=segmenter))
    events = extract_events(clean, articles, sentences, mentions)
    return clean, articles, mentions, events


def frames(events: list[Event]) -> dict[str, dict[str, tuple[set[str], str | None]]]:
    """{event name: {person: (roles, title)}}; attendee is dropped beside another role."""
    out = {}
    for ev in events:
        people = {}
        for p in ev.participants:
            roles = set(p.roles)
            if len(roles) > 1:
                roles.discard("attendee")
            people[p.person] = (roles, p.title)
        out[ev.name] = people
    return out
