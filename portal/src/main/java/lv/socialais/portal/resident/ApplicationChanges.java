package lv.socialais.portal.resident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import lv.socialais.application.ApplicationActions;
import lv.socialais.application.IllegalTransitionException;
import lv.socialais.attachment.AttachmentRejected;
import lv.socialais.attachment.Attachments;
import lv.socialais.portal.i18n.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * What the applicant does on his application's page: answer an information request, add a
 * document, withdraw. Each tells the outcome in a message and shows the application anew.
 */
@Named
@RequestScoped
public class ApplicationChanges {

    @Inject
    private ApplicationDetailView detail;

    @Inject
    private ApplicationActions actions;

    @Inject
    private Attachments attachments;

    @Inject
    private SignedInResident resident;

    @Inject
    private Texts texts;

    @Inject
    private FacesContext faces;

    private String answer;
    private String withdrawalReason;
    private boolean withdrawalConfirmed;

    public void answerRequest() {
        if (answer == null || answer.isBlank()) {
            error("answer", texts.get("detail.answer.required"));
            return;
        }
        try {
            actions.answerInformation(detail.getApplication().id(), answer, resident.actor());
            answer = null;
            info(texts.get("detail.answer.sent"));
        } catch (IllegalTransitionException e) {
            error(null, texts.get("detail.notAllowed"));
        }
        detail.reload();
    }

    public void withdraw() {
        if (!withdrawalConfirmed) {
            error("confirmWithdrawal", texts.get("detail.withdraw.confirmRequired"));
            return;
        }
        try {
            actions.withdraw(detail.getApplication().id(), withdrawalReason, resident.actor());
            info(texts.get("detail.withdraw.done"));
        } catch (IllegalTransitionException e) {
            error(null, texts.get("detail.notAllowed"));
        }
        detail.reload();
    }

    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        try (InputStream content = event.getFile().getInputStream()) {
            attachments.add(detail.getApplication().id(), name, content, resident.actor());
            info(texts.get("attachments.added", name));
        } catch (AttachmentRejected e) {
            error(
                    null,
                    name + ": "
                            + (e.messageKey().equals("attachment.tooLarge")
                                    ? texts.core(e.messageKey(), e.limit() / (1024 * 1024))
                                    : texts.core(e.messageKey(), e.limit())));
        } catch (IllegalTransitionException e) {
            error(null, texts.get("detail.notAllowed"));
        } catch (IOException e) {
            error(null, name + ": " + texts.get("attachments.failed"));
        }
        detail.reload();
    }

    private void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private void error(String field, String text) {
        faces.addMessage(
                field == null ? null : "changes:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        if (field != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public boolean isWithdrawalConfirmed() {
        return withdrawalConfirmed;
    }

    public void setWithdrawalConfirmed(boolean withdrawalConfirmed) {
        this.withdrawalConfirmed = withdrawalConfirmed;
    }
}
