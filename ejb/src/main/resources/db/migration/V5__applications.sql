-- Applications and everything that happens to them: answers, household, declared income and
-- property, attachments, the timeline, information requests, the outbox of register queries,
-- the registration number sequence and the audit trail.

CREATE TABLE registration_sequence (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seq_year   INT    NOT NULL,
    last_value BIGINT NOT NULL,
    CONSTRAINT uk_registration_sequence_year UNIQUE (seq_year)
) ENGINE=InnoDB;

CREATE TABLE application (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration_number      VARCHAR(20)   NULL,
    application_type_id      BIGINT        NOT NULL,
    form_definition_id       BIGINT        NOT NULL,
    department_id            BIGINT        NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    channel                  VARCHAR(20)   NOT NULL,
    submission_key           VARCHAR(64)   NULL,
    applicant_personal_code  CHAR(11)      NOT NULL,
    applicant_first_name     VARCHAR(100)  NULL,
    applicant_last_name      VARCHAR(100)  NULL,
    applicant_email          VARCHAR(200)  NULL,
    applicant_phone          VARCHAR(30)   NULL,
    filed_by                 VARCHAR(100)  NOT NULL,
    signed_on_paper          BOOLEAN       NOT NULL DEFAULT FALSE,
    no_income_declared       BOOLEAN       NOT NULL DEFAULT FALSE,
    consent_given            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at               TIMESTAMP(3)  NOT NULL,
    updated_at               TIMESTAMP(3)  NOT NULL,
    submitted_at             TIMESTAMP(3)  NULL,
    received_on              DATE          NULL,      -- the date the legal deadline counts from (Europe/Riga)
    decision_deadline        DATE          NULL,
    assigned_to              VARCHAR(100)  NULL,
    decision_outcome         VARCHAR(20)   NULL,      -- GRANTED, PARTIALLY_GRANTED, REFUSED
    decision_amount          DECIMAL(10,2) NULL,
    decision_period_from     DATE          NULL,
    decision_period_to       DATE          NULL,
    decision_legal_basis     VARCHAR(1000) NULL,
    decision_reasons         TEXT          NULL,
    decided_at               TIMESTAMP(3)  NULL,
    decided_by               VARCHAR(100)  NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_application_registration_number UNIQUE (registration_number),
    CONSTRAINT uk_application_submission_key UNIQUE (submission_key),
    CONSTRAINT fk_application_type FOREIGN KEY (application_type_id) REFERENCES application_type (id),
    CONSTRAINT fk_application_form FOREIGN KEY (form_definition_id) REFERENCES form_definition (id),
    CONSTRAINT fk_application_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_application_applicant ON application (applicant_personal_code);
CREATE INDEX ix_application_queue ON application (department_id, status, decision_deadline);
CREATE INDEX ix_application_status_updated ON application (status, updated_at);

CREATE TABLE application_answer (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT      NOT NULL,
    field_code     VARCHAR(60) NOT NULL,
    answer_value   TEXT        NOT NULL,
    CONSTRAINT uk_application_answer UNIQUE (application_id, field_code),
    CONSTRAINT fk_answer_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE household_member (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    personal_code  CHAR(11)     NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    relation       VARCHAR(20)  NOT NULL,  -- SPOUSE, PARTNER, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, OTHER
    sort_order     INT          NOT NULL,
    CONSTRAINT fk_household_member_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_household_member_code ON household_member (personal_code);

CREATE TABLE declared_income (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id       BIGINT        NOT NULL,
    earner_personal_code CHAR(11)      NOT NULL,
    income_type          VARCHAR(30)   NOT NULL,  -- SALARY, SELF_EMPLOYMENT, PENSION, STATE_BENEFIT, UNEMPLOYMENT_BENEFIT, ALIMONY, OTHER
    amount_last_3_months DECIMAL(10,2) NOT NULL,
    sort_order           INT           NOT NULL,
    CONSTRAINT fk_declared_income_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE declared_property (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    property_kind  VARCHAR(30)   NOT NULL,  -- REAL_ESTATE, VEHICLE, SAVINGS, OTHER
    description    VARCHAR(300)  NOT NULL,
    estimated_value DECIMAL(12,2) NULL,
    sort_order     INT           NOT NULL,
    CONSTRAINT fk_declared_property_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attachment (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(50)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_at    TIMESTAMP(3) NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The bytes apart from the metadata, so that lists of attachments never read them.
CREATE TABLE attachment_content (
    attachment_id BIGINT   NOT NULL PRIMARY KEY,
    content       LONGBLOB NOT NULL,
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE timeline_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    seq            INT           NOT NULL,      -- position in the application's timeline
    occurred_at    TIMESTAMP(3)  NOT NULL,
    event_type     VARCHAR(40)   NOT NULL,
    from_status    VARCHAR(20)   NULL,
    to_status      VARCHAR(20)   NULL,
    actor          VARCHAR(100)  NOT NULL,
    actor_role     VARCHAR(20)   NOT NULL,
    channel        VARCHAR(20)   NULL,
    note           VARCHAR(2000) NULL,
    CONSTRAINT fk_timeline_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE UNIQUE INDEX uk_timeline_seq ON timeline_event (application_id, seq);

CREATE TABLE information_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    requested_at   TIMESTAMP(3)  NOT NULL,
    requested_by   VARCHAR(100)  NOT NULL,
    request_text   VARCHAR(4000) NOT NULL,
    answered_at    TIMESTAMP(3)  NULL,
    answered_by    VARCHAR(100)  NULL,
    answer_text    VARCHAR(4000) NULL,
    CONSTRAINT fk_information_request_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox: register queries written with the application, run later by a worker.
CREATE TABLE register_query (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id        BIGINT        NOT NULL,
    register_code         VARCHAR(10)   NOT NULL,
    query_code            VARCHAR(40)   NOT NULL,
    subject_personal_code CHAR(11)      NOT NULL,
    status                VARCHAR(20)   NOT NULL,  -- PENDING, DONE, FAILED
    attempts              INT           NOT NULL DEFAULT 0,
    next_attempt_at       TIMESTAMP(3)  NOT NULL,
    last_error            VARCHAR(1000) NULL,
    created_at            TIMESTAMP(3)  NOT NULL,
    completed_at          TIMESTAMP(3)  NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_register_query UNIQUE (application_id, register_code, query_code, subject_personal_code),
    CONSTRAINT fk_register_query_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_register_query_due ON register_query (status, next_attempt_at);

CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(3)  NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    actor_role   VARCHAR(20)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   BIGINT        NULL,
    detail       VARCHAR(2000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_subject ON audit_event (subject_type, subject_id, occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);
