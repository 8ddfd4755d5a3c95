-- detente's DuckDB schema. One row per document, sentence, event and mention.
-- Documents are keyed by a hash of their normalised text: coding the same input twice
-- stores it once.
CREATE TABLE IF NOT EXISTS documents (
    content_hash   VARCHAR PRIMARY KEY,
    doc_id         VARCHAR NOT NULL,
    url            VARCHAR,
    title          VARCHAR,
    published      DATE,
    source         VARCHAR,
    origin         VARCHAR,
    text           VARCHAR,
    n_sentences    INTEGER,
    ingested_at    TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS sentences (
    doc_id          VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    PRIMARY KEY (content_hash, sentence_index)
);

-- One event, many reports (GDELT's model). `events` holds one record per real-world event:
-- mentions with the same source code, target code and CAMEO code whose dates agree within
-- the tolerance of their precision (see store/dedup.py) are one event. Its date is that of
-- the most precise mention; actors and evidence are those of the first mention stored.
-- num_mentions counts every mention, num_articles distinct documents, num_sources distinct
-- outlets (documents.source, else the URL's host). global_event_id is assigned once and
-- never changes: it is the GDELT export's GLOBALEVENTID.
CREATE TABLE IF NOT EXISTS events (
    global_event_id  BIGINT PRIMARY KEY,
    date             DATE,
    date_precision   VARCHAR,
    source_text      VARCHAR,
    source_code      VARCHAR,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    source_name      VARCHAR,
    target_text      VARCHAR,
    target_code      VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR,
    target_name      VARCHAR,
    cameo            VARCHAR NOT NULL,
    root             VARCHAR NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        DOUBLE NOT NULL,
    plover           VARCHAR,
    num_mentions     INTEGER NOT NULL DEFAULT 0,
    num_sources      INTEGER NOT NULL DEFAULT 0,
    num_articles     INTEGER NOT NULL DEFAULT 0,
    is_root_event    BOOLEAN,
    first_mention_id VARCHAR NOT NULL,
    doc_id           VARCHAR NOT NULL,
    content_hash     VARCHAR NOT NULL,
    url              VARCHAR,
    published        DATE,
    sentence_index   INTEGER,
    sentence         VARCHAR,
    trigger          VARCHAR,
    trigger_start    INTEGER,
    trigger_end      INTEGER,
    rule             VARCHAR,
    date_added       TIMESTAMP DEFAULT current_timestamp
);

-- Every coded mention of an event, with its evidence: what `detente code` prints, one row
-- each. mention_id is the `event_id` of the output contract.
CREATE TABLE IF NOT EXISTS mentions (
    mention_id      VARCHAR PRIMARY KEY,
    global_event_id BIGINT NOT NULL,
    doc_id          VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
    site            VARCHAR NOT NULL,
    url             VARCHAR,
    published       DATE,
    date            DATE,
    date_precision  VARCHAR,
    sentence_index  INTEGER,
    sentence        VARCHAR,
    source_text     VARCHAR,
    source_code     VARCHAR,
    source_country  VARCHAR,
    source_sector   VARCHAR,
    source_name     VARCHAR,
    target_text     VARCHAR,
    target_code     VARCHAR,
    target_country  VARCHAR,
    target_sector   VARCHAR,
    target_name     VARCHAR,
    cameo           VARCHAR NOT NULL,
    root            VARCHAR NOT NULL,
    quad_class      INTEGER NOT NULL,
    goldstein       DOUBLE NOT NULL,
    plover          VARCHAR,
    trigger         VARCHAR,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    rule            VARCHAR
);
