-- The quarterly report and the SPOLIS export count applications by their date of receipt and
-- decisions by their time, and statuses valid on a day: covering indexes, so that a report
-- over a quarter reads index ranges instead of the whole application table.

CREATE INDEX ix_application_received ON application (received_on, application_type_id, channel);
CREATE INDEX ix_application_decided ON application (decided_at, application_type_id, decision_deadline);
CREATE INDEX ix_household_status_validity ON household_status (valid_from, valid_until, status);
