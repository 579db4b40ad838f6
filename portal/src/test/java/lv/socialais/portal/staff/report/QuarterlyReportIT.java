package lv.socialais.portal.staff.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import lv.socialais.application.ApplicationActions;
import lv.socialais.application.Channel;
import lv.socialais.application.DecisionInput;
import lv.socialais.application.DecisionOutcome;
import lv.socialais.application.SubmitApplication;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.portal.testing.WebSession;
import lv.socialais.report.ChannelRow;
import lv.socialais.report.HouseholdCount;
import lv.socialais.report.MonthRange;
import lv.socialais.report.QuarterlyReport;
import lv.socialais.report.Report;
import lv.socialais.report.ReportRow;
import lv.socialais.report.SpolisExport;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import lv.socialais.security.RoleRequired;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The board's report from the data, in a real Payara Micro on a real MariaDB: applications and
 * decisions spread over the third quarter of 2024 and the months around it (some filed and
 * decided through the use cases, most written with chosen dates), every cell and total checked
 * against the test's own count; zeros where nothing happened; the exports and the SPOLIS file
 * of the same data; and how long the report takes over 100,000 applications.
 *
 * <p>The test's data lives in years no other test uses (2024 here, 2021 for the benchmark), as
 * all container tests share one database.
 */
@ExtendWith(ArquillianExtension.class)
class QuarterlyReportIT {

    private static final String TITLE =
            "Par Labklājības pārvaldes darbu laika periodā no 2024. gada 1. jūlija līdz 2024. gada 30. septembrim";
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final Actor FRONT_DESK = Actor.staff("registrators", Role.FRONT_DESK, null);
    private static final Actor SUPERVISOR = Actor.staff("vaditaja", Role.SUPERVISOR, null);
    private static final MonthRange QUARTER = MonthRange.quarter(2024, 3);
    private static final MonthRange AROUND_THE_QUARTER = MonthRange.of(2024, 6, 10);
    private static final List<String> GENERATED_TYPES = List.of(
            "NEEDY_HOUSEHOLD_STATUS",
            "LOW_INCOME_HOUSEHOLD_STATUS",
            "GMI_BENEFIT",
            "HOUSING_BENEFIT",
            "CRISIS_BENEFIT",
            "HOME_CARE_GRANT");
    private static final int GENERATED = 420;
    private static final int BENCHMARK_APPLICATIONS = 100_000;
    private static final int BENCHMARK_ROWS_PER_INSERT = 2_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .addClasses(
                        QuarterlyReportIT.class,
                        Planned.class,
                        Planned.Application.class,
                        Planned.Status.class,
                        ExpectedReport.class,
                        ReportData.class,
                        ReportData.TypeRef.class,
                        MinimalAnswers.class,
                        TestQueries.class,
                        WebSession.class);
    }

    @Inject
    private QuarterlyReport reports;

    @Inject
    private SpolisExport spolis;

    @Inject
    private SubmitApplication submission;

    @Inject
    private ApplicationActions actions;

    @Inject
    private TestQueries database;

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Test
    void everyCellAndTotalOfAGeneratedQuarterMatchesAnIndependentCount() throws Exception {
        ReportData data = new ReportData(dataSource);
        Map<String, ReportData.TypeRef> types = data.types();
        List<Planned.Application> applications = new ArrayList<>();
        List<Planned.Status> statuses = new ArrayList<>();
        fileAndDecideThroughTheUseCases(data, applications, statuses);
        List<Planned.Application> generated = generated(new Random(20240701), types);
        List<Long> ids = data.insert(generated, types, "T2024/");
        applications.addAll(generated);
        statuses.addAll(statusesOf(generated, ids, new Random(7)));
        data.insert(
                statuses.stream().filter(s -> ids.contains(s.applicationId())).toList());
        ExpectedReport expected = new ExpectedReport(applications, statuses);

        for (MonthRange range : List.of(QUARTER, AROUND_THE_QUARTER)) {
            Report report = reports.of(range, SUPERVISOR);

            assertEquals(
                    List.copyOf(types.keySet()),
                    report.rows().stream().map(ReportRow::typeCode).toList(),
                    "every active type, in the catalogue's order");
            assertMatches(expected, report);
        }
        Report quarter = reports.of(QUARTER, SUPERVISOR);
        assertTrue(
                quarter.rows().stream()
                        .filter(row -> !GENERATED_TYPES.contains(row.typeCode()))
                        .allMatch(row -> row.applicationsInRange() == 0 && row.decisionsInRange() == 0),
                "types with nothing show zeros");
        assertTrue(
                quarter.totals().applicationsInRange() > 200
                        && quarter.indicators().decidedPastDeadline().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()
                                > 0,
                "the fixture is not trivial");
        System.out.println(
                "REPORT " + QUARTER + " kopā: applications " + quarter.totals().applications() + ", decisions "
                        + quarter.totals().decisions());

        exportsCarryTheSameFigures(quarter);
        theSpolisFileHasOneLinePerDecisionOfTheQuarter(expected, applications);
    }

    @Test
    void aRangeWithoutDataGivesZerosForEveryType() throws Exception {
        Report report = reports.of(MonthRange.of(2023, 1, 5), SUPERVISOR);

        assertEquals(
                List.copyOf(new ReportData(dataSource).types().keySet()),
                report.rows().stream().map(ReportRow::typeCode).toList());
        assertEquals(5, report.months().size());
        assertTrue(
                report.rows().stream().allMatch(row -> row.applicationsInRange() == 0 && row.decisionsInRange() == 0));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), report.totals().applications());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), report.totals().decisions());
        assertTrue(report.indicators().needy().stream().allMatch(HouseholdCount.NONE::equals));
        assertTrue(report.indicators().lowIncome().stream().allMatch(HouseholdCount.NONE::equals));
        assertTrue(report.indicators().byChannel().stream()
                .allMatch(row -> row.applications().stream().allMatch(n -> n == 0)));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), report.indicators().decidedPastDeadline());
    }

    @Test
    void benchmarkOfAQuarterOverOneHundredThousandApplications() throws Exception {
        ReportData data = new ReportData(dataSource);
        List<ReportData.TypeRef> types = List.copyOf(data.types().values());
        Random random = new Random(2021);
        long registeredInQuarter = 0;
        long decidedInQuarter = 0;
        MonthRange quarter = MonthRange.quarter(2021, 3);

        long started = System.nanoTime();
        for (int first = 0; first < BENCHMARK_APPLICATIONS; first += BENCHMARK_ROWS_PER_INSERT) {
            StringBuilder sql = new StringBuilder("INSERT INTO application ")
                    .append(ReportData.COLUMNS)
                    .append(" VALUES ");
            for (int n = first; n < first + BENCHMARK_ROWS_PER_INSERT; n++) {
                ReportData.TypeRef type = types.get(random.nextInt(types.size()));
                LocalDate received = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365));
                LocalDate deadline = received.plusDays(30);
                boolean decided = random.nextInt(10) < 8;
                Instant decidedAt = received.plusDays(random.nextInt(40))
                        .atTime(random.nextInt(24), random.nextInt(60))
                        .atZone(Planned.RIGA)
                        .toInstant();
                registeredInQuarter += inRange(quarter, received) ? 1 : 0;
                decidedInQuarter += decided
                                && inRange(
                                        quarter, decidedAt.atZone(Planned.RIGA).toLocalDate())
                        ? 1
                        : 0;
                String filed = "'"
                        + Timestamp.from(
                                received.atTime(9, 0).atZone(Planned.RIGA).toInstant()) + "'";
                sql.append(n == first ? "" : ",")
                        .append("('B2021/")
                        .append(String.format("%06d", n))
                        .append("',")
                        .append(type.id())
                        .append(',')
                        .append(type.formId())
                        .append(',')
                        .append(type.departmentId())
                        .append(decided ? ",'DECIDED','" : ",'IN_REVIEW','")
                        .append(Channel.values()[n % 4])
                        .append("','")
                        .append(String.format("32%09d", n % 50_000))
                        .append("','benchmark',")
                        .append(filed)
                        .append(',')
                        .append(filed)
                        .append(',')
                        .append(filed)
                        .append(",'")
                        .append(received)
                        .append("','")
                        .append(deadline)
                        .append("',")
                        .append(
                                decided
                                        ? "'GRANTED',50.00,NULL,NULL,'SPSPL','" + Timestamp.from(decidedAt)
                                                + "','ilze')"
                                        : "NULL,NULL,NULL,NULL,NULL,NULL,NULL)");
            }
            data.execute(sql.toString());
        }
        double insertSeconds = (System.nanoTime() - started) / 1e9;

        List<Double> millis = new ArrayList<>();
        Report report = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            report = reports.of(quarter, SUPERVISOR);
            millis.add((System.nanoTime() - start) / 1e6);
        }

        System.out.printf(
                Locale.ROOT,
                "BENCHMARK report: %d applications inserted in %.1f s (%d rows per INSERT);"
                        + " report for %s (%d applications, %d decisions in the quarter) took %s ms%n",
                BENCHMARK_APPLICATIONS,
                insertSeconds,
                BENCHMARK_ROWS_PER_INSERT,
                quarter,
                registeredInQuarter,
                decidedInQuarter,
                millis.stream()
                        .map(ms -> String.format(Locale.ROOT, "%.0f", ms))
                        .collect(Collectors.joining(" / ")));
        try {
            assertEquals(
                    registeredInQuarter,
                    report.totals().applicationsInRange(),
                    "the benchmark's report is still right");
            assertEquals(decidedInQuarter, report.totals().decisionsInRange());
        } finally {
            data.execute(
                    "DELETE FROM application WHERE registration_number LIKE 'B2021/%'"); // the other tests' database
            // stays small
        }
    }

    @Test
    @RunAsClient
    void theStaffPageShowsTheLastFullQuarterAndDownloadsItsFiles(@ArquillianResource URL portal) {
        WebSession supervisor = new WebSession(portal).signInStaff("vaditaja");

        HttpResponse<String> shown = supervisor.get("staff/report.xhtml");

        assertEquals(200, shown.statusCode());
        MonthRange quarter = MonthRange.lastFullQuarter(LocalDate.now(Planned.RIGA));
        String html = shown.body();
        assertTrue(
                html.contains(ReportLayout.title(
                        ResourceBundle.getBundle(ReportLayout.BUNDLE, LATVIAN), quarter.firstDay(), quarter.lastDay())),
                "the last full quarter by default");
        assertTrue(
                html.contains(">kopā<")
                        && html.contains("Trūcīgas mājsaimniecības statuss")
                        && html.contains("<canvas"),
                html);
        Map<String, String> expected = Map.of(
                "csv",
                "text/csv",
                "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "pdf",
                "application/pdf",
                "spolis",
                "text/csv");
        Map<String, String> months = Map.of(
                "year_input",
                String.valueOf(quarter.first().getYear()),
                "fromMonth_input",
                String.valueOf(quarter.first().getMonthValue()),
                "toMonth_input",
                String.valueOf(quarter.last().getMonthValue()));
        for (Map.Entry<String, String> download : expected.entrySet()) {
            HttpResponse<byte[]> file = supervisor.download("staff/report.xhtml", "report", months, download.getKey());

            assertEquals(200, file.statusCode(), download.getKey());
            assertTrue(
                    file.headers().firstValue("Content-Type").orElse("").startsWith(download.getValue()),
                    download.getKey() + " " + file.headers().map());
            assertTrue(
                    file.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
                    download.getKey());
            String start = new String(file.body(), 0, Math.min(200, file.body().length), StandardCharsets.UTF_8);
            switch (download.getKey()) {
                case "csv" -> assertTrue(start.startsWith("\uFEFFPar Labklājības pārvaldes darbu"), start);
                case "xlsx" -> assertTrue(start.startsWith("PK"), "a zip (OOXML)");
                case "pdf" -> assertTrue(start.startsWith("%PDF"), "a PDF");
                default -> assertTrue(start.startsWith(String.join(";", SpolisExport.HEADER)), start);
            }
        }
    }

    /**
     * Four applications through the front desk and the caseworker's acts, then moved to chosen
     * dates: two needy statuses (their status rows recorded by the core), two GMI benefits
     * decided just after midnight in Riga, which is still the previous day in UTC.
     */
    private void fileAndDecideThroughTheUseCases(
            ReportData data, List<Planned.Application> applications, List<Planned.Status> statuses) throws Exception {
        List<Planned.Application> plans = List.of(
                new Planned.Application(
                        "NEEDY_HOUSEHOLD_STATUS",
                        Channel.FRONT_DESK,
                        LocalDate.of(2024, 7, 10),
                        LocalDate.of(2024, 8, 9),
                        Planned.riga(2024, 8, 12, 10, 0, 0)),
                new Planned.Application(
                        "NEEDY_HOUSEHOLD_STATUS",
                        Channel.FRONT_DESK,
                        LocalDate.of(2024, 8, 28),
                        LocalDate.of(2024, 9, 27),
                        Planned.riga(2024, 9, 27, 23, 30, 0)),
                new Planned.Application(
                        "GMI_BENEFIT",
                        Channel.FRONT_DESK,
                        LocalDate.of(2024, 9, 20),
                        LocalDate.of(2024, 10, 21),
                        Planned.riga(2024, 10, 1, 0, 0, 30)),
                new Planned.Application(
                        "GMI_BENEFIT",
                        Channel.FRONT_DESK,
                        LocalDate.of(2024, 6, 28),
                        LocalDate.of(2024, 7, 29),
                        Planned.riga(2024, 7, 1, 0, 10, 0)));
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LocalDate.of(2024, 7, 15), LocalDate.of(2024, 10, 14)},
                new LocalDate[] {LocalDate.of(2024, 9, 1), LocalDate.of(2025, 2, 28)},
                new LocalDate[] {LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)},
                new LocalDate[] {LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)});
        List<FormDefinition> forms = database.currentForms();
        for (int i = 0; i < plans.size(); i++) {
            Planned.Application plan = plans.get(i);
            FormDefinition form = forms.stream()
                    .filter(f -> f.getApplicationType().getCode().equals(plan.typeCode()))
                    .findFirst()
                    .orElseThrow();
            Long id = submission
                    .submit(
                            MinimalAnswers.input(
                                    form,
                                    plan.channel(),
                                    UUID.randomUUID().toString(),
                                    LocalDate.now(ZoneId.of("Europe/Riga"))),
                            null,
                            FRONT_DESK,
                            LATVIAN)
                    .applicationId();
            actions.assign(id, "vaditaja", SUPERVISOR);
            actions.decide(
                    id,
                    new DecisionInput(
                            DecisionOutcome.GRANTED,
                            new BigDecimal("337"),
                            periods.get(i)[0],
                            periods.get(i)[1],
                            "SPSPL 33. pants; MK noteikumi Nr. 809",
                            "Atbilst noteikumiem."),
                    SUPERVISOR,
                    LATVIAN);
            data.move(id, plan);
            applications.add(plan);
            if (plan.typeCode().equals("NEEDY_HOUSEHOLD_STATUS")) {
                String applicant =
                        database.application(id).getDeclaration().getApplicant().getPersonalCode();
                Planned.Status granted =
                        new Planned.Status(applicant, "NEEDY", periods.get(i)[0], periods.get(i)[1], id);
                assertEquals(List.of(granted), data.statusesOf(List.of(id)), "the core records the granted status");
                statuses.add(granted);
            }
        }
    }

    /**
     * Applications of a few types received from mid-May to mid-November 2024, three in four
     * decided within 45 days at times that include the minutes around midnight, plus the edge
     * cases of month ends and deadlines spelled out.
     */
    private static List<Planned.Application> generated(Random random, Map<String, ReportData.TypeRef> types) {
        GENERATED_TYPES.forEach(code -> assertTrue(types.containsKey(code), code + " is in the catalogue"));
        int[][] times = {{0, 0, 30}, {0, 30, 0}, {9, 15, 0}, {12, 0, 0}, {16, 45, 0}, {23, 30, 0}, {23, 59, 59}};
        List<Planned.Application> applications = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            String type = GENERATED_TYPES.get(random.nextInt(GENERATED_TYPES.size()));
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            LocalDate received = LocalDate.of(2024, 5, 15).plusDays(random.nextInt(180));
            LocalDate deadline = received.plusDays(30);
            Instant decidedAt = null;
            if (random.nextInt(4) > 0) {
                int[] time = times[random.nextInt(times.length)];
                LocalDate day = received.plusDays(random.nextInt(46));
                decidedAt = Planned.riga(
                        day.getYear(), day.getMonthValue(), day.getDayOfMonth(), time[0], time[1], time[2]);
            }
            applications.add(new Planned.Application(type, channel, received, deadline, decidedAt));
        }
        // Month ends in Riga time: 1 August 00:30 is still 31 July in UTC; 1 October 00:00:30 is after the quarter.
        applications.add(new Planned.Application(
                "HOUSING_BENEFIT",
                Channel.ONLINE,
                LocalDate.of(2024, 7, 31),
                LocalDate.of(2024, 8, 30),
                Planned.riga(2024, 8, 1, 0, 30, 0)));
        applications.add(new Planned.Application(
                "HOUSING_BENEFIT",
                Channel.PAPER,
                LocalDate.of(2024, 9, 30),
                LocalDate.of(2024, 10, 30),
                Planned.riga(2024, 9, 30, 23, 59, 59)));
        applications.add(new Planned.Application(
                "CRISIS_BENEFIT",
                Channel.STATE_PORTAL,
                LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 31),
                Planned.riga(2024, 10, 1, 0, 0, 30)));
        applications.add(new Planned.Application(
                "CRISIS_BENEFIT", Channel.ONLINE, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 30), null));
        // Deadlines: decided late on the deadline day is in time; just after midnight the next day is late.
        applications.add(new Planned.Application(
                "GMI_BENEFIT",
                Channel.ONLINE,
                LocalDate.of(2024, 7, 15),
                LocalDate.of(2024, 8, 14),
                Planned.riga(2024, 8, 14, 23, 59, 0)));
        applications.add(new Planned.Application(
                "GMI_BENEFIT",
                Channel.ONLINE,
                LocalDate.of(2024, 7, 15),
                LocalDate.of(2024, 8, 14),
                Planned.riga(2024, 8, 15, 0, 1, 0)));
        return applications;
    }

    /**
     * Status rows for the generated status applications: one to four members each, some persons
     * in two households, validity from a few months to the edges of month ends.
     */
    private static List<Planned.Status> statusesOf(
            List<Planned.Application> applications, List<Long> ids, Random random) {
        List<Planned.Status> statuses = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            Planned.Application application = applications.get(i);
            String kind = switch (application.typeCode()) {
                case "NEEDY_HOUSEHOLD_STATUS" -> "NEEDY";
                case "LOW_INCOME_HOUSEHOLD_STATUS" -> "LOW_INCOME";
                default -> null;
            };
            if (kind == null || !application.decided()) {
                continue;
            }
            LocalDate from = application.decidedOn();
            LocalDate until = switch (random.nextInt(4)) {
                case 0 -> YearMonth.from(from).plusMonths(1).atEndOfMonth(); // valid on that month end
                case 1 -> YearMonth.from(from).plusMonths(1).atEndOfMonth().minusDays(1); // ends the day before
                default -> from.plusMonths(3 + random.nextInt(4)).minusDays(1);
            };
            int members = 1 + random.nextInt(4);
            Set<String> codes = new HashSet<>();
            for (int m = 0; m < members; m++) {
                codes.add(String.format("31%09d", random.nextInt(150)));
            }
            for (String code : codes) {
                statuses.add(new Planned.Status(code, kind, from, until, ids.get(i)));
            }
        }
        return statuses;
    }

    private static void assertMatches(ExpectedReport expected, Report report) {
        List<Executable> checks = new ArrayList<>();
        List<YearMonth> months = report.range().months();
        for (int m = 0; m < months.size(); m++) {
            int i = m;
            YearMonth month = months.get(m);
            for (ReportRow row : report.rows()) {
                checks.add(() -> assertEquals(
                        expected.registered(row.typeCode(), month),
                        row.applications().get(i),
                        row.typeCode() + " applications " + month));
                checks.add(() -> assertEquals(
                        expected.decided(row.typeCode(), month),
                        row.decisions().get(i),
                        row.typeCode() + " decisions " + month));
            }
            checks.add(() -> assertEquals(
                    expected.registered(null, month),
                    report.totals().applications().get(i),
                    "kopā applications " + month));
            checks.add(() -> assertEquals(
                    expected.decided(null, month), report.totals().decisions().get(i), "kopā decisions " + month));
            checks.add(() -> assertEquals(
                    expected.holding("NEEDY", month),
                    report.indicators().needy().get(i),
                    "needy " + month));
            checks.add(() -> assertEquals(
                    expected.holding("LOW_INCOME", month),
                    report.indicators().lowIncome().get(i),
                    "low income " + month));
            for (ChannelRow channel : report.indicators().byChannel()) {
                checks.add(() -> assertEquals(
                        expected.byChannel(channel.channel(), month),
                        channel.applications().get(i),
                        channel.channel() + " " + month));
            }
            checks.add(() -> assertEquals(
                    expected.decidedPastDeadline(month),
                    report.indicators().decidedPastDeadline().get(i),
                    "past deadline " + month));
        }
        checks.add(() -> assertEquals(
                List.of(Channel.values()),
                report.indicators().byChannel().stream()
                        .map(ChannelRow::channel)
                        .toList()));
        assertAll(report.range().toString(), checks);
    }

    /** The CSV and the workbook of the generated quarter hold the report's figures line by line. */
    private static void exportsCarryTheSameFigures(Report report) throws Exception {
        ReportLayout layout = ReportLayout.of(report, LATVIAN);
        List<String> csv = new String(ReportCsv.write(layout), StandardCharsets.UTF_8)
                .substring(1)
                .lines()
                .toList();
        assertEquals(TITLE, csv.get(0));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(layout, "Pārskats")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
            int rowIndex = 5;
            for (ReportLayout.Line line : layout.lines()) {
                List<Long> figures = new ArrayList<>(line.applications());
                figures.addAll(line.decisions());
                String csvLine = (line.label().contains(";") ? "\"" + line.label() + "\"" : line.label()) + ";"
                        + figures.stream().map(String::valueOf).collect(Collectors.joining(";"));
                assertTrue(csv.contains(csvLine), csvLine);
                Row row = sheet.getRow(rowIndex++);
                assertEquals(line.label(), row.getCell(0).getStringCellValue());
                assertEquals(
                        figures,
                        IntStream.range(0, figures.size())
                                .mapToObj(c -> (long) row.getCell(1 + c).getNumericCellValue())
                                .toList(),
                        line.label());
            }
        }
    }

    @Test
    void aCaseworkerOrTheFrontDeskGetsNeitherTheReportNorTheSpolisFile() {
        for (Actor refused : List.of(
                Actor.staff("ilze", Role.CASEWORKER, "SOCIAL_ASSISTANCE"),
                Actor.staff("registrators", Role.FRONT_DESK, null),
                Actor.resident("140385-12712"),
                Actor.system("portal"))) {
            assertThrows(RoleRequired.class, () -> reports.of(QUARTER, refused), refused.toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThrows(RoleRequired.class, () -> spolis.write(QUARTER.firstDay(), QUARTER.lastDay(), refused, out));
            assertEquals(0, out.size(), "not a byte of the file");
        }
    }

    private void theSpolisFileHasOneLinePerDecisionOfTheQuarter(
            ExpectedReport expected, List<Planned.Application> applications) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = spolis.write(QUARTER.firstDay(), QUARTER.lastDay(), SUPERVISOR, out);

        List<String> lines =
                new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        long decisions = QUARTER.months().stream()
                .mapToLong(month -> expected.decided(null, month))
                .sum();
        assertEquals(decisions, written);
        assertEquals(decisions + 1, lines.size(), "a header and one line per decision");
        assertEquals(String.join(";", SpolisExport.HEADER), lines.get(0));
        assertTrue(
                lines.stream().skip(1).allMatch(line -> line.matches("2024-0[789]-\\d\\d;.*")),
                "dates of the acts in the quarter");
        String julyFirst = lines.stream()
                .filter(line -> line.startsWith("2024-07-01;") && line.contains(";GMI_BENEFIT;"))
                .filter(line -> line.contains(";GRANTED;337.00;2024-07-01;2024-09-30;"))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("the GMI benefit decided at 00:10 on 1 July in Riga (30 June in UTC)"));
        assertTrue(julyFirst.endsWith(";\"SPSPL 33. pants; MK noteikumi Nr. 809\""), julyFirst);
        assertTrue(julyFirst.matches("2024-07-01;\\d{4}/\\d{6};GMI_BENEFIT;\\d{11};GRANTED;.*"), julyFirst);
        assertEquals(
                applications.stream()
                        .filter(Planned.Application::decided)
                        .filter(a -> a.decidedOn().getMonthValue() == 8
                                && a.decidedOn().getYear() == 2024)
                        .count(),
                lines.stream().filter(line -> line.startsWith("2024-08-")).count(),
                "August's acts");
    }

    private static boolean inRange(MonthRange range, LocalDate day) {
        return !day.isBefore(range.firstDay()) && !day.isAfter(range.lastDay());
    }
}
