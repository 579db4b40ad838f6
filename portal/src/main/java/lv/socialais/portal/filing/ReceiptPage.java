package lv.socialais.portal.filing;

import jakarta.inject.Inject;
import java.io.Serializable;
import lv.socialais.portal.web.NotFound;
import lv.socialais.security.Actor;

/**
 * A receipt page after submission: registration number, day of receipt, decision deadline,
 * PDF; the resident's own or the front desk's for a walk-in applicant. A 404 for anything the
 * reader may not see.
 */
public abstract class ReceiptPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Receipts receipts;

    private String id;
    private ApplicationSummary application;

    /** Who reads the receipt. */
    protected abstract Actor reader();

    public void load() {
        if (application != null) {
            return;
        }
        application = receipts.of(id, reader()).orElse(null);
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
