-- Incident Atlas schema, version 5: a report's language and the passage a coder read its figures from.

ALTER TABLE source ADD COLUMN language VARCHAR(35);
ALTER TABLE source ADD COLUMN passage CHARACTER VARYING;
ALTER TABLE attached_report ADD COLUMN language VARCHAR(35);
ALTER TABLE attached_report ADD COLUMN passage CHARACTER VARYING;
