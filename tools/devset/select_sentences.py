"""Pick the sentences of the diplomacy-and-trade development set from the VOA corpus.

The stories are chosen by topic (diplomacy, trade, sanctions, disputes between states) from
their titles alone; within each story, sentences are drawn at random (seed 2026) so that the
set holds what news really says, events and no-events alike, not what detente codes well.
Each candidate keeps the two sentences before it as context for the coders.

    .venv/bin/python tools/devset/select_sentences.py > tests/data/devset/candidates.jsonl
    .venv/bin/python tools/devset/select_sentences.py --set conflict > tests/data/devset/conflict_candidates.jsonl

The conflict set draws from the stories on fighting, attacks, arrests, trials and unrest
(domestic events included: CAMEO codes police, courts and governments acting at home too).
The second conflict set draws other sentences of the same stories (seed 2028), none of those
drawn for the first: a held-out check once the first has been read for rule work.

    .venv/bin/python tools/devset/select_sentences.py --set conflict2 \
        --exclude tests/data/devset/conflict_candidates.jsonl > tests/data/devset/conflict2_candidates.jsonl

The second diplomacy set draws other sentences (seed 2029) of the development half's stories
only (even ids), none of those drawn for the first: more real news to read for rule work,
while the held-out half's stories stay unread.

    .venv/bin/python tools/devset/select_sentences.py --set diplomacy2 \
        --exclude tests/data/devset/candidates.jsonl > tests/data/devset/diplomacy2_candidates.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl"
# Stories on relations between states (read from the titles only).
STORIES = ("8010842", "8010030", "8008456", "8007271", "8005899", "8010476", "8010694", "8008619", "8008079",
    "8009771", "8009495", "8009976", "8005869", "8009044", "8007739", "8006723", "8006924", "8004380",
    "8009004", "6203091", "6204681", "6203525", "6205546", "6205674", "6206085", "6205512", "6203336",
    "6205843", "6184244", "6181504", "6180015", "6180932", "6181235", "7810159", "7678740", "7750892",
    "7638284", "7677701", "7808748")
# Stories on fighting, attacks, arrests, courts and unrest (read from the titles only); none
# of them is in STORIES.
CONFLICT_STORIES = ("8011115", "8009853", "8009027", "8008152", "8006503", "8011076", "8009314", "8007760",
                    "8006651", "6205629", "6203896", "6202623", "6202743", "6184384", "7686618", "8010418",
                    "8008998", "8010046", "8008349", "6204569", "6180206", "7836916", "8008126", "6183227")
# The development half of STORIES (even ids): the held-out half stays unread.
DEV_STORIES = tuple(story for story in STORIES if int(story) % 2 == 0)
SETS = {"diplomacy": (STORIES, 5, 2026), "conflict": (CONFLICT_STORIES, 6, 2027),
        "conflict2": (CONFLICT_STORIES, 5, 2028), "diplomacy2": (DEV_STORIES, 7, 2029)}
MIN_WORDS = 6


def main() -> None:
    import argparse

    from detente.ingest.readers import IngestOptions, make_document
    from detente.nlp import load_nlp

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", dest="which", choices=sorted(SETS), default="diplomacy")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a candidates file whose sentences are not drawn again (may be repeated)")
    args = parser.parse_args()
    stories, per_story, seed = SETS[args.which]
    # by text: a later sentence splitter may number the same sentence differently
    drawn = {json.loads(line)["text"] for path in args.exclude
             for line in path.read_text(encoding="utf-8").splitlines()}
    nlp = load_nlp()
    rng = random.Random(seed)
    records = {r["id"]: r for r in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())}
    for story in stories:
        record = records[story]
        document = make_document(record["text"], story, IngestOptions(check_language=False))
        sentences = [s.text.strip() for s in nlp(document.text).sents]
        eligible = [i for i, s in enumerate(sentences)
                    if len(s.split()) >= MIN_WORDS and s not in drawn]
        for index in sorted(rng.sample(eligible, min(per_story, len(eligible)))):
            out = {"id": f"voa-{story}-{index}", "doc_id": story, "url": record["url"],
                   "published": record["published"][:10], "title": record["title"], "sentence_index": index,
                   "context": " ".join(sentences[max(0, index - 2):index]), "text": sentences[index]}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
