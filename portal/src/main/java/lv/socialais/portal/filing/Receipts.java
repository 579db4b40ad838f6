package lv.socialais.portal.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.portal.web.NotFound;
import lv.socialais.security.Actor;

/**
 * The registered application a receipt is about, looked up from an id in an address: empty
 * when the id is no number, the application is not registered yet, or the actor may not see it.
 */
@ApplicationScoped
public class Receipts {

    @Inject
    private ApplicationQueries queries;

    @Inject
    private ApplicationSummaries summaries;

    public Optional<ApplicationSummary> of(String id, Actor actor) {
        Long applicationId = NotFound.parseId(id);
        return applicationId == null
                ? Optional.empty()
                : queries.open(applicationId, actor)
                        .filter(application ->
                                application.getRegistration().getNumber().isPresent())
                        .map(summaries::of);
    }
}
