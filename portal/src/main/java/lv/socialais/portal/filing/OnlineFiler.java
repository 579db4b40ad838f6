package lv.socialais.portal.filing;

import lv.socialais.application.Channel;
import lv.socialais.security.Actor;

/** The signed-in resident applying for himself in the portal. */
public record OnlineFiler(ResidentProfile applicant) implements Filer {

    @Override
    public Actor actor() {
        return Actor.resident(applicant.personalCode());
    }

    @Override
    public Channel channel() {
        return Channel.ONLINE;
    }

    @Override
    public String receiptPage(Long applicationId) {
        return "/resident/receipt.xhtml?id=" + applicationId;
    }

    @Override
    public String draftsPage() {
        return "/resident/applications.xhtml";
    }
}
