-- Where events happened, where their actors are, and in what tone (detente.geo, detente.tone).
-- Portable SQL (DuckDB and PostgreSQL), idempotent: run after schema.sql on every open.
-- A location is ten columns <side>_geo_<field> for side action (GDELT's ActionGeo), source
-- (Actor1Geo) and target (Actor2Geo): text (the words that named it), name ("City, Region,
-- Country"), kind (city, region, country), precision (the same, or document when the
-- document's dominant place stands in), country (ISO 3166 alpha-3), adm1 (GDELT's ADM1 code:
-- FIPS country + GeoNames admin1), geonameid, lat, lon, how (trigger, sentence, dateline,
-- document, actor). Tone is GDELT's -100..+100 (VADER); sentence_offset is where the
-- mention's sentence starts in its document's text.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS tone DOUBLE PRECISION;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS dateline VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS tone DOUBLE PRECISION;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS sentence_offset INTEGER;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_text VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_name VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_kind VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_precision VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_country VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_adm1 VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_geonameid BIGINT;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_lat DOUBLE PRECISION;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_lon DOUBLE PRECISION;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS action_geo_how VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_text VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_name VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_kind VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_precision VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_country VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_adm1 VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_geonameid BIGINT;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_lat DOUBLE PRECISION;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_lon DOUBLE PRECISION;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source_geo_how VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_text VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_name VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_kind VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_precision VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_country VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_adm1 VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_geonameid BIGINT;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_lat DOUBLE PRECISION;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_lon DOUBLE PRECISION;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS target_geo_how VARCHAR;
