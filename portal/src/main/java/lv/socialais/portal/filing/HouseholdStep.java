package lv.socialais.portal.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lv.socialais.application.Relation;
import lv.socialais.portal.web.RequestTiming;

/** The household page: the people who live with the applicant, one row each. */
@Named
@RequestScoped
public class HouseholdStep {

    /** As many as the core accepts. */
    static final int MAX_MEMBERS = 20;

    @Inject
    private WizardView wizard;

    public void add() {
        RequestTiming.label("household: add a row");
        if (wizard.getData().getHousehold().size() < MAX_MEMBERS) {
            wizard.getData().getHousehold().add(new MemberRow());
        }
    }

    public void remove(int index) {
        RequestTiming.label("household: remove a row");
        List<MemberRow> rows = wizard.getData().getHousehold();
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public Relation[] getRelations() {
        return Relation.values();
    }
}
