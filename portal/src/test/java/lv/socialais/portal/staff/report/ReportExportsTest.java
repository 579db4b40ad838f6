package lv.socialais.portal.staff.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.socialais.application.Channel;
import lv.socialais.common.LocalizedText;
import lv.socialais.report.ChannelRow;
import lv.socialais.report.HouseholdCount;
import lv.socialais.report.Indicators;
import lv.socialais.report.MonthColumn;
import lv.socialais.report.MonthRange;
import lv.socialais.report.Report;
import lv.socialais.report.ReportRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The three exports of the board's report carry the same title and figures as the report itself. */
class ReportExportsTest {

    static final String TITLE =
            "Par Labklājības pārvaldes darbu laika periodā no 2024. gada 1. jūlija līdz 2024. gada 30. septembrim";
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    private final Report report = sampleQuarter();
    private final ReportLayout layout = ReportLayout.of(report, LATVIAN);

    @Test
    void theLayoutIsTheBoards() {
        assertEquals(TITLE, layout.title());
        assertEquals(List.of("jūlijs", "aug.", "sept."), layout.monthLabels());
        assertEquals(List.of("jūlijs", "augusts", "septembris"), layout.indicatorMonthLabels());
        assertEquals("Iesnieguma veids pabalstam/pakalpojumam", layout.typeHeader());
        assertEquals("kopā", layout.lines().get(0).label());
        assertTrue(layout.lines().get(0).total());
        assertEquals(
                List.of("121ģim/173pers", "121ģim/174pers", "385ģim/543pers"),
                layout.indicators().get(0).values());
    }

    @Test
    void aRangeAcrossTheYearEndNamesTheYears() {
        ReportLayout winter = ReportLayout.of(
                new Report(
                        new MonthRange(java.time.YearMonth.of(2024, 12), java.time.YearMonth.of(2025, 1)),
                        List.of(
                                new MonthColumn(java.time.YearMonth.of(2024, 12)),
                                new MonthColumn(java.time.YearMonth.of(2025, 1))),
                        row(null, "kopā", 0, 0, 0, 0),
                        List.of(),
                        new Indicators(
                                List.of(HouseholdCount.NONE, HouseholdCount.NONE),
                                List.of(HouseholdCount.NONE, HouseholdCount.NONE),
                                List.of(),
                                List.of(0L, 0L))),
                LATVIAN);

        assertEquals(
                "Par Labklājības pārvaldes darbu laika periodā no 2024. gada 1. decembra līdz 2025. gada 31. janvārim",
                winter.title());
        assertEquals(List.of("2024. dec.", "2025. janv."), winter.monthLabels());
    }

    @Test
    void theCsvHasTheTitleAndEveryFigure() {
        String csv = new String(ReportCsv.write(layout), StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFF"), "a byte order mark for spreadsheets");
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(TITLE, lines.get(0));
        assertTrue(lines.contains("Iesnieguma veids pabalstam/pakalpojumam;Iesniegumu skaits;;;Lēmumu skaits;;"));
        assertTrue(lines.contains(";jūlijs;aug.;sept.;jūlijs;aug.;sept."));
        for (ReportLayout.Line line : layout.lines().stream()
                .filter(line -> !line.label().contains(";"))
                .toList()) {
            assertTrue(lines.contains(line.label() + ";" + joined(line, ";")), line.label());
        }
        assertTrue(lines.contains("\"Pabalsts; ar semikolu\";0;0;0;0;0;0"), "a name with the separator is quoted");
        assertTrue(lines.contains("Mājsaimniecību skaits, kurām ir spēkā esošs trūcīgas mājsaimniecības statuss;"
                + "121ģim/173pers;121ģim/174pers;385ģim/543pers"));
        assertTrue(lines.contains("Pēc noteiktā termiņa pieņemto lēmumu skaits;1;0;2"));
    }

    @Test
    void theWorkbookHasTheTitleAndEveryFigureAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(layout, "Pārskats")))) {
            Sheet sheet = workbook.getSheet("Pārskats");

            assertEquals(TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(
                    workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold());
            for (ReportLayout.Line line : layout.lines()) {
                Row row = find(sheet, line.label());
                long[] figures = new long[6];
                for (int i = 0; i < 6; i++) {
                    figures[i] = (long) row.getCell(1 + i).getNumericCellValue();
                }
                assertArrayEquals(figures(line), figures, line.label());
                assertEquals(
                        line.total(),
                        workbook.getFontAt(row.getCell(1).getCellStyle().getFontIndex())
                                .getBold(),
                        "kopā in bold");
            }
            assertEquals(
                    "385ģim/543pers",
                    find(sheet, "Mājsaimniecību skaits, kurām ir spēkā esošs trūcīgas mājsaimniecības statuss")
                            .getCell(3)
                            .getStringCellValue());
            assertEquals(2, (long) find(sheet, "Pēc noteiktā termiņa pieņemto lēmumu skaits")
                    .getCell(3)
                    .getNumericCellValue());
        }
    }

    @Test
    void aTypeNamedLikeAFormulaIsNeverRunByTheSpreadsheet() throws IOException {
        String formula = "=HYPERLINK(\"http://attacker.example\")";
        ReportLayout withFormula = ReportLayout.of(
                new Report(
                        report.range(),
                        report.months(),
                        report.totals(),
                        List.of(row("EVIL", formula, 1, 0, 0, 0, 0, 0), row("EVIL2", "@SUM(1+1)", 0, 0, 0, 0, 0, 0)),
                        report.indicators()),
                LATVIAN);

        List<String> lines = new String(ReportCsv.write(withFormula), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertTrue(lines.contains("\"'=HYPERLINK(\"\"http://attacker.example\"\")\";1;0;0;0;0;0"), lines.toString());
        assertTrue(lines.contains("'@SUM(1+1);0;0;0;0;0;0"), lines.toString());
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(withFormula, "Pārskats")))) {
            Row row = find(workbook.getSheet("Pārskats"), formula);
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.STRING, row.getCell(0).getCellType());
            assertTrue(row.getCell(0).getCellStyle().getQuotePrefixed(), "kept as text when saved again as CSV");
        }
    }

    @Test
    void thePdfHasTheTitleAndEveryFigureInLatvianLetters() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.write(layout))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines =
                    stripper.getText(pdf).lines().map(String::strip).toList();

            assertTrue(lines.contains(TITLE), lines.toString());
            for (ReportLayout.Line line : layout.lines()) {
                assertTrue(lines.contains(line.label() + " " + joined(line, " ")), line.label() + " in " + lines);
            }
            assertTrue(
                    lines.contains("Mājsaimniecību skaits, kurām ir spēkā esošs trūcīgas mājsaimniecības statuss "
                            + "121ģim/173pers 121ģim/174pers 385ģim/543pers"),
                    lines.toString());
        }
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static String joined(ReportLayout.Line line, String separator) {
        return Arrays.stream(figures(line)).mapToObj(String::valueOf).collect(Collectors.joining(separator));
    }

    private static long[] figures(ReportLayout.Line line) {
        return Stream.concat(line.applications().stream(), line.decisions().stream())
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** The board's July–September 2024 figures for a few of its types. */
    private static Report sampleQuarter() {
        List<ReportRow> rows = new ArrayList<>(List.of(
                row("NEEDY_HOUSEHOLD_STATUS", "Trūcīgas mājsaimniecības statuss", 100, 92, 94, 102, 92, 94),
                row("GMI_BENEFIT", "GMI pabalsts", 40, 40, 48, 44, 40, 48),
                row("HOUSING_BENEFIT", "Mājokļa pabalsts", 55, 73, 63, 55, 74, 63),
                row("X", "Pabalsts; ar semikolu", 0, 0, 0, 0, 0, 0)));
        ReportRow totals = row(null, "kopā", 195, 205, 205, 201, 206, 205);
        Indicators indicators = new Indicators(
                List.of(new HouseholdCount(121, 173), new HouseholdCount(121, 174), new HouseholdCount(385, 543)),
                List.of(new HouseholdCount(32, 41), new HouseholdCount(33, 43), new HouseholdCount(62, 83)),
                List.of(
                        new ChannelRow(Channel.ONLINE, List.of(100L, 110L, 120L)),
                                new ChannelRow(Channel.FRONT_DESK, List.of(95L, 95L, 85L)),
                        new ChannelRow(Channel.STATE_PORTAL, List.of(0L, 0L, 0L)),
                                new ChannelRow(Channel.PAPER, List.of(0L, 0L, 0L))),
                List.of(1L, 0L, 2L));
        MonthRange quarter = MonthRange.quarter(2024, 3);
        return new Report(
                quarter, quarter.months().stream().map(MonthColumn::new).toList(), totals, rows, indicators);
    }

    private static ReportRow row(String code, String name, long... figures) {
        List<Long> all = Arrays.stream(figures).boxed().toList();
        int half = figures.length / 2;
        return new ReportRow(
                code, new LocalizedText(name, name, name), all.subList(0, half), all.subList(half, figures.length));
    }
}
