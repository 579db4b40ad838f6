package lv.socialais.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegisterQueryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void failuresBackOffExponentiallyUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(10), RegisterQuery.backoff(1));
        assertEquals(Duration.ofSeconds(20), RegisterQuery.backoff(2));
        assertEquals(Duration.ofSeconds(80), RegisterQuery.backoff(4));
        assertEquals(Duration.ofMinutes(15), RegisterQuery.backoff(8));
        assertEquals(Duration.ofMinutes(15), RegisterQuery.backoff(50));
    }

    @Test
    void aClaimedQueryWaitsForItsLeaseThenForItsBackoffAndGivesUpAfterTheLastAttempt() {
        RegisterQuery query = new RegisterQuery(1L, "NVA", "UNEMPLOYED_STATUS", "01019012349", NOW);

        query.lease(NOW, Duration.ofMinutes(2), "node-1");
        assertEquals(NOW.plus(Duration.ofMinutes(2)), query.getNextAttemptAt(), "nobody else takes it meanwhile");
        query.failed("HTTP 503", NOW, 3);
        assertEquals(RegisterQueryStatus.PENDING, query.getStatus());
        assertEquals(NOW.plusSeconds(10), query.getNextAttemptAt());

        query.lease(NOW, Duration.ofMinutes(2), "node-2");
        query.failed("timeout", NOW, 3);
        assertEquals("node-2", query.getAskedBy(), "the node that claimed it last");
        query.lease(NOW, Duration.ofMinutes(2), "node-1");
        query.failed("timeout", NOW, 3);
        assertEquals(RegisterQueryStatus.FAILED, query.getStatus());
        assertEquals(3, query.getAttempts());

        query.reopen(NOW);
        assertEquals(RegisterQueryStatus.PENDING, query.getStatus());
        assertEquals(0, query.getAttempts());
        assertNull(query.getLastError());
    }

    @Test
    void anAnsweredQueryIsDone() {
        RegisterQuery query = new RegisterQuery(1L, "PMLP", "PERSON", "01019012349", NOW);
        query.lease(NOW, Duration.ofMinutes(2), "node-1");
        query.succeeded(NOW);
        assertEquals(RegisterQueryStatus.DONE, query.getStatus());
        assertEquals(NOW, query.getCompletedAt());
    }
}
