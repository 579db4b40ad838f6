package lv.socialais.register;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the registers the queries the worker claimed, on the EJB container's own threads: each
 * call of {@link #askEach} is one lane that takes queries from the shared queue until it is
 * empty, so that several are waiting for their registers at once. A lane holds no transaction
 * while it waits: every answer or failure is recorded by the outbox in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegisterQueryAsker {

    private static final Logger LOG = Logger.getLogger(RegisterQueryAsker.class.getName());

    @Inject
    private RegisterQueryOutbox outbox;

    @Inject
    private RegisterCalls calls;

    @Inject
    @ConfigProperty(name = "REGISTER_MAX_ATTEMPTS", defaultValue = "12")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "XROAD_USER_ID", defaultValue = "socialais-outbox")
    private String systemUser;

    /** One lane: asks queries from the queue until none is left; answers how many were answered. */
    @Asynchronous
    public Future<Integer> askEach(Queue<Long> claimed) {
        int answered = 0;
        for (Long id = claimed.poll(); id != null; id = claimed.poll()) {
            answered += ask(id) ? 1 : 0;
        }
        return new AsyncResult<>(answered);
    }

    private boolean ask(Long queryId) {
        RegisterQuery query = outbox.query(queryId);
        String messageId = UUID.randomUUID().toString();
        QueryContext context = new QueryContext(
                messageId,
                systemUser,
                outbox.registrationNumberOf(query.getApplicationId()),
                "application " + query.getApplicationId());
        try {
            RegisterAnswer answer = calls.ask(query, context);
            outbox.answered(queryId, query.getApplicationId(), messageId, answer.summary(), answer.data());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Register query " + queryId + " failed", e);
            outbox.failed(queryId, e.getClass().getSimpleName() + ": " + e.getMessage(), maxAttempts);
            return false;
        }
    }
}
