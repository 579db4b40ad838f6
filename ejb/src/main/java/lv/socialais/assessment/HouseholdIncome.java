package lv.socialais.assessment;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lv.socialais.application.Application;
import lv.socialais.application.DeclaredIncome;
import lv.socialais.application.IncomeType;
import lv.socialais.register.RegisterEvidence;

/**
 * The income lines of a household for the means test: what the registers report wins over
 * what the household declared for the same kind of income (pensions, state and unemployment
 * benefits come from VSAA); income the registers do not know (wages, self-employment,
 * alimony) is taken as declared. Every line is a monthly average of the last three months.
 */
final class HouseholdIncome {

    /** The declared kinds a VSAA answer replaces. */
    private static final Set<IncomeType> REGISTERED_KINDS =
            EnumSet.of(IncomeType.PENSION, IncomeType.STATE_BENEFIT, IncomeType.UNEMPLOYMENT_BENEFIT);

    private HouseholdIncome() {}

    static List<IncomeLine> lines(Application application, List<RegisterEvidence> evidence) {
        Map<String, RegisterEvidence> payments = latest(evidence, "VSAA", "PAYMENTS");
        List<IncomeLine> lines = new ArrayList<>();
        for (DeclaredIncome declared : application.getIncomes()) {
            boolean replaced = payments.containsKey(declared.getEarnerPersonalCode())
                    && REGISTERED_KINDS.contains(declared.getType());
            if (!replaced) {
                lines.add(new IncomeLine(
                        declared.getEarnerPersonalCode(),
                        IncomeLine.Source.DECLARED,
                        declared.getType().name(),
                        Money.monthlyOfThreeMonths(declared.getAmountLast3Months())));
            }
        }
        payments.forEach((personalCode, answer) -> paymentTotals(answer.getDataJson())
                .forEach((type, total) -> lines.add(new IncomeLine(
                        personalCode, IncomeLine.Source.VSAA, type, Money.monthlyOfThreeMonths(total)))));
        return lines;
    }

    /** Whether the registers show the person as a pensioner or a person with a disability. */
    static boolean pensionerOrDisabled(String personalCode, List<RegisterEvidence> evidence) {
        RegisterEvidence payments = latest(evidence, "VSAA", "PAYMENTS").get(personalCode);
        if (payments != null
                && paymentTotals(payments.getDataJson()).keySet().stream()
                        .anyMatch(type -> type.equals("OLD_AGE_PENSION") || type.equals("DISABILITY_PENSION"))) {
            return true;
        }
        RegisterEvidence disability = latest(evidence, "VSAA", "DISABILITY").get(personalCode);
        return disability != null && read(disability.getDataJson()).getBoolean("disabled", false);
    }

    private static Map<String, RegisterEvidence> latest(
            List<RegisterEvidence> evidence, String register, String query) {
        return evidence.stream()
                .filter(e -> e.getRegister().equals(register) && e.getQuery().equals(query))
                .collect(Collectors.toMap(
                        RegisterEvidence::getSubjectPersonalCode,
                        e -> e,
                        (a, b) -> a.getReceivedAt().isAfter(b.getReceivedAt()) ? a : b));
    }

    private static Map<String, BigDecimal> paymentTotals(String json) {
        JsonValue payments = read(json).get("payments");
        if (!(payments instanceof JsonArray array)) {
            return Map.of();
        }
        return array.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(
                        payment -> payment.getString("type", "OTHER"),
                        Collectors.reducing(
                                BigDecimal.ZERO,
                                payment -> payment.getJsonNumber("amount").bigDecimalValue(),
                                BigDecimal::add)));
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
