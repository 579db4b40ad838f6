-- The rest of the dated reference data administrators keep (issue 7): how long a granted
-- status or benefit lasts, the municipality's own low-income threshold of this installation,
-- and the catalogue's fixed amounts by date. Values are added with an effective date from the
-- administration pages; the one in force on the application's date is applied.

-- Months a granted status or benefit lasts. Not confirmed from current law: the older rules
-- (Cabinet Regulation No. 809 and its predecessors) give a status 6 months when an adult of
-- the household is able to work, 12 months for a household of only pensioners or persons with
-- a disability; GMI and housing benefit 3 months when someone is of working age, 6 otherwise.
CREATE TABLE grant_period (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,  -- STATUS_ABLE_TO_WORK, STATUS_PENSIONERS_OR_DISABLED, BENEFIT_WORKING_AGE, BENEFIT_NO_WORKING_AGE
    valid_from  DATE         NOT NULL,
    valid_until DATE         NULL,      -- NULL: until replaced
    months      INT          NOT NULL,
    source      VARCHAR(300) NOT NULL,
    CONSTRAINT uk_grant_period UNIQUE (code, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO grant_period (code, valid_from, valid_until, months, source) VALUES
    ('STATUS_ABLE_TO_WORK', '2021-01-01', NULL, 6, 'MK noteikumi Nr. 809 (2020): statuss uz 6 mēnešiem, ja ir darbspējīga persona'),
    ('STATUS_PENSIONERS_OR_DISABLED', '2021-01-01', NULL, 12, 'MK noteikumi Nr. 809 (2020): statuss uz 12 mēnešiem pensionāru vai personu ar invaliditāti mājsaimniecībai'),
    ('BENEFIT_WORKING_AGE', '2021-01-01', NULL, 3, 'SPSPL 33. pants: GMI un mājokļa pabalsts uz 3 mēnešiem, ja ir darbspējīga vecuma persona'),
    ('BENEFIT_NO_WORKING_AGE', '2021-01-01', NULL, 6, 'SPSPL 33. pants: GMI un mājokļa pabalsts uz 6 mēnešiem pārējām mājsaimniecībām');

-- The low-income threshold of this installation's municipality (MUNICIPALITY_CODE, default
-- 0900000): seeded with the state maximum of each period, as V8 announced, until the council's
-- own figures are entered.
INSERT INTO municipal_low_income_threshold (municipality_code, valid_from, valid_until, first_person, other_person, source)
SELECT '0900000', valid_from, valid_until, first_person, other_person,
       CONCAT('Pašvaldības maznodrošinātības slieksnis = valsts maksimums (', source, ')')
FROM income_threshold WHERE kind = 'LOW_INCOME_MAX';

-- The catalogue's fixed amounts (Kandava 2020 binding regulations) by date, under the code
-- TYPE_<type code>: the assessment applies the one in force on the application's date.
INSERT INTO municipal_amount (code, valid_from, valid_until, amount, source)
SELECT CONCAT('TYPE_', code), '2020-01-01', NULL, fixed_amount, 'Pašvaldības saistošie noteikumi: iesnieguma veida noteiktā summa'
FROM application_type WHERE fixed_amount IS NOT NULL;
