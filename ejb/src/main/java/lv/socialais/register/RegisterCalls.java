package lv.socialais.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lv.socialais.common.Riga;

/**
 * Turns a query of the outbox into a call of the right register port. Income is asked for the
 * three whole months before the application, as the means test counts it.
 */
@ApplicationScoped
public class RegisterCalls {

    @Inject
    private Clock clock;

    static final int INCOME_MONTHS = 3;

    @Inject
    private Instance<PopulationRegister> population;

    @Inject
    private Instance<EmploymentRegister> employment;

    @Inject
    private Instance<SocialInsuranceRegister> socialInsurance;

    RegisterAnswer ask(RegisterQuery query, QueryContext context) {
        String code = query.getSubjectPersonalCode();
        LocalDate today = Riga.today(clock);
        return switch (query.getRegister() + "/" + query.getQuery()) {
            case "PMLP/PERSON" -> {
                Optional<PopulationRegister.Person> person =
                        port(population, "PMLP").person(code, context);
                yield new RegisterAnswer(
                        person.map(RegisterCalls::describe).orElse("not found in the population register"),
                        person.orElse(null));
            }
            case "PMLP/PERSONS_AT_ADDRESS" -> {
                List<PopulationRegister.Person> persons =
                        port(population, "PMLP").personsAtAddressOf(code, context);
                yield new RegisterAnswer(persons.size() + " persons declared at the address", persons);
            }
            case "NVA/UNEMPLOYED_STATUS" -> {
                EmploymentRegister.UnemploymentStatus status =
                        port(employment, "NVA").unemploymentStatus(code, today, context);
                yield new RegisterAnswer(
                        status.status()
                                + (status.registeredSince() == null ? "" : " since " + status.registeredSince())
                                + (status.benefitPaid()
                                        ? ", benefit " + status.benefitMonthlyAmount() + " EUR a month"
                                        : ", no benefit"),
                        status);
            }
            case "VSAA/PAYMENTS" -> {
                YearMonth last = YearMonth.from(today).minusMonths(1);
                SocialInsuranceRegister.PaymentHistory history = port(socialInsurance, "VSAA")
                        .payments(code, last.minusMonths(INCOME_MONTHS - 1L), last, context);
                BigDecimal total = history.payments().stream()
                        .map(SocialInsuranceRegister.Payment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                yield new RegisterAnswer(
                        history.payments().size() + " payments, " + total + " EUR in " + INCOME_MONTHS + " months",
                        history);
            }
            case "VSAA/DISABILITY" -> {
                SocialInsuranceRegister.Disability disability =
                        port(socialInsurance, "VSAA").disability(code, today, context);
                yield new RegisterAnswer(
                        disability.disabled()
                                ? "disability group " + disability.group()
                                        + (disability.validUntil() == null ? "" : " until " + disability.validUntil())
                                : "no disability",
                        disability);
            }
            default ->
                throw new IllegalArgumentException(
                        "no such register query: " + query.getRegister() + "/" + query.getQuery());
        };
    }

    private static String describe(PopulationRegister.Person person) {
        return person.firstName() + " " + person.lastName() + (person.deceased() ? " (deceased)" : "")
                + (person.declaredAddress() == null
                        ? ", no declared address"
                        : ", declared in " + person.declaredAddress().municipalityName() + " ("
                                + person.declaredAddress().municipalityCode() + ")");
    }

    private static <T> T port(Instance<T> instance, String register) {
        if (instance.isUnsatisfied()) {
            throw new RegisterUnavailable("no adapter for " + register + " is deployed", null);
        }
        return instance.get();
    }
}
