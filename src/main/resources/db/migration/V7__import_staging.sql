-- Incident Atlas schema, version 7: an import is written into these staging tables first, committing as it goes, and
-- moved into incident and source in one last transaction. A crash while it is staged leaves the live tables as they
-- were and these rows behind, which the next open empties; a crash during the move is rolled back by H2 as a whole.
-- No index but the row number: the move reads them in that order.

CREATE TABLE import_incident (
    -- The incident's number within the import (1, 2, ...); the move adds the first free row id to it.
    id                    BIGINT PRIMARY KEY,
    -- Whether the incident may replace one its dataset held before the import (an 8-byte hash matched).
    replaces              BOOLEAN       NOT NULL,
    -- A release the database holds, or a negative number for one the move creates.
    release_id            INTEGER       NOT NULL,
    dataset_key           VARCHAR(64)   NOT NULL,
    original_id           VARCHAR(128)  NOT NULL,
    date_start            DATE          NOT NULL,
    date_end              DATE          NOT NULL,
    date_prec             TINYINT       NOT NULL,
    place_name            CHARACTER VARYING,
    adm1                  CHARACTER VARYING,
    adm2                  CHARACTER VARYING,
    latitude              DOUBLE PRECISION NOT NULL,
    longitude             DOUBLE PRECISION NOT NULL,
    where_prec            TINYINT       NOT NULL,
    side_a                CHARACTER VARYING  NOT NULL,
    side_b                CHARACTER VARYING,
    claim_status          VARCHAR(16)   NOT NULL,
    violence_type         TINYINT       NOT NULL,
    method                CHARACTER VARYING,
    deaths_low            INTEGER       NOT NULL,
    deaths_best           INTEGER       NOT NULL,
    deaths_high           INTEGER       NOT NULL,
    deaths_side_a         INTEGER       NOT NULL,
    deaths_side_b         INTEGER       NOT NULL,
    deaths_civilians      INTEGER       NOT NULL,
    deaths_unknown        INTEGER       NOT NULL,
    wounded_low           INTEGER,
    wounded_best          INTEGER,
    wounded_high          INTEGER,
    missing_low           INTEGER,
    missing_best          INTEGER,
    missing_high          INTEGER,
    reported_source_count INTEGER,
    event_clarity         TINYINT,
    original_sources      CHARACTER VARYING,
    note                  CHARACTER VARYING,
    attributes            CHARACTER VARYING,
    category              TINYINT       NOT NULL,
    event_type            CHARACTER VARYING
);

CREATE TABLE import_source (
    -- The incident's number within the import, as in import_incident.id.
    incident_id  BIGINT        NOT NULL,
    seq          INTEGER       NOT NULL,
    outlet       CHARACTER VARYING,
    published    VARCHAR(10),
    title        CHARACTER VARYING,
    url          CHARACTER VARYING,
    quoted       CHARACTER VARYING,
    killed_low   INTEGER,
    killed_high  INTEGER,
    killed_text  CHARACTER VARYING,
    wounded_low  INTEGER,
    wounded_high INTEGER,
    wounded_text CHARACTER VARYING,
    missing_low  INTEGER,
    missing_high INTEGER,
    missing_text CHARACTER VARYING,
    note         CHARACTER VARYING,
    language     VARCHAR(35),
    passage      CHARACTER VARYING
);
