"""One writer process for the concurrency tests (run as ``python tests/store/writer.py ...``).

    writer.py synthetic ADDRESS GO_FILE N1,N2,...   store synthetic documents N1, N2, ... one per batch
    writer.py code ADDRESS GO_FILE BATCH JSONL ID1,ID2,... OUT   code these records of a JSON Lines file;
        write to OUT, for each story, the mention ids and measure ids of its coding

Both wait until GO_FILE exists, so that the writers of a test start together. The synthetic
documents are made from their number alone (see :func:`synthetic_document`), so the test knows
exactly what must be stored: every story of one "day" reports the same events, each event is
one record however many writers store its reports, and days are far enough apart that no
mention could join another day's event.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from detente.model import Actor, CodedDocument, Document, Event, stable_hash
from detente.ontology import Ontology

KEYS = [("CHNGOV", "CAN", "163"), ("CAN", "CHN", "111"), ("USAGOV", "CHNGOV", "042"), ("RUS", "UKR", "190")]
OUTLETS = ["harbour.example", "prairie.example", "river.example"]
FIRST_DAY = date(2026, 1, 1)


def day_of(number: int) -> date:
    return FIRST_DAY + timedelta(days=5 * (number % 7))  # seven days, five days apart


def synthetic_document(number: int) -> CodedDocument:
    """Document ``number``: two or three events of its day, drawn from KEYS."""
    when = day_of(number)
    text = f"Synthetic story {number}."
    document = Document(doc_id=f"s{number}", text=text, url=f"https://{OUTLETS[number % 3]}/{number}",
                        published=when, source=None, origin=f"s{number}", content_hash=stable_hash(text, length=32))
    ontology = Ontology.load()
    events = []
    for index in range(2 + number % 2):
        source, target, cameo = KEYS[(number + index) % len(KEYS)]
        info = ontology.nearest(cameo)
        event = Event(doc_id=document.doc_id, sentence_index=index, sentence=f"Sentence {index} of {number}.",
                      cameo=cameo, trigger="t", rule="test.concurrent", url=document.url, published=when,
                      source=Actor(source, source, source[:3], source[3:] or None),
                      target=Actor(target, target, target[:3], target[3:] or None), date=when,
                      date_precision="day", root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
                      plover=info.plover)
        event.event_id = stable_hash(document.doc_id, index, cameo)
        events.append(event)
    return CodedDocument(document, events, [e.sentence for e in events])


def wait_for(go: Path) -> None:
    deadline = time.monotonic() + 120
    while not go.exists():
        if time.monotonic() > deadline:
            sys.exit("the test never said go")
        time.sleep(0.01)


def main(argv: list[str]) -> None:
    from detente.store import Store

    mode, address, go = argv[0], argv[1], Path(argv[2])
    if mode == "synthetic":
        batches = [[synthetic_document(int(n))] for n in argv[3].split(",")]
        with Store(address) as store:
            wait_for(go)
            for batch in batches:
                store.save_batch(batch)
        return
    import detente

    batch_size, path, wanted, out = int(argv[3]), Path(argv[4]), set(argv[5].split(",")), Path(argv[6])
    records = [line for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and json.loads(line)["id"] in wanted]
    scratch = go.parent / f"input-{'-'.join(sorted(wanted))[:40]}-{time.monotonic_ns()}.jsonl"
    scratch.write_text("\n".join(records) + "\n", encoding="utf-8")
    options = detente.CodingOptions(batch_size=batch_size)
    pipeline = detente.Pipeline(options)
    with Store(address) as store:
        wait_for(go)
        results = list(pipeline.run(detente.read_documents([str(scratch)]), store))
    failed = [r for r in results if r.error is not None]
    if failed:
        sys.exit(f"{len(failed)} records failed: {failed[0].error}")
    out.write_text(json.dumps({r.document.content_hash: [sorted(e.event_id for e in r.events),
                                                         sorted(m.measure_id for m in r.measures)]
                               for r in results if r.document is not None}), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
