-- The municipality's own figures used by the assessment, each for the period it is in force:
-- home-care levels (hours a month) and the hourly fee (Jelgava 2015), and fixed amounts set by
-- the council's binding regulations (Kandava 2020), e.g. the jubilee benefit.

CREATE TABLE municipal_amount (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)   NOT NULL,
    valid_from  DATE          NOT NULL,
    valid_until DATE          NULL,
    amount      DECIMAL(10,2) NOT NULL,
    source      VARCHAR(300)  NOT NULL,
    CONSTRAINT uk_municipal_amount UNIQUE (code, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO municipal_amount (code, valid_from, valid_until, amount, source) VALUES
    ('HOME_CARE_HOURLY_FEE', '2015-01-01', NULL, 3.80, 'Jelgavas pilsētas pašvaldības saistošie noteikumi (2015)'),
    ('HOME_CARE_LEVEL_1_HOURS', '2015-01-01', NULL, 8.00, 'Aprūpes mājās 1. līmenis: līdz 2 stundām nedēļā'),
    ('HOME_CARE_LEVEL_2_HOURS', '2015-01-01', NULL, 20.00, 'Aprūpes mājās 2. līmenis: līdz 5 stundām nedēļā'),
    ('HOME_CARE_LEVEL_3_HOURS', '2015-01-01', NULL, 36.00, 'Aprūpes mājās 3. līmenis: līdz 9 stundām nedēļā'),
    ('HOME_CARE_LEVEL_4_HOURS', '2015-01-01', NULL, 48.00, 'Aprūpes mājās 4. līmenis: līdz 12 stundām nedēļā'),
    ('JUBILEE_80_90', '2020-01-01', NULL, 15.00, 'Kandavas novada saistošie noteikumi (2020): 80 un 90 gadu jubileja'),
    ('JUBILEE_100_PLUS', '2020-01-01', NULL, 100.00, 'Kandavas novada saistošie noteikumi (2020): 100 gadi un katru nākamo gadu');
