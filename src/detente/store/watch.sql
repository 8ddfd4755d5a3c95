-- detente watch: what it has seen of each feed, so that a restart resumes where it stopped.
-- Written and read by detente/watch.py only. Portable SQL (DuckDB and PostgreSQL).

-- One row per feed: the validators of its last response (sent back as If-None-Match and
-- If-Modified-Since, so an unchanged feed costs a 304) and how its last poll went.
CREATE TABLE IF NOT EXISTS watch_feeds (
    feed_url       VARCHAR PRIMARY KEY,
    title          VARCHAR,
    etag           VARCHAR,
    last_modified  VARCHAR,
    polled_at      TIMESTAMP,
    failures       INTEGER NOT NULL DEFAULT 0,   -- polls failed in a row
    last_error     VARCHAR
);

-- One row per article URL a feed listed. status: coded (stored with its events), stored (its
-- text was stored already, from another URL or run), failed (the fetch failed: tried again
-- from next_attempt, attempts times so far), given_up (failed too often), rejected (fetched,
-- but not an article detente codes: no text, not English...; never fetched again).
CREATE TABLE IF NOT EXISTS watch_articles (
    url            VARCHAR PRIMARY KEY,
    feed_url       VARCHAR NOT NULL,
    status         VARCHAR NOT NULL,
    content_hash   VARCHAR,                      -- the stored document, once read
    title          VARCHAR,                      -- as the feed gave them, for a retry
    published      DATE,
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_attempt   TIMESTAMP,
    last_error     VARCHAR,
    first_seen     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);
