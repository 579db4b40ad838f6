-- The audit page reads the trail newest first, filtered by days, actor, action or record.
-- V5 indexed the trail by record and by actor; these serve the other filters, so that a page
-- deep in a large trail reads an index range instead of sorting the whole table. InnoDB
-- appends the primary key to each, which the page's order (occurred_at, id) uses.

CREATE INDEX ix_audit_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_action ON audit_event (action, occurred_at);
