"""Who speaks in a quoted sentence that names no speaker: a quotation that runs over several
sentences names its speaker once ('"Moscow must pay for this crime. We will respond,"
Sikorski said.'; '"We will never accept this," said Kallas. "Russia must withdraw."'). The
sentences without a verb of saying are the same speaker's words, so what they demand, threaten
or intend is that speaker's act."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp.labels import PERSON_LABELS
from detente.nlp.tree import children

OPENING, CLOSING, STRAIGHT = "\u201c", "\u201d", '"'
TEXT_KEY = "detente.text"  # in Doc.user_data: Doc.text joins every token on each call


def _text(doc: Doc) -> str:
    text: str | None = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _open_at(doc: Doc, char: int) -> bool:
    """A quotation is open at this point of the text (curly marks, else the parity of straight ones)."""
    before = _text(doc)[:char]
    if OPENING in before or CLOSING in before:
        return before.count(OPENING) > before.count(CLOSING)
    return before.count(STRAIGHT) % 2 == 1


def _closes(sent: Span) -> bool:
    """A quotation open in the sentence ends in it."""
    doc = sent.doc
    return any(ch in (CLOSING, STRAIGHT) and _open_at(doc, sent.start_char + k)
               for k, ch in enumerate(sent.text))


def _speech_verbs(sent: Span, speech: frozenset[str]) -> list[Token]:
    """Verbs of saying in a sentence that have a subject (the speaker is named there)."""
    return [t for t in sent if t.lemma_.lower() in speech and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t))]


def running_quote_speaker(sent: Span, speech: frozenset[str]) -> Token | None:
    """The verb of saying of the quotation a sentence belongs to when the sentence itself has none:
    the one after it that closes the quotation, else the one of the quoted sentence just before."""
    if _speech_verbs(sent, speech):
        return None
    return _running_speaker(sent, speech)


def _running_speaker(sent: Span, speech: frozenset[str]) -> Token | None:
    """The verb of saying after or before a quoted sentence (``running_quote_speaker``)."""
    doc = sent.doc
    text = sent.text.strip()
    if not _open_at(doc, sent.start_char) and not text.startswith((OPENING, STRAIGHT)):
        return None
    unclosed = False  # the quotation runs on past the sentences read: its speaker is unknown
    if _open_at(doc, sent.end_char):  # the quotation goes on: its speaker may come after
        end = sent.end
        for _ in range(2):
            if end >= len(doc):
                break
            later = doc[end].sent
            verbs = _speech_verbs(later, speech)
            if verbs:
                return verbs[0]
            if _closes(later):
                break  # the quotation closed with no speaker named
            end = later.end
        else:
            unclosed = end < len(doc)
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if CLOSING not in before.text and STRAIGHT not in before.text:
        # 'Guled described the dispute as vital. "We hoped to settle it with Kenya.': a quotation
        # opened after a sentence about a named person, naming no speaker after it, is theirs
        return _introducer(before) if not _open_at(doc, sent.start_char) and not unclosed else None
    verbs = _speech_verbs(before, speech)
    return verbs[-1] if verbs else None


def _introducer(sent: Span) -> Token | None:
    """The main verb of a sentence told of a named person (its subject a person's name), who
    speaks the quotation that opens right after it."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in children(root) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in children(subjects[0])):
        return None  # "Trump and Zelenskyy disagreed": whose words follow is not said
    return root if subjects[0].ent_type_ in PERSON_LABELS else None


def in_quotation(token: Token) -> bool:
    """The word stands inside a quotation (by the nearest curly mark before it, see ``_quoted``)."""
    return _quoted(token.doc, token.idx)


def _quoted(doc: Doc, char: int) -> bool:
    """Inside a quotation by the nearest curly mark before this point (an opening one), so that
    one mark left unclosed far above does not put the rest of the story in quotes; by the
    parity of the straight marks after it where those come later (stories mix the two)."""
    before = _text(doc)[:char]
    last = max(before.rfind(OPENING), before.rfind(CLOSING))
    if before.rfind(STRAIGHT) < last:
        return before[last] == OPENING
    return before[last + 1:].count(STRAIGHT) % 2 == 1  # straight marks since the last curly one


def quotation_speaker(token: Token, speech: frozenset[str]) -> Token | None:
    """Who speaks the quotation a word stands in: the subject of a verb of saying outside the
    quotation in its sentence ('"He calls Xi a friend," [Wyne] said'), else of the quotation
    it runs on from or into; None when the word is not quoted or no speaker is named. A "he"
    or "she" in someone's quoted words is not that someone (who would say "I")."""
    doc = token.doc
    if not _quoted(doc, token.idx):
        return None
    sent = token.sent
    for verb in _speech_verbs(sent, speech):
        if not _quoted(doc, verb.idx):
            subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and not _quoted(doc, c.idx)]
            if subjects:
                return subjects[0]
    running = _running_speaker(sent, speech)
    if running is None:
        return None
    return next((c for c in children(running) if c.dep_ in ("nsubj", "nsubjpass")), None)
