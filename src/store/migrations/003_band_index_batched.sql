-- Each report's LSH band keys are stored with its signature, in the report's own transaction.
-- The band index (dedupe_bands) is derived from them and written in sorted batches: a row with
-- indexed = 0 is not in the index yet and is added when the store next opens or flushes.
ALTER TABLE dedupe_signatures ADD COLUMN bands TEXT;
ALTER TABLE dedupe_signatures ADD COLUMN indexed INTEGER NOT NULL DEFAULT 1;
CREATE INDEX dedupe_signatures_unindexed ON dedupe_signatures(doc_id) WHERE indexed = 0;
