package lv.socialais.portal.filing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import lv.socialais.attachment.AttachmentRejected;
import lv.socialais.attachment.Attachments;
import lv.socialais.portal.i18n.Texts;
import lv.socialais.portal.web.RequestTiming;

/**
 * The documents page: files are stored with the draft as soon as they are uploaded. The core
 * checks type and size by content; its refusal is shown in the filer's language. At the front
 * desk these are the applicant's papers, scanned.
 */
@Named
@RequestScoped
public class AttachmentStep {

    @Inject
    private WizardView wizard;

    @Inject
    private Attachments attachments;

    @Inject
    private Texts texts;

    @Inject
    private FacesContext faces;

    public void upload(org.primefaces.event.FileUploadEvent event) {
        // An attachment belongs to a stored draft: none at the draft quota (the wizard has said why).
        if (wizard.getDraftId() == null && !wizard.saveDraft()) {
            message(
                    FacesMessage.SEVERITY_ERROR,
                    event.getFile().getFileName() + ": " + texts.get("attachments.needDraft"));
            return;
        }
        RequestTiming.label("attachments: upload");
        String name = event.getFile().getFileName();
        try (InputStream content = event.getFile().getInputStream()) {
            attachments.add(wizard.getDraftId(), name, content, wizard.filer().actor());
            message(FacesMessage.SEVERITY_INFO, texts.get("attachments.added", name));
        } catch (AttachmentRejected e) {
            message(FacesMessage.SEVERITY_ERROR, name + ": " + rejection(e));
        } catch (IOException e) {
            message(FacesMessage.SEVERITY_ERROR, name + ": " + texts.get("attachments.failed"));
        }
    }

    /** The core's message for the refusal; the size limit is told in megabytes. */
    String rejection(AttachmentRejected e) {
        return switch (e.messageKey()) {
            case "attachment.tooLarge" -> texts.core(e.messageKey(), e.limit() / (1024 * 1024));
            default -> texts.core(e.messageKey(), e.limit());
        };
    }

    public List<AttachmentView> getUploaded() {
        return wizard.getDraftId() == null
                ? List.of()
                : attachments.of(wizard.getDraftId(), wizard.filer().actor()).stream()
                        .map(AttachmentView::of)
                        .toList();
    }

    private void message(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }
}
