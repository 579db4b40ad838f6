package lv.socialais.portal.resident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.ApplicationStatus;
import lv.socialais.attachment.Attachments;
import lv.socialais.portal.filing.ApplicationSummaries;
import lv.socialais.portal.filing.ApplicationSummary;
import lv.socialais.portal.filing.AttachmentView;
import lv.socialais.portal.web.NotFound;

/**
 * One application as the resident follows it: status, timeline, deadline, information
 * requests, documents, decision. Any id that is not his (or his household's) is a 404.
 */
@Named
@ViewScoped
public class ApplicationDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final EnumSet<ApplicationStatus> WITHDRAWABLE =
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.REGISTERED, ApplicationStatus.IN_REVIEW);
    private static final EnumSet<ApplicationStatus> OPEN_FOR_DOCUMENTS = EnumSet.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.REGISTERED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.INFO_REQUESTED);

    @Inject
    private ApplicationQueries queries;

    @Inject
    private Attachments attachments;

    @Inject
    private SignedInResident resident;

    @Inject
    private ApplicationSummaries summaries;

    private String id;
    private ApplicationSummary application;
    private List<AttachmentView> documents;

    public void load() {
        if (application != null) {
            return;
        }
        Long applicationId = NotFound.parseId(id);
        Optional<Application> found =
                applicationId == null ? Optional.empty() : queries.open(applicationId, resident.actor());
        if (found.isEmpty()) {
            NotFound.send();
            return;
        }
        refresh(found.get());
    }

    /** Reads the application again after the resident changed it. */
    void reload() {
        queries.open(application.id(), resident.actor()).ifPresent(this::refresh);
    }

    private void refresh(Application found) {
        application = summaries.of(found);
        documents = attachments.of(found.getId(), resident.actor()).stream()
                .map(AttachmentView::of)
                .toList();
    }

    /** Only the applicant acts on his application; household members read it. */
    public boolean isApplicant() {
        return application.isFiledBy(resident.personalCode());
    }

    public boolean isWithdrawable() {
        return isApplicant() && WITHDRAWABLE.contains(application.status());
    }

    public boolean isOpenForDocuments() {
        return isApplicant() && OPEN_FOR_DOCUMENTS.contains(application.status());
    }

    public ApplicationSummary getApplication() {
        return application;
    }

    public List<AttachmentView> getDocuments() {
        return documents;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
