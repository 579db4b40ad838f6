package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import lv.socialais.security.Actor;

/**
 * How the application came in: through which channel, filed by whom (the resident himself or a
 * clerk for him), when it was started and submitted, and the key that makes a resubmission of
 * the same filing harmless.
 */
@Embeddable
public class Filing {

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private Channel channel;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submission_key")
    private String submissionKey;

    protected Filing() {
        // for JPA
    }

    Filing(Channel channel, Actor filer, Instant now) {
        this.channel = channel;
        this.filedBy = filer.id();
        this.createdAt = now;
    }

    /** The submission key, if the client gave one, identifies this submission from now on. */
    void submitted(String key, Instant now) {
        this.submissionKey = key == null || key.isBlank() ? null : key;
        this.submittedAt = now;
    }

    /** The channel the timeline records for what this actor does to the application. */
    Channel channelOf(Actor actor) {
        return switch (actor.role()) {
            case RESIDENT -> Channel.ONLINE;
            case REGISTER -> Channel.STATE_PORTAL;
            case FRONT_DESK -> channel == Channel.PAPER ? Channel.PAPER : Channel.FRONT_DESK;
            default -> null;
        };
    }

    public Channel getChannel() {
        return channel;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<String> getSubmissionKey() {
        return Optional.ofNullable(submissionKey);
    }
}
