"""The model's attribute ruler as dictionary look-ups: the same POS, MORPH and LEMMA, faster.

en_core_web_sm's ``attribute_ruler`` maps tagger and parser output to coarse POS, morphology
and a few lemmas with about 180 token Matcher patterns, all but a handful of them about one
token (``{"TAG": "NNS"}``, ``{"TAG": "VBZ", "LOWER": "is"}``). Running the Matcher and making a
Span per match costs about a sixth of the parse. This component reads the same rules and
applies them by look-up: the one-token rules a token matches depend only on its row of
attributes (tag, lower-case form, dependency label, is-space), so they are found once per
distinct row and remembered; a pattern of several tokens is filed under its first token and
the tokens after it are checked; a pattern with an operator this module does not know still
goes through a Matcher.

Same result, by construction: the rules' normalised attributes are the ruler's own, every
token's matches are found on the annotations as the tagger and parser left them (as the
Matcher finds them all before any is applied), and they are applied in the ruler's order
(a later rule overrides an earlier one). tests/scale/test_attribute_lookup.py compares every
token of the VOA corpus with the ruler's output.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

__all__ = ["AttributeLookup"]

RULER = "attribute_ruler"
LOOKUP = "detente_attribute_lookup"
# Token attributes a one-token pattern may test; the first ones present with a plain value or
# an IN list key the look-up, in this order of selectivity.
KEY_ATTRS = ("LOWER", "ORTH", "NORM", "TAG", "DEP", "POS", "IS_SPACE", "IS_PUNCT")
CACHE_LIMIT = 500_000  # distinct attribute rows remembered (word, tag, label...), then start again
STRING_ATTRS = frozenset({"TAG", "LOWER", "ORTH", "NORM", "DEP", "POS"})
Check = Callable[[int], bool]  # a test of one attribute's value (a string hash, or 0/1 for a flag)
Tests = list[tuple[int, Check]]  # (column of the token's attribute row, test)


@dataclass(slots=True)
class Rule:
    """One pattern of the ruler: the tests of its first token and of the tokens after it."""

    rule: int  # the ruler's rule number (its attributes and the order of application)
    rest: Tests  # the first token's tests other than its look-up key
    after: list[Tests]  # every test of each following token
    offset: int  # which token of the match gets the attributes (may count from the end)


class AttributeLookup:
    """The rules of an AttributeRuler, applied by look-up (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.attrs: list[dict[int, Any]] = list(ruler.attrs)  # normalised, as the ruler applies them
        self.tables: dict[str, dict[int, list[Rule]]] = {}  # key attribute -> value -> rules
        self.scan: list[Rule] = []  # rules whose first token has nothing to key on
        self.columns: list[int | str] = []  # the attributes read, in the order of doc.to_array
        self.matcher = Matcher(ruler.vocab)  # patterns with operators this class does not know
        self.index: dict[int, tuple[int, int]] = {}  # Matcher key -> (rule, offset)
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}
        self._single: dict[tuple[int, ...], tuple[int, ...]] = {}  # a row's one-token rules
        for number, entry in enumerate(ruler.patterns):
            patterns: list[list[dict[str, Any]]] = entry["patterns"]  # type: ignore[assignment]
            for pattern in patterns:
                if not self._file(number, pattern, ruler.indices[number]):
                    key = self.strings.add(f"{LOOKUP}:{number}")
                    self.matcher.add(key, [pattern])
                    self.index[key] = (number, ruler.indices[number])
        self.written: list[int] = sorted({attr for attrs in self.attrs for attr in attrs})
        tables = [(self.columns.index(attr), table) for attr, table in self.tables.items()]
        self.one_token = self._split(tables, longer=False)
        self.longer = self._split(tables, longer=True)
        self.scan_longer = [rule for rule in self.scan if rule.after]

    @staticmethod
    def _split(tables: list[tuple[int, dict[int, list[Rule]]]], longer: bool
               ) -> list[tuple[int, dict[int, list[Rule]]]]:
        """The look-up tables of the one-token rules, or of the longer ones (empty entries left out)."""
        split = [(column, {value: kept for value, rules in table.items()
                           if (kept := [rule for rule in rules if bool(rule.after) == longer])})
                 for column, table in tables]
        return [(column, table) for column, table in split if table]

    def _column(self, attr: str) -> int:
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    def _value(self, attr: str, value: Any) -> int:
        return int(value) if attr not in STRING_ATTRS else int(self.strings.add(str(value)))

    def _check(self, attr: str, spec: Any) -> Check | None:
        """A test of one attribute's value, or None for an operator the Matcher must handle."""
        if not isinstance(spec, dict):
            wanted = self._value(attr, spec)
            return lambda value: value == wanted
        if len(spec) != 1:
            return None
        (op, operand), = spec.items()
        if op in ("IN", "NOT_IN"):
            values = frozenset(self._value(attr, v) for v in operand)
            return (lambda value: value in values) if op == "IN" else (lambda value: value not in values)
        if op == "REGEX" and attr in STRING_ATTRS:
            pattern, seen = re.compile(operand), {}

            def search(value: int) -> bool:
                if value not in seen:
                    seen[value] = pattern.search(self.strings[value]) is not None
                return seen[value]

            return search
        return None

    def _tests(self, spec: dict[str, Any], skip: str | None = None) -> Tests | None:
        if not spec or not set(spec) <= set(KEY_ATTRS):
            return None
        checks = {attr: self._check(attr, value) for attr, value in spec.items()}
        if any(check is None for check in checks.values()):
            return None
        return [(self._column(attr), check) for attr, check in checks.items() if attr != skip and check]

    def _file(self, number: int, pattern: list[dict[str, Any]], offset: int) -> bool:
        """File a pattern under its first token's look-up key; False when the Matcher must take it."""
        first = pattern[0] if pattern else {}
        keyed = [a for a in KEY_ATTRS if a in first and (not isinstance(first[a], dict) or list(first[a]) == ["IN"])]
        key_attr = keyed[0] if keyed else None
        rest = self._tests(first, skip=key_attr)
        after = [self._tests(spec) for spec in pattern[1:]]
        if rest is None or any(tests is None for tests in after) or not -len(pattern) <= offset < len(pattern):
            return False
        rule = Rule(number, rest, [tests for tests in after if tests is not None], offset % len(pattern))
        if key_attr is None:
            self.scan.append(rule)
            return True
        values = first[key_attr]["IN"] if isinstance(first[key_attr], dict) else [first[key_attr]]
        table = self.tables.setdefault(key_attr, {})
        for value in values:
            table.setdefault(self._value(key_attr, value), []).append(rule)
        self._column(key_attr)
        return True

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = cast(list[list[int]], doc.to_array(self.columns).reshape(len(doc), -1).tolist())
        hits: dict[int, set[int]] = {}  # token -> rules; all found on the annotations as they are
        for i, row in enumerate(rows):
            single = self._single.get(tuple(row))
            if single is None:
                single = self._one_token_rules(row)
            if single:
                hits.setdefault(i, set()).update(single)
            for column, table in self.longer:
                for rule in table.get(row[column], ()):
                    self._match(rule, rows, i, hits)
            for rule in self.scan_longer:
                self._match(rule, rows, i, hits)
        for match_key, start, _ in self.matcher(doc, allow_missing=True) if self.index else ():
            number, offset = self.index[match_key]
            hits.setdefault(start + offset, set()).add(number)
        out = doc.to_array(self.written).reshape(len(doc), -1)  # type: ignore[arg-type]
        values = cast(list[list[int]], out.tolist())
        for i, rules in hits.items():
            merged = self._attributes(tuple(sorted(rules)))
            values[i] = [merged.get(attr, current) for attr, current in zip(self.written, values[i], strict=True)]
        doc.from_array(self.written, numpy.array(values, dtype=out.dtype))  # type: ignore[arg-type]
        return doc

    def _one_token_rules(self, row: list[int]) -> tuple[int, ...]:
        """The one-token rules a token with these attribute values matches (remembered)."""
        found: dict[int, set[int]] = {}
        rules = [rule for column, table in self.one_token for rule in table.get(row[column], ())]
        for rule in rules + [rule for rule in self.scan if not rule.after]:
            self._match(rule, [row], 0, found)
        if len(self._single) >= CACHE_LIMIT:
            self._single.clear()
        single = self._single[tuple(row)] = tuple(sorted(found.get(0, ())))
        return single

    @staticmethod
    def _match(rule: Rule, rows: list[list[int]], i: int, hits: dict[int, set[int]]) -> None:
        if not all(check(rows[i][c]) for c, check in rule.rest):
            return
        if rule.after:
            if i + len(rule.after) >= len(rows):
                return
            for step, tests in enumerate(rule.after, start=1):
                if not all(check(rows[i + step][c]) for c, check in tests):
                    return
        hits.setdefault(i + rule.offset, set()).add(rule.rule)

    def _attributes(self, rules: tuple[int, ...]) -> dict[int, Any]:
        """The attributes of these rules together, a later rule's value winning."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged


@Language.factory(LOOKUP)
def make_attribute_lookup(nlp: Language, name: str) -> AttributeLookup:
    """The look-up version of the pipeline's own attribute ruler (added next to it)."""
    ruler = nlp.get_pipe(RULER)
    assert isinstance(ruler, AttributeRuler)
    return AttributeLookup(ruler)
