package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A caseworker's question to the applicant, and the applicant's answer once given. Its own
 * aggregate, as Cargo Tracker's handling events are: the application does not hold its
 * requests; {@link ApplicationQueries#informationRequests} finds them.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "request_text", nullable = false)
    private String text;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answer_text")
    private String answer;

    protected InformationRequest() {
        // for JPA
    }

    InformationRequest(Application application, String text, Instant requestedAt, String requestedBy) {
        this.application = application;
        this.text = text;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    void requireOpenOn(Application answered) {
        if (!isOpen() || application != answered) {
            throw new IllegalArgumentException("request " + id + " is not open on application " + answered.getId());
        }
    }

    void answer(String answerText, Instant at, String by) {
        this.answer = answerText;
        this.answeredAt = at;
        this.answeredBy = by;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return application.getId();
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getText() {
        return text;
    }

    public Optional<Instant> getAnsweredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public String getAnswer() {
        return answer;
    }
}
