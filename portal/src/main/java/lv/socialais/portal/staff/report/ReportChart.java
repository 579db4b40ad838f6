package lv.socialais.portal.staff.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** The report's chart for PrimeFaces' {@code p:chart}: a Chart.js bar chart of applications and decisions per month. */
public final class ReportChart {

    private static final String APPLICATIONS_COLOUR = "#1f5f99";
    private static final String DECISIONS_COLOUR = "#7aa84b";

    private ReportChart() {}

    /** The Chart.js configuration as JSON, from the totals line of the report. */
    public static String json(ReportLayout layout, String title, String applicationsLabel, String decisionsLabel) {
        ReportLayout.Line totals = layout.lines().get(0);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(layout.indicatorMonthLabels()))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset(
                                                        applicationsLabel, totals.applications(), APPLICATIONS_COLOUR))
                                                .add(dataset(decisionsLabel, totals.decisions(), DECISIONS_COLOUR))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", title)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, List<Long> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
