-- Band rows keyed by (band, doc_id) in a WITHOUT ROWID table: one b-tree instead of a table
-- plus an index, so each report's band inserts and each candidate look-up touch fewer pages.
CREATE TABLE dedupe_bands_keyed (
  band   TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, doc_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO dedupe_bands_keyed (band, doc_id) SELECT band, doc_id FROM dedupe_bands;
DROP TABLE dedupe_bands;
ALTER TABLE dedupe_bands_keyed RENAME TO dedupe_bands;
