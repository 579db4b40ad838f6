-- What the state registers told us (evidence on an application), every message exchanged
-- with them (the message log), and the household statuses we grant, which registers ask about.

CREATE TABLE register_evidence (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id        BIGINT       NOT NULL,
    register_query_id     BIGINT       NOT NULL,
    register_code         VARCHAR(10)  NOT NULL,
    query_code            VARCHAR(40)  NOT NULL,
    subject_personal_code CHAR(11)     NOT NULL,
    received_at           TIMESTAMP(3) NOT NULL,
    message_id            VARCHAR(64)  NOT NULL,
    summary               VARCHAR(500) NOT NULL,  -- one line for the caseworker's list
    data_json             MEDIUMTEXT   NOT NULL,  -- the answer as the register gave it
    CONSTRAINT fk_evidence_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_evidence_application ON register_evidence (application_id, received_at);

CREATE TABLE message_log (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    direction             VARCHAR(10)   NOT NULL,  -- OUT: we asked; IN: we were asked
    counterpart           VARCHAR(100)  NOT NULL,  -- the other party: PMLP, NVA, VSAA, or the calling client
    service_code          VARCHAR(100)  NOT NULL,
    service_version       VARCHAR(20)   NULL,
    message_id            VARCHAR(64)   NOT NULL,
    user_id               VARCHAR(100)  NULL,
    issue                 VARCHAR(100)  NULL,
    subject_personal_code CHAR(11)      NULL,      -- whom the message was about, for the resident's view
    started_at            TIMESTAMP(3)  NOT NULL,
    duration_ms           BIGINT        NOT NULL,
    outcome               VARCHAR(20)   NOT NULL,  -- OK, BUSINESS_ERROR, FAULT, TRANSPORT_ERROR, REFUSED
    detail                VARCHAR(1000) NULL,
    request_sha256        CHAR(64)      NULL,
    response_sha256       CHAR(64)      NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_message_log_subject ON message_log (subject_personal_code, started_at);
CREATE INDEX ix_message_log_time ON message_log (started_at);

CREATE TABLE household_status (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    personal_code  CHAR(11)     NOT NULL,
    status         VARCHAR(20)  NOT NULL,  -- NEEDY, LOW_INCOME
    valid_from     DATE         NOT NULL,
    valid_until    DATE         NOT NULL,
    application_id BIGINT       NOT NULL,
    granted_at     TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_household_status_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_household_status_person ON household_status (personal_code, valid_from, valid_until);
