package lv.socialais.portal.staff;

import lv.socialais.application.Channel;
import lv.socialais.frontdesk.PersonLookup;
import lv.socialais.portal.filing.Filer;
import lv.socialais.portal.filing.ResidentProfile;
import lv.socialais.security.Actor;

/**
 * A front-desk clerk filing for a walk-in applicant, who signs the printed application. The
 * draft is the clerk's; the application is the applicant's, and he reads it and its decision
 * in his own portal.
 */
record FrontDeskFiler(ResidentProfile applicant, Actor actor) implements Filer {

    /** The applicant as the front desk found him: named by the population register where it knows him. */
    static FrontDeskFiler of(PersonLookup.Found found, Actor clerk) {
        ResidentProfile applicant = found.person()
                .map(person -> new ResidentProfile(
                        found.personalCode(),
                        person.firstName(),
                        person.lastName(),
                        person.declaredAddress() == null
                                ? null
                                : person.declaredAddress().text(),
                        true))
                .orElseGet(() -> new ResidentProfile(found.personalCode(), null, null, null, false));
        return new FrontDeskFiler(applicant, clerk);
    }

    @Override
    public Channel channel() {
        return Channel.FRONT_DESK;
    }

    @Override
    public String receiptPage(Long applicationId) {
        return "/staff/receipt.xhtml?id=" + applicationId;
    }

    @Override
    public String draftsPage() {
        return "/staff/frontdesk.xhtml";
    }
}
