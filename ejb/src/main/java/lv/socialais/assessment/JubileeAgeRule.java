package lv.socialais.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import lv.socialais.application.Application;
import lv.socialais.person.PersonalCode;
import lv.socialais.register.RegisterEvidence;

/** The jubilee benefit: for the 80th and 90th birthday, and every year from the 100th. */
@ApplicationScoped
public class JubileeAgeRule implements AssessmentRule {

    @Inject
    private ReferenceData reference;

    @Override
    public String name() {
        return "JUBILEE_AGE";
    }

    @Override
    public Assessment assess(Application application, List<RegisterEvidence> received, LocalDate date) {
        Optional<LocalDate> born = PersonalCode.of(
                        application.getDeclaration().getApplicant().getPersonalCode())
                .birthDate();
        if (born.isEmpty()) {
            return new Assessment(name(), date, 1, null, null, Money.ZERO, false, "assessment.ageUnknown", List.of());
        }
        int age = Period.between(born.get(), date).getYears();
        String code = age >= 100 ? "JUBILEE_100_PLUS" : age == 80 || age == 90 ? "JUBILEE_80_90" : null;
        BigDecimal amount = code == null
                ? Money.ZERO
                : reference.municipalAmount(code, date).map(Money::of).orElse(Money.ZERO);
        return new Assessment(
                name(),
                date,
                1,
                null,
                null,
                amount,
                code != null,
                code == null ? "assessment.notJubileeAge" : null,
                List.of("Age on " + date + ": " + age));
    }
}
