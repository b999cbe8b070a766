-- Band keys become small integers (31 bits): the keys written under 002 are of the old form, so
-- the band rows go and every signature is re-keyed when the store next opens.
TRUNCATE dedupe_bands;
UPDATE dedupe_signatures SET rekey = true;
