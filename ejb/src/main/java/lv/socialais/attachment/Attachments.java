package lv.socialais.attachment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lv.socialais.application.Application;
import lv.socialais.application.ApplicationLookup;
import lv.socialais.application.ApplicationNotFound;
import lv.socialais.application.ApplicationStatus;
import lv.socialais.application.IllegalTransitionException;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents attached to applications: PDF, JPEG or PNG (checked by content), at most
 * MAX_ATTACHMENTS files of MAX_ATTACHMENT_MB each per application. Uploads are streamed to a
 * temporary file and from there to the database ({@link AttachmentContents}); downloads are
 * streamed from it.
 */
@Stateless
public class Attachments {

    /** While the application is still being assessed, documents can be added. */
    private static final Set<ApplicationStatus> OPEN = EnumSet.of(
            ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.REGISTERED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.INFO_REQUESTED);

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private ApplicationLookup lookup;

    @Inject
    private AttachmentContents contents;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "MAX_ATTACHMENTS", defaultValue = "10")
    private int maxAttachments;

    @Inject
    @ConfigProperty(name = "MAX_ATTACHMENT_MB", defaultValue = "10")
    private int maxAttachmentMegabytes;

    @Inject
    private Clock clock;

    /**
     * Attaches a file to an application the actor may add documents to.
     *
     * @throws AttachmentRejected for a file of the wrong type, too large, or one too many
     */
    public Attachment add(Long applicationId, String fileName, InputStream content, Actor actor) {
        Application application = requireOpenFor(applicationId, actor);
        // Parallel uploads to one application take their turn here, so each counts the others'.
        entityManager.lock(application, LockModeType.PESSIMISTIC_WRITE);
        if (count(applicationId) >= maxAttachments) {
            throw new AttachmentRejected("attachment.tooMany", maxAttachments);
        }
        Instant now = clock.instant();
        String name = safeName(fileName);
        try (StagedFile staged = StagedFile.stage(content, maxBytes())) {
            Attachment attachment =
                    new Attachment(applicationId, name, staged.type(), staged.size(), staged.sha256(), now, actor.id());
            attachment.stored(contents.insert(attachment, staged));
            audit.record(
                    actor,
                    AuditAction.ATTACHMENT_ADDED,
                    AuditSubject.APPLICATION,
                    application.getId(),
                    name + " sha256=" + staged.sha256());
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the attachment", e);
        }
    }

    /** How many files an application may have. */
    public int maxCount() {
        return maxAttachments;
    }

    /** How large one file may be, in bytes. */
    public long maxBytes() {
        return maxAttachmentMegabytes * 1024L * 1024L;
    }

    public List<Attachment> of(Long applicationId, Actor actor) {
        requireVisible(applicationId, actor);
        return entityManager
                .createQuery(
                        "SELECT a FROM Attachment a WHERE a.applicationId = :id ORDER BY a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** Streams the attachment's bytes to the output, if the actor may see its application. */
    public Attachment copyTo(Long attachmentId, OutputStream out, Actor actor) {
        Attachment attachment = entityManager.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new ApplicationNotFound(null);
        }
        requireVisible(attachment.getApplicationId(), actor);
        contents.copyTo(attachmentId, out);
        if (actor.role().isStaff()) {
            audit.record(
                    actor,
                    AuditAction.ATTACHMENT_READ,
                    AuditSubject.APPLICATION,
                    attachment.getApplicationId(),
                    attachment.getFileName());
        }
        return attachment;
    }

    private long count(Long applicationId) {
        return entityManager
                .createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.applicationId = :id", Long.class)
                .setParameter("id", applicationId)
                .getSingleResult();
    }

    private Application requireVisible(Long applicationId, Actor actor) {
        return lookup.visibleTo(applicationId, actor);
    }

    private Application requireOpenFor(Long applicationId, Actor actor) {
        Application application = requireVisible(applicationId, actor);
        boolean mayAdd = actor.role() == Role.RESIDENT
                ? application.getDeclaration().getApplicant().getPersonalCode().equals(actor.id())
                : actor.role() != Role.ADMIN;
        if (!mayAdd || !OPEN.contains(application.getStatus())) {
            throw new IllegalTransitionException(
                    "no documents can be added to application " + applicationId, "attachment.closed");
        }
        return application;
    }

    /** Only the file's own name, without any path, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }
}
