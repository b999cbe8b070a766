-- The PostgreSQL schema of sitrep: the same tables as the SQLite one (src/store/migrations/),
-- created in the schema the connection names (search_path), with native types and indexes.

-- Documents: the cleaned text that was analysed, the raw text it came from, and its metadata.
-- `search` is the full-text vector over title (weighted higher) and the first 100,000 characters
-- of text (a tsvector holds at most 1 MB; a news report is far shorter).
CREATE TABLE documents (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id           text NOT NULL UNIQUE,
  source       text NOT NULL,
  content_hash text NOT NULL UNIQUE,
  format       text NOT NULL,
  raw          text NOT NULL,
  text         text NOT NULL,
  title        text,
  outlet       text,
  published    text,
  url          text,
  meta_json    text NOT NULL,
  ingested_at  timestamptz NOT NULL,
  search       tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', left(coalesce(title, ''), 1000)), 'A')
    || setweight(to_tsvector('english', left(text, 100000)), 'B')
  ) STORED
);
CREATE INDEX documents_search ON documents USING gin (search);

-- One row per analysis layer of a document (sentences, mentions, events...), as JSON text
-- (kept as written, so a layer reads back exactly).
CREATE TABLE layers (
  doc_id   text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name     text NOT NULL,
  pipeline text NOT NULL,
  json     text NOT NULL,
  PRIMARY KEY (doc_id, name)
);

-- Near-duplicate detection: a signature per document and its LSH band keys.
CREATE TABLE dedupe_signatures (
  doc_id    text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature bytea NOT NULL
);
CREATE TABLE dedupe_bands (
  band   text NOT NULL,
  doc_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, doc_id)
);
CREATE INDEX dedupe_bands_doc ON dedupe_bands(doc_id);

CREATE TABLE duplicate_links (
  doc_id text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  of_id  text NOT NULL REFERENCES documents(id),
  score  double precision NOT NULL,
  rule   text NOT NULL
);

-- Analysts' merge and split decisions on entities.
CREATE TABLE decisions (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('merge', 'split')),
  a          text NOT NULL,
  b          text NOT NULL,
  note       text,
  created_at timestamptz NOT NULL
);

-- Derived results (the built situation), keyed by the store version they were built from.
CREATE TABLE cache (
  key   text PRIMARY KEY,
  value text NOT NULL
);

-- Bumped by every write, so caches know when they are stale.
CREATE TABLE store_version (
  one     integer PRIMARY KEY CHECK (one = 1),
  version bigint NOT NULL
);
INSERT INTO store_version VALUES (1, 0);
