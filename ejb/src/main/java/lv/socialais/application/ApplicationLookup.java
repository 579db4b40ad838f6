package lv.socialais.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import lv.socialais.security.Actor;

/**
 * The one way a use case finds an application for an actor: only one he may see (see
 * {@link Access}); for anyone else it does not exist, with no hint that it does.
 */
@Stateless
public class ApplicationLookup {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    public Optional<Application> find(Long applicationId, Actor actor) {
        return Optional.ofNullable(entityManager.find(Application.class, applicationId))
                .filter(application -> Access.maySee(application, actor));
    }

    /** @throws ApplicationNotFound when there is none, or the actor may not see it */
    public Application visibleTo(Long applicationId, Actor actor) {
        return find(applicationId, actor).orElseThrow(() -> new ApplicationNotFound(applicationId));
    }
}
