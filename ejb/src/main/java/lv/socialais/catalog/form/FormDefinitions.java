package lv.socialais.catalog.form;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lv.socialais.administration.Administrators;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.security.Actor;

/** Finds the form of a type, current or as it was, and publishes new versions. */
@Stateless
public class FormDefinitions {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private AuditTrail audit;

    /** The version new applications of the type are filed under. */
    public Optional<FormDefinition> currentFor(String typeCode) {
        return entityManager
                .createQuery(
                        "SELECT f FROM FormDefinition f WHERE f.applicationType.code = :code" + " AND f.current = TRUE",
                        FormDefinition.class)
                .setParameter("code", typeCode)
                .getResultStream()
                .findFirst();
    }

    /** Every version of a type's form, the newest first. */
    public List<FormDefinition> versions(String typeCode) {
        return entityManager
                .createQuery(
                        "SELECT f FROM FormDefinition f WHERE f.applicationType.code = :code"
                                + " ORDER BY f.versionNo DESC",
                        FormDefinition.class)
                .setParameter("code", typeCode)
                .getResultList();
    }

    public Optional<FormDefinition> byId(Long id) {
        return Optional.ofNullable(entityManager.find(FormDefinition.class, id));
    }

    /**
     * Publishes a new version of a type's form: a copy of the current one with the change
     * applied, which becomes current. Applications filed earlier keep their version.
     */
    public FormDefinition publishNewVersion(String typeCode, FormChange change, Actor author) {
        Administrators.require(author);
        FormDefinition current = currentFor(typeCode)
                .orElseThrow(() -> new IllegalArgumentException("no form for application type " + typeCode));
        FormDefinition next = current.nextVersion(Instant.now(), author.id());
        change.applyTo(next);
        current.retire();
        entityManager.flush();
        entityManager.persist(next);
        audit.record(
                author,
                AuditAction.FORM_VERSION_CREATED,
                AuditSubject.APPLICATION_TYPE,
                current.getApplicationType().getId(),
                typeCode + " v" + next.getVersionNo() + " changed " + changedQuestions(current, next));
        return next;
    }

    /** The questions whose wording, help, required flag or choices differ between two versions. */
    private static List<String> changedQuestions(FormDefinition before, FormDefinition after) {
        return after.fields().stream()
                .filter(field -> before.field(field.getCode())
                        .map(old -> !old.getLabel().equals(field.getLabel())
                                || !old.getHelp().equals(field.getHelp())
                                || old.isRequired() != field.isRequired()
                                || !old.getOptions().stream()
                                        .map(o ->
                                                o.getCode() + "=" + o.getLabel().lv()
                                                        + o.getLabel().en()
                                                        + o.getLabel().ru())
                                        .toList()
                                        .equals(field.getOptions().stream()
                                                .map(o -> o.getCode() + "="
                                                        + o.getLabel().lv()
                                                        + o.getLabel().en()
                                                        + o.getLabel().ru())
                                                .toList()))
                        .orElse(true))
                .map(FormField::getCode)
                .toList();
    }

    /** What an administrator changes in a new version of a form. */
    @FunctionalInterface
    public interface FormChange {
        void applyTo(FormDefinition newVersion);
    }
}
