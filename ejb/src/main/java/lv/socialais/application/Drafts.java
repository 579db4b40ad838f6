package lv.socialais.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.catalog.form.FormDefinitions;
import lv.socialais.security.Actor;

/**
 * A resident's unfinished applications: saved at every step of the wizard, resumed from "My
 * applications", purged when left alone too long. A draft is not checked until submitted, but
 * it is the filer's alone.
 */
@Stateless
public class Drafts {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private FormDefinitions forms;

    private final Clock clock = Clock.systemUTC();

    /**
     * Saves what the wizard holds: a new draft when {@code draftId} is null, else the filer's
     * existing draft. Returns the draft's id.
     */
    public Long save(ApplicationInput input, Long draftId, Actor actor, Locale locale) {
        Instant now = clock.instant();
        if (draftId != null) {
            Application draft = own(draftId, actor)
                    .orElseThrow(() -> InputChecks.rejected("draftId", "draft.notFound", locale));
            draft.updateDraft(input, actor, now);
            return draft.getId();
        }
        FormDefinition form = forms.currentFor(input.typeCode())
                .filter(definition -> definition.getApplicationType().isActive())
                .orElseThrow(() -> InputChecks.rejected("typeCode", "type.unknown", locale));
        Application draft = Application.draft(form, input, actor, now);
        entityManager.persist(draft);
        entityManager.flush();
        return draft.getId();
    }

    /** The filer's draft as the wizard needs it, or empty when it is not his or not a draft. */
    public Optional<ApplicationInput> resume(Long draftId, Actor actor) {
        return own(draftId, actor).map(Application::toInput);
    }

    /** The filer's drafts, newest first. */
    public List<Application> of(Actor actor) {
        return entityManager.createQuery("SELECT a FROM Application a WHERE a.status = :draft AND a.filedBy = :filer"
                        + " ORDER BY a.updatedAt DESC", Application.class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("filer", actor.id())
                .getResultList();
    }

    /** Deletes drafts not touched for longer than the retention; returns how many. */
    public int purgeOlderThan(Duration retention) {
        Instant cutOff = clock.instant().minus(retention);
        List<Long> stale = entityManager.createQuery("SELECT a.id FROM Application a WHERE a.status = :draft"
                        + " AND a.updatedAt < :cutOff", Long.class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("cutOff", cutOff)
                .getResultList();
        stale.forEach(id -> entityManager.remove(entityManager.find(Application.class, id)));
        return stale.size();
    }

    private Optional<Application> own(Long draftId, Actor actor) {
        return Optional.ofNullable(entityManager.find(Application.class, draftId))
                .filter(application -> application.getStatus() == ApplicationStatus.DRAFT)
                .filter(application -> application.getFiledBy().equals(actor.id()));
    }
}
