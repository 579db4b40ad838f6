package lv.socialais.portal.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import lv.socialais.application.IncomeType;
import lv.socialais.person.PersonalCode;
import lv.socialais.portal.web.RequestTiming;

/** The income page: what each household member received in the last three months, or that there was nothing. */
@Named
@RequestScoped
public class IncomeStep {

    static final int MAX_LINES = 60;

    @Inject
    private WizardView wizard;

    public void add() {
        RequestTiming.label("income: add a row");
        if (wizard.getData().getIncomes().size() < MAX_LINES) {
            wizard.getData().getIncomes().add(new IncomeRow());
        }
    }

    public void remove(int index) {
        RequestTiming.label("income: remove a row");
        List<IncomeRow> rows = wizard.getData().getIncomes();
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public IncomeType[] getTypes() {
        return IncomeType.values();
    }

    /** Who can have earned: the applicant and the household members entered with a valid code. */
    public List<Earner> getEarners() {
        List<Earner> earners = new ArrayList<>();
        ApplicationForm data = wizard.getData();
        String applicantCode = wizard.getApplicant().personalCode();
        earners.add(new Earner(
                applicantCode, (nullToEmpty(data.getFirstName()) + " " + nullToEmpty(data.getLastName())).strip()));
        for (MemberRow member : data.getHousehold()) {
            if (PersonalCode.isValid(member.getPersonalCode())) {
                earners.add(new Earner(
                        PersonalCode.of(member.getPersonalCode()).value(),
                        (nullToEmpty(member.getFirstName()) + " " + nullToEmpty(member.getLastName())).strip()));
            }
        }
        return earners;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A person who can be named as the earner of an income. */
    public record Earner(String personalCode, String name) {}
}
