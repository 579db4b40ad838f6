-- Which node of a cluster claimed a register query last (its NODE_NAME), so that an operator can
-- tell which node asked the register, and a test can show that two nodes shared the outbox
-- without asking anything twice.
ALTER TABLE register_query ADD COLUMN asked_by VARCHAR(100) NULL AFTER attempts;
