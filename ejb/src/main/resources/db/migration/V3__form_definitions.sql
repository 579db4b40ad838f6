-- Form definitions as data: what an application of each type asks, step by step. A type has
-- many versions; exactly one is current, and an application keeps the version it was filed
-- under. Household members, income and property are shared sections switched on per version;
-- the type's own questions are the fields below.

CREATE TABLE form_definition (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_type_id BIGINT       NOT NULL,
    version_no          INT          NOT NULL,
    current_version     BOOLEAN      NOT NULL,
    household_section   VARCHAR(10)  NOT NULL,  -- NONE, OPTIONAL, REQUIRED: household members with relation
    income_section      VARCHAR(10)  NOT NULL,  -- NONE, OPTIONAL, REQUIRED: income of the last 3 months per member
    property_section    VARCHAR(10)  NOT NULL,  -- NONE, OPTIONAL, REQUIRED: real estate, vehicles, savings
    created_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_by          VARCHAR(100) NOT NULL,
    CONSTRAINT uk_form_definition_version UNIQUE (application_type_id, version_no),
    CONSTRAINT fk_form_definition_type FOREIGN KEY (application_type_id) REFERENCES application_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE form_step (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    form_definition_id BIGINT       NOT NULL,
    code               VARCHAR(40)  NOT NULL,
    title_lv           VARCHAR(200) NOT NULL,
    title_en           VARCHAR(200) NOT NULL,
    title_ru           VARCHAR(200) NOT NULL,
    sort_order         INT          NOT NULL,
    CONSTRAINT uk_form_step_code UNIQUE (form_definition_id, code),
    CONSTRAINT fk_form_step_definition FOREIGN KEY (form_definition_id) REFERENCES form_definition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE form_field (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    form_step_id BIGINT        NOT NULL,
    code         VARCHAR(60)   NOT NULL,  -- unique within the form definition, used as the answer key
    field_type   VARCHAR(20)   NOT NULL,  -- TEXT, TEXTAREA, NUMBER, MONEY, DATE, BOOLEAN, SELECT, PERSONAL_CODE, IBAN, EMAIL, PHONE
    label_lv     VARCHAR(300)  NOT NULL,
    label_en     VARCHAR(300)  NOT NULL,
    label_ru     VARCHAR(300)  NOT NULL,
    help_lv      VARCHAR(1000) NULL,
    help_en      VARCHAR(1000) NULL,
    help_ru      VARCHAR(1000) NULL,
    required     BOOLEAN       NOT NULL,
    min_value    DECIMAL(12,2) NULL,      -- NUMBER, MONEY: inclusive bounds
    max_value    DECIMAL(12,2) NULL,
    max_length   INT           NULL,      -- TEXT, TEXTAREA
    pattern      VARCHAR(200)  NULL,      -- TEXT: a Java regular expression the whole answer must match
    date_rule    VARCHAR(20)   NULL,      -- DATE: PAST, FUTURE, PAST_OR_TODAY, TODAY_OR_FUTURE
    sort_order   INT           NOT NULL,
    CONSTRAINT fk_form_field_step FOREIGN KEY (form_step_id) REFERENCES form_step (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE form_field_option (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    form_field_id BIGINT       NOT NULL,
    code          VARCHAR(60)  NOT NULL,
    label_lv      VARCHAR(300) NOT NULL,
    label_en      VARCHAR(300) NOT NULL,
    label_ru      VARCHAR(300) NOT NULL,
    sort_order    INT          NOT NULL,
    CONSTRAINT uk_form_field_option UNIQUE (form_field_id, code),
    CONSTRAINT fk_form_field_option_field FOREIGN KEY (form_field_id) REFERENCES form_field (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
