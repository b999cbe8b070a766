-- Band keys become small integers (31 bits) and each fingerprint keeps its keys as a JSON array,
-- from which the band index is filled in one statement per batch. Keys written under 004 are of
-- the old form: the index is emptied and every fingerprint re-keyed from its signature when the
-- store opens (bands NULL, found through dedupe_fingerprints_rekey).
DELETE FROM dedupe_band_index;
UPDATE dedupe_fingerprints SET bands = NULL;
