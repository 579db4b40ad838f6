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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A resident's unfinished applications: saved at every step of the wizard, resumed from "My
 * applications", discarded by their filer or purged when left alone too long. A draft is not
 * checked until submitted, but it is the filer's alone, and one filer keeps at most DRAFT_QUOTA
 * of them (20 by default), so that nobody can fill the database with drafts.
 */
@Stateless
public class Drafts {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private FormDefinitions forms;

    @Inject
    @ConfigProperty(name = "DRAFT_QUOTA", defaultValue = "20")
    private int quota;

    @Inject
    private Clock clock;

    /**
     * Saves what the wizard holds: a new draft when {@code draftId} is null, else the filer's
     * existing draft. Returns the draft's id.
     *
     * @throws DraftQuotaReached for a new draft when the filer has DRAFT_QUOTA drafts already
     */
    public Long save(ApplicationInput input, Long draftId, Actor actor, Locale locale) {
        Instant now = clock.instant();
        if (draftId != null) {
            Application draft =
                    own(draftId, actor).orElseThrow(() -> InputChecks.rejected("draftId", "draft.notFound", locale));
            draft.updateDraft(input, actor, now);
            return draft.getId();
        }
        FormDefinition form = forms.currentFor(input.typeCode())
                .filter(definition -> definition.getApplicationType().isActive())
                .orElseThrow(() -> InputChecks.rejected("typeCode", "type.unknown", locale));
        if (count(actor) >= quota) {
            throw new DraftQuotaReached(quota);
        }
        Application draft = Application.draft(form, input, actor, now);
        entityManager.persist(draft);
        entityManager.flush();
        return draft.getId();
    }

    /** The filer's draft as the wizard needs it, or empty when it is not his or not a draft. */
    public Optional<ApplicationInput> resume(Long draftId, Actor actor) {
        return own(draftId, actor).map(ApplicationAsInput::of);
    }

    /** The filer's drafts, newest first. */
    public List<Application> of(Actor actor) {
        return entityManager
                .createQuery(
                        "SELECT a FROM Application a WHERE a.status = :draft AND a.filing.filedBy = :filer"
                                + " ORDER BY a.updatedAt DESC",
                        Application.class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("filer", actor.id())
                .getResultList();
    }

    /** Deletes the filer's own draft (with its attachments); returns false when it is not his or not a draft. */
    public boolean discard(Long draftId, Actor actor) {
        return own(draftId, actor)
                .map(draft -> {
                    entityManager.remove(draft);
                    return true;
                })
                .orElse(false);
    }

    private long count(Actor actor) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(a) FROM Application a WHERE a.status = :draft AND a.filing.filedBy = :filer",
                        Long.class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("filer", actor.id())
                .getSingleResult();
    }

    /** Deletes drafts not touched for longer than the retention; returns how many. */
    public int purgeOlderThan(Duration retention) {
        Instant cutOff = clock.instant().minus(retention);
        List<Long> stale = entityManager
                .createQuery(
                        "SELECT a.id FROM Application a WHERE a.status = :draft" + " AND a.updatedAt < :cutOff",
                        Long.class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("cutOff", cutOff)
                .getResultList();
        stale.forEach(id -> entityManager.remove(entityManager.find(Application.class, id)));
        return stale.size();
    }

    private Optional<Application> own(Long draftId, Actor actor) {
        return Optional.ofNullable(entityManager.find(Application.class, draftId))
                .filter(application -> application.getStatus() == ApplicationStatus.DRAFT)
                .filter(application -> application.getFiling().getFiledBy().equals(actor.id()));
    }
}
