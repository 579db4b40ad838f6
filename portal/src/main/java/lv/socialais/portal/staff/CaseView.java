package lv.socialais.portal.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lv.socialais.application.Action;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.application.IllegalTransitionException;
import lv.socialais.application.Lifecycle;
import lv.socialais.attachment.Attachment;
import lv.socialais.attachment.Attachments;
import lv.socialais.catalog.form.FormField;
import lv.socialais.register.Evidence;
import lv.socialais.register.RegisterEvidence;
import lv.socialais.register.RegisterQuery;

/**
 * One application as staff work on it: everything it says, its documents, timeline and
 * register evidence, and the actions the lifecycle allows the signed-in member of staff.
 * Opening it is audited by the core. Another department's application, or a wrong id, is 404.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationQueries applications;

    @Inject
    private Attachments attachments;

    @Inject
    private Evidence evidence;

    @Inject
    private CurrentStaff staff;

    private Long id;
    // What the view state keeps is the id: the entities are loaded per node and never serialized
    // (the war is distributable), and loaded again when the view moves to another node.
    private transient Application application;
    private transient List<Attachment> documents;
    private transient List<RegisterEvidence> registerEvidence;
    private transient List<RegisterQuery> registerQueries;

    /** Loads the application named by the id parameter; answers 404 when the member of staff may not see it. */
    public void load() throws IOException {
        Optional<Application> found = id == null ? Optional.empty() : applications.open(id, staff.actor());
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        application = found.get();
        documents = attachments.of(id, staff.actor());
        registerEvidence = evidence.of(id, staff.actor());
        registerQueries = evidence.queriesOf(id, staff.actor());
    }

    /** The entities again when this view came without them (restored on another node). */
    private void loaded() {
        if (application == null && id != null) {
            reload();
        }
    }

    /** Reloads after an action, without a second audit entry being a problem: every opening counts. */
    void reload() {
        application = applications.open(id, staff.actor()).orElseThrow();
        registerEvidence = evidence.of(id, staff.actor());
        registerQueries = evidence.queriesOf(id, staff.actor());
        documents = attachments.of(id, staff.actor());
    }

    public void refreshEvidence() {
        int queries = evidence.refresh(id, staff.actor());
        info("staff.case.evidenceRequested", queries);
        reload();
    }

    public boolean may(String action) {
        loaded();
        Set<Action> allowed =
                Lifecycle.allowed(application.getStatus(), staff.actor().role());
        return allowed.contains(Action.valueOf(action));
    }

    public String label(String fieldCode) {
        loaded();
        return application
                .getForm()
                .field(fieldCode)
                .map(FormField::getLabel)
                .map(label ->
                        label.in(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .orElse(fieldCode);
    }

    public List<String> getAnswerCodes() {
        loaded();
        return application.getForm().fields().stream()
                .map(FormField::getCode)
                .filter(application.getDeclaration().getAnswers()::containsKey)
                .toList();
    }

    /** Runs an action of the lifecycle and shows its refusal, translated, instead of an error page. */
    void act(Runnable action, String doneKey) {
        try {
            action.run();
            info(doneKey);
            reload();
        } catch (IllegalTransitionException e) {
            error(e.reasonKey());
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof IllegalTransitionException refused) {
                error(refused.reasonKey());
            } else {
                throw e;
            }
        }
    }

    void info(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    void error(String key) {
        message(FacesMessage.SEVERITY_ERROR, key);
    }

    private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "i18n").containsKey(key)
                ? faces.getApplication().getResourceBundle(faces, "i18n").getString(key)
                : key;
        String text = arguments.length == 0
                ? pattern
                : new java.text.MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Application getApplication() {
        loaded();
        return application;
    }

    public List<Attachment> getDocuments() {
        loaded();
        return documents;
    }

    public List<RegisterEvidence> getRegisterEvidence() {
        loaded();
        return registerEvidence;
    }

    public List<RegisterQuery> getRegisterQueries() {
        loaded();
        return registerQueries;
    }

    public CurrentStaff getStaff() {
        return staff;
    }
}
