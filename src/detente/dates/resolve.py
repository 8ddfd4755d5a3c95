"""Give every event its own date, resolved against the document's publication date.

News rarely states full dates: "met on Thursday", "last October", "two weeks ago". An
event's date is therefore (1) the time expression attached to the event's trigger in the
dependency parse, (2) resolved relative to the publication date, using the event's tense
to decide whether a bare weekday or month lies before or after publication.

The lexicon of relative expressions and the attachment/tense cues live in
``data/dates/expressions.yaml`` so that adding an expression is a data change; the rules
themselves are documented at the top of that file. Explicit calendar dates ("March 3,
2024") go to dateparser, which is slow, so it is called only for phrases the lexicon does
not handle and only when they look like a calendar date, and its results are cached.

Nothing here reads the machine's clock: a date that cannot be anchored is ``None``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml

if TYPE_CHECKING:  # spaCy is only needed by the parse-based functions' callers
    from spacy.tokens import Span, Token

Precision = Literal["day", "month", "year", "published"]

__all__ = [
    "EXPRESSIONS_PATH",
    "Precision",
    "event_date",
    "event_tense",
    "expression_kind",
    "find_time_expression",
    "is_past",
    "resolve_expression",
]

EXPRESSIONS_PATH = Path(__file__).resolve().parent.parent / "data" / "dates" / "expressions.yaml"

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# A fixed, arbitrary reference used only to ask "is this phrase a date at all, and how
# precise?" when choosing among candidate expressions; never returned to callers.
_PROBE_DATE = date(2001, 6, 13)
_SLOT_RE = re.compile(r"\{(\w+)\}")
_ISO_DAY = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_ISO_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
_DAY_TOKEN = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_YEAR_TOKEN = re.compile(r"^\d{4}$")


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Entry:
    """One lexicon entry: its id, compiled patterns and how it resolves."""

    id: str
    patterns: tuple[re.Pattern[str], ...]
    resolve: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The parsed expressions file, compiled once."""

    strip_leading: tuple[str, ...]
    strip_trailing: tuple[str, ...]
    time_of_day: tuple[re.Pattern[str], ...]
    slots: dict[str, dict[str, Any]]
    units: dict[str, dict[str, Any]]
    year_range: tuple[int, int]
    entries: tuple[_Entry, ...]
    attach: dict[str, frozenset[str]]
    tense: dict[str, frozenset[str]]


def _alternation(words: list[str]) -> str:
    """Regex alternation, longest first so 'sept' wins over 'sep'."""
    return "|".join(
        r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True)
    )


def _compile_pattern(pattern: str, slots: dict[str, dict[str, Any]]) -> re.Pattern[str]:
    """Turn 'last {weekday}' into a full-match regex with one named group per slot."""
    out: list[str] = []
    pos = 0
    for m in _SLOT_RE.finditer(pattern):
        literal = pattern[pos : m.start()]
        out.append(r"\s+".join(re.escape(p) for p in literal.split(" ")))
        name = m.group(1)
        if name == "year":
            body = r"\d{4}"
        elif name == "number":
            body = _alternation(list(slots["number"])) + r"|\d{1,3}"
        else:
            body = _alternation(list(slots[name]))
        out.append(f"(?P<{name}>{body})")
        pos = m.end()
    out.append(r"\s+".join(re.escape(p) for p in pattern[pos:].split(" ")))
    return re.compile("".join(out))


def _check_words(node: Any, where: str) -> None:
    """Fail loudly on YAML 1.1 booleans: an unquoted 'on' or 'no' would silently become True."""
    if isinstance(node, bool):
        raise ValueError(f"{EXPRESSIONS_PATH.name}: boolean in {where}; quote the word")
    if isinstance(node, dict):
        for k, v in node.items():
            _check_words(k, where)
            _check_words(v, f"{where}.{k}")
    elif isinstance(node, list):
        for v in node:
            _check_words(v, where)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load and compile the expressions file (once per process)."""
    raw = yaml.safe_load(EXPRESSIONS_PATH.read_text(encoding="utf-8"))
    for key in ("normalise", "slots", "expressions", "attach", "tense"):
        _check_words(raw[key], key)
    norm = raw["normalise"]
    slots = {k: {str(w).lower(): v for w, v in d.items()} for k, d in raw["slots"].items()}
    entries = tuple(
        _Entry(
            id=e["id"],
            patterns=tuple(_compile_pattern(str(p).lower(), slots) for p in e["match"]),
            resolve=dict(e["resolve"]),
        )
        for e in raw["expressions"]
    )
    leading = [str(w).lower() for w in norm["strip_leading"] + norm["qualifiers"]]
    return _Lexicon(
        strip_leading=tuple(sorted(leading, key=len, reverse=True)),
        strip_trailing=tuple(sorted((str(w).lower() for w in norm["strip_trailing"]),
                                    key=len, reverse=True)),
        time_of_day=tuple(re.compile(p, re.IGNORECASE) for p in norm["time_of_day"]),
        slots=slots,
        units=raw["units"],
        year_range=(int(raw["year_range"][0]), int(raw["year_range"][1])),
        entries=entries,
        attach={k: frozenset(str(x).lower() for x in v) for k, v in raw["attach"].items()},
        tense={k: frozenset(str(x).lower() for x in v) for k, v in raw["tense"].items()},
    )


# ------------------------------------------------------------------- normalisation


def _strip_leading(s: str, words: tuple[str, ...]) -> str:
    """Remove leading prepositions, hedges and qualifiers, repeatedly."""
    changed = True
    while changed and s:
        changed = False
        for w in words:
            if s == w:
                return ""
            if s.startswith(w + " "):
                s = s[len(w) + 1 :].lstrip()
                changed = True
                break
    return s


def _normalise(text: str) -> str:
    """Lower-case, drop clock times, punctuation and possessives; keep ISO dates intact."""
    lex = _lexicon()
    s = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", " ")
    for rx in lex.time_of_day:
        s = rx.sub(" ", s)
    s = re.sub(r"\b(mid|early|late)-", r"\1 ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"(?<=[a-z])\.(?=\s|$)", "", s)  # "dec." -> "dec"
    s = re.sub(r"[,;:()\"!?]", " ", s)
    s = " ".join(s.split()).strip(" .-'")
    return _strip_leading(s, lex.strip_leading)


def _variants(text: str) -> list[str]:
    """The normalised phrase, then the same without trailing part-of-day words."""
    lex = _lexicon()
    s = _normalise(text)
    out = [s] if s else []
    changed = True
    while changed and s:
        changed = False
        for w in lex.strip_trailing:
            if s == w:
                s = ""
                break
            if s.endswith(" " + w):
                s = s[: -len(w) - 1].rstrip()
                changed = True
                break
        if changed and s:
            s = _strip_leading(s, lex.strip_leading)
            if s:
                out.append(s)
    return out


def _match(text: str) -> tuple[_Entry, dict[str, str]] | None:
    """The first lexicon entry whose pattern matches a variant of the whole phrase."""
    lex = _lexicon()
    for s in _variants(text):
        for entry in lex.entries:
            for rx in entry.patterns:
                m = rx.fullmatch(s)
                if m:
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    year = groups.get("year")
                    if year is not None and not (
                        lex.year_range[0] <= int(year) <= lex.year_range[1]
                    ):
                        continue
                    return entry, groups
    return None


# -------------------------------------------------------------------- arithmetic


def _add_months(d: date, months: int) -> date:
    """Calendar month arithmetic, clamping the day (Jan 31 + 1 month -> Feb 28/29)."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _truncate(d: date, precision: str) -> date:
    """Month precision is the 1st of the month, year precision 1 January."""
    if precision == "month":
        return d.replace(day=1)
    if precision == "year":
        return date(d.year, 1, 1)
    return d


def _weekday(pub: date, wd: int, direction: str, tense: str) -> date:
    """Resolve a weekday; by tense: past on-or-before publication, future on-or-after."""
    if direction == "by_tense":
        direction = "on_or_after" if tense == "future" else "on_or_before"
    if direction == "on_or_before":
        return pub - timedelta(days=(pub.weekday() - wd) % 7)
    if direction == "on_or_after":
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    if direction == "before":
        return pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
    return pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)  # "after"


def _month_year(pub: date, month: int, direction: str, tense: str, years: int = 0) -> int:
    """The year of a named month relative to the publication month."""
    if direction == "by_tense":
        direction = "on_or_after" if tense == "future" else "on_or_before"
    if direction == "same_year":
        return pub.year + years
    if direction == "on_or_before":
        return pub.year if month <= pub.month else pub.year - 1
    if direction == "on_or_after":
        return pub.year if month >= pub.month else pub.year + 1
    if direction == "before":
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month > pub.month else pub.year + 1  # "after"


def _day_year(pub: date, month: int, day: int, tense: str) -> date | None:
    """A month-day without a year: the latest on/before publication (past) or first on/after."""
    step = 1 if tense == "future" else -1
    for k in range(9):  # Feb 29 can need up to 8 years
        y = pub.year + step * k
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if (step < 0 and d <= pub) or (step > 0 and d >= pub):
            return d
    return None


def _number(value: str) -> int:
    """'two' or '2' -> 2, via the number slot of the lexicon."""
    return int(value) if value.isdigit() else int(_lexicon().slots["number"][value])


def _resolve_entry(entry: _Entry, groups: dict[str, str], pub: date | None, tense: str
                   ) -> tuple[date | None, str | None]:
    """Apply one lexicon entry's resolution rule."""
    lex = _lexicon()
    r = entry.resolve
    kind = r["kind"]
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year"
    if kind == "month" and "year" in groups:
        return date(int(groups["year"]), int(lex.slots["month"][groups["month"]]), 1), "month"
    if pub is None:
        return None, None  # everything below is relative to publication
    if kind == "offset":
        d = pub + timedelta(days=int(r.get("days", 0)))
        d = _add_months(d, int(r.get("months", 0)) + 12 * int(r.get("years", 0)))
        return _truncate(d, r["precision"]), r["precision"]
    if kind == "weekday":
        wd = int(r["weekday"]) if "weekday" in r else int(lex.slots["weekday"][groups["weekday"]])
        return _truncate(_weekday(pub, wd, r["direction"], tense), r["precision"]), r["precision"]
    if kind == "month":
        month = int(lex.slots["month"][groups["month"]])
        year = _month_year(pub, month, r["direction"], tense, int(r.get("years", 0)))
        return date(year, month, 1), "month"
    if kind == "ago":
        unit = lex.units[lex.slots["unit"][groups["unit"]]]
        n = _number(groups["number"])
        d = pub - timedelta(days=n * int(unit.get("days", 0)))
        d = _add_months(d, -n * (int(unit.get("months", 0)) + 12 * int(unit.get("years", 0))))
        return _truncate(d, unit["precision"]), unit["precision"]
    raise ValueError(f"unknown kind {kind!r} in {EXPRESSIONS_PATH.name} entry {entry.id!r}")


# ---------------------------------------------------------------- explicit dates


@dataclass(frozen=True, slots=True)
class _Explicit:
    """What an explicit calendar phrase states, decided before parsing it."""

    text: str
    has_day: bool
    has_year: bool


def _explicit(text: str) -> _Explicit | None:
    """Is this a calendar date (month name with day/year, ISO, numeric)? Gate for dateparser.

    Every word must be a month/weekday name, a day number, a year, 'of' or 'the': this
    keeps durations ("three years"), which dateparser would happily read as "ago", out.
    """
    lex = _lexicon()
    variants = _variants(text)
    if not variants:
        return None
    s = variants[-1]
    if _ISO_DAY.match(s) or _NUMERIC.match(s):
        return _Explicit(s, True, True)
    if _ISO_MONTH.match(s):
        return _Explicit(s, False, True)
    tokens = s.replace(",", " ").split()
    months, weekdays = lex.slots["month"], lex.slots["weekday"]
    has_month = has_day = has_year = False
    kept: list[str] = []
    for tok in tokens:
        if tok in months:
            has_month = True
        elif tok in weekdays:
            continue  # "Thursday, March 3": the weekday adds nothing to the date
        elif _YEAR_TOKEN.match(tok) and lex.year_range[0] <= int(tok) <= lex.year_range[1]:
            has_year = True
        elif (m := _DAY_TOKEN.match(tok)) and 1 <= int(m.group(1)) <= 31:
            has_day = True
        elif tok not in ("of", "the"):
            return None
        kept.append(tok)
    if not has_month or not (has_day or has_year):
        return None
    return _Explicit(" ".join(kept), has_day, has_year)


@lru_cache(maxsize=8192)
def _dateparser(text: str, base: datetime, prefer: str, parts: tuple[str, ...]
                ) -> datetime | None:
    """dateparser.parse with English only and a fixed base (it is slow; cached)."""
    import dateparser  # imported lazily: it costs ~0.2 s

    return dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "REQUIRE_PARTS": list(parts),
        },
    )


def _resolve_explicit(exp: _Explicit, pub: date | None, tense: str
                      ) -> tuple[date | None, str | None]:
    """Parse an explicit date; precision is what was stated, the year chosen by tense if absent."""
    if not exp.has_year and pub is None:
        return None, None
    # The base only fills parts that were not stated; with no publication date, the year
    # was stated and the base is an arbitrary fixed value (never the clock).
    base = datetime(pub.year, pub.month, pub.day) if pub else datetime(2000, 1, 1)
    parts = ("month",) + (("day",) if exp.has_day else ()) + (("year",) if exp.has_year else ())
    parsed = _dateparser(exp.text, base, "future" if tense == "future" else "past", parts)
    if parsed is None:
        return None, None
    if not exp.has_day:
        return date(parsed.year, parsed.month, 1), "month"
    if exp.has_year:
        return parsed.date(), "day"
    assert pub is not None
    return _day_year(pub, parsed.month, parsed.day, tense), "day"


# ----------------------------------------------------------------------- public


@lru_cache(maxsize=65536)
def _resolve_cached(text: str, published: date | None, tense: str
                    ) -> tuple[date | None, str | None]:
    hit = _match(text)
    if hit is not None:
        return _resolve_entry(hit[0], hit[1], published, tense)
    exp = _explicit(text)
    if exp is not None:
        return _resolve_explicit(exp, published, tense)
    return None, None


def resolve_expression(text: str, published: date | None, tense: str = "past"
                       ) -> tuple[date | None, str | None]:
    """Resolve one time expression (e.g. 'Thursday', 'last October', 'in 2018', 'March 3,
    2024', 'on 3 March') against the publication date.

    Returns (date, precision) with precision "day" | "month" | "year"; (None, None) when it
    cannot be resolved. Month precision returns the 1st of the month, year precision Jan 1.
    Relative expressions need ``published``; absolute ones do not. ``tense`` ("past" or
    "future") decides on which side of publication a bare weekday or month falls.
    """
    if isinstance(published, datetime):
        published = published.date()
    return _resolve_cached(text, published, "future" if tense == "future" else "past")


@lru_cache(maxsize=65536)
def expression_kind(text: str) -> str | None:
    """The kind of a time expression ('weekday', 'month', 'offset', 'ago', 'year',
    'explicit') or None when it is not a date; lets callers filter without a date."""
    hit = _match(text)
    if hit is not None:
        return str(hit[0].resolve["kind"])
    return "explicit" if _explicit(text) is not None else None


@lru_cache(maxsize=65536)
def _probe(text: str) -> int | None:
    """Precision rank of a phrase if it is a date at all (resolved at a fixed probe date)."""
    _, precision = _resolve_cached(text, _PROBE_DATE, "past")
    return None if precision is None else _PRECISION_RANK[precision]


# ------------------------------------------------------------------ the parse

_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
_VERB_POS = frozenset({"VERB", "AUX"})
# Labels that open a different clause (another event): never climbed through.
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "parataxis", "acl", "csubj", "csubjpass"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_POINT_KINDS = frozenset({"weekday", "month", "explicit"})


def _as_token(trigger: Token | Span) -> Token:
    """Accept a Span (use its root) where a Token is expected."""
    return trigger.root if hasattr(trigger, "root") else trigger


def _governing_verb(tok: Token) -> Token | None:
    """The verb a noun trigger depends on ('visit' in "the visit ... angered" -> angered)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in _CLAUSE_DEPS or cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ in _VERB_POS:
            return cur
    return None


def _anchors(trigger: Token) -> list[Token]:
    """Tokens whose dependents may carry this event's date, nearest first.

    The trigger; for a noun trigger its governing verb; then the verb controlling it
    ("plans to visit": plans), the verb of a purpose infinitive ("met to discuss": met) and,
    for a coordinated verb without its own subject, the first conjunct ("met Thursday and
    agreed": met). Relative, complement and other adverbial clauses are other events.
    """
    out = [trigger]
    cur: Token | None = trigger
    if trigger.pos_ not in _VERB_POS:
        cur = _governing_verb(trigger)
        if cur is None:
            return out
        out.append(cur)
    for _ in range(3):
        assert cur is not None
        if cur.dep_ == "xcomp" and cur.head is not cur:
            cur = cur.head
        elif cur.dep_ in ("conj", "advcl") and not any(
            c.dep_ in _SUBJ_DEPS for c in cur.children
        ) and (cur.dep_ == "conj" or _has_to(cur)):
            cur = cur.head  # "met Thursday and agreed", "met Thursday to discuss trade"
        else:
            break
        out.append(cur)
    return out


def _has_to(verb: Token) -> bool:
    """An infinitive with 'to' ("to visit")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _date_span(tok: Token) -> tuple[Span, int] | None:
    """The time expression headed by ``tok`` and its precision rank, if it is a date.

    Tries the DATE/TIME entity containing the token, then the token's subtree (so 'last
    week', 'a year ago' come whole), then the token alone.
    """
    doc = tok.doc
    spans: list[Span] = []
    if tok.ent_type_ in ("DATE", "TIME"):
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                spans.append(ent)
                break
    left, right = tok.left_edge.i, tok.right_edge.i
    if right - left < 8:
        spans.append(doc[left : right + 1])
    spans.append(doc[tok.i : tok.i + 1])
    for span in spans:
        rank = _probe(span.text)
        if rank is not None:
            return span, rank
    return None


def _candidates(anchor: Token, is_noun: bool) -> list[tuple[Span, int]]:
    """Time expressions among an anchor's dependents (and its objects' prepositions)."""
    attach = _lexicon().attach
    deps, preps, points = attach["deps"], attach["preps"], attach["point_preps"]
    noun_deps = attach["noun_deps"] if is_noun else frozenset()
    found: list[tuple[Span, int]] = []

    def via_prep(prep: Token) -> None:
        word = prep.lower_
        if word not in preps and word not in points:
            return
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            hit = _date_span(pobj)
            if hit is None:
                continue
            if word not in preps and expression_kind(hit[0].text) not in _POINT_KINDS:
                continue
            found.append(hit)

    for child in anchor.children:
        dep = child.dep_
        if dep == "prep":
            via_prep(child)
        elif dep in deps or dep in noun_deps:
            hit = _date_span(child)
            if hit is not None:
                found.append(hit)
    if found:
        return found
    # Second level: "met Li in Beijing on Thursday" parsed with 'on' under 'Beijing'.
    for child in anchor.children:
        heads: list[Token] = []
        if child.dep_ in ("dobj", "attr", "oprd"):
            heads.append(child)
        elif child.dep_ == "prep":
            heads.extend(c for c in child.children if c.dep_ == "pobj")
        for h in heads:
            for grand in h.children:
                if grand.dep_ == "prep":
                    via_prep(grand)
                elif grand.dep_ in ("npadvmod", "tmod"):  # "for the third time this month"
                    hit = _date_span(grand)
                    if hit is not None:
                        found.append(hit)
    return found


def find_time_expression(trigger: Token | Span) -> Span | None:
    """Given the spaCy Token that triggers an event (a verb like 'met' or a noun like
    'visit'), return the time expression that belongs to THIS event, or None.

    Only dependents of the trigger (or, for a noun, of its governing verb; for a verb
    without a date, of its controlling or coordinated verb) are looked at, never another
    clause, so in "X, who was detained in 2018, met Y on Thursday" 'met' gets Thursday and
    'detained' gets 2018. Durations, ages and clock times are not dates and are skipped.
    Among several candidates the most precise wins, then the nearest.
    """
    tok = _as_token(trigger)
    anchors = _anchors(tok)
    for k, anchor in enumerate(anchors):
        found = _candidates(anchor, is_noun=(k == 0 and tok.pos_ not in _VERB_POS))
        if found:
            span, _ = min(found, key=lambda h: (h[1], abs(h[0].root.i - tok.i)))
            return span
    for anchor in anchors:
        when = _when_clause_date(anchor)
        if when is not None:
            return when
    return _stranded_date(tok, [a for a in anchors if a.pos_ in _VERB_POS])


def _when_clause_date(verb: Token) -> Span | None:
    """"memories of 2018, when China detained ...": a 'when' clause on a date takes that date."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    hit = _date_span(verb.head)
    return hit[0] if hit is not None else None


def _nearest_verb(tok: Token) -> Token | None:
    """The first verb above a token: the event a phrase belongs to, however deep it sits."""
    cur = tok
    for _ in range(12):
        if cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ in _VERB_POS:
            return cur
    return None


def _stranded_date(tok: Token, verbs: list[Token]) -> Span | None:
    """A date the parser hung inside a noun phrase of this clause ("duties of 25 per cent on
    pork last March" with 'March' under 'cent'): it still belongs to the clause's verb."""
    if not verbs:
        return None
    for ent in tok.sent.ents:
        if ent.label_ != "DATE" or _nearest_verb(ent.root) not in verbs:
            continue
        root = ent.root
        if root.dep_ == "pobj":  # same preposition rules as attached dates ("for 10 years" is not)
            attach, word = _lexicon().attach, root.head.lower_
            if word not in attach["preps"] and not (
                    word in attach["point_preps"] and expression_kind(ent.text) in _POINT_KINDS):
                continue
        hit = _date_span(root)
        if hit is not None:
            return hit[0]
    return None


def is_past(tok: Token) -> bool:
    """A governor in the past ("was scheduled to", "planned to") does not make a future."""
    if tok.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children)


def _tense(trigger: Token, span: Span | None) -> str:
    """event_tense, with the already-found time expression."""
    cues = _lexicon().tense
    aux, governors = cues["future_aux"], cues["future_governors"]
    verbs = [a for a in _anchors(trigger) if a.pos_ in _VERB_POS]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "aux" and (c.lemma_.lower() in aux or c.lower_ in aux):
                return "future"
        if v.dep_ == "xcomp" and _has_to(v):
            h = v.head
            if (h.lemma_.lower() in governors or h.lower_ in governors) and not is_past(h):
                return "future"
    if trigger.pos_ not in _VERB_POS:
        if any(c.lower_ in cues["future_modifiers"] for c in trigger.children
               if c.dep_ in ("amod", "compound", "nmod", "poss")):
            return "future"  # "the upcoming summit"
        gov = _governing_verb(trigger)
        if gov is not None and not is_past(gov) and (
            gov.lemma_.lower() in cues["future_predicates"]
            or any(c.dep_ == "acomp" and c.lower_ in cues["future_predicates"]
                   for c in gov.children)
        ):
            return "future"  # "the vote is scheduled for Friday", "the vote is due on Friday"
    if span is not None:
        words = _normalise(span.text).split()
        if words and words[0] in cues["future_markers"]:
            return "future"
        if span.text.split() and span.text.split()[0].lower() in cues["future_markers"]:
            return "future"  # "later this month": the qualifier is stripped by _normalise
    return "past"


def event_tense(trigger: Token | Span) -> str:
    """'future' when the event is in the future or intended (aux 'will'/'shall', 'is to',
    'scheduled/expected/due/set/plans to', 'next ...'), else 'past'.

    Tense decides on which side of publication a bare weekday or month falls.
    """
    tok = _as_token(trigger)
    return _tense(tok, find_time_expression(tok))


def event_date(trigger: Token | Span, published: date | None
               ) -> tuple[date | None, str | None]:
    """The event's date and precision.

    The attached time expression resolved against ``published``; with no (resolvable)
    expression, (published, "published"). Without a publication date, absolute expressions
    (full dates, 'in 2018') still resolve and relative ones give (None, None): today's
    date is never used.
    """
    if isinstance(published, datetime):
        published = published.date()
    tok = _as_token(trigger)
    span = find_time_expression(tok)
    if span is not None:
        d, precision = resolve_expression(span.text, published, _tense(tok, span))
        if d is not None:
            return d, precision
    if published is None:
        return None, None
    return published, "published"
