-- The catalogue of application types: what a resident can apply for, who handles it and
-- how long the social service has to decide. Seeded by V2, edited by administrators later.

CREATE TABLE department (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name_lv     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    CONSTRAINT uk_department_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_type (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                    VARCHAR(60)   NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,  -- STATUS, BENEFIT, SERVICE, CHANGE, CERTIFICATE
    life_situation          VARCHAR(30)   NOT NULL,  -- MONEY_AND_STATUS, FAMILY_AND_CHILDREN, OLD_AGE_AND_DISABILITY, CARE_AT_HOME, CRISIS
    department_id           BIGINT        NOT NULL,
    name_lv                 VARCHAR(300)  NOT NULL,
    name_en                 VARCHAR(300)  NOT NULL,
    name_ru                 VARCHAR(300)  NOT NULL,
    eligibility_lv          VARCHAR(1000) NOT NULL,  -- who can apply, in one or two sentences
    eligibility_en          VARCHAR(1000) NOT NULL,
    eligibility_ru          VARCHAR(1000) NOT NULL,
    decision_deadline_days  INT           NOT NULL,
    deadline_in_work_days   BOOLEAN       NOT NULL DEFAULT FALSE,
    assessment_rule         VARCHAR(40)   NULL,      -- name of the rule that assesses it, e.g. HOUSEHOLD_MEANS_TEST
    fixed_amount            DECIMAL(10,2) NULL,      -- EUR, for benefits with a municipal fixed amount
    active                  BOOLEAN       NOT NULL DEFAULT TRUE,
    sort_order              INT           NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_application_type_code UNIQUE (code),
    CONSTRAINT fk_application_type_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_type_document (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_type_id BIGINT       NOT NULL,
    code                VARCHAR(60)  NOT NULL,
    name_lv             VARCHAR(300) NOT NULL,
    name_en             VARCHAR(300) NOT NULL,
    name_ru             VARCHAR(300) NOT NULL,
    required            BOOLEAN      NOT NULL,
    sort_order          INT          NOT NULL,
    CONSTRAINT uk_type_document UNIQUE (application_type_id, code),
    CONSTRAINT fk_type_document_type FOREIGN KEY (application_type_id) REFERENCES application_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_type_register_check (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_type_id BIGINT       NOT NULL,
    register_code       VARCHAR(10)  NOT NULL,  -- PMLP, NVA, VSAA
    query_code          VARCHAR(40)  NOT NULL,  -- PERSON, PERSONS_AT_ADDRESS, UNEMPLOYED_STATUS, PAYMENTS, DISABILITY
    CONSTRAINT uk_type_register_check UNIQUE (application_type_id, register_code, query_code),
    CONSTRAINT fk_type_register_check_type FOREIGN KEY (application_type_id) REFERENCES application_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
