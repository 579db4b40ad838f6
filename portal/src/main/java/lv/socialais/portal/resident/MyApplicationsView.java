package lv.socialais.portal.resident;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.Drafts;
import lv.socialais.messagelog.MessageLog;
import lv.socialais.portal.filing.ApplicationSummaries;
import lv.socialais.portal.filing.ApplicationSummary;

/**
 * "My applications": the resident's filed applications and those of households he belongs to,
 * his unfinished drafts, and who asked the state registers about him.
 */
@Named
@ViewScoped
public class MyApplicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationQueries queries;

    @Inject
    private Drafts drafts;

    @Inject
    private ApplicationSummaries summaries;

    @Inject
    private MessageLog messageLog;

    @Inject
    private SignedInResident resident;

    private List<ApplicationSummary> applications;
    private List<ApplicationSummary> draftList;
    private List<RegisterEnquiry> enquiries;

    @PostConstruct
    void load() {
        String code = resident.personalCode();
        applications = summaries.of(queries.concerning(code));
        // A draft has no information requests (only a registered application is asked): no query for them.
        draftList = drafts.of(resident.actor()).stream()
                .map(draft -> ApplicationSummary.of(draft, List.of()))
                .toList();
        enquiries = messageLog.about(code).stream().map(RegisterEnquiry::of).toList();
    }

    /** Deletes one of his drafts, then shows the list again (a plain post, redirected, so a reload repeats nothing). */
    public String discard(Long draftId) {
        if (drafts.discard(draftId, resident.actor())) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("draftDiscarded", Boolean.TRUE);
        }
        return "/resident/applications?faces-redirect=true";
    }

    public List<ApplicationSummary> getApplications() {
        return applications;
    }

    public List<ApplicationSummary> getDrafts() {
        return draftList;
    }

    public List<RegisterEnquiry> getEnquiries() {
        return enquiries;
    }

    public String getPersonalCode() {
        return resident.personalCode();
    }
}
