package lv.socialais.portal.resident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lv.socialais.portal.filing.ReceiptPage;
import lv.socialais.security.Actor;

/** The resident's receipt page after he submitted his application. */
@Named
@ViewScoped
public class ReceiptView extends ReceiptPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignedInResident resident;

    @Override
    protected Actor reader() {
        return resident.actor();
    }
}
