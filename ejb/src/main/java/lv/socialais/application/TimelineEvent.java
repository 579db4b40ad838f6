package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;

/** Something that happened to an application: who, when, from which channel, why. Never changed. */
@Entity
@Table(name = "timeline_event")
public class TimelineEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    /** Events of one moment keep the order in which they happened. */
    @Column(nullable = false)
    private int seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private TimelineEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ApplicationStatus toStatus;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false)
    private Role actorRole;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String note;

    protected TimelineEvent() {
        // for JPA
    }

    TimelineEvent(
            Application application,
            int seq,
            Instant occurredAt,
            TimelineEventType type,
            ApplicationStatus from,
            ApplicationStatus to,
            Actor actor,
            Channel channel,
            String note) {
        this.application = application;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.type = type;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor.id();
        this.actorRole = actor.role();
        this.channel = channel;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public TimelineEventType getType() {
        return type;
    }

    public ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    public ApplicationStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public Role getActorRole() {
        return actorRole;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getNote() {
        return note;
    }
}
