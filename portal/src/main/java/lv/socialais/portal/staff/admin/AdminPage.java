package lv.socialais.portal.staff.admin;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import lv.socialais.administration.ChangeRejected;
import lv.socialais.portal.i18n.Texts;
import lv.socialais.portal.staff.CurrentStaff;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;

/**
 * What every administration page does: it answers 403 to anyone but an administrator (web.xml
 * closes /staff/admin/* already; this is the second lock), and it runs a change, showing the
 * core's refusal as a translated message while the page keeps everything entered.
 */
@RequestScoped
public class AdminPage {

    @Inject
    private CurrentStaff staff;

    @Inject
    private Texts texts;

    /** @return false (with the response already a 403) when the caller is not an administrator */
    public boolean allowed() {
        if (staff.isIn(Role.ADMIN)) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(403, texts.get("error.403.title"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }

    public Actor admin() {
        return staff.actor();
    }

    /** Runs the change; on success shows the message of {@code doneKey}, on a refusal the reason. */
    public boolean run(Runnable change, String doneKey, Object... doneArguments) {
        try {
            change.run();
        } catch (ChangeRejected rejected) {
            error(rejected);
            return false;
        } catch (EJBException e) {
            if (e.getCause() instanceof ChangeRejected rejected) {
                error(rejected);
                return false;
            }
            throw e;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(doneKey, doneArguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return true;
    }

    /** A message about one field, for checks the page makes itself. */
    public void invalid(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(key, arguments), null));
        faces.validationFailed();
    }

    private void error(ChangeRejected rejected) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, texts.get(rejected.messageKey(), rejected.arguments()), null));
        faces.validationFailed();
    }

    public String text(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
