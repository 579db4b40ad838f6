package lv.socialais.portal.resident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The receipt page after submission: registration number, day of receipt, decision deadline, PDF. */
@Named
@ViewScoped
public class ReceiptBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Receipts receipts;

    @Inject
    private SignedInResident resident;

    private String id;
    private ApplicationSummary application;

    public void load() {
        if (application != null) {
            return;
        }
        application = receipts.of(id, resident.actor()).orElse(null);
        if (application == null) {
            NotFound.send();
        }
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
