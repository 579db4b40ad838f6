package lv.socialais.assessment;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the product computed for an application, with its working, as the caseworker sees it
 * and as it is frozen with the decision: the rule, the date whose figures were applied, the
 * household, the means test (where the rule has one), the amount and whether the applicant is
 * eligible, with the reason when not.
 */
public record Assessment(
        String rule,
        LocalDate appliedOn,
        int householdSize,
        HouseholdKind householdKind,
        MeansTestResult meansTest,
        BigDecimal amount,
        boolean eligible,
        String reasonKey,
        List<String> working)
        implements Serializable {

    public String toJson() {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(this);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the assessment", e);
        }
    }
}
