from detente.text import clean_text, normalise_for_hash

PAGE = """Skip to content
Menu
World | Business | Politics
ARTICLE BY Jane Roe
PUBLISHED 14 March 2026 10:00

Canada and China signed two agreements on Thursday. [See more: Trade talks stall]

[See more: Canola farmers worry]
Share this article
Subscribe to our newsletter
© 2026 Example News
"""


def test_navigation_bylines_and_links_are_dropped():
    assert clean_text(PAGE) == "Canada and China signed two agreements on Thursday."


def test_paragraphs_stay_separate_and_wrapped_lines_join():
    text = ("First paragraph ends here.\nSecond paragraph starts on the next line.\n\n"
            "A long line that was hard wrapped by the sender and so it\ncontinues here.")
    assert clean_text(text).split("\n\n") == [
        "First paragraph ends here.",
        "Second paragraph starts on the next line.",
        "A long line that was hard wrapped by the sender and so it continues here.",
    ]


def test_hash_form_ignores_case_and_spacing():
    assert normalise_for_hash("Canada  and\nChina") == normalise_for_hash("canada and china")


def test_datelines_are_removed_but_dashes_in_prose_stay():
    assert clean_text("OTTAWA — A Canadian businessman was detained.") == "A Canadian businessman was detained."
    assert clean_text("BEIJING (Reuters) - China said it would respond.") == "China said it would respond."
    assert clean_text("SHENYANG, China — Police said.") == "Police said."
    assert clean_text("The US — and Canada — met.") == "The US — and Canada — met."
    assert clean_text("UN — the body met.") == "UN — the body met."


def test_scrub_removes_controls_and_replaces_lone_surrogates():
    from detente.text import scrub_text

    assert scrub_text("a\x00b\x07c\x1bd\te\r\nf") == "abcd\te\r\nf"
    assert scrub_text("page\x0cbreak\x0bhere") == "page\nbreak\nhere"
    assert scrub_text("bad \ud800 pair \udc00") == "bad \ufffd pair \ufffd"
    assert scrub_text("paired \U0001f600 stays") == "paired \U0001f600 stays"


def test_clean_text_never_keeps_a_nul_or_a_surrogate():
    assert clean_text("Canada\x00 and China\ud800 met.") == "Canada and China\ufffd met."
