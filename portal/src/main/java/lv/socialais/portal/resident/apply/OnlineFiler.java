package lv.socialais.portal.resident.apply;

import lv.socialais.application.Channel;
import lv.socialais.portal.resident.ResidentProfile;
import lv.socialais.security.Actor;

/** The signed-in resident applying for himself in the portal. */
record OnlineFiler(ResidentProfile applicant) implements Filer {

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
