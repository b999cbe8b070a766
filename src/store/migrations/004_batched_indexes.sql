-- Fewer pages written per report. Each report's fingerprint row is keyed by its documents.seq
-- (appended at the end of the table) and holds its LSH band keys as integers (8 bytes each).
-- The band index and the full-text index are derived data, written in batches: index_progress
-- holds, for each, the last documents.seq it covers, and the store brings both up to date every
-- few hundred reports, before a search, and when it opens or closes. A stop in between loses
-- nothing: the next open indexes what is missing.
-- Band keys were text before; fingerprints copied here have bands NULL, and the store re-derives
-- their keys from the signatures when it opens (dedupe_fingerprints_rekey finds them).
CREATE TABLE dedupe_fingerprints (
  seq       INTEGER PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
  signature BLOB NOT NULL,
  bands     BLOB
);
INSERT INTO dedupe_fingerprints (seq, signature)
  SELECT d.seq, s.signature FROM dedupe_signatures s JOIN documents d ON d.id = s.doc_id;
CREATE INDEX dedupe_fingerprints_rekey ON dedupe_fingerprints(seq) WHERE bands IS NULL;
DROP TABLE dedupe_signatures;
DROP TABLE dedupe_bands;

CREATE TABLE dedupe_band_index (
  band INTEGER NOT NULL,
  seq  INTEGER NOT NULL,
  PRIMARY KEY (band, seq)
) WITHOUT ROWID;

CREATE TABLE index_progress (
  name TEXT PRIMARY KEY,
  upto INTEGER NOT NULL
);
INSERT INTO index_progress (name, upto) VALUES
  ('bands', (SELECT coalesce(max(seq), 0) FROM documents)),
  ('fts', (SELECT coalesce(max(seq), 0) FROM documents));

-- The full-text rows are added by the store's batches; a deleted document leaves the index only
-- if it had been added to it.
DROP TRIGGER documents_fts_ai;
DROP TRIGGER documents_fts_ad;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents
  WHEN old.seq <= (SELECT upto FROM index_progress WHERE name = 'fts')
BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
