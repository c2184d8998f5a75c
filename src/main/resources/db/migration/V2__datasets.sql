-- Incident Atlas schema, version 2: datasets as first-class records (the registry the datasets command lists).

CREATE TABLE dataset (
    dataset_key VARCHAR(64) PRIMARY KEY,
    -- The citation a user gave their own dataset; known datasets (ucdp-ged, acled, ...) carry their own.
    citation    CHARACTER VARYING,
    -- Whether the user may edit its incidents (their own datasets); imported datasets are read-only.
    editable    BOOLEAN DEFAULT FALSE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO dataset (dataset_key) SELECT DISTINCT dataset_key FROM dataset_release;

-- Releases no incident comes from any more (e.g. an older GED release replaced by a newer one) credit nothing.
DELETE FROM dataset_release r WHERE NOT EXISTS (SELECT 1 FROM incident i WHERE i.release_id = r.id);

ALTER TABLE dataset_release ADD CONSTRAINT fk_release_dataset FOREIGN KEY (dataset_key)
    REFERENCES dataset (dataset_key);
