package lv.socialais.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.application.HouseholdMember;
import lv.socialais.application.Relation;
import lv.socialais.person.PersonalCode;
import lv.socialais.register.RegisterEvidence;

/** The household kinds the housing-benefit coefficient K distinguishes (SPSPL art. 35(5)). */
public enum HouseholdKind {
    /** A pensioner or a person with a disability who lives alone: K 2.5. */
    PENSIONER_OR_DISABLED_ALONE,
    /** A household of only pensioners or persons with a disability, also with children: K 2.0. */
    PENSIONERS_OR_DISABLED_ONLY,
    /** Every other household: K 1.5. */
    OTHER;

    /** The application's household's kind on the date, by the register evidence of pensions and disability. */
    public static HouseholdKind of(Application application, List<RegisterEvidence> received, LocalDate date) {
        boolean applicant = HouseholdIncome.pensionerOrDisabled(
                application.getDeclaration().getApplicant().getPersonalCode(), received);
        if (application.getHousehold().isEmpty()) {
            return applicant ? PENSIONER_OR_DISABLED_ALONE : OTHER;
        }
        boolean allAdults = applicant
                && application.getHousehold().stream()
                        .filter(member -> !isChild(member, date))
                        .allMatch(member -> HouseholdIncome.pensionerOrDisabled(member.getPersonalCode(), received));
        return allAdults ? PENSIONERS_OR_DISABLED_ONLY : OTHER;
    }

    private static boolean isChild(HouseholdMember member, LocalDate date) {
        return member.getRelation() == Relation.CHILD
                && PersonalCode.isValid(member.getPersonalCode())
                && PersonalCode.of(member.getPersonalCode())
                        .birthDate()
                        .map(born -> Period.between(born, date).getYears() < 18)
                        .orElse(true);
    }
}
