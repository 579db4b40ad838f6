-- V2: seed of the catalogue of application types (departments, types, documents, register checks).
-- Source: the 53 application types a welfare board registered in Q3 2024 (shared/catalog/application-types.tsv),
-- with eligibility, documents and amounts drawn from Latvian municipal social-service reports (Kandava 2020,
-- Jelgava 2015, Daugavpils 2016). Amounts and deadlines are data: administrators adjust them to local by-laws.
-- Deadlines: 30 calendar days (one month, Law on Submissions) by default; 21 working days for simple fixed
-- benefits; 10 working days for certificates.

-- 1. Departments
INSERT INTO department (code, name_lv, name_en, name_ru) VALUES
    ('SOCIAL_ASSISTANCE', 'Sociālās palīdzības nodaļa', 'Social Assistance Department', 'Отдел социальной помощи'),
    ('FAMILIES_WITH_CHILDREN', 'Darba ar ģimenēm ar bērniem nodaļa', 'Department for Work with Families with Children', 'Отдел по работе с семьями с детьми'),
    ('ADULTS_AND_DISABILITY', 'Darba ar pieaugušajām personām un personām ar invaliditāti nodaļa', 'Department for Work with Adults and Persons with Disabilities', 'Отдел по работе со взрослыми и лицами с инвалидностью'),
    ('HOME_CARE_OFFICE', 'Aprūpes mājās birojs', 'Home Care Office', 'Бюро ухода на дому');

-- 2. Application types, in the order of the quarterly report

-- 10 NEEDY_HOUSEHOLD_STATUS
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'NEEDY_HOUSEHOLD_STATUS', 'STATUS', 'MONEY_AND_STATUS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Trūcīgas mājsaimniecības statuss',
    'Needy household status',
    'Статус малоимущего домохозяйства',
    'Mājsaimniecība, kuras deklarētā dzīvesvieta ir pašvaldībā un kuras vidējie ienākumi pēdējos trīs mēnešos nepārsniedz trūcīgas mājsaimniecības ienākumu slieksni. Izvērtē arī mājsaimniecības materiālo stāvokli (īpašumus un uzkrājumus).',
    'A household whose declared residence is in the municipality and whose average income over the last three months does not exceed the needy household income threshold. The household''s property and savings are also assessed.',
    'Домохозяйство, задекларированное место жительства которого находится в самоуправлении и средний доход которого за последние три месяца не превышает порог дохода малоимущего домохозяйства. Оценивается также имущественное положение домохозяйства (имущество и сбережения).',
    30, FALSE, 'HOUSEHOLD_MEANS_TEST', NULL, TRUE, 10);

-- 20 GMI_BENEFIT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'GMI_BENEFIT', 'BENEFIT', 'MONEY_AND_STATUS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Garantētā minimālā ienākuma (GMI) pabalsts',
    'Guaranteed minimum income (GMI) benefit',
    'Пособие гарантированного минимального дохода (ГМД)',
    'Mājsaimniecība ar trūcīgas mājsaimniecības statusu, kuras ienākumi ir zemāki par garantētā minimālā ienākuma līmeni. Mājsaimniecība noslēdz vienošanos par līdzdarbību, un darbspējīgie locekļi reģistrējas NVA kā bezdarbnieki.',
    'A household with needy status whose income is below the guaranteed minimum income level. The household signs a co-operation agreement, and members able to work register with the State Employment Agency (NVA) as unemployed.',
    'Домохозяйство со статусом малоимущего, доход которого ниже уровня гарантированного минимального дохода. Домохозяйство заключает соглашение о содействии, а трудоспособные члены регистрируются в Государственном агентстве занятости (NVA) как безработные.',
    30, FALSE, 'GMI', NULL, TRUE, 20);

-- 30 HOUSING_BENEFIT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'HOUSING_BENEFIT', 'BENEFIT', 'MONEY_AND_STATUS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Mājokļa pabalsts',
    'Housing benefit',
    'Жилищное пособие',
    'Trūcīga vai maznodrošināta mājsaimniecība, kuras deklarētā dzīvesvieta ir pašvaldībā un kurai ir izdevumi par īri, komunālajiem pakalpojumiem vai kurināmo. Pabalstu var saņemt arī bārenis vai bez vecāku gādības palicis jaunietis no 18 līdz 24 gadu vecumam pēc ārpusģimenes aprūpes beigām.',
    'A needy or low-income household declared in the municipality that has costs for rent, utilities or heating fuel. An orphan or a young person left without parental care, aged 18 to 24, can also receive it after out-of-family care ends.',
    'Малоимущее или малообеспеченное домохозяйство, задекларированное в самоуправлении, у которого есть расходы на аренду, коммунальные услуги или топливо. Пособие может получить также сирота или молодой человек, оставшийся без попечения родителей, в возрасте от 18 до 24 лет после окончания внесемейного ухода.',
    30, FALSE, 'HOUSING_BENEFIT', NULL, TRUE, 30);

-- 40 MEDICAL_COSTS_NEEDY
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'MEDICAL_COSTS_NEEDY', 'BENEFIT', 'MONEY_AND_STATUS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Pabalsts medicīnisko pakalpojumu izdevumu daļējai segšanai trūcīgām personām',
    'Partial cover of medical costs for needy persons',
    'Пособие для частичного покрытия расходов на медицинские услуги малоимущим лицам',
    'Persona ar trūcīgas mājsaimniecības statusu, kuras deklarētā dzīvesvieta ir pašvaldībā un kurai ir izdevumi par medicīniskajiem pakalpojumiem vai medikamentiem.',
    'A person with needy household status, declared in the municipality, who has costs for medical services or medicines.',
    'Лицо со статусом малоимущего домохозяйства, задекларированное в самоуправлении, у которого есть расходы на медицинские услуги или лекарства.',
    30, FALSE, NULL, NULL, TRUE, 40);

-- 50 PRESCHOOL_FEE_50_NEEDY
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'PRESCHOOL_FEE_50_NEEDY', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Atlaide 50 % apmērā no maksas pirmsskolas izglītības iestādē trūcīgas ģimenes bērnam',
    '50 % pre-school fee discount, child of a needy family',
    'Скидка 50 % на оплату дошкольного образовательного учреждения для ребёнка из малоимущей семьи',
    'Trūcīgas ģimenes bērns, kurš apmeklē pašvaldības pirmsskolas izglītības iestādi; pieteikumu iesniedz vecāks vai likumiskais pārstāvis, un ģimenes deklarētā dzīvesvieta ir pašvaldībā.',
    'A child of a needy family who attends a municipal pre-school; a parent or legal representative applies, and the family is declared in the municipality.',
    'Ребёнок из малоимущей семьи, посещающий муниципальное дошкольное образовательное учреждение; заявление подаёт родитель или законный представитель, семья задекларирована в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 50);

-- 60 LOW_INCOME_HOUSEHOLD_STATUS
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'LOW_INCOME_HOUSEHOLD_STATUS', 'STATUS', 'MONEY_AND_STATUS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Maznodrošinātas mājsaimniecības statuss',
    'Low-income household status',
    'Статус малообеспеченного домохозяйства',
    'Mājsaimniecība, kuras deklarētā dzīvesvieta ir pašvaldībā un kuras vidējie ienākumi pēdējos trīs mēnešos nepārsniedz pašvaldības noteikto maznodrošinātas mājsaimniecības ienākumu slieksni. Izvērtē arī mājsaimniecības materiālo stāvokli.',
    'A household whose declared residence is in the municipality and whose average income over the last three months does not exceed the low-income threshold set by the municipality. The household''s property and savings are also assessed.',
    'Домохозяйство, задекларированное место жительства которого находится в самоуправлении и средний доход которого за последние три месяца не превышает установленный самоуправлением порог дохода малообеспеченного домохозяйства. Оценивается также имущественное положение домохозяйства.',
    30, FALSE, 'HOUSEHOLD_MEANS_TEST', NULL, TRUE, 60);

-- 70 PRESCHOOL_FEE_50_LARGE_FAMILY
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'PRESCHOOL_FEE_50_LARGE_FAMILY', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Pabalsts 50 % apmērā no maksas pirmsskolas izglītības iestādē daudzbērnu ģimenes bērnam',
    '50 % pre-school fee, child of a large family',
    'Пособие в размере 50 % от платы за дошкольное образовательное учреждение для ребёнка из многодетной семьи',
    'Daudzbērnu ģimenes (ģimene, kurā aug trīs vai vairāk bērnu) bērns, kurš apmeklē pašvaldības pirmsskolas izglītības iestādi; pieteikumu iesniedz vecāks vai likumiskais pārstāvis, un ģimenes deklarētā dzīvesvieta ir pašvaldībā.',
    'A child of a large family (three or more children) who attends a municipal pre-school; a parent or legal representative applies, and the family is declared in the municipality.',
    'Ребёнок из многодетной семьи (три и более детей), посещающий муниципальное дошкольное образовательное учреждение; заявление подаёт родитель или законный представитель, семья задекларирована в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 70);

-- 80 CHILDBIRTH_BENEFIT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CHILDBIRTH_BENEFIT', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Bērna piedzimšanas pabalsts',
    'Childbirth benefit',
    'Пособие при рождении ребёнка',
    'Jaundzimušā bērna vecāks vai aizbildnis, ja gan bērna, gan pieteicēja deklarētā dzīvesvieta ir pašvaldībā.',
    'A parent or guardian of a newborn child, if both the child and the applicant are declared in the municipality.',
    'Родитель или опекун новорождённого ребёнка, если и ребёнок, и заявитель задекларированы в самоуправлении.',
    21, TRUE, 'FIXED_AMOUNT', 150.00, TRUE, 80);

-- 90 CRISIS_BENEFIT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CRISIS_BENEFIT', 'BENEFIT', 'CRISIS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Pabalsts krīzes situācijā',
    'Crisis situation benefit',
    'Пособие в кризисной ситуации',
    'Persona vai ģimene, kuras deklarētā dzīvesvieta ir pašvaldībā un kura no savas gribas neatkarīgu apstākļu dēļ (ugunsgrēks, plūdi, stihiska nelaime, smaga slimība) nonākusi krīzes situācijā un nespēj apmierināt pamatvajadzības.',
    'A person or family declared in the municipality who, through circumstances beyond their control (fire, flood, natural disaster, serious illness), are in a crisis and cannot meet their basic needs.',
    'Лицо или семья, задекларированные в самоуправлении, которые по не зависящим от них обстоятельствам (пожар, наводнение, стихийное бедствие, тяжёлая болезнь) оказались в кризисной ситуации и не могут удовлетворить основные потребности.',
    21, TRUE, 'FIXED_AMOUNT', 100.00, TRUE, 90);

-- 100 FAMILY_ASSISTANT_SERVICE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'FAMILY_ASSISTANT_SERVICE', 'SERVICE', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Ģimenes asistenta pakalpojums',
    'Family assistant service',
    'Услуга ассистента семьи',
    'Ģimene ar bērniem, kuras deklarētā dzīvesvieta ir pašvaldībā un kurai sociālais darbinieks konstatējis vajadzību pēc atbalsta bērnu aprūpē, sadzīves prasmēs vai mājsaimniecības vadīšanā.',
    'A family with children declared in the municipality for whom the social worker has found a need for support in childcare, everyday skills or running the household.',
    'Семья с детьми, задекларированная в самоуправлении, для которой социальный работник установил потребность в поддержке в уходе за детьми, в бытовых навыках или ведении домашнего хозяйства.',
    30, FALSE, NULL, NULL, TRUE, 100);

-- 110 FUNERAL_BENEFIT_NEEDY
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'FUNERAL_BENEFIT_NEEDY', 'BENEFIT', 'CRISIS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Pabalsts trūcīgas personas apbedīšanai',
    'Funeral benefit for a needy person',
    'Пособие на погребение малоимущего лица',
    'Persona, kura uzņēmusies apbedīt mirušo, ja mirušais bija trūcīga persona, viņa pēdējā deklarētā dzīvesvieta bija pašvaldībā un valsts apbedīšanas pabalsts nepienākas vai ir mazāks par pašvaldības noteikto apmēru.',
    'The person who arranges the funeral, if the deceased was a needy person last declared in the municipality and the state funeral benefit is not due or is below the municipal amount.',
    'Лицо, взявшее на себя погребение умершего, если умерший был малоимущим, его последнее задекларированное место жительства находилось в самоуправлении, а государственное пособие на погребение не положено или меньше установленного самоуправлением размера.',
    21, TRUE, NULL, NULL, TRUE, 110);

-- 120 CARE_HOME_STOP
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CARE_HOME_STOP', 'CHANGE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Ilgstošas sociālās aprūpes institūcijas (SAC) pakalpojuma pārtraukšana',
    'Stop long-term care home (SAC) service',
    'Прекращение услуги учреждения долговременного социального ухода (SAC)',
    'Ilgstošas sociālās aprūpes institūcijas klients vai viņa likumiskais pārstāvis, ja pakalpojums vairs nav nepieciešams vai klients vēlas to pārtraukt.',
    'A client of a long-term social care institution, or the client''s legal representative, if the service is no longer needed or the client wishes to stop it.',
    'Клиент учреждения долговременного социального ухода или его законный представитель, если услуга больше не нужна или клиент желает её прекратить.',
    30, FALSE, NULL, NULL, TRUE, 120);

-- 130 VIOLENCE_VICTIM_REHAB_STATE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'VIOLENCE_VICTIM_REHAB_STATE', 'SERVICE', 'CRISIS', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Valsts finansēts sociālās rehabilitācijas pakalpojums no vardarbības cietušām pilngadīgām personām',
    'State-funded rehabilitation, adult victim of violence',
    'Финансируемая государством услуга социальной реабилитации для совершеннолетних лиц, пострадавших от насилия',
    'Pilngadīga persona, kura cietusi no vardarbības (arī no vardarbības ģimenē) un kuras deklarētā dzīvesvieta ir pašvaldībā; pakalpojumu finansē valsts.',
    'An adult who has suffered violence, including domestic violence, and is declared in the municipality; the service is funded by the state.',
    'Совершеннолетнее лицо, пострадавшее от насилия (в том числе от насилия в семье) и задекларированное в самоуправлении; услуга финансируется государством.',
    30, FALSE, NULL, NULL, TRUE, 130);

-- 140 CHILD_REHAB
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CHILD_REHAB', 'SERVICE', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Bērna sociālā rehabilitācija dzīvesvietā vai institūcijā',
    'Child rehabilitation at home or in an institution',
    'Социальная реабилитация ребёнка по месту жительства или в учреждении',
    'Bērns, kuram nepieciešama sociālā rehabilitācija, piemēram, pēc vardarbības vai atkarības dēļ; pieteikumu iesniedz vecāks vai likumiskais pārstāvis, un bērna deklarētā dzīvesvieta ir pašvaldībā.',
    'A child who needs social rehabilitation, for example after violence or because of an addiction; a parent or legal representative applies, and the child is declared in the municipality.',
    'Ребёнок, которому необходима социальная реабилитация, например после насилия или из-за зависимости; заявление подаёт родитель или законный представитель, ребёнок задекларирован в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 140);

-- 150 TREATMENT_COSTS_SUPPORT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'TREATMENT_COSTS_SUPPORT', 'BENEFIT', 'MONEY_AND_STATUS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Atbalsts ārstniecības pakalpojumu saņemšanas izdevumu segšanai',
    'Support for treatment costs',
    'Поддержка для покрытия расходов на получение лечебных услуг',
    'Trūcīga vai maznodrošināta persona, kuras deklarētā dzīvesvieta ir pašvaldībā un kurai ir izdevumi par ārstniecības pakalpojumiem (piemēram, stacionāru, operāciju vai zobārstniecību).',
    'A needy or low-income person declared in the municipality who has costs for medical treatment (for example, a hospital stay, surgery or dental care).',
    'Малоимущее или малообеспеченное лицо, задекларированное в самоуправлении, у которого есть расходы на лечебные услуги (например, стационар, операцию или стоматологию).',
    30, FALSE, NULL, NULL, TRUE, 150);

-- 160 CARE_HOME_CONTINUE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CARE_HOME_CONTINUE', 'CHANGE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Sociālās aprūpes pakalpojuma turpināšana ilgstošas sociālās aprūpes institūcijā (SAC)',
    'Continue care home (SAC) service',
    'Продолжение услуги социального ухода в учреждении долговременного социального ухода (SAC)',
    'Persona, kura jau saņem pakalpojumu ilgstošas sociālās aprūpes institūcijā, ja piešķirtais termiņš beidzas un aprūpe joprojām ir nepieciešama.',
    'A person already receiving care in a long-term social care institution, if the granted period is ending and care is still needed.',
    'Лицо, уже получающее услугу в учреждении долговременного социального ухода, если назначенный срок истекает, а уход по-прежнему необходим.',
    30, FALSE, NULL, NULL, TRUE, 160);

-- 170 FOSTER_CHILD_CLOTHING
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'FOSTER_CHILD_CLOTHING', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Vienreizējs pabalsts apģērba un mīkstā inventāra iegādei audžuģimenē ievietotam bērnam',
    'One-off clothing and bedding benefit, foster child',
    'Единовременное пособие на приобретение одежды и мягкого инвентаря для ребёнка, помещённого в приёмную семью',
    'Audžuģimene, kurā ar bāriņtiesas lēmumu ievietots bērns, par kura ārpusģimenes aprūpi maksā pašvaldība.',
    'A foster family in which a child has been placed by decision of the orphan''s court, where the municipality pays for the child''s out-of-family care.',
    'Приёмная семья, в которую решением сиротского суда помещён ребёнок, внесемейный уход за которым оплачивает самоуправление.',
    30, FALSE, NULL, NULL, TRUE, 170);

-- 180 ORPHAN_STUDENT_MONTHLY
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'ORPHAN_STUDENT_MONTHLY', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Pabalsts ikmēneša izdevumiem bārenim – sekmīgam izglītības iestādes audzēknim',
    'Monthly benefit, orphan who studies successfully',
    'Ежемесячное пособие на расходы сироте, успешно обучающемуся в учебном заведении',
    'Bārenis vai bez vecāku gādības palicis jaunietis pēc ārpusģimenes aprūpes beigām, kurš sekmīgi mācās vispārējās, profesionālās vai augstākās izglītības iestādē, līdz 24 gadu vecumam.',
    'An orphan or a young person left without parental care, after out-of-family care has ended, who studies successfully at a general, vocational or higher education institution, up to the age of 24.',
    'Сирота или молодой человек, оставшийся без попечения родителей, после окончания внесемейного ухода, успешно обучающийся в общеобразовательном, профессиональном или высшем учебном заведении, до 24 лет.',
    30, FALSE, NULL, NULL, TRUE, 180);

-- 190 CARE_HOME_PLACEMENT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CARE_HOME_PLACEMENT', 'SERVICE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Ievietošana ilgstošas sociālās aprūpes institūcijā (SAC)',
    'Placement in a long-term care home (SAC)',
    'Помещение в учреждение долговременного социального ухода (SAC)',
    'Pensijas vecuma persona vai pilngadīga persona ar invaliditāti, kuras deklarētā dzīvesvieta ir pašvaldībā un kura veselības stāvokļa dēļ nevar sevi aprūpēt, ja aprūpi mājās nav iespējams nodrošināt.',
    'A person of pension age or an adult with a disability, declared in the municipality, who cannot look after himself because of his health, when care at home cannot be provided.',
    'Лицо пенсионного возраста или совершеннолетнее лицо с инвалидностью, задекларированное в самоуправлении, которое по состоянию здоровья не может себя обслуживать, если уход на дому обеспечить невозможно.',
    30, FALSE, NULL, NULL, TRUE, 190);

-- 200 HOME_CARE_GRANT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'HOME_CARE_GRANT', 'SERVICE', 'CARE_AT_HOME', (SELECT id FROM department WHERE code = 'HOME_CARE_OFFICE'),
    'Aprūpes mājās pakalpojuma piešķiršana',
    'Home care service',
    'Предоставление услуги ухода на дому',
    'Persona, kuras deklarētā dzīvesvieta ir pašvaldībā un kura vecuma, slimības vai invaliditātes dēļ nevar sevi aprūpēt, ja apgādnieki aprūpi nenodrošina. Aprūpes līmeni nosaka pēc vajadzību izvērtēšanas.',
    'A person declared in the municipality who cannot look after himself because of age, illness or disability, when liable relatives do not provide the care. The care level is set after a needs assessment.',
    'Лицо, задекларированное в самоуправлении, которое из-за возраста, болезни или инвалидности не может себя обслуживать, если кормильцы не обеспечивают уход. Уровень ухода определяется после оценки потребностей.',
    30, FALSE, 'HOME_CARE_LEVEL', NULL, TRUE, 200);

-- 210 STATE_ASSISTANT_SERVICE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'STATE_ASSISTANT_SERVICE', 'SERVICE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Valsts finansēts asistenta pakalpojums personai ar invaliditāti',
    'State-funded assistant service (disability)',
    'Финансируемая государством услуга ассистента для лица с инвалидностью',
    'Persona ar invaliditāti, kurai Veselības un darbspēju ekspertīzes ārstu valsts komisija (VDEĀVK) izsniegusi atzinumu par asistenta pakalpojuma nepieciešamību un kuras deklarētā dzīvesvieta ir pašvaldībā.',
    'A person with a disability for whom the State Medical Commission for Assessment of Health and Work Ability (VDEĀVK) has issued an opinion that an assistant is needed, and who is declared in the municipality.',
    'Лицо с инвалидностью, которому Государственная комиссия врачебной экспертизы здоровья и трудоспособности (VDEĀVK) выдала заключение о необходимости услуги ассистента и которое задекларировано в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 210);

-- 220 PSYCHOLOGIST_CONSULTATION
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'PSYCHOLOGIST_CONSULTATION', 'SERVICE', 'CRISIS', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Psihologa konsultācijas',
    'Psychologist consultations',
    'Консультации психолога',
    'Persona vai ģimene, kuras deklarētā dzīvesvieta ir pašvaldībā un kurai sociālais darbinieks konstatējis vajadzību pēc psiholoģiska atbalsta (piemēram, krīzes, zaudējuma vai vardarbības gadījumā).',
    'A person or family declared in the municipality for whom the social worker has found a need for psychological support (for example, after a crisis, a loss or violence).',
    'Лицо или семья, задекларированные в самоуправлении, для которых социальный работник установил потребность в психологической поддержке (например, в случае кризиса, утраты или насилия).',
    30, FALSE, NULL, NULL, TRUE, 220);

-- 230 FOSTER_CHILD_MAINTENANCE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'FOSTER_CHILD_MAINTENANCE', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Ikmēneša pabalsts audžuģimenē ievietota bērna uzturam',
    'Monthly maintenance benefit, foster child',
    'Ежемесячное пособие на содержание ребёнка, помещённого в приёмную семью',
    'Audžuģimene, kurā ar bāriņtiesas lēmumu ievietots bērns, par kura ārpusģimenes aprūpi maksā pašvaldība; pabalstu maksā katru mēnesi bērna uzturam.',
    'A foster family in which a child has been placed by decision of the orphan''s court, where the municipality pays for the child''s out-of-family care; the benefit is paid monthly for the child''s maintenance.',
    'Приёмная семья, в которую решением сиротского суда помещён ребёнок, внесемейный уход за которым оплачивает самоуправление; пособие выплачивается ежемесячно на содержание ребёнка.',
    30, FALSE, NULL, NULL, TRUE, 230);

-- 240 HOME_CARE_CONTINUE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'HOME_CARE_CONTINUE', 'CHANGE', 'CARE_AT_HOME', (SELECT id FROM department WHERE code = 'HOME_CARE_OFFICE'),
    'Aprūpes mājās pakalpojuma turpināšana',
    'Continue home care',
    'Продолжение услуги ухода на дому',
    'Persona, kura saņem aprūpes mājās pakalpojumu, ja piešķirtais termiņš beidzas un aprūpe joprojām ir nepieciešama tajā pašā līmenī.',
    'A person receiving home care, if the granted period is ending and care is still needed at the same level.',
    'Лицо, получающее услугу ухода на дому, если назначенный срок истекает, а уход по-прежнему необходим на том же уровне.',
    30, FALSE, 'HOME_CARE_LEVEL', NULL, TRUE, 240);

-- 250 GMI_UKRAINE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'GMI_UKRAINE', 'BENEFIT', 'MONEY_AND_STATUS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Garantētā minimālā ienākuma (GMI) pabalsts Ukrainas civiliedzīvotājiem',
    'GMI benefit for Ukrainian civilians',
    'Пособие гарантированного минимального дохода (ГМД) для гражданских лиц Украины',
    'Ukrainas civiliedzīvotājs un viņa ģimenes locekļi, kuri uzturas pašvaldības teritorijā un kuru ienākumi ir zemāki par garantētā minimālā ienākuma līmeni.',
    'A Ukrainian civilian and his family members staying in the municipality whose income is below the guaranteed minimum income level.',
    'Гражданское лицо Украины и члены его семьи, пребывающие на территории самоуправления, доход которых ниже уровня гарантированного минимального дохода.',
    30, FALSE, 'GMI', NULL, TRUE, 250);

-- 260 STATE_CARE_HOME
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'STATE_CARE_HOME', 'SERVICE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Ievietošana valsts sociālās aprūpes centrā (VSAC)',
    'State social care centre (VSAC) placement',
    'Помещение в государственный центр социального ухода (VSAC)',
    'Pilngadīga persona ar smagiem garīga rakstura traucējumiem un I vai II grupas invaliditāti, kurai nepieciešama diennakts aprūpe un kura nevar dzīvot patstāvīgi; pieteikumu iesniedz persona vai tās likumiskais pārstāvis.',
    'An adult with a severe mental disorder and a group I or II disability who needs round-the-clock care and cannot live independently; the person or the legal representative applies.',
    'Совершеннолетнее лицо с тяжёлыми психическими расстройствами и инвалидностью I или II группы, которому необходим круглосуточный уход и которое не может жить самостоятельно; заявление подаёт лицо или его законный представитель.',
    30, FALSE, NULL, NULL, TRUE, 260);

-- 270 HOME_CARE_LEVEL_CHANGE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'HOME_CARE_LEVEL_CHANGE', 'CHANGE', 'CARE_AT_HOME', (SELECT id FROM department WHERE code = 'HOME_CARE_OFFICE'),
    'Aprūpes mājās turpināšana un aprūpes līmeņa maiņa',
    'Continue home care with a new care level',
    'Продолжение ухода на дому и изменение уровня ухода',
    'Persona, kura saņem aprūpes mājās pakalpojumu un kuras veselības stāvoklis vai aprūpes vajadzības ir mainījušās, tāpēc nepieciešams cits aprūpes līmenis.',
    'A person receiving home care whose health or care needs have changed, so that a different care level is needed.',
    'Лицо, получающее услугу ухода на дому, у которого изменилось состояние здоровья или потребности в уходе, поэтому необходим другой уровень ухода.',
    30, FALSE, 'HOME_CARE_LEVEL', NULL, TRUE, 270);

-- 280 HOME_CARE_STOP
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'HOME_CARE_STOP', 'CHANGE', 'CARE_AT_HOME', (SELECT id FROM department WHERE code = 'HOME_CARE_OFFICE'),
    'Aprūpes mājās pakalpojuma pārtraukšana',
    'Stop home care',
    'Прекращение услуги ухода на дому',
    'Aprūpes mājās pakalpojuma saņēmējs vai viņa likumiskais pārstāvis, ja pakalpojums vairs nav nepieciešams vai klients vēlas to pārtraukt.',
    'A person receiving home care, or his legal representative, if the service is no longer needed or the client wishes to stop it.',
    'Получатель услуги ухода на дому или его законный представитель, если услуга больше не нужна или клиент желает её прекратить.',
    30, FALSE, NULL, NULL, TRUE, 280);

-- 290 PRISON_RELEASE_BENEFIT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'PRISON_RELEASE_BENEFIT', 'BENEFIT', 'CRISIS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Pabalsts no brīvības atņemšanas iestādes atbrīvotai personai',
    'Benefit on release from prison',
    'Пособие лицу, освобождённому из места лишения свободы',
    'Persona, kura atbrīvota no brīvības atņemšanas iestādes, deklarē dzīvesvietu pašvaldībā un var uzrādīt ieslodzījuma vietas izziņu par atbrīvošanu.',
    'A person released from prison who declares residence in the municipality and can show the prison''s certificate of release.',
    'Лицо, освобождённое из места лишения свободы, которое декларирует место жительства в самоуправлении и может предъявить справку места заключения об освобождении.',
    21, TRUE, 'FIXED_AMOUNT', 64.00, TRUE, 290);

-- 300 GROUP_HOME_GRANT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'GROUP_HOME_GRANT', 'SERVICE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Grupu dzīvokļa pakalpojuma piešķiršana',
    'Group home (supported flat) service',
    'Предоставление услуги групповой квартиры',
    'Pilngadīga persona ar garīga rakstura traucējumiem, kurai ir objektīvas grūtības dzīvot patstāvīgi, bet nav nepieciešama aprūpe institūcijā, un kuras deklarētā dzīvesvieta ir pašvaldībā.',
    'An adult with a mental disorder who has real difficulty living independently but does not need care in an institution, and who is declared in the municipality.',
    'Совершеннолетнее лицо с психическими расстройствами, которому объективно трудно жить самостоятельно, но не требуется уход в учреждении, и которое задекларировано в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 300);

-- 310 STATE_REHAB_DISABILITY
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'STATE_REHAB_DISABILITY', 'SERVICE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Valsts finansēta sociālā rehabilitācija institūcijā personai ar funkcionāliem traucējumiem',
    'State-funded rehabilitation in an institution, functional impairment',
    'Финансируемая государством социальная реабилитация в учреждении для лица с функциональными нарушениями',
    'Persona ar funkcionāliem traucējumiem (arī ar invaliditāti vai paredzamu invaliditāti), kurai nepieciešama sociālā rehabilitācija, lai atjaunotu vai uzlabotu sociālās un darba spējas; pakalpojumu institūcijā finansē valsts.',
    'A person with a functional impairment (including a disability or an expected disability) who needs social rehabilitation to restore or improve social and work abilities; the service in an institution is funded by the state.',
    'Лицо с функциональными нарушениями (в том числе с инвалидностью или ожидаемой инвалидностью), которому необходима социальная реабилитация для восстановления или улучшения социальных и трудовых способностей; услуга в учреждении финансируется государством.',
    30, FALSE, NULL, NULL, TRUE, 310);

-- 320 STATE_ASSISTANT_TRANSPORT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'STATE_ASSISTANT_TRANSPORT', 'BENEFIT', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Transporta izdevumu apmaksa valsts finansētā asistenta pakalpojumam',
    'Transport costs of the state-funded assistant',
    'Оплата транспортных расходов при финансируемой государством услуге ассистента',
    'Valsts finansētā asistenta pakalpojuma saņēmējs, ja asistents pavada personu ar invaliditāti un tam rodas transporta izdevumi.',
    'A person receiving the state-funded assistant service, when the assistant accompanies the person with a disability and has transport costs.',
    'Получатель финансируемой государством услуги ассистента, если ассистент сопровождает лицо с инвалидностью и у него возникают транспортные расходы.',
    30, FALSE, NULL, NULL, TRUE, 320);

-- 330 CRISIS_CENTRE_SERVICE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CRISIS_CENTRE_SERVICE', 'SERVICE', 'CRISIS', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Krīzes centra pakalpojuma piešķiršana',
    'Crisis centre service',
    'Предоставление услуги кризисного центра',
    'Bērns, ģimene ar bērniem vai cita persona, kura nonākusi krīzes situācijā (piemēram, vardarbības vai akūtas sociālas krīzes dēļ) un kurai uz laiku nepieciešama droša uzturēšanās un speciālistu atbalsts.',
    'A child, a family with children or another person in a crisis (for example, because of violence or an acute social crisis) who temporarily needs a safe place to stay and support from specialists.',
    'Ребёнок, семья с детьми или другое лицо, оказавшиеся в кризисной ситуации (например, из-за насилия или острого социального кризиса), которым временно необходимо безопасное пребывание и поддержка специалистов.',
    30, FALSE, NULL, NULL, TRUE, 330);

-- 340 HOUSING_BENEFIT_RECALC
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'HOUSING_BENEFIT_RECALC', 'CHANGE', 'MONEY_AND_STATUS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Mājokļa pabalsta pārrēķins',
    'Housing benefit recalculation',
    'Перерасчёт жилищного пособия',
    'Mājokļa pabalsta saņēmējs, ja mainījušies mājsaimniecības ienākumi, sastāvs vai mājokļa izdevumi (piemēram, sākoties apkures sezonai).',
    'A person receiving the housing benefit, if the household''s income, composition or housing costs have changed (for example, when the heating season starts).',
    'Получатель жилищного пособия, если изменились доходы, состав домохозяйства или расходы на жильё (например, с началом отопительного сезона).',
    30, FALSE, 'HOUSING_BENEFIT', NULL, TRUE, 340);

-- 350 CRISIS_BENEFIT_UKRAINE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CRISIS_BENEFIT_UKRAINE', 'BENEFIT', 'CRISIS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Krīzes pabalsts Ukrainas civiliedzīvotājam',
    'Crisis benefit, Ukrainian civilian',
    'Кризисное пособие для гражданского лица Украины',
    'Ukrainas civiliedzīvotājs, kurš uzturas pašvaldības teritorijā un nonācis krīzes situācijā, kurā nespēj apmierināt pamatvajadzības.',
    'A Ukrainian civilian staying in the municipality who is in a crisis and cannot meet basic needs.',
    'Гражданское лицо Украины, пребывающее на территории самоуправления и оказавшееся в кризисной ситуации, в которой оно не может удовлетворить основные потребности.',
    21, TRUE, NULL, NULL, TRUE, 350);

-- 360 DISABLED_CHILD_BENEFIT
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'DISABLED_CHILD_BENEFIT', 'BENEFIT', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Pabalsts bērnam ar invaliditāti',
    'Benefit for a child with a disability',
    'Пособие ребёнку с инвалидностью',
    'Bērna ar invaliditāti vecāks vai likumiskais pārstāvis, ja bērna deklarētā dzīvesvieta ir pašvaldībā.',
    'A parent or legal representative of a child with a disability, if the child is declared in the municipality.',
    'Родитель или законный представитель ребёнка с инвалидностью, если ребёнок задекларирован в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 360);

-- 370 INDEPENDENT_LIFE_START
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'INDEPENDENT_LIFE_START', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Pabalsts patstāvīgas dzīves uzsākšanai pēc ārpusģimenes aprūpes beigšanās',
    'Benefit to start independent life (after out-of-family care)',
    'Пособие на начало самостоятельной жизни после окончания внесемейного ухода',
    'Bārenis vai bez vecāku gādības palicis jaunietis, kurš sasniedzis pilngadību un kura ārpusģimenes aprūpe (audžuģimenē, pie aizbildņa vai institūcijā) ir beigusies. Personai ar invaliditāti pabalsts var būt lielāks.',
    'An orphan or a young person left without parental care who has come of age and whose out-of-family care (in a foster family, with a guardian or in an institution) has ended. The benefit may be higher for a person with a disability.',
    'Сирота или молодой человек, оставшийся без попечения родителей, достигший совершеннолетия, внесемейный уход за которым (в приёмной семье, у опекуна или в учреждении) закончился. Для лица с инвалидностью пособие может быть больше.',
    21, TRUE, 'FIXED_AMOUNT', 377.77, TRUE, 370);

-- 380 INDEPENDENT_LIFE_HOUSEHOLD_ITEMS
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'INDEPENDENT_LIFE_HOUSEHOLD_ITEMS', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Vienreizējs pabalsts sadzīves priekšmetu un mīkstā inventāra iegādei pēc ārpusģimenes aprūpes beigšanās',
    'One-off household items benefit (after out-of-family care)',
    'Единовременное пособие на приобретение предметов быта и мягкого инвентаря после окончания внесемейного ухода',
    'Bārenis vai bez vecāku gādības palicis jaunietis, kurš sasniedzis pilngadību un kura ārpusģimenes aprūpe ir beigusies, lai iegādātos sadzīves priekšmetus un mīksto inventāru patstāvīgas dzīves uzsākšanai.',
    'An orphan or a young person left without parental care who has come of age and whose out-of-family care has ended, to buy household items and bedding for starting an independent life.',
    'Сирота или молодой человек, оставшийся без попечения родителей, достигший совершеннолетия, внесемейный уход за которым закончился, для приобретения предметов быта и мягкого инвентаря для начала самостоятельной жизни.',
    30, FALSE, NULL, NULL, TRUE, 380);

-- 390 SCHOOL_MEALS_NEEDY
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'SCHOOL_MEALS_NEEDY', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Pabalsts vecāku līdzfinansējuma segšanai par trūcīgas ģimenes bērna ēdināšanu vispārizglītojošā izglītības iestādē',
    'School meals co-payment, child of a needy family',
    'Пособие на покрытие родительского софинансирования питания ребёнка из малоимущей семьи в общеобразовательном учреждении',
    'Trūcīgas ģimenes bērns, kurš mācās vispārizglītojošā izglītības iestādē; pieteikumu iesniedz vecāks vai likumiskais pārstāvis, un ģimenes deklarētā dzīvesvieta ir pašvaldībā.',
    'A child of a needy family who attends a general education school; a parent or legal representative applies, and the family is declared in the municipality.',
    'Ребёнок из малоимущей семьи, обучающийся в общеобразовательном учреждении; заявление подаёт родитель или законный представитель, семья задекларирована в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 390);

-- 400 SOCIAL_REHAB_SERVICE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'SOCIAL_REHAB_SERVICE', 'SERVICE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Sociālās rehabilitācijas pakalpojuma piešķiršana',
    'Social rehabilitation service',
    'Предоставление услуги социальной реабилитации',
    'Pilngadīga persona, kuras deklarētā dzīvesvieta ir pašvaldībā un kurai nepieciešama palīdzība sociālo prasmju atjaunošanai vai uzlabošanai (piemēram, pēc slimības, krīzes, atkarības vai ilgstoša bezdarba).',
    'An adult declared in the municipality who needs help to restore or improve social skills (for example, after an illness, a crisis, an addiction or long-term unemployment).',
    'Совершеннолетнее лицо, задекларированное в самоуправлении, которому необходима помощь в восстановлении или улучшении социальных навыков (например, после болезни, кризиса, зависимости или длительной безработицы).',
    30, FALSE, NULL, NULL, TRUE, 400);

-- 410 UKRAINE_HOSTING_COMPENSATION
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'UKRAINE_HOSTING_COMPENSATION', 'BENEFIT', 'CRISIS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Atlīdzība par Ukrainas civiliedzīvotāju izmitināšanu',
    'Compensation for hosting Ukrainian civilians',
    'Вознаграждение за размещение гражданских лиц Украины',
    'Fiziska vai juridiska persona, kura bez maksas izmitina Ukrainas civiliedzīvotājus savā dzīvojamā telpā pašvaldības teritorijā.',
    'A person or an organisation hosting Ukrainian civilians free of charge in its dwelling in the municipality.',
    'Физическое или юридическое лицо, бесплатно размещающее гражданских лиц Украины в своём жилом помещении на территории самоуправления.',
    30, FALSE, NULL, NULL, TRUE, 410);

-- 420 UKRAINE_EU_FOOD_CERTIFICATE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'UKRAINE_EU_FOOD_CERTIFICATE', 'CERTIFICATE', 'CRISIS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Izziņa Ukrainas civiliedzīvotājam krīzes situācijā ES pārtikas paku saņemšanai',
    'Certificate for EU food parcels, Ukrainian civilian in crisis',
    'Справка гражданскому лицу Украины в кризисной ситуации для получения продуктовых наборов ЕС',
    'Ukrainas civiliedzīvotājs, kurš uzturas pašvaldības teritorijā un nonācis krīzes situācijā; izziņa dod tiesības saņemt Eiropas Savienības finansētās pārtikas pakas.',
    'A Ukrainian civilian staying in the municipality who is in a crisis; the certificate entitles him to receive food parcels funded by the European Union.',
    'Гражданское лицо Украины, пребывающее на территории самоуправления и оказавшееся в кризисной ситуации; справка даёт право получать продуктовые наборы, финансируемые Европейским союзом.',
    10, TRUE, NULL, NULL, TRUE, 420);

-- 430 CARE_HOME_FEE_CHANGE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CARE_HOME_FEE_CHANGE', 'CHANGE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcijas pakalpojuma apmaksas maiņa',
    'Change of payment for long-term institutional care',
    'Изменение оплаты услуги учреждения долговременного социального ухода и социальной реабилитации',
    'Ilgstošas sociālās aprūpes un sociālās rehabilitācijas institūcijas klients, viņa likumiskais pārstāvis vai apgādnieks, ja mainījušies klienta ienākumi (piemēram, pensija) vai apgādnieka maksātspēja.',
    'A client of a long-term social care and rehabilitation institution, the legal representative or a liable relative, if the client''s income (for example, the pension) or the relative''s ability to pay has changed.',
    'Клиент учреждения долговременного социального ухода и социальной реабилитации, его законный представитель или кормилец, если изменились доходы клиента (например, пенсия) или платёжеспособность кормильца.',
    30, FALSE, NULL, NULL, TRUE, 430);

-- 440 PENSIONER_JUBILEE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'PENSIONER_JUBILEE', 'BENEFIT', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Pabalsts pensionāram jubilāram',
    'Jubilee benefit for a pensioner',
    'Пособие пенсионеру-юбиляру',
    'Pensionārs, kura deklarētā dzīvesvieta ir pašvaldībā un kurš sasniedzis 80, 90 vai 100 gadu vecumu; pēc 100 gadu vecuma pabalstu piešķir katru gadu.',
    'A pensioner declared in the municipality who has turned 80, 90 or 100; after 100 the benefit is granted every year.',
    'Пенсионер, задекларированный в самоуправлении, которому исполнилось 80, 90 или 100 лет; после 100 лет пособие назначается ежегодно.',
    21, TRUE, 'JUBILEE_AGE', 15.00, TRUE, 440);

-- 450 DAY_CARE_CENTRE_STOP
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'DAY_CARE_CENTRE_STOP', 'CHANGE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Dienas aprūpes centra (DAC) pakalpojuma pārtraukšana',
    'Stop day care centre (DAC) service',
    'Прекращение услуги центра дневного ухода (DAC)',
    'Dienas aprūpes centra pakalpojuma saņēmējs vai viņa likumiskais pārstāvis, ja pakalpojums vairs nav nepieciešams vai klients vēlas to pārtraukt.',
    'A person using the day care centre, or his legal representative, if the service is no longer needed or the client wishes to stop it.',
    'Получатель услуги центра дневного ухода или его законный представитель, если услуга больше не нужна или клиент желает её прекратить.',
    30, FALSE, NULL, NULL, TRUE, 450);

-- 460 SCHOOL_MEALS_50_LARGE_FAMILY
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'SCHOOL_MEALS_50_LARGE_FAMILY', 'BENEFIT', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Pabalsts 50 % apmērā no vecāku līdzmaksājuma par daudzbērnu ģimenes bērna ēdināšanu pašvaldības vispārizglītojošā izglītības iestādē',
    '50 % school meals co-payment, child of a large family',
    'Пособие в размере 50 % родительской доплаты за питание ребёнка из многодетной семьи в муниципальном общеобразовательном учреждении',
    'Daudzbērnu ģimenes bērns, kurš mācās pašvaldības vispārizglītojošā izglītības iestādē; pieteikumu iesniedz vecāks vai likumiskais pārstāvis, un ģimenes deklarētā dzīvesvieta ir pašvaldībā.',
    'A child of a large family who attends a municipal general education school; a parent or legal representative applies, and the family is declared in the municipality.',
    'Ребёнок из многодетной семьи, обучающийся в муниципальном общеобразовательном учреждении; заявление подаёт родитель или законный представитель, семья задекларирована в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 460);

-- 470 HYGIENE_SERVICE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'HYGIENE_SERVICE', 'SERVICE', 'CARE_AT_HOME', (SELECT id FROM department WHERE code = 'HOME_CARE_OFFICE'),
    'Higiēnas pakalpojums (duša, veļas mazgāšana)',
    'Hygiene service (shower, laundry)',
    'Гигиеническая услуга (душ, стирка белья)',
    'Persona, kuras deklarētā dzīvesvieta ir pašvaldībā un kurai mājoklī nav iespēju uzturēt personīgo higiēnu vai mazgāt veļu, it īpaši pensijas vecuma persona, persona ar invaliditāti vai trūcīga persona.',
    'A person declared in the municipality who cannot keep up personal hygiene or wash laundry at home, in particular a person of pension age, a person with a disability or a needy person.',
    'Лицо, задекларированное в самоуправлении, у которого дома нет возможности соблюдать личную гигиену или стирать бельё, в особенности лицо пенсионного возраста, лицо с инвалидностью или малоимущее лицо.',
    30, FALSE, NULL, NULL, TRUE, 470);

-- 480 MUNICIPAL_TRANSPORT_SERVICE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'MUNICIPAL_TRANSPORT_SERVICE', 'SERVICE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Pašvaldības transporta pakalpojums',
    'Municipal transport service',
    'Муниципальная транспортная услуга',
    'Pensijas vecuma persona, persona ar invaliditāti vai cita persona ar pārvietošanās grūtībām, kuras deklarētā dzīvesvieta ir pašvaldībā un kurai nepieciešams nokļūt pie ārsta, sociālajā dienestā vai citā iestādē.',
    'A person of pension age, a person with a disability or another person with reduced mobility, declared in the municipality, who needs to get to a doctor, the social service or another institution.',
    'Лицо пенсионного возраста, лицо с инвалидностью или другое лицо с затруднённым передвижением, задекларированное в самоуправлении, которому нужно добраться к врачу, в социальную службу или другое учреждение.',
    30, FALSE, NULL, NULL, TRUE, 480);

-- 490 SPECIALISED_TRANSPORT_SERVICE
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'SPECIALISED_TRANSPORT_SERVICE', 'SERVICE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Specializētā transporta pakalpojums',
    'Specialised transport service',
    'Услуга специализированного транспорта',
    'Persona ar invaliditāti vai smagiem pārvietošanās traucējumiem (piemēram, ratiņkrēsla lietotājs), kura nevar izmantot sabiedrisko transportu un kuras deklarētā dzīvesvieta ir pašvaldībā.',
    'A person with a disability or a severe mobility impairment (for example, a wheelchair user) who cannot use public transport and is declared in the municipality.',
    'Лицо с инвалидностью или тяжёлыми нарушениями передвижения (например, пользователь инвалидной коляски), которое не может пользоваться общественным транспортом и задекларировано в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 490);

-- 500 STATE_ASSISTANT_STOP
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'STATE_ASSISTANT_STOP', 'CHANGE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Valsts finansētā asistenta pakalpojuma pārtraukšana',
    'Stop state-funded assistant service',
    'Прекращение финансируемой государством услуги ассистента',
    'Valsts finansētā asistenta pakalpojuma saņēmējs vai viņa likumiskais pārstāvis, ja pakalpojums vairs nav nepieciešams vai klients vēlas to pārtraukt.',
    'A person receiving the state-funded assistant service, or his legal representative, if the service is no longer needed or the client wishes to stop it.',
    'Получатель финансируемой государством услуги ассистента или его законный представитель, если услуга больше не нужна или клиент желает её прекратить.',
    30, FALSE, NULL, NULL, TRUE, 500);

-- 510 ESF_PLUS_FOOD_PARCELS
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'ESF_PLUS_FOOD_PARCELS', 'CERTIFICATE', 'CRISIS', (SELECT id FROM department WHERE code = 'SOCIAL_ASSISTANCE'),
    'Izziņa ESF+ pārtikas paku saņemšanai krīzes situācijā',
    'ESF+ food parcels in a crisis',
    'Справка для получения продуктовых наборов ESF+ в кризисной ситуации',
    'Persona vai ģimene, kuras deklarētā dzīvesvieta ir pašvaldībā un kura nonākusi krīzes situācijā; izziņa dod tiesības saņemt Eiropas Sociālā fonda Plus (ESF+) pārtikas pakas.',
    'A person or family declared in the municipality who is in a crisis; the certificate entitles them to receive European Social Fund Plus (ESF+) food parcels.',
    'Лицо или семья, задекларированные в самоуправлении и оказавшиеся в кризисной ситуации; справка даёт право получать продуктовые наборы Европейского социального фонда плюс (ESF+).',
    10, TRUE, NULL, NULL, TRUE, 510);

-- 520 GROUP_HOME_STOP
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'GROUP_HOME_STOP', 'CHANGE', 'OLD_AGE_AND_DISABILITY', (SELECT id FROM department WHERE code = 'ADULTS_AND_DISABILITY'),
    'Grupu dzīvokļa pakalpojuma pārtraukšana',
    'Stop group home service',
    'Прекращение услуги групповой квартиры',
    'Grupu dzīvokļa pakalpojuma saņēmējs vai viņa likumiskais pārstāvis, ja pakalpojums vairs nav nepieciešams vai klients uzsāk patstāvīgu dzīvi.',
    'A person living in a group home, or his legal representative, if the service is no longer needed or the client is starting an independent life.',
    'Получатель услуги групповой квартиры или его законный представитель, если услуга больше не нужна или клиент начинает самостоятельную жизнь.',
    30, FALSE, NULL, NULL, TRUE, 520);

-- 530 CHILD_REHAB_INSTITUTION
INSERT INTO application_type (code, kind, life_situation, department_id, name_lv, name_en, name_ru,
    eligibility_lv, eligibility_en, eligibility_ru, decision_deadline_days, deadline_in_work_days,
    assessment_rule, fixed_amount, active, sort_order) VALUES (
    'CHILD_REHAB_INSTITUTION', 'SERVICE', 'FAMILY_AND_CHILDREN', (SELECT id FROM department WHERE code = 'FAMILIES_WITH_CHILDREN'),
    'Bērna sociālā rehabilitācija institūcijā',
    'Child social rehabilitation in an institution',
    'Социальная реабилитация ребёнка в учреждении',
    'Bērns, kuram nepieciešama sociālā rehabilitācija institūcijā (piemēram, pēc vardarbības vai atkarības dēļ); pieteikumu iesniedz vecāks, likumiskais pārstāvis vai audžuģimene, un bērna deklarētā dzīvesvieta ir pašvaldībā.',
    'A child who needs social rehabilitation in an institution (for example, after violence or because of an addiction); a parent, legal representative or foster family applies, and the child is declared in the municipality.',
    'Ребёнок, которому необходима социальная реабилитация в учреждении (например, после насилия или из-за зависимости); заявление подаёт родитель, законный представитель или приёмная семья, ребёнок задекларирован в самоуправлении.',
    30, FALSE, NULL, NULL, TRUE, 530);

-- 3. Documents a resident must (required = TRUE) or may attach

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'NEEDY_HOUSEHOLD_STATUS'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'NEEDY_HOUSEHOLD_STATUS'), 'BANK_STATEMENTS', 'Bankas kontu izraksti par pēdējiem trim mēnešiem', 'Bank account statements for the last three months', 'Выписки с банковских счетов за последние три месяца', FALSE, 20),
    ((SELECT id FROM application_type WHERE code = 'NEEDY_HOUSEHOLD_STATUS'), 'OTHER', 'Citi dokumenti par ienākumiem vai īpašumiem (piemēram, uzturlīdzekļi, stipendija)', 'Other documents on income or property (for example, maintenance payments, a scholarship)', 'Другие документы о доходах или имуществе (например, алименты, стипендия)', FALSE, 30);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'GMI_BENEFIT'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'GMI_BENEFIT'), 'BANK_STATEMENTS', 'Bankas kontu izraksti par pēdējiem trim mēnešiem', 'Bank account statements for the last three months', 'Выписки с банковских счетов за последние три месяца', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT'), 'UTILITY_BILLS', 'Rēķini par īri, komunālajiem pakalpojumiem vai kurināmā iegādi', 'Bills for rent, utilities or heating fuel', 'Счета за аренду, коммунальные услуги или покупку топлива', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT'), 'RENT_CONTRACT', 'Dzīvojamās telpas īres vai lietošanas līgums', 'Rent or tenancy agreement for the dwelling', 'Договор найма или пользования жилым помещением', FALSE, 20),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', FALSE, 30),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT'), 'BANK_STATEMENTS', 'Bankas kontu izraksti par pēdējiem trim mēnešiem', 'Bank account statements for the last three months', 'Выписки с банковских счетов за последние три месяца', FALSE, 40);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'MEDICAL_COSTS_NEEDY'), 'MEDICAL_BILLS', 'Maksājumu apliecinoši dokumenti par medicīniskajiem pakalpojumiem vai medikamentiem', 'Receipts for medical services or medicines', 'Документы, подтверждающие оплату медицинских услуг или лекарств', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'MEDICAL_COSTS_NEEDY'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_NEEDY'), 'STUDY_CERTIFICATE', 'Izziņa no pirmsskolas izglītības iestādes par bērna uzņemšanu', 'Certificate from the pre-school that the child is enrolled', 'Справка из дошкольного образовательного учреждения о зачислении ребёнка', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'LOW_INCOME_HOUSEHOLD_STATUS'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'LOW_INCOME_HOUSEHOLD_STATUS'), 'BANK_STATEMENTS', 'Bankas kontu izraksti par pēdējiem trim mēnešiem', 'Bank account statements for the last three months', 'Выписки с банковских счетов за последние три месяца', FALSE, 20),
    ((SELECT id FROM application_type WHERE code = 'LOW_INCOME_HOUSEHOLD_STATUS'), 'OTHER', 'Citi dokumenti par ienākumiem vai īpašumiem (piemēram, uzturlīdzekļi, stipendija)', 'Other documents on income or property (for example, maintenance payments, a scholarship)', 'Другие документы о доходах или имуществе (например, алименты, стипендия)', FALSE, 30);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_LARGE_FAMILY'), 'LARGE_FAMILY_CERTIFICATE', 'Daudzbērnu ģimenes apliecība („3+ Ģimenes karte“)', 'Large family card (3+ Family Card)', 'Удостоверение многодетной семьи («Карта семьи 3+»)', FALSE, 10),
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_LARGE_FAMILY'), 'STUDY_CERTIFICATE', 'Izziņa no pirmsskolas izglītības iestādes par bērna uzņemšanu', 'Certificate from the pre-school that the child is enrolled', 'Справка из дошкольного образовательного учреждения о зачислении ребёнка', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CHILDBIRTH_BENEFIT'), 'BIRTH_CERTIFICATE', 'Bērna dzimšanas apliecība, ja dzimšana reģistrēta ārvalstīs', 'Child''s birth certificate, if the birth was registered abroad', 'Свидетельство о рождении ребёнка, если рождение зарегистрировано за границей', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CRISIS_BENEFIT'), 'CRISIS_EVIDENCE', 'Dokumenti, kas apliecina krīzes situāciju (piemēram, ugunsgrēka akts, policijas izziņa)', 'Evidence of the crisis (for example, a fire report or a police certificate)', 'Документы, подтверждающие кризисную ситуацию (например, акт о пожаре, справка полиции)', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'CRISIS_BENEFIT'), 'OTHER', 'Citi dokumenti', 'Other documents', 'Другие документы', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'FAMILY_ASSISTANT_SERVICE'), 'REFERRAL', 'Nosūtījums vai speciālista ieteikums, ja tāds ir', 'Referral or a specialist''s recommendation, if any', 'Направление или рекомендация специалиста, если есть', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'FUNERAL_BENEFIT_NEEDY'), 'DEATH_CERTIFICATE', 'Miršanas apliecība', 'Death certificate', 'Свидетельство о смерти', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'FUNERAL_BENEFIT_NEEDY'), 'FUNERAL_COSTS', 'Apbedīšanas izdevumus apliecinoši dokumenti (rēķini, čeki)', 'Documents proving the funeral costs (invoices, receipts)', 'Документы, подтверждающие расходы на погребение (счета, чеки)', TRUE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_STOP'), 'OTHER', 'Dokumenti, kas pamato pārtraukšanas iemeslu, ja tādi ir', 'Documents supporting the reason for stopping, if any', 'Документы, обосновывающие причину прекращения, если они есть', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'VIOLENCE_VICTIM_REHAB_STATE'), 'VIOLENCE_EVIDENCE', 'Dokumenti, kas apliecina vardarbību (piemēram, policijas lēmums, ārsta izziņa), ja tādi ir', 'Documents showing the violence (for example, a police decision or a doctor''s statement), if any', 'Документы, подтверждающие насилие (например, решение полиции, справка врача), если они есть', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CHILD_REHAB'), 'VIOLENCE_EVIDENCE', 'Dokumenti, kas apliecina vardarbību (piemēram, policijas lēmums, ārsta izziņa), ja tādi ir', 'Documents showing the violence (for example, a police decision or a doctor''s statement), if any', 'Документы, подтверждающие насилие (например, решение полиции, справка врача), если они есть', FALSE, 10),
    ((SELECT id FROM application_type WHERE code = 'CHILD_REHAB'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'TREATMENT_COSTS_SUPPORT'), 'MEDICAL_BILLS', 'Maksājumu apliecinoši dokumenti par medicīniskajiem pakalpojumiem vai medikamentiem', 'Receipts for medical services or medicines', 'Документы, подтверждающие оплату медицинских услуг или лекарств', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'TREATMENT_COSTS_SUPPORT'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_CONTINUE'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'FOSTER_CHILD_CLOTHING'), 'FOSTER_CARE_DECISION', 'Bāriņtiesas lēmums par bērna ievietošanu audžuģimenē', 'Decision of the orphan''s court placing the child in the foster family', 'Решение сиротского суда о помещении ребёнка в приёмную семью', TRUE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'ORPHAN_STUDENT_MONTHLY'), 'STUDY_CERTIFICATE', 'Izziņa no izglītības iestādes par mācībām un sekmēm', 'Certificate from the educational institution on studies and results', 'Справка из учебного заведения об обучении и успеваемости', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'ORPHAN_STUDENT_MONTHLY'), 'OUT_OF_FAMILY_CARE_DECISION', 'Bāriņtiesas lēmums par ārpusģimenes aprūpi vai izziņa par tās beigšanos', 'Decision of the orphan''s court on out-of-family care, or a certificate of its end', 'Решение сиротского суда о внесемейном уходе или справка о его окончании', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_PLACEMENT'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_PLACEMENT'), 'PSYCHIATRIST_OPINION', 'Psihiatra atzinums', 'Opinion of a psychiatrist', 'Заключение психиатра', FALSE, 20),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_PLACEMENT'), 'DISABILITY_CERTIFICATE', 'Invaliditātes apliecība vai VDEĀVK atzinums', 'Disability certificate or opinion of the State Medical Commission for Assessment of Health and Work Ability (VDEĀVK)', 'Удостоверение инвалидности или заключение Государственной комиссии врачебной экспертизы здоровья и трудоспособности (VDEĀVK)', FALSE, 30),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_PLACEMENT'), 'MAINTENANCE_AGREEMENT', 'Vienošanās ar apgādnieku par pakalpojuma apmaksu', 'Agreement with a liable relative on paying for the service', 'Соглашение с кормильцем об оплате услуги', FALSE, 40);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_GRANT'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_GRANT'), 'DISABILITY_CERTIFICATE', 'Invaliditātes apliecība vai VDEĀVK atzinums', 'Disability certificate or opinion of the State Medical Commission for Assessment of Health and Work Ability (VDEĀVK)', 'Удостоверение инвалидности или заключение Государственной комиссии врачебной экспертизы здоровья и трудоспособности (VDEĀVK)', FALSE, 20),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_GRANT'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', FALSE, 30);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_SERVICE'), 'DISABILITY_CERTIFICATE', 'VDEĀVK atzinums par asistenta pakalpojuma nepieciešamību', 'VDEĀVK opinion that an assistant is needed', 'Заключение VDEĀVK о необходимости услуги ассистента', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_SERVICE'), 'WORK_OR_STUDY_CERTIFICATE', 'Izziņa no darbavietas, izglītības iestādes vai dienas centra', 'Certificate from the workplace, school or day centre', 'Справка с места работы, из учебного заведения или дневного центра', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'PSYCHOLOGIST_CONSULTATION'), 'REFERRAL', 'Nosūtījums vai speciālista ieteikums, ja tāds ir', 'Referral or a specialist''s recommendation, if any', 'Направление или рекомендация специалиста, если есть', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'FOSTER_CHILD_MAINTENANCE'), 'FOSTER_CARE_DECISION', 'Bāriņtiesas lēmums par bērna ievietošanu audžuģimenē', 'Decision of the orphan''s court placing the child in the foster family', 'Решение сиротского суда о помещении ребёнка в приёмную семью', TRUE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_CONTINUE'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', FALSE, 10),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_CONTINUE'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'GMI_UKRAINE'), 'UKRAINIAN_CIVILIAN_DOCUMENT', 'Ukrainas civiliedzīvotāja statusu apliecinošs dokuments (uzturēšanās atļauja vai vīza)', 'Document proving Ukrainian civilian status (residence permit or visa)', 'Документ, подтверждающий статус гражданского лица Украины (вид на жительство или виза)', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'GMI_UKRAINE'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', FALSE, 20),
    ((SELECT id FROM application_type WHERE code = 'GMI_UKRAINE'), 'BANK_STATEMENTS', 'Bankas kontu izraksti par pēdējiem trim mēnešiem', 'Bank account statements for the last three months', 'Выписки с банковских счетов за последние три месяца', FALSE, 30);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'STATE_CARE_HOME'), 'PSYCHIATRIST_OPINION', 'Psihiatra atzinums', 'Opinion of a psychiatrist', 'Заключение психиатра', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'STATE_CARE_HOME'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', TRUE, 20),
    ((SELECT id FROM application_type WHERE code = 'STATE_CARE_HOME'), 'DISABILITY_CERTIFICATE', 'Invaliditātes apliecība vai VDEĀVK atzinums', 'Disability certificate or opinion of the State Medical Commission for Assessment of Health and Work Ability (VDEĀVK)', 'Удостоверение инвалидности или заключение Государственной комиссии врачебной экспертизы здоровья и трудоспособности (VDEĀVK)', FALSE, 30);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_LEVEL_CHANGE'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_LEVEL_CHANGE'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_STOP'), 'OTHER', 'Dokumenti, kas pamato pārtraukšanas iemeslu, ja tādi ir', 'Documents supporting the reason for stopping, if any', 'Документы, обосновывающие причину прекращения, если они есть', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'PRISON_RELEASE_BENEFIT'), 'PRISON_RELEASE_CERTIFICATE', 'Ieslodzījuma vietas izziņa par atbrīvošanu no brīvības atņemšanas iestādes', 'Certificate from the prison on release', 'Справка места заключения об освобождении из места лишения свободы', TRUE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'GROUP_HOME_GRANT'), 'PSYCHIATRIST_OPINION', 'Psihiatra atzinums', 'Opinion of a psychiatrist', 'Заключение психиатра', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'GROUP_HOME_GRANT'), 'DISABILITY_CERTIFICATE', 'Invaliditātes apliecība vai VDEĀVK atzinums', 'Disability certificate or opinion of the State Medical Commission for Assessment of Health and Work Ability (VDEĀVK)', 'Удостоверение инвалидности или заключение Государственной комиссии врачебной экспертизы здоровья и трудоспособности (VDEĀVK)', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'STATE_REHAB_DISABILITY'), 'DOCTOR_STATEMENT', 'Ārsta izziņa par veselības stāvokli un kontrindikāciju neesamību', 'Doctor''s statement on the state of health and the absence of contraindications', 'Справка врача о состоянии здоровья и отсутствии противопоказаний', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'STATE_REHAB_DISABILITY'), 'DISABILITY_CERTIFICATE', 'Invaliditātes apliecība vai VDEĀVK atzinums', 'Disability certificate or opinion of the State Medical Commission for Assessment of Health and Work Ability (VDEĀVK)', 'Удостоверение инвалидности или заключение Государственной комиссии врачебной экспертизы здоровья и трудоспособности (VDEĀVK)', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_TRANSPORT'), 'ASSISTANT_TIMESHEET', 'Asistenta pakalpojuma izlietojuma pārskats par iepriekšējo mēnesi', 'Report on the assistant''s hours for the previous month', 'Отчёт об использовании услуги ассистента за предыдущий месяц', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_TRANSPORT'), 'TRANSPORT_RECEIPTS', 'Transporta izdevumus apliecinoši dokumenti (biļetes, degvielas čeki)', 'Documents proving transport costs (tickets, fuel receipts)', 'Документы, подтверждающие транспортные расходы (билеты, чеки за топливо)', TRUE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CRISIS_CENTRE_SERVICE'), 'CRISIS_EVIDENCE', 'Dokumenti, kas apliecina krīzes situāciju (piemēram, ugunsgrēka akts, policijas izziņa)', 'Evidence of the crisis (for example, a fire report or a police certificate)', 'Документы, подтверждающие кризисную ситуацию (например, акт о пожаре, справка полиции)', FALSE, 10),
    ((SELECT id FROM application_type WHERE code = 'CRISIS_CENTRE_SERVICE'), 'REFERRAL', 'Nosūtījums vai speciālista ieteikums, ja tāds ir', 'Referral or a specialist''s recommendation, if any', 'Направление или рекомендация специалиста, если есть', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT_RECALC'), 'UTILITY_BILLS', 'Rēķini par īri, komunālajiem pakalpojumiem vai kurināmā iegādi', 'Bills for rent, utilities or heating fuel', 'Счета за аренду, коммунальные услуги или покупку топлива', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT_RECALC'), 'INCOME_STATEMENTS', 'Izziņas par ienākumiem pēdējos trīs mēnešos', 'Income statements for the last three months', 'Справки о доходах за последние три месяца', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CRISIS_BENEFIT_UKRAINE'), 'UKRAINIAN_CIVILIAN_DOCUMENT', 'Ukrainas civiliedzīvotāja statusu apliecinošs dokuments (uzturēšanās atļauja vai vīza)', 'Document proving Ukrainian civilian status (residence permit or visa)', 'Документ, подтверждающий статус гражданского лица Украины (вид на жительство или виза)', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'CRISIS_BENEFIT_UKRAINE'), 'CRISIS_EVIDENCE', 'Dokumenti, kas apliecina krīzes situāciju (piemēram, ugunsgrēka akts, policijas izziņa)', 'Evidence of the crisis (for example, a fire report or a police certificate)', 'Документы, подтверждающие кризисную ситуацию (например, акт о пожаре, справка полиции)', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'DISABLED_CHILD_BENEFIT'), 'DISABILITY_CERTIFICATE', 'Bērna invaliditātes apliecība vai VDEĀVK atzinums', 'Child''s disability certificate or VDEĀVK opinion', 'Удостоверение инвалидности ребёнка или заключение VDEĀVK', TRUE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'INDEPENDENT_LIFE_START'), 'OUT_OF_FAMILY_CARE_DECISION', 'Bāriņtiesas lēmums par ārpusģimenes aprūpi vai izziņa par tās beigšanos', 'Decision of the orphan''s court on out-of-family care, or a certificate of its end', 'Решение сиротского суда о внесемейном уходе или справка о его окончании', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'INDEPENDENT_LIFE_START'), 'DISABILITY_CERTIFICATE', 'Invaliditātes apliecība vai VDEĀVK atzinums', 'Disability certificate or opinion of the State Medical Commission for Assessment of Health and Work Ability (VDEĀVK)', 'Удостоверение инвалидности или заключение Государственной комиссии врачебной экспертизы здоровья и трудоспособности (VDEĀVK)', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'INDEPENDENT_LIFE_HOUSEHOLD_ITEMS'), 'OUT_OF_FAMILY_CARE_DECISION', 'Bāriņtiesas lēmums par ārpusģimenes aprūpi vai izziņa par tās beigšanos', 'Decision of the orphan''s court on out-of-family care, or a certificate of its end', 'Решение сиротского суда о внесемейном уходе или справка о его окончании', TRUE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'SCHOOL_MEALS_NEEDY'), 'STUDY_CERTIFICATE', 'Izziņa no izglītības iestādes, ja bērns mācās citas pašvaldības skolā', 'Certificate from the school, if the child attends a school in another municipality', 'Справка из учебного заведения, если ребёнок учится в школе другого самоуправления', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'SOCIAL_REHAB_SERVICE'), 'DOCTOR_STATEMENT', 'Ģimenes ārsta vai ārstējošā ārsta izziņa par veselības stāvokli', 'Statement of the family doctor or attending doctor on the state of health', 'Справка семейного или лечащего врача о состоянии здоровья', FALSE, 10),
    ((SELECT id FROM application_type WHERE code = 'SOCIAL_REHAB_SERVICE'), 'REFERRAL', 'Nosūtījums vai speciālista ieteikums, ja tāds ir', 'Referral or a specialist''s recommendation, if any', 'Направление или рекомендация специалиста, если есть', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'UKRAINE_HOSTING_COMPENSATION'), 'HOSTING_AGREEMENT', 'Līgums vai apliecinājums par Ukrainas civiliedzīvotāju izmitināšanu', 'Agreement or declaration on hosting Ukrainian civilians', 'Договор или подтверждение о размещении гражданских лиц Украины', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'UKRAINE_HOSTING_COMPENSATION'), 'UTILITY_BILLS', 'Rēķini par īri, komunālajiem pakalpojumiem vai kurināmā iegādi', 'Bills for rent, utilities or heating fuel', 'Счета за аренду, коммунальные услуги или покупку топлива', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'UKRAINE_EU_FOOD_CERTIFICATE'), 'UKRAINIAN_CIVILIAN_DOCUMENT', 'Ukrainas civiliedzīvotāja statusu apliecinošs dokuments (uzturēšanās atļauja vai vīza)', 'Document proving Ukrainian civilian status (residence permit or visa)', 'Документ, подтверждающий статус гражданского лица Украины (вид на жительство или виза)', FALSE, 10),
    ((SELECT id FROM application_type WHERE code = 'UKRAINE_EU_FOOD_CERTIFICATE'), 'CRISIS_EVIDENCE', 'Dokumenti, kas apliecina krīzes situāciju (piemēram, ugunsgrēka akts, policijas izziņa)', 'Evidence of the crisis (for example, a fire report or a police certificate)', 'Документы, подтверждающие кризисную ситуацию (например, акт о пожаре, справка полиции)', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_FEE_CHANGE'), 'INCOME_STATEMENTS', 'Izziņa par pensijas vai citu ienākumu apmēru', 'Statement of the pension or other income', 'Справка о размере пенсии или других доходов', FALSE, 10),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_FEE_CHANGE'), 'MAINTENANCE_AGREEMENT', 'Vienošanās ar apgādnieku par pakalpojuma apmaksu', 'Agreement with a liable relative on paying for the service', 'Соглашение с кормильцем об оплате услуги', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'PENSIONER_JUBILEE'), 'PENSION_CERTIFICATE', 'Pensionāra apliecība', 'Pensioner''s certificate', 'Удостоверение пенсионера', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'DAY_CARE_CENTRE_STOP'), 'OTHER', 'Dokumenti, kas pamato pārtraukšanas iemeslu, ja tādi ir', 'Documents supporting the reason for stopping, if any', 'Документы, обосновывающие причину прекращения, если они есть', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'SCHOOL_MEALS_50_LARGE_FAMILY'), 'LARGE_FAMILY_CERTIFICATE', 'Daudzbērnu ģimenes apliecība („3+ Ģimenes karte“)', 'Large family card (3+ Family Card)', 'Удостоверение многодетной семьи («Карта семьи 3+»)', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'HYGIENE_SERVICE'), 'OTHER', 'Citi dokumenti', 'Other documents', 'Другие документы', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'MUNICIPAL_TRANSPORT_SERVICE'), 'DOCTOR_STATEMENT', 'Ārsta nosūtījums vai pieraksta apliecinājums, ja brauciens ir pie ārsta', 'Doctor''s referral or appointment confirmation, if the trip is to a doctor', 'Направление врача или подтверждение записи, если поездка к врачу', FALSE, 10),
    ((SELECT id FROM application_type WHERE code = 'MUNICIPAL_TRANSPORT_SERVICE'), 'DISABILITY_CERTIFICATE', 'Invaliditātes apliecība vai VDEĀVK atzinums', 'Disability certificate or opinion of the State Medical Commission for Assessment of Health and Work Ability (VDEĀVK)', 'Удостоверение инвалидности или заключение Государственной комиссии врачебной экспертизы здоровья и трудоспособности (VDEĀVK)', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'SPECIALISED_TRANSPORT_SERVICE'), 'DISABILITY_CERTIFICATE', 'Invaliditātes apliecība vai VDEĀVK atzinums par pārvietošanās traucējumiem', 'Disability certificate or VDEĀVK opinion on the mobility impairment', 'Удостоверение инвалидности или заключение VDEĀVK о нарушениях передвижения', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'SPECIALISED_TRANSPORT_SERVICE'), 'DOCTOR_STATEMENT', 'Ārsta nosūtījums vai pieraksta apliecinājums, ja brauciens ir pie ārsta', 'Doctor''s referral or appointment confirmation, if the trip is to a doctor', 'Направление врача или подтверждение записи, если поездка к врачу', FALSE, 20);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_STOP'), 'OTHER', 'Dokumenti, kas pamato pārtraukšanas iemeslu, ja tādi ir', 'Documents supporting the reason for stopping, if any', 'Документы, обосновывающие причину прекращения, если они есть', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'ESF_PLUS_FOOD_PARCELS'), 'CRISIS_EVIDENCE', 'Dokumenti, kas apliecina krīzes situāciju (piemēram, ugunsgrēka akts, policijas izziņa)', 'Evidence of the crisis (for example, a fire report or a police certificate)', 'Документы, подтверждающие кризисную ситуацию (например, акт о пожаре, справка полиции)', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'GROUP_HOME_STOP'), 'OTHER', 'Dokumenti, kas pamato pārtraukšanas iemeslu, ja tādi ir', 'Documents supporting the reason for stopping, if any', 'Документы, обосновывающие причину прекращения, если они есть', FALSE, 10);

INSERT INTO application_type_document (application_type_id, code, name_lv, name_en, name_ru, required, sort_order) VALUES
    ((SELECT id FROM application_type WHERE code = 'CHILD_REHAB_INSTITUTION'), 'DOCTOR_STATEMENT', 'Ārsta izziņa par bērna veselības stāvokli un kontrindikāciju neesamību', 'Doctor''s statement on the child''s health and the absence of contraindications', 'Справка врача о состоянии здоровья ребёнка и отсутствии противопоказаний', TRUE, 10),
    ((SELECT id FROM application_type WHERE code = 'CHILD_REHAB_INSTITUTION'), 'VIOLENCE_EVIDENCE', 'Dokumenti, kas apliecina vardarbību (piemēram, policijas lēmums, ārsta izziņa), ja tādi ir', 'Documents showing the violence (for example, a police decision or a doctor''s statement), if any', 'Документы, подтверждающие насилие (например, решение полиции, справка врача), если они есть', FALSE, 20);

-- 4. State register queries made for each type
INSERT INTO application_type_register_check (application_type_id, register_code, query_code) VALUES
    ((SELECT id FROM application_type WHERE code = 'NEEDY_HOUSEHOLD_STATUS'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'NEEDY_HOUSEHOLD_STATUS'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'NEEDY_HOUSEHOLD_STATUS'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'NEEDY_HOUSEHOLD_STATUS'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'GMI_BENEFIT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'GMI_BENEFIT'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'GMI_BENEFIT'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'GMI_BENEFIT'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'MEDICAL_COSTS_NEEDY'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'MEDICAL_COSTS_NEEDY'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'MEDICAL_COSTS_NEEDY'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'MEDICAL_COSTS_NEEDY'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_NEEDY'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_NEEDY'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_NEEDY'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_NEEDY'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'LOW_INCOME_HOUSEHOLD_STATUS'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'LOW_INCOME_HOUSEHOLD_STATUS'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'LOW_INCOME_HOUSEHOLD_STATUS'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'LOW_INCOME_HOUSEHOLD_STATUS'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_LARGE_FAMILY'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'PRESCHOOL_FEE_50_LARGE_FAMILY'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'CHILDBIRTH_BENEFIT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'CHILDBIRTH_BENEFIT'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'CRISIS_BENEFIT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'FAMILY_ASSISTANT_SERVICE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'FAMILY_ASSISTANT_SERVICE'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'FUNERAL_BENEFIT_NEEDY'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'FUNERAL_BENEFIT_NEEDY'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'FUNERAL_BENEFIT_NEEDY'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'FUNERAL_BENEFIT_NEEDY'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_STOP'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'VIOLENCE_VICTIM_REHAB_STATE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'CHILD_REHAB'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'TREATMENT_COSTS_SUPPORT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'TREATMENT_COSTS_SUPPORT'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'TREATMENT_COSTS_SUPPORT'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'TREATMENT_COSTS_SUPPORT'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_CONTINUE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_CONTINUE'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'FOSTER_CHILD_CLOTHING'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'ORPHAN_STUDENT_MONTHLY'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_PLACEMENT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_PLACEMENT'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_GRANT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_GRANT'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_SERVICE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_SERVICE'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'PSYCHOLOGIST_CONSULTATION'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'FOSTER_CHILD_MAINTENANCE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_CONTINUE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_CONTINUE'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'GMI_UKRAINE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'GMI_UKRAINE'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'GMI_UKRAINE'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'GMI_UKRAINE'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'STATE_CARE_HOME'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'STATE_CARE_HOME'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'STATE_CARE_HOME'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_LEVEL_CHANGE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_LEVEL_CHANGE'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'HOME_CARE_STOP'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'PRISON_RELEASE_BENEFIT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'GROUP_HOME_GRANT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'STATE_REHAB_DISABILITY'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'STATE_REHAB_DISABILITY'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_TRANSPORT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_TRANSPORT'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'CRISIS_CENTRE_SERVICE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT_RECALC'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT_RECALC'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT_RECALC'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'HOUSING_BENEFIT_RECALC'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'CRISIS_BENEFIT_UKRAINE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'DISABLED_CHILD_BENEFIT'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'DISABLED_CHILD_BENEFIT'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'DISABLED_CHILD_BENEFIT'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'INDEPENDENT_LIFE_START'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'INDEPENDENT_LIFE_START'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'INDEPENDENT_LIFE_HOUSEHOLD_ITEMS'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'SCHOOL_MEALS_NEEDY'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'SCHOOL_MEALS_NEEDY'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'SCHOOL_MEALS_NEEDY'), 'NVA', 'UNEMPLOYED_STATUS'),
    ((SELECT id FROM application_type WHERE code = 'SCHOOL_MEALS_NEEDY'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'SOCIAL_REHAB_SERVICE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'UKRAINE_HOSTING_COMPENSATION'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'UKRAINE_HOSTING_COMPENSATION'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'UKRAINE_EU_FOOD_CERTIFICATE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_FEE_CHANGE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'CARE_HOME_FEE_CHANGE'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'PENSIONER_JUBILEE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'PENSIONER_JUBILEE'), 'VSAA', 'PAYMENTS'),
    ((SELECT id FROM application_type WHERE code = 'DAY_CARE_CENTRE_STOP'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'SCHOOL_MEALS_50_LARGE_FAMILY'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'SCHOOL_MEALS_50_LARGE_FAMILY'), 'PMLP', 'PERSONS_AT_ADDRESS'),
    ((SELECT id FROM application_type WHERE code = 'HYGIENE_SERVICE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'MUNICIPAL_TRANSPORT_SERVICE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'MUNICIPAL_TRANSPORT_SERVICE'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'SPECIALISED_TRANSPORT_SERVICE'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'SPECIALISED_TRANSPORT_SERVICE'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_STOP'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'STATE_ASSISTANT_STOP'), 'VSAA', 'DISABILITY'),
    ((SELECT id FROM application_type WHERE code = 'ESF_PLUS_FOOD_PARCELS'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'GROUP_HOME_STOP'), 'PMLP', 'PERSON'),
    ((SELECT id FROM application_type WHERE code = 'CHILD_REHAB_INSTITUTION'), 'PMLP', 'PERSON');
