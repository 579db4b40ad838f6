package lv.socialais.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.register.RegisterEvidence;

/** A benefit of a fixed amount: the amount in force on the date, the type's own where none is dated. */
@ApplicationScoped
public class FixedAmountRule implements AssessmentRule {

    @Inject
    private ReferenceData reference;

    @Override
    public String name() {
        return "FIXED_AMOUNT";
    }

    @Override
    public Assessment assess(Application application, List<RegisterEvidence> received, LocalDate date) {
        BigDecimal amount = reference
                .municipalAmount(
                        ReferenceDataAdministration.catalogueAmountCode(
                                application.getType().getCode()),
                        date)
                .or(() -> application.getType().getFixedAmount())
                .map(Money::of)
                .orElse(null);
        return new Assessment(
                name(),
                date,
                1,
                null,
                null,
                amount,
                amount != null,
                amount == null ? "assessment.noAmount" : null,
                List.of("Municipal amount: " + amount));
    }
}
