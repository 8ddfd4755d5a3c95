-- Trade measures (detente.measures): one row per measure, one row per product of a measure.
-- Rows are written by Store.save_batch (through detente.store.measures.insert_measures) in the
-- same transaction as their documents and events, so a batch is stored whole or not at all
-- (a text coded twice is stored once, with its measures once).
CREATE TABLE IF NOT EXISTS measures (
    measure_id      VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
    url             VARCHAR,
    published       DATE,
    date            DATE,
    date_precision  VARCHAR,
    effective_date  DATE,
    sentence_index  INTEGER,
    sentence        VARCHAR,
    instrument      VARCHAR NOT NULL,
    action          VARCHAR NOT NULL,
    imposer         VARCHAR,            -- ISO 3166 alpha-3, or EU
    affected        VARCHAR,
    rate            DOUBLE,
    rate_unit       VARCHAR,
    in_response_to  VARCHAR,            -- measure_id of the measure this one answers
    cameo           VARCHAR,
    trigger         VARCHAR,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    rule            VARCHAR
);

CREATE TABLE IF NOT EXISTS measure_products (
    measure_id  VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    hs          VARCHAR,                -- HS 2022 chapter, heading or subheading; a roman section
    hs_level    INTEGER,
    rate        DOUBLE,
    rate_unit   VARCHAR,
    PRIMARY KEY (measure_id, position)
);
