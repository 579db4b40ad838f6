package lv.socialais.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lv.socialais.application.Application;
import lv.socialais.register.RegisterEvidence;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The household means test the rules share: the household's monthly income (declared, or as
 * the registers have it) against the needy and the municipality's low-income thresholds in force.
 */
@ApplicationScoped
public class MeansTests {

    @Inject
    private ReferenceData reference;

    @Inject
    @ConfigProperty(name = "MUNICIPALITY_CODE", defaultValue = "0900000")
    private String municipalityCode;

    public MeansTestResult of(Application application, List<RegisterEvidence> received, LocalDate date) {
        int size = 1 + application.getHousehold().size();
        Threshold needy = required(reference.threshold(ThresholdKind.NEEDY, date), "NEEDY", date);
        Threshold lowIncome = required(reference.lowIncomeThreshold(municipalityCode, date), "LOW_INCOME", date);
        return HouseholdMeansTest.assess(size, HouseholdIncome.lines(application, received), needy, lowIncome);
    }

    /** The test's working, line by line, personal codes shown only by their birth date part. */
    public static List<String> working(MeansTestResult test) {
        List<String> working = new ArrayList<>();
        test.incomeLines()
                .forEach(line -> working.add(line.source() + " " + line.type() + " "
                        + line.personalCode().substring(0, 6) + "-*****: " + line.monthlyAmount() + " EUR a month"));
        working.add("Household income " + test.monthlyIncome() + " EUR a month; needy threshold "
                + test.needy().working(test.householdSize()) + "; low-income threshold "
                + test.lowIncome().working(test.householdSize())
                + " → " + test.result());
        return working;
    }

    static Threshold required(Optional<Threshold> threshold, String kind, LocalDate date) {
        return threshold.orElseThrow(() -> new IllegalStateException("no " + kind + " threshold in force on " + date));
    }
}
