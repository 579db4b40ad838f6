-- The figures the assessment applies, each for the period it was in force (published values,
-- not formulas): GMI, needy and maximum low-income thresholds for the first and each other
-- household member (EUR a month), the housing-benefit coefficient K, and each municipality's
-- own low-income threshold. Administrators add new periods; a rule is applied as in force on
-- the application's date.

CREATE TABLE income_threshold (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL,  -- GMI, NEEDY, LOW_INCOME_MAX
    valid_from    DATE          NOT NULL,
    valid_until   DATE          NULL,      -- NULL: until replaced
    first_person  DECIMAL(10,2) NOT NULL,
    other_person  DECIMAL(10,2) NOT NULL,
    source        VARCHAR(300)  NOT NULL,
    CONSTRAINT uk_income_threshold UNIQUE (kind, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO income_threshold (kind, valid_from, valid_until, first_person, other_person, source) VALUES
    ('GMI', '2021-01-01', '2023-06-30', 109.00, 76.00, 'SPSPL 33. pants; MK noteikumi Nr. 809 (2020)'),
    ('GMI', '2023-07-01', '2023-12-31', 125.00, 87.50, 'SPSPL 33. pants, 2023. gada grozījumi'),
    ('GMI', '2024-01-01', '2024-12-31', 137.00, 96.00, 'SPSPL 33. pants, 2024. gada mediānas ienākumi'),
    ('GMI', '2025-01-01', '2025-12-31', 166.00, 116.00, 'SPSPL 33. pants, 2025. gada mediānas ienākumi'),
    ('GMI', '2026-01-01', '2026-12-31', 187.00, 131.00, 'SPSPL 33. pants, 2026. gada mediānas ienākumi'),
    ('NEEDY', '2021-01-01', '2023-06-30', 272.00, 190.00, 'SPSPL 36. pants; MK noteikumi Nr. 809 (2020)'),
    ('NEEDY', '2023-07-01', '2023-12-31', 313.00, 219.00, 'SPSPL 36. pants, 2023. gada grozījumi'),
    ('NEEDY', '2024-01-01', '2024-12-31', 343.00, 240.00, 'SPSPL 36. pants, 2024. gada mediānas ienākumi'),
    ('NEEDY', '2025-01-01', '2025-12-31', 377.00, 264.00, 'SPSPL 36. pants, 2025. gada mediānas ienākumi'),
    ('NEEDY', '2026-01-01', '2026-12-31', 425.00, 298.00, 'SPSPL 36. pants, 2026. gada mediānas ienākumi'),
    ('LOW_INCOME_MAX', '2021-01-01', '2023-06-30', 436.00, 305.00, 'SPSPL 36. pants; MK noteikumi Nr. 809 (2020)'),
    ('LOW_INCOME_MAX', '2023-07-01', '2023-12-31', 501.00, 351.00, 'SPSPL 36. pants, 2023. gada grozījumi'),
    ('LOW_INCOME_MAX', '2024-01-01', '2024-12-31', 549.00, 384.00, 'SPSPL 36. pants, 2024. gada mediānas ienākumi'),
    ('LOW_INCOME_MAX', '2025-01-01', '2025-12-31', 604.00, 423.00, 'SPSPL 36. pants, 2025. gada mediānas ienākumi'),
    ('LOW_INCOME_MAX', '2026-01-01', '2026-12-31', 680.00, 476.00, 'SPSPL 36. pants, 2026. gada mediānas ienākumi');

-- Each municipality sets its own low-income threshold, at most the state maximum and not
-- below the needy threshold. Seeded with the maximum for the municipality of this
-- installation; administrators enter their council's decision.
CREATE TABLE municipal_low_income_threshold (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_code VARCHAR(10)   NOT NULL,
    valid_from        DATE          NOT NULL,
    valid_until       DATE          NULL,
    first_person      DECIMAL(10,2) NOT NULL,
    other_person      DECIMAL(10,2) NOT NULL,
    source            VARCHAR(300)  NOT NULL,
    CONSTRAINT uk_municipal_low_income UNIQUE (municipality_code, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The housing-benefit coefficient K by household kind (SPSPL 35. panta piektā daļa, from
-- 1 June 2023). Other periods, such as the temporary raise of January to April 2026, are
-- entered by administrators from the published figures.
CREATE TABLE housing_coefficient (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    household_kind VARCHAR(30)  NOT NULL,  -- PENSIONER_OR_DISABLED_ALONE, PENSIONERS_OR_DISABLED_ONLY, OTHER
    valid_from     DATE         NOT NULL,
    valid_until    DATE         NULL,
    k              DECIMAL(4,2) NOT NULL,
    source         VARCHAR(300) NOT NULL,
    CONSTRAINT uk_housing_coefficient UNIQUE (household_kind, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO housing_coefficient (household_kind, valid_from, valid_until, k, source) VALUES
    ('PENSIONER_OR_DISABLED_ALONE', '2023-06-01', NULL, 2.50, 'SPSPL 35. panta piektā daļa'),
    ('PENSIONERS_OR_DISABLED_ONLY', '2023-06-01', NULL, 2.00, 'SPSPL 35. panta piektā daļa'),
    ('OTHER', '2023-06-01', NULL, 1.50, 'SPSPL 35. panta piektā daļa');
