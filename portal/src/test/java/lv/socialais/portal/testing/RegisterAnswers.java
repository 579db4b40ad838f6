package lv.socialais.portal.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lv.socialais.register.RegisterQuery;
import lv.socialais.register.RegisterQueryStatus;
import lv.socialais.register.RegisterQueryWorker;

/** Runs the register outbox until every query of an application is answered, for tests that assess with register evidence. */
public final class RegisterAnswers {

    private RegisterAnswers() {}

    public static void await(Long applicationId, RegisterQueryWorker worker, TestQueries database, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            worker.runDue();
            List<RegisterQuery> queries = database.registerQueries(applicationId);
            if (queries.stream().allMatch(q -> q.getStatus() == RegisterQueryStatus.DONE)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("register evidence missing: "
                        + queries.stream()
                                .map(q -> q.getRegister() + "/" + q.getQuery() + " " + q.getStatus() + " "
                                        + q.getLastError())
                                .toList());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for register evidence", e);
            }
        }
    }
}
