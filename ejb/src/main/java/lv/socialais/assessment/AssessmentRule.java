package lv.socialais.assessment;

import java.time.LocalDate;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.register.RegisterEvidence;

/**
 * One of the rules an application type names for its assessment ({@code application_type.assessment_rule}):
 * what the law or the municipality gives the application, with the figures in force on its date.
 */
public interface AssessmentRule {

    /** The name an application type gives the rule, e.g. {@code GMI}. */
    String name();

    Assessment assess(Application application, List<RegisterEvidence> evidence, LocalDate date);
}
