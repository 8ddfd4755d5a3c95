-- detente's DuckDB schema. One row per document, sentence, event and measure.
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

CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
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
