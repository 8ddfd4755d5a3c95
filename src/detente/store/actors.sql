-- The actor registry: people learned from articles, and corrections made by hand.
-- The curated seed (data/actors/people.tsv) is not copied here; it is read with the code.
-- person_id is the spelling-insensitive key of the name (detente.actors.registry.person_key).
CREATE TABLE IF NOT EXISTS actor_people (
    person_id    VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    first_seen   DATE,
    last_seen    DATE,
    documents    INTEGER NOT NULL DEFAULT 0,
    merged_into  VARCHAR,             -- set by `detente actors merge`
    updated_at   TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS actor_aliases (
    person_id  VARCHAR NOT NULL,
    alias      VARCHAR NOT NULL,
    origin     VARCHAR NOT NULL,      -- learned | manual | seed
    PRIMARY KEY (person_id, alias)
);

-- One row per role: learned roles carry the dates they were first (valid_from) and last
-- seen; manual roles carry the term the user gave and win over everything else.
CREATE TABLE IF NOT EXISTS actor_roles (
    person_id   VARCHAR NOT NULL,
    country     VARCHAR,              -- ISO alpha-3, or an organisation code such as IGOUNO
    sector      VARCHAR,
    role        VARCHAR,
    valid_from  DATE,
    valid_to    DATE,
    last_seen   DATE,
    origin      VARCHAR NOT NULL      -- learned | manual
);

-- The articles that mentioned (and, when taught = true, described) each person.
CREATE TABLE IF NOT EXISTS actor_documents (
    person_id  VARCHAR NOT NULL,
    doc_id     VARCHAR NOT NULL,
    published  DATE,
    country    VARCHAR,
    sector     VARCHAR,
    role       VARCHAR,
    taught     BOOLEAN NOT NULL,
    PRIMARY KEY (person_id, doc_id)
);
