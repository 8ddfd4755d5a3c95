"""A token's dependents, listed once per document.

spaCy's ``Token.children`` walks the token's left and right edges and makes a new Token
object for every child, at every call; the rules ask the same few tokens for their
dependents over and over (each pattern of a trigger checks the trigger's objects,
prepositions and modifiers; every argument reader looks at its verb's subjects).
``children(token)`` gives the same tokens in the same order, from a table kept in the
document's ``user_data`` and filled on first use. The parse never changes once coding
starts, so the table never goes stale.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

__all__ = ["children"]

KEY = "detente.children"  # in Doc.user_data


class ChildTable(list[tuple[Token, ...] | None]):
    """Token index -> that token's children (None: not asked yet). A copied or pickled
    document gets an empty table (Token objects belong to their document), refilled on use."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type[ChildTable], tuple[()]]:
        return ChildTable, ()

    def __deepcopy__(self, memo: dict[int, Any]) -> ChildTable:
        return ChildTable()


def children(token: Token) -> tuple[Token, ...]:
    """``token.children`` (left to right), each token's listed once per document."""
    data = token.doc.user_data
    i = token.i
    try:
        found: tuple[Token, ...] | None = data[KEY][i]
    except (KeyError, IndexError):  # the document's first question, or a copy's
        table = data[KEY] = ChildTable([None] * len(token.doc))
        listed = table[i] = tuple(token.children)
        return listed
    if found is None:
        found = data[KEY][i] = tuple(token.children)
    return found
