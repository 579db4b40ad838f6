package lv.socialais.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.socialais.application.validation.Problem;
import lv.socialais.audit.AuditAction;
import lv.socialais.audit.AuditSubject;
import lv.socialais.audit.AuditTrail;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormDefinitions;
import lv.socialais.common.Riga;
import lv.socialais.security.Actor;

/**
 * Files one application in one transaction of its own: validates it, stores it, registers it
 * under its number with its deadline in its department's queue and writes its first timeline
 * events; observers of {@link ApplicationRegistered} add their part (the register queries) to
 * the same transaction. Called through {@link SubmitApplication}, which
 * retries when concurrent submissions collide.
 */
@Stateless
public class ApplicationRegistrar {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private FormDefinitions forms;

    @Inject
    private RegistrationNumbers numbers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Validator validator;

    @Inject
    private Event<ApplicationRegistered> registered;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SubmissionResult register(ApplicationInput input, Long draftId, Actor actor, Locale locale) {
        Optional<Application> earlier = bySubmissionKey(input.submissionKey());
        if (earlier.isPresent()) {
            return repeated(earlier.get(), actor, locale);
        }
        Access.requireMayFile(input, actor);
        Instant now = clock.instant();
        LocalDate today = Riga.today(clock);
        Application draft = draftId == null ? null : ownDraft(draftId, actor, locale);
        FormDefinition form = draft != null
                ? draft.getForm()
                : forms.currentFor(input.typeCode()).orElse(null);
        List<Problem> problems = new ArrayList<>(InputChecks.problems(validator, form, input, today, locale));
        if (form == null || !form.getApplicationType().isActive()) {
            problems.addAll(
                    InputChecks.rejected("typeCode", "type.unknown", locale).problems());
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }

        Application application;
        if (draft != null) {
            application = draft;
            application.updateDraft(input, actor, now);
        } else {
            application = Application.draft(form, input, actor, now);
            entityManager.persist(application);
        }
        application.submit(input.submissionKey(), actor, now);
        // Written first, so that a concurrent submission of the same key collides here, before
        // it has taken a registration number it would waste.
        entityManager.flush();
        String number = numbers.next(today.getYear());
        LocalDate deadline = DecisionDeadline.from(
                today,
                form.getApplicationType().getDecisionDeadlineDays(),
                form.getApplicationType().isDeadlineInWorkDays());
        application.register(number, today, deadline, actor, now);
        entityManager.flush();
        registered.fire(new ApplicationRegistered(application, now));
        audit.record(
                actor,
                AuditAction.APPLICATION_SUBMITTED,
                AuditSubject.APPLICATION,
                application.getId(),
                number + " " + application.getType().getCode() + " via "
                        + application.getFiling().getChannel());
        return SubmissionResult.of(application, false);
    }

    /** The earlier result of a submission key, looked up after a collision. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SubmissionResult> earlierResult(String submissionKey, Actor actor, Locale locale) {
        return bySubmissionKey(submissionKey).map(application -> repeated(application, actor, locale));
    }

    private SubmissionResult repeated(Application application, Actor actor, Locale locale) {
        // A key is the filer's own: someone else's key must not reveal another application.
        if (!application.getFiling().getFiledBy().equals(actor.id())) {
            throw InputChecks.rejected("submissionKey", "submissionKey.used", locale);
        }
        return SubmissionResult.of(application, true);
    }

    private Optional<Application> bySubmissionKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return entityManager
                .createQuery("SELECT a FROM Application a WHERE a.filing.submissionKey = :key", Application.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private Application ownDraft(Long draftId, Actor actor, Locale locale) {
        Application draft = entityManager.find(Application.class, draftId);
        if (draft == null
                || draft.getStatus() != ApplicationStatus.DRAFT
                || !draft.getFiling().getFiledBy().equals(actor.id())) {
            throw InputChecks.rejected("draftId", "draft.notFound", locale);
        }
        return draft;
    }
}
