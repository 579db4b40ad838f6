package lv.socialais.portal.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.portal.resident.ApplicationSummary;
import lv.socialais.portal.resident.NotFound;

/** The front desk's receipt page after filing: number, day of receipt, deadline, and the PDF to print. */
@Named
@ViewScoped
public class StaffReceiptView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationQueries queries;

    @Inject
    private CurrentStaff staff;

    private String id;
    private ApplicationSummary application;

    public void load() {
        if (application != null) {
            return;
        }
        Long applicationId = NotFound.parseId(id);
        Optional<Application> found = applicationId == null ? Optional.empty() : queries.open(applicationId, staff.actor());
        if (found.isEmpty() || found.get().getRegistrationNumber().isEmpty()) {
            NotFound.send();
            return;
        }
        application = ApplicationSummary.of(found.get());
    }

    public ApplicationSummary getApplication() {
        return application;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
