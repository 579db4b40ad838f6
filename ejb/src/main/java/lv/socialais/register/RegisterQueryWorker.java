package lv.socialais.register;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the register queries of the outbox, outside of any resident's request: every few
 * seconds it claims the due ones and asks the registers, REGISTER_WORKER_THREADS of them at a
 * time (a register takes a few hundred milliseconds to answer; one at a time, a node would ask
 * fewer than the intake plans). A register that is down only delays its queries: each failure is
 * recorded and retried with growing pauses. Runs on every node of a cluster; the claim makes sure
 * that each query is asked by one node at a time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegisterQueryWorker {

    private static final Duration LEASE = Duration.ofMinutes(2);
    /** The EJB container's asynchronous pool has 16 threads unless configured otherwise. */
    private static final int MAX_THREADS = 16;

    @Inject
    private RegisterQueryOutbox outbox;

    @Inject
    private RegisterQueryAsker asker;

    @Inject
    @ConfigProperty(name = "REGISTER_WORKER_ENABLED", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "REGISTER_WORKER_BATCH", defaultValue = "40")
    private int batch;

    @Inject
    @ConfigProperty(name = "REGISTER_WORKER_THREADS", defaultValue = "8")
    private int threads;

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
                answered += askAll(due);
            } while (due.size() == batch);
            return answered;
        } finally {
            running.set(false);
        }
    }

    /** Asks the claimed queries in as many lanes as the threads allow; answers how many were answered. */
    private int askAll(List<Long> claimed) {
        Queue<Long> left = new ConcurrentLinkedQueue<>(claimed);
        int lanes = Math.max(1, Math.min(Math.min(threads, MAX_THREADS), claimed.size()));
        List<Future<Integer>> running = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            running.add(asker.askEach(left));
        }
        int answered = 0;
        for (Future<Integer> lane : running) {
            try {
                answered += lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EJBException("interrupted while asking the registers", e);
            } catch (ExecutionException e) {
                throw new EJBException("a lane of register queries failed", e);
            }
        }
        return answered;
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
}
