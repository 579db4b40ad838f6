-- Four eyes: a decision above the approval threshold is proposed by the caseworker and takes
-- effect only when a supervisor (someone else) approves it. The assessment the decision rests
-- on is frozen with it, with the caseworker's written reason when he overrode the computation.

ALTER TABLE application
    ADD COLUMN decision_proposed_by    VARCHAR(100) NULL,
    ADD COLUMN decision_proposed_at    TIMESTAMP(3) NULL,
    ADD COLUMN decision_approved_by    VARCHAR(100) NULL,
    ADD COLUMN decision_assessment     MEDIUMTEXT   NULL,
    ADD COLUMN decision_computed_amount DECIMAL(10,2) NULL,
    ADD COLUMN decision_override_reason VARCHAR(2000) NULL;
