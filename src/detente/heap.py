"""What a coding process loads once, kept out of the cyclic garbage collector's way.

A coding process holds millions of objects that live as long as it does: the model's
vocabulary, the gazetteer, the place tables, the patterns and lexicons, most of them
loaded while the first documents are coded. Python's full collection (of the oldest
generation) walks every object made so far each time it runs, and while these load it
runs again and again: about 0.7 of 25 CPU seconds of `detente code --workers 1` on a 1 MB
corpus. So the first batch is coded with automatic collection off (``loading``); then
``settle`` collects once and moves whatever is left into the permanent generation
(``gc.freeze``), which later collections no longer walk. Those objects are still freed
by reference counting; only cyclic garbage among them would be kept, hence the
collection first. Once per process: a worker forked from a settled process is settled.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_settled = False


@contextmanager
def loading() -> Iterator[None]:
    """Until the process is settled: no automatic collection inside, then ``settle``."""
    if _settled:
        yield
        return
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): loading spaCy's model enables the collector again (srsly)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
    settle()


def settle() -> None:
    """Collect, then freeze what survives (the loaded model and dictionaries); once per process."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
