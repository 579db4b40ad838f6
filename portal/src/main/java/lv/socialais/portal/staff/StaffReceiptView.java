package lv.socialais.portal.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.socialais.portal.resident.ApplicationSummary;
import lv.socialais.portal.resident.NotFound;
import lv.socialais.portal.resident.Receipts;

/** The front desk's receipt page after filing: number, day of receipt, deadline, and the PDF to print. */
@Named
@ViewScoped
public class StaffReceiptView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Receipts receipts;

    @Inject
    private CurrentStaff staff;

    private String id;
    private ApplicationSummary application;

    public void load() {
        if (application != null) {
            return;
        }
        application = receipts.of(id, staff.actor()).orElse(null);
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
