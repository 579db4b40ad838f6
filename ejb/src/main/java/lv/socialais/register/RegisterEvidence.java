package lv.socialais.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** What a register answered about a person for an application: source, time, message id and the data. */
@Entity
@Table(name = "register_evidence")
public class RegisterEvidence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "register_query_id", nullable = false)
    private Long registerQueryId;

    @Column(name = "register_code", nullable = false)
    private String register;

    @Column(name = "query_code", nullable = false)
    private String query;

    @Column(name = "subject_personal_code", nullable = false)
    private String subjectPersonalCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(nullable = false)
    private String summary;

    @Column(name = "data_json", nullable = false)
    private String dataJson;

    protected RegisterEvidence() {
        // for JPA
    }

    RegisterEvidence(RegisterQuery query, Instant receivedAt, String messageId, String summary, String dataJson) {
        this.applicationId = query.getApplicationId();
        this.registerQueryId = query.getId();
        this.register = query.getRegister();
        this.query = query.getQuery();
        this.subjectPersonalCode = query.getSubjectPersonalCode();
        this.receivedAt = receivedAt;
        this.messageId = messageId;
        this.summary = summary.length() <= 500 ? summary : summary.substring(0, 500);
        this.dataJson = dataJson;
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

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getSummary() {
        return summary;
    }

    public String getDataJson() {
        return dataJson;
    }
}
