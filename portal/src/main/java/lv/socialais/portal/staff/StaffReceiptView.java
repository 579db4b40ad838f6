package lv.socialais.portal.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lv.socialais.portal.filing.ReceiptPage;
import lv.socialais.security.Actor;

/** The front desk's receipt page after filing for a walk-in applicant, with the PDF to print for him. */
@Named
@ViewScoped
public class StaffReceiptView extends ReceiptPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentStaff staff;

    @Override
    protected Actor reader() {
        return staff.actor();
    }
}
