-- Solid fuel is asked for on the housing benefit's form as the whole heating season's purchase;
-- the assessment spreads it over this many months (one season's fuel heats the household until
-- the next purchase). A municipality whose binding regulations say otherwise enters its own
-- figure, dated, on the administration's reference data page.

INSERT INTO municipal_amount (code, valid_from, valid_until, amount, source) VALUES
    ('SOLID_FUEL_MONTHS', '2015-01-01', NULL, 12.00,
     'Cietā kurināmā iegāde apkures sezonai sadalīta pa 12 mēnešiem (pašvaldības saistošie noteikumi var noteikt citu skaitu)');
