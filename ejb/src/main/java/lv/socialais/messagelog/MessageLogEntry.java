package lv.socialais.messagelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One message exchanged with a register or the state portal, in or out: who asked what about
 * whom and why, when, how long it took, how it ended, and the SHA-256 of both payloads, so that
 * the exchange can be proven later without keeping the personal data twice.
 */
@Entity
@Table(name = "message_log")
public class MessageLogEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Direction {
        IN,
        OUT
    }

    public enum Outcome {
        OK,
        BUSINESS_ERROR,
        FAULT,
        TRANSPORT_ERROR,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(nullable = false)
    private String counterpart;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "service_version")
    private String serviceVersion;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "user_id")
    private String userId;

    private String issue;

    @Column(name = "subject_personal_code")
    private String subjectPersonalCode;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    private String detail;

    @Column(name = "request_sha256")
    private String requestSha256;

    @Column(name = "response_sha256")
    private String responseSha256;

    protected MessageLogEntry() {
        // for JPA
    }

    public MessageLogEntry(
            Direction direction,
            String counterpart,
            String serviceCode,
            String serviceVersion,
            String messageId,
            String userId,
            String issue,
            String subjectPersonalCode,
            Instant startedAt,
            long durationMs,
            Outcome outcome,
            String detail,
            String requestSha256,
            String responseSha256) {
        this.direction = direction;
        this.counterpart = counterpart;
        this.serviceCode = serviceCode;
        this.serviceVersion = serviceVersion;
        this.messageId = messageId == null ? "(none)" : messageId;
        this.userId = userId;
        this.issue = issue;
        this.subjectPersonalCode = subjectPersonalCode;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.requestSha256 = requestSha256;
        this.responseSha256 = responseSha256;
    }

    public Long getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getServiceVersion() {
        return serviceVersion;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getUserId() {
        return userId;
    }

    public String getIssue() {
        return issue;
    }

    public String getSubjectPersonalCode() {
        return subjectPersonalCode;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getRequestSha256() {
        return requestSha256;
    }

    public String getResponseSha256() {
        return responseSha256;
    }
}
