package lv.socialais.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A question to a state register that an application needs answered, written in the same
 * transaction as the application (the outbox) and run later by a worker, so that a register
 * that is slow or down never blocks or loses an application.
 */
@Entity
@Table(name = "register_query")
public class RegisterQuery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "register_code", nullable = false)
    private String register;

    @Column(name = "query_code", nullable = false)
    private String query;

    @Column(name = "subject_personal_code", nullable = false)
    private String subjectPersonalCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegisterQueryStatus status;

    private int attempts;

    @Column(name = "asked_by")
    private String askedBy;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected RegisterQuery() {
        // for JPA
    }

    public RegisterQuery(Long applicationId, String register, String query, String subjectPersonalCode, Instant now) {
        this.applicationId = applicationId;
        this.register = register;
        this.query = query;
        this.subjectPersonalCode = subjectPersonalCode;
        this.status = RegisterQueryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * Claims the query for one attempt: no other worker picks it up until the lease ends, so a
     * worker that dies mid-call only delays it. The node is kept to say who asked.
     */
    public void lease(Instant now, Duration leaseTime, String node) {
        attempts++;
        askedBy = node;
        nextAttemptAt = now.plus(leaseTime);
    }

    public void succeeded(Instant now) {
        status = RegisterQueryStatus.DONE;
        completedAt = now;
        lastError = null;
    }

    /** Schedules the next attempt with exponential backoff, or gives up after the last one. */
    public void failed(String error, Instant now, int maxAttempts) {
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = RegisterQueryStatus.FAILED;
            completedAt = now;
        } else {
            nextAttemptAt = now.plus(backoff(attempts));
        }
    }

    /** Asks again, now: a caseworker wants fresh evidence. */
    public void reopen(Instant now) {
        status = RegisterQueryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        completedAt = null;
        lastError = null;
    }

    /** 10 s after the first failure, doubling each time, at most 15 minutes. */
    static Duration backoff(int failedAttempts) {
        long seconds = 10L << Math.min(Math.max(failedAttempts - 1, 0), 10);
        return Duration.ofSeconds(Math.min(seconds, 15 * 60));
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getRegister() {
        return register;
    }

    public String getQuery() {
        return query;
    }

    public String getSubjectPersonalCode() {
        return subjectPersonalCode;
    }

    public RegisterQueryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    /** The node that claimed the query last, or null if none has. */
    public String getAskedBy() {
        return askedBy;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
