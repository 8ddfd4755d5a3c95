"""A body of home politics the text gives no country (an opposition leader, police, lawmakers, a
court; not "the government", which may be the other side's) belongs, all else equal, to the country the story is filed from, when the story names
that country: a story datelined CANBERRA that talks mostly of China still has Australia's
opposition. A country the text gives, or a story that never names its dateline's country, is
read as before."""

from __future__ import annotations

from datetime import date

from detente.ingest import IngestOptions
from detente.ingest.readers import make_document

STORY = """Australia seeks end to China trade curbs

CANBERRA, Australia (AP) — Australia's trade minister will travel to Beijing next week to press China to lift its remaining curbs on Australian wine.

China imposed tariffs on Australian barley, wine and coal in 2020, and Beijing has since lifted most of them.

Chinese officials said Beijing welcomed the visit and that China hoped for stable ties with its biggest trading partner.

Opposition leader Peter Dutton criticized the government for being too soft on Beijing.

Police arrested two protesters outside the Chinese embassy on Friday.
"""


def _events(pipeline, text: str) -> list[tuple[str | None, str, str | None]]:
    document = make_document(text, "<story>", IngestOptions(check_language=False), published=date(2023, 5, 6))
    return [((e.source.code if e.source else None), e.cameo, (e.target.code if e.target else None))
            for e in next(pipeline.run([document])).events]


def test_home_politics_belongs_to_the_dateline_country(pipeline):
    found = _events(pipeline, STORY)
    assert any(s == "AUSOPP" and c == "111" for s, c, _ in found), found
    assert any(s == "AUSCOP" and c.startswith("173") for s, c, _ in found), found


def test_without_a_dateline_the_most_named_country_stays(pipeline):
    found = _events(pipeline, STORY.replace("CANBERRA, Australia (AP) — ", ""))
    assert any(s == "CHNOPP" and c == "111" for s, c, _ in found), found


def test_a_country_the_text_gives_wins_over_the_dateline(pipeline):
    found = _events(pipeline, STORY.replace("Opposition leader Peter Dutton", "Chinese opposition figure Li Wei"))
    assert not any(s == "AUSOPP" for s, _, _ in found), found
