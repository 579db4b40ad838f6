package lv.socialais.register;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the register queries of the outbox, outside of any resident's request: every few
 * seconds it claims the due ones and asks the registers. A register that is down only delays
 * its queries: each failure is recorded and retried with growing pauses. Runs on every node of
 * a cluster; the claim makes sure that each query is asked by one node at a time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegisterQueryWorker {

    private static final Logger LOG = Logger.getLogger(RegisterQueryWorker.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    private RegisterQueryOutbox outbox;

    @Inject
    private RegisterCalls calls;

    @Inject
    @ConfigProperty(name = "REGISTER_WORKER_ENABLED", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "REGISTER_WORKER_BATCH", defaultValue = "20")
    private int batch;

    @Inject
    @ConfigProperty(name = "REGISTER_MAX_ATTEMPTS", defaultValue = "12")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "XROAD_USER_ID", defaultValue = "socialais-outbox")
    private String systemUser;

    /** This node's name in a cluster (the launcher sets node-1, node-2...; else the host's name). */
    @Inject
    @ConfigProperty(name = "NODE_NAME")
    private Optional<String> nodeName;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (enabled) {
            runDue();
        }
    }

    /** Asks the registers every due query, batch by batch; returns how many were answered. */
    public int runDue() {
        if (!running.compareAndSet(false, true)) {
            return 0; // the previous tick is still at work
        }
        try {
            int answered = 0;
            List<Long> due;
            do {
                due = outbox.claimDue(batch, LEASE, node());
                for (Long id : due) {
                    answered += run(id) ? 1 : 0;
                }
            } while (due.size() == batch);
            return answered;
        } finally {
            running.set(false);
        }
    }

    private boolean run(Long queryId) {
        RegisterQuery query = outbox.query(queryId);
        String messageId = UUID.randomUUID().toString();
        QueryContext context =
                new QueryContext(messageId, systemUser, issueOf(query), "application " + query.getApplicationId());
        try {
            RegisterAnswer answer = calls.ask(query, context);
            outbox.answered(queryId, messageId, answer.summary(), answer.data());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Register query " + queryId + " failed", e);
            outbox.failed(queryId, e.getClass().getSimpleName() + ": " + e.getMessage(), maxAttempts);
            return false;
        }
    }

    private String node() {
        return nodeName.filter(name -> !name.isBlank()).orElseGet(RegisterQueryWorker::hostName);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    private String issueOf(RegisterQuery query) {
        return outbox.registrationNumberOf(query.getApplicationId());
    }
}
