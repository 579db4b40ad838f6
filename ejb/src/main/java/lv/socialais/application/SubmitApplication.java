package lv.socialais.application;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import lv.socialais.security.Actor;

/**
 * Submits an application, the same way for every channel. Idempotent with a submission key:
 * a double click, or a retry after a timeout, returns the first result and files nothing new,
 * also when the repeats arrive at the same moment on different cluster nodes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmitApplication {

    private static final Logger LOG = Logger.getLogger(SubmitApplication.class.getName());
    private static final int ATTEMPTS = 5;

    @Inject
    private ApplicationRegistrar registrar;

    /**
     * @param draftId the resident's saved draft this submission completes, or null
     * @param locale  the language of the problems, if any
     * @throws SubmissionRejected listing every problem, with nothing stored
     */
    public SubmissionResult submit(ApplicationInput input, Long draftId, Actor actor, Locale locale) {
        for (int attempt = 1; ; attempt++) {
            try {
                return registrar.register(input, draftId, actor, locale);
            } catch (EJBException e) {
                if (!isCollision(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                // Another transaction filed the same key or held the number counter: if it
                // filed our key, its result is ours; otherwise try again.
                Optional<SubmissionResult> earlier = input.submissionKey() == null
                        ? Optional.empty()
                        : registrar.earlierResult(input.submissionKey(), actor, locale);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                LOG.fine(() -> "Submission collided, retrying: " + e);
            }
        }
    }

    /** A unique key violation or a deadlock: both mean a concurrent submission won the race. */
    static boolean isCollision(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().equals("40001"))) {
                return true;
            }
        }
        return false;
    }
}
