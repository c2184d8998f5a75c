-- Nothing queries incidents by date or by category in SQL: the map, the filters and the command line read both from
-- the index snapshot. Yet a large import dropped and rebuilt both indexes, about a fifth of its time at a million
-- incidents, and they took 15 MB of the file.
DROP INDEX IF EXISTS ix_incident_date;
DROP INDEX IF EXISTS ix_incident_category;

-- A report's primary key (incident_id, seq) was a third entry for every report, beside the table's row and the
-- foreign key's index on incident_id, which serves every lookup. Every writer deletes an incident's reports with it
-- and writes them again numbered from 0, so incident_id and seq stay unique without it; dropping it made moving a
-- million incidents a seventh faster.
ALTER TABLE source DROP PRIMARY KEY;
