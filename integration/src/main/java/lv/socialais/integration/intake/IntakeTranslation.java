package lv.socialais.integration.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.Channel;
import lv.socialais.application.HouseholdMemberInput;
import lv.socialais.application.IncomeInput;
import lv.socialais.application.IncomeType;
import lv.socialais.application.Relation;
import lv.socialais.integration.intake.v1.SubmitEApplication;

/** The state portal's e-application in the core's terms. */
final class IntakeTranslation {

    private IntakeTranslation() {}

    static ApplicationInput toInput(SubmitEApplication request) {
        Map<String, String> answers = new LinkedHashMap<>();
        request.getAnswer()
                .forEach(answer -> answers.merge(answer.getFieldCode(), answer.getValue(), (first, second) -> first));
        var applicant = request.getApplicant();
        return new ApplicationInput(
                request.getApplicationTypeCode(),
                Channel.STATE_PORTAL,
                scoped(request.getSubmissionKey()),
                new ApplicantInput(
                        applicant.getPersonalCode(),
                        applicant.getFirstName(),
                        applicant.getLastName(),
                        applicant.getEmail(),
                        applicant.getPhone()),
                answers,
                request.getHouseholdMember().stream()
                        .map(member -> new HouseholdMemberInput(
                                member.getPersonalCode(),
                                member.getFirstName(),
                                member.getLastName(),
                                member.getRelation() == null
                                        ? null
                                        : Relation.valueOf(member.getRelation().value())))
                        .toList(),
                request.getIncome().stream()
                        .map(income -> new IncomeInput(
                                income.getEarnerPersonalCode(),
                                income.getIncomeType() == null
                                        ? null
                                        : IncomeType.valueOf(
                                                income.getIncomeType().value()),
                                income.getAmountLast3Months()))
                        .toList(),
                request.isNoIncomeDeclared(),
                java.util.List.of(),
                request.isConsentGiven(),
                false);
    }

    /** The state portal's message id, kept apart from keys of other channels. */
    private static String scoped(String submissionKey) {
        return submissionKey == null || submissionKey.isBlank() ? null : "viss:" + submissionKey.strip();
    }
}
