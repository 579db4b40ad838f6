package lv.socialais.portal.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import lv.socialais.application.Application;
import lv.socialais.application.Drafts;
import lv.socialais.catalog.ApplicationTypeCatalog;
import lv.socialais.frontdesk.PersonLookup;
import lv.socialais.person.PersonalCode;

/**
 * The front desk finds a walk-in applicant: by personal code in the population register, with
 * his earlier applications, or by name among those who applied before; then files any type of
 * application for him in the wizard, or resumes one of the clerk's drafts.
 */
@Named
@ViewScoped
public class FrontDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonLookup lookup;

    @Inject
    private CurrentStaff staff;

    @Inject
    private WalkIns walkIns;

    @Inject
    private ApplicationTypeCatalog catalog;

    @Inject
    private Drafts drafts;

    private String query;
    // Search results hold entities: kept on this node only, never in the serialized view state
    // (on another node the clerk searches again).
    private transient PersonLookup.Found found;
    private transient List<Application> byName = List.of();
    private String typeCode;
    private List<TypeChoice> types;
    private List<DraftEntry> ownDrafts;

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
                error("staff.frontdesk.invalidCode");
            }
        } else {
            byName = lookup.byName(text, staff.actor());
        }
    }

    /** From a name search to the person: looked up by his code without showing it in full. */
    public void choose(Application earlier) {
        byName = List.of();
        found = lookup.byPersonalCode(earlier.getDeclaration().getApplicant().getPersonalCode(), staff.actor());
    }

    /** Opens the wizard for the found person and the chosen type; the address names the person by a token only. */
    public void fileApplication() throws IOException {
        if (found == null) {
            return;
        }
        if (typeCode == null
                || getTypes().stream().noneMatch(type -> type.code().equals(typeCode))) {
            error("staff.apply.typeRequired");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/staff/apply.xhtml?type="
                + URLEncoder.encode(typeCode, StandardCharsets.UTF_8) + "&walkIn="
                + walkIns.remember(found.personalCode()));
    }

    /** Every type the service accepts now, in the catalogue's order, named in the clerk's language. */
    public List<TypeChoice> getTypes() {
        if (types == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            types = catalog.activeTypes().stream()
                    .map(type -> new TypeChoice(type.getCode(), type.getName().in(locale)))
                    .toList();
        }
        return types;
    }

    /** The clerk's unfinished applications, newest first. */
    public List<DraftEntry> getOwnDrafts() {
        if (ownDrafts == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            ownDrafts = drafts.of(staff.actor()).stream()
                    .map(draft -> new DraftEntry(
                            draft.getId(),
                            draft.getDeclaration().getApplicant().getFullName() + " ("
                                    + draft.getDeclaration().getApplicant().getMaskedPersonalCode() + ")",
                            draft.getType().getName().in(locale)))
                    .toList();
        }
        return ownDrafts;
    }

    /** An application type the clerk can choose. */
    public record TypeChoice(String code, String name) implements Serializable {}

    /** One of the clerk's drafts: whose and of what type. */
    public record DraftEntry(Long id, String applicant, String typeName) implements Serializable {}

    private static void error(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "i18n").getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PersonLookup.Found getFound() {
        return found;
    }

    public List<Application> getByName() {
        return byName == null ? List.of() : byName;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }
}
