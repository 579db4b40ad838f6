-- The legal bases a caseworker chooses from when deciding, per assessment rule (NULL: every
-- type), in Latvian as the decision letter states them. Free text can be added to the choice.

CREATE TABLE legal_basis_template (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule       VARCHAR(40)   NULL,
    text_lv    VARCHAR(1000) NOT NULL,
    sort_order INT           NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO legal_basis_template (rule, text_lv, sort_order) VALUES
    ('HOUSEHOLD_MEANS_TEST', 'Sociālo pakalpojumu un sociālās palīdzības likuma 36. pants; Ministru kabineta 2020. gada 17. decembra noteikumi Nr. 809 "Noteikumi par mājsaimniecības materiālās situācijas izvērtēšanu un sociālās palīdzības saņemšanu"', 10),
    ('GMI', 'Sociālo pakalpojumu un sociālās palīdzības likuma 33. pants; Ministru kabineta 2020. gada 17. decembra noteikumi Nr. 809', 20),
    ('HOUSING_BENEFIT', 'Sociālo pakalpojumu un sociālās palīdzības likuma 35. pants; pašvaldības saistošie noteikumi par mājokļa pabalstu', 30),
    ('HOME_CARE_LEVEL', 'Sociālo pakalpojumu un sociālās palīdzības likuma 9. pants; pašvaldības saistošie noteikumi par sociālajiem pakalpojumiem', 40),
    ('FIXED_AMOUNT', 'Sociālo pakalpojumu un sociālās palīdzības likuma 35. panta trešā daļa; pašvaldības saistošie noteikumi par pašvaldības pabalstiem', 50),
    ('JUBILEE_AGE', 'Pašvaldības saistošie noteikumi par pašvaldības pabalstiem (pabalsts jubilāriem)', 60),
    (NULL, 'Administratīvā procesa likuma 55., 56. un 67. pants', 90),
    (NULL, 'Iesniegumu likuma 5. pants', 95);
