package lv.socialais.integration.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.Channel;
import lv.socialais.application.HouseholdMemberInput;
import lv.socialais.application.IncomeInput;
import lv.socialais.integration.intake.v1.Answer;
import lv.socialais.integration.intake.v1.Applicant;
import lv.socialais.integration.intake.v1.HouseholdMember;
import lv.socialais.integration.intake.v1.Income;
import lv.socialais.integration.intake.v1.IncomeType;
import lv.socialais.integration.intake.v1.Relation;
import lv.socialais.integration.intake.v1.SubmitEApplication;
import org.junit.jupiter.api.Test;

/** The state portal's e-application, as the contract has it, in the core's terms. */
class IntakeTranslationTest {

    @Test
    void everyPartOfTheEApplicationReachesTheCore() {
        ApplicationInput input = IntakeTranslation.toInput(eApplication(" msg-42 "));

        assertEquals("CRISIS_BENEFIT", input.typeCode());
        assertEquals(Channel.STATE_PORTAL, input.channel());
        assertEquals("viss:msg-42", input.submissionKey(), "the state portal's key, kept apart from other channels'");
        assertEquals("010349-11940", input.applicant().personalCode());
        assertEquals("Jansons", input.applicant().lastName());
        assertEquals("valdis@example.lv", input.applicant().email());
        assertEquals(Map.of("crisis_reason", "FIRE"), input.answers(), "the first of two answers to one field");
        assertEquals(
                List.of(new HouseholdMemberInput(
                        "271151-13858", "Biruta", "Jansone", lv.socialais.application.Relation.SPOUSE)),
                input.household());
        assertEquals(
                List.of(new IncomeInput(
                        "010349-11940", lv.socialais.application.IncomeType.PENSION, new BigDecimal("1230.00"))),
                input.incomes());
        assertTrue(input.consentGiven());
        assertFalse(input.noIncomeDeclared());
        assertFalse(input.signedOnPaper(), "an e-application is signed with eID, not on paper");
    }

    @Test
    void withoutASubmissionKeyNothingIsDeduplicatedAndMissingCodesStayMissing() {
        SubmitEApplication request = eApplication("  ");
        request.getHouseholdMember().get(0).setRelation(null);
        request.getIncome().get(0).setIncomeType(null);

        ApplicationInput input = IntakeTranslation.toInput(request);

        assertNull(input.submissionKey());
        assertNull(input.household().get(0).relation(), "left for the core's validation to name");
        assertNull(input.incomes().get(0).type());
    }

    private static SubmitEApplication eApplication(String submissionKey) {
        SubmitEApplication request = new SubmitEApplication();
        request.setSubmissionKey(submissionKey);
        request.setApplicationTypeCode("CRISIS_BENEFIT");
        Applicant applicant = new Applicant();
        applicant.setPersonalCode("010349-11940");
        applicant.setFirstName("Valdis");
        applicant.setLastName("Jansons");
        applicant.setEmail("valdis@example.lv");
        request.setApplicant(applicant);
        request.getAnswer().add(answer("crisis_reason", "FIRE"));
        request.getAnswer().add(answer("crisis_reason", "FLOOD"));
        HouseholdMember wife = new HouseholdMember();
        wife.setPersonalCode("271151-13858");
        wife.setFirstName("Biruta");
        wife.setLastName("Jansone");
        wife.setRelation(Relation.SPOUSE);
        request.getHouseholdMember().add(wife);
        Income pension = new Income();
        pension.setEarnerPersonalCode("010349-11940");
        pension.setIncomeType(IncomeType.PENSION);
        pension.setAmountLast3Months(new BigDecimal("1230.00"));
        request.getIncome().add(pension);
        request.setConsentGiven(true);
        return request;
    }

    private static Answer answer(String field, String value) {
        Answer answer = new Answer();
        answer.setFieldCode(field);
        answer.setValue(value);
        return answer;
    }
}
