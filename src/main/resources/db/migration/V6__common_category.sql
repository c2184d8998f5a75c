-- Incident Atlas schema, version 6: one vocabulary across datasets. Each incident keeps its dataset's own words
-- (violence_type for UCDP, method and event_type for ACLED and GTD) and gains a coarse common category:
-- 1 armed clash, 2 bombing/explosion, 3 attack on civilians, 4 protest/riot, 5 strategic development/other.
-- violence_type 0 stands for a record without a UCDP type of violence (e.g. an ACLED protest).

ALTER TABLE incident ADD COLUMN category TINYINT DEFAULT 5 NOT NULL;

ALTER TABLE incident ADD COLUMN event_type CHARACTER VARYING;

UPDATE incident SET category = CASE
    WHEN REGEXP_LIKE(LOWER(COALESCE(method, '')),
        'bomb|explos|\bied\b|\bvbied\b|mortar|rocket|shell|air ?strike|missile|grenade|\bmine\b|drone') THEN 2
    WHEN violence_type = 3 THEN 3
    WHEN violence_type IN (1, 2) THEN 1
    ELSE 5 END;

CREATE INDEX ix_incident_category ON incident (category);
