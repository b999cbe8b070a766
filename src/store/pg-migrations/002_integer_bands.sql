-- LSH band keys become integers (bigint, below 2^53). The text keys stored before cannot be
-- converted: their rows go, and every signature saved before is marked `rekey`; the store
-- derives its integer keys from the signature when it next opens.
TRUNCATE dedupe_bands;
ALTER TABLE dedupe_bands ALTER COLUMN band TYPE bigint USING band::bigint;
ALTER TABLE dedupe_signatures ADD COLUMN rekey boolean NOT NULL DEFAULT true;
ALTER TABLE dedupe_signatures ALTER COLUMN rekey SET DEFAULT false;
CREATE INDEX dedupe_signatures_rekey ON dedupe_signatures(doc_id) WHERE rekey;
