package lv.socialais.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the applicant's receipt says: the registration number, the day of receipt and the
 * deadline for the decision. {@code repeated} tells that this is the result of an earlier
 * submission with the same submission key, and nothing new was filed.
 */
public record SubmissionResult(
        Long applicationId,
        String registrationNumber,
        LocalDate receivedOn,
        LocalDate decisionDeadline,
        String departmentCode,
        boolean repeated)
        implements Serializable {

    static SubmissionResult of(Application application, boolean repeated) {
        return new SubmissionResult(
                application.getId(),
                application.getRegistration().getNumber().orElseThrow(),
                application.getRegistration().getReceivedOn().orElseThrow(),
                application.getRegistration().getDecisionDeadline().orElseThrow(),
                application.getDepartment().getCode(),
                repeated);
    }

    SubmissionResult asRepeated() {
        return new SubmissionResult(
                applicationId, registrationNumber, receivedOn, decisionDeadline, departmentCode, true);
    }
}
