-- Solvents and product use (issue 18): the VOC content of a coating, ink, adhesive or cleaning agent
-- as used, mass percent, like sulfur_pct; null when the record does not state it (the registry's
-- default by product then applies). Part of the reported fact: a changed content is a revision.
alter table activity add column voc_content_pct double precision;
