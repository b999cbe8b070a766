-- Documents: the cleaned text that was analysed, the raw text it came from, and its metadata.
CREATE TABLE documents (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  source       TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  format       TEXT NOT NULL,
  raw          TEXT NOT NULL,
  text         TEXT NOT NULL,
  title        TEXT,
  outlet       TEXT,
  published    TEXT,
  url          TEXT,
  meta_json    TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);

-- One row per analysis layer of a document (sentences, mentions, events...), as JSON.
CREATE TABLE layers (
  doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name     TEXT NOT NULL,
  pipeline TEXT NOT NULL,
  json     TEXT NOT NULL,
  PRIMARY KEY (doc_id, name)
);

-- Near-duplicate detection: a signature per document and its LSH band keys.
CREATE TABLE dedupe_signatures (
  doc_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
);
CREATE TABLE dedupe_bands (
  band   TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX dedupe_bands_band ON dedupe_bands(band);

CREATE TABLE duplicate_links (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  of_id  TEXT NOT NULL REFERENCES documents(id),
  score  REAL NOT NULL,
  rule   TEXT NOT NULL
);

-- Analysts' merge and split decisions on entities.
CREATE TABLE decisions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  a          TEXT NOT NULL,
  b          TEXT NOT NULL,
  note       TEXT,
  created_at TEXT NOT NULL
);

-- Full-text search over the reports.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

-- Derived results (the built situation), keyed by the store version they were built from.
CREATE TABLE cache (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Bumped by every write, so caches know when they are stale.
CREATE TABLE store_version (
  one     INTEGER PRIMARY KEY CHECK (one = 1),
  version INTEGER NOT NULL
);
INSERT INTO store_version VALUES (1, 0);
