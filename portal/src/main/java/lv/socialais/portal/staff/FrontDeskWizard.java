package lv.socialais.portal.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import lv.socialais.application.Drafts;
import lv.socialais.frontdesk.PersonLookup;
import lv.socialais.portal.filing.WizardView;
import lv.socialais.portal.web.NotFound;
import lv.socialais.security.Actor;

/**
 * Opens the application wizard at the front desk for the walk-in applicant the clerk found, or
 * for the applicant of one of the clerk's drafts.
 */
@Named
@ViewScoped
public class FrontDeskWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WizardView wizard;

    @Inject
    private WalkIns walkIns;

    @Inject
    private PersonLookup lookup;

    @Inject
    private Drafts drafts;

    @Inject
    private CurrentStaff staff;

    /** The view parameter: the token of a person found on the front-desk page. */
    private String walkIn;

    public void open() {
        if (wizard.isOpen()) {
            return;
        }
        Actor clerk = staff.atFrontDesk();
        Long draftId = NotFound.parseId(wizard.getDraft());
        Optional<String> person = draftId != null
                ? drafts.resume(draftId, clerk).map(input -> input.applicant().personalCode())
                : walkIns.personalCode(walkIn);
        if (person.isEmpty()) {
            NotFound.send();
            return;
        }
        wizard.open(FrontDeskFiler.of(lookup.byPersonalCode(person.get(), clerk), clerk));
    }

    public String getWalkIn() {
        return walkIn;
    }

    public void setWalkIn(String walkIn) {
        this.walkIn = walkIn;
    }
}
