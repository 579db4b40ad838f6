package lv.socialais.portal.resident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lv.socialais.portal.filing.OnlineFiler;
import lv.socialais.portal.filing.WizardView;

/** The resident's side of the wizard ({@code resident/apply.xhtml}): he files for himself. */
@Named
@RequestScoped
public class OnlineFiling {

    @Inject
    private WizardView wizard;

    @Inject
    private SignedInResident resident;

    /** The page's view action: a new application of a type, or a draft of his. */
    public void open() {
        if (!wizard.isOpen()) {
            wizard.open(new OnlineFiler(resident.getProfile()));
        }
    }
}
