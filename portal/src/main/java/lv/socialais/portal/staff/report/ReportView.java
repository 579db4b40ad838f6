package lv.socialais.portal.staff.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import lv.socialais.common.Today;
import lv.socialais.portal.i18n.LocaleSelection;
import lv.socialais.portal.staff.CurrentStaff;
import lv.socialais.report.MonthRange;
import lv.socialais.report.QuarterlyReport;
import lv.socialais.report.Report;
import lv.socialais.report.SpolisExport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The staff page of the board's report: a year and a range of months (the last full quarter
 * to begin with), the table in the board's layout, a chart, and the downloads (CSV, XLSX, PDF
 * of the same table, and the SPOLIS file of the decisions).
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Today today;

    /** Who reads the report and downloads the SPOLIS file, for the core's check of the role and the audit. */
    @Inject
    private CurrentStaff staff;

    private static final int YEARS_BACK = 10;
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PDF = "application/pdf";

    @Inject
    private QuarterlyReport reports;

    @Inject
    private SpolisExport spolis;

    @Inject
    private LocaleSelection localeSelection;

    private int year;
    private int fromMonth;
    private int toMonth;
    private Report report;
    private ReportLayout layout;

    @PostConstruct
    void init() {
        MonthRange quarter = MonthRange.lastFullQuarter(today());
        year = quarter.first().getYear();
        fromMonth = quarter.first().getMonthValue();
        toMonth = quarter.last().getMonthValue();
        load();
    }

    /** Shows the report of the chosen months. */
    public void show() {
        if (toMonth < fromMonth) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "report:toMonth",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, texts().getString("report.form.monthOrder"), null));
            return;
        }
        load();
    }

    private void load() {
        report = reports.of(MonthRange.of(year, fromMonth, toMonth), staff.actor());
        layout = ReportLayout.of(report, localeSelection.getLocale());
    }

    public ReportLayout getLayout() {
        return layout;
    }

    public String getChart() {
        ResourceBundle texts = texts();
        return ReportChart.json(
                layout,
                texts.getString("report.chart.title"),
                texts.getString("report.chart.applications"),
                texts.getString("report.chart.decisions"));
    }

    public StreamedContent getCsv() {
        return download(ReportCsv.write(layout), fileName("csv"), CSV);
    }

    public StreamedContent getXlsx() {
        return download(ReportXlsx.write(layout, texts().getString("report.sheet")), fileName("xlsx"), XLSX);
    }

    public StreamedContent getPdf() {
        return download(ReportPdf.write(layout), fileName("pdf"), PDF);
    }

    /** The decisions of the shown months for SPOLIS. Holds personal codes: the export is audited. */
    public StreamedContent getSpolis() {
        MonthRange range = report.range();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spolis.write(range.firstDay(), range.lastDay(), staff.actor(), out);
        return download(out.toByteArray(), "spolis-lemumi-" + range.firstDay() + "-" + range.lastDay() + ".csv", CSV);
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = today().getYear(); y >= today().getYear() - YEARS_BACK; y--) {
            years.add(y);
        }
        return years;
    }

    public List<SelectItem> getMonths() {
        ResourceBundle texts = texts();
        List<SelectItem> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new SelectItem(month, texts.getString("month.long." + month)));
        }
        return months;
    }

    private String fileName(String extension) {
        MonthRange range = report.range();
        return "parskats-" + range.first() + "-" + range.last() + "." + extension;
    }

    private static StreamedContent download(byte[] content, String name, String type) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(type)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    private ResourceBundle texts() {
        return ResourceBundle.getBundle(ReportLayout.BUNDLE, localeSelection.getLocale());
    }

    private LocalDate today() {
        return today.date();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getFromMonth() {
        return fromMonth;
    }

    public void setFromMonth(int fromMonth) {
        this.fromMonth = fromMonth;
    }

    public int getToMonth() {
        return toMonth;
    }

    public void setToMonth(int toMonth) {
        this.toMonth = toMonth;
    }
}
