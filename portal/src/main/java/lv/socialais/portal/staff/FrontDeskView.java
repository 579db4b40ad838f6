package lv.socialais.portal.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.socialais.application.Application;
import lv.socialais.person.PersonLookup;
import lv.socialais.person.PersonalCode;

/**
 * The front desk finds a walk-in applicant: by personal code in the population register, with
 * his earlier applications, or by name among those who applied before.
 */
@Named
@ViewScoped
public class FrontDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonLookup lookup;

    @Inject
    private CurrentStaff staff;

    private String query;
    private PersonLookup.Found found;
    private List<Application> byName = List.of();

    public void search() {
        found = null;
        byName = List.of();
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.matches("[0-9 -]+")) {
            if (PersonalCode.isValid(text)) {
                found = lookup.byPersonalCode(text, staff.actor());
            } else {
                invalidCode();
            }
        } else {
            byName = lookup.byName(text, staff.actor());
        }
    }

    private static void invalidCode() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "i18n").getString("staff.frontdesk.invalidCode");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public PersonLookup.Found getFound() { return found; }
    public List<Application> getByName() { return byName; }
}
