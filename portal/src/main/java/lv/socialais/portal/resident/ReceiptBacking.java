package lv.socialais.portal.resident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationQueries;

/** The receipt page after submission: registration number, day of receipt, decision deadline, PDF. */
@Named
@ViewScoped
public class ReceiptBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationQueries queries;

    @Inject
    private SignedInResident resident;

    private String id;
    private ApplicationSummary application;

    public void load() {
        if (application != null) {
            return;
        }
        Long applicationId = NotFound.parseId(id);
        var found = applicationId == null ? java.util.Optional.<Application>empty()
                : queries.open(applicationId, resident.actor());
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
