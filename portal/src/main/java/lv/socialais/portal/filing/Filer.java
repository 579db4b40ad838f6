package lv.socialais.portal.filing;

import java.io.Serializable;
import lv.socialais.application.Channel;
import lv.socialais.security.Actor;

/**
 * Who fills the wizard, for whom and through which channel: the signed-in resident for himself
 * online, or the front desk for a walk-in applicant who signs on paper. Also where the wizard
 * leads when the application is filed or put aside, since each has his own pages.
 */
public interface Filer extends Serializable {

    /** The person who applies, as the population register names him. */
    ResidentProfile applicant();

    /** On whose behalf the core files and keeps the draft. */
    Actor actor();

    Channel channel();

    /** The applicant signs a printed copy (and the consent in it) instead of ticking it in the portal. */
    default boolean signsOnPaper() {
        return channel() == Channel.FRONT_DESK;
    }

    /** The page that shows the receipt of the filed application. */
    String receiptPage(Long applicationId);

    /** The page the wizard leads to when its draft is saved for later. */
    String draftsPage();
}
