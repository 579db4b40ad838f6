package lv.socialais.status;

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
import java.time.LocalDate;

/** A needy or low-income status held by one member of a household for a period, granted by a decision. */
@Entity
@Table(name = "household_status")
public class HouseholdStatus implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "personal_code", nullable = false)
    private String personalCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HouseholdStatusKind status;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected HouseholdStatus() {
        // for JPA
    }

    HouseholdStatus(
            String personalCode,
            HouseholdStatusKind status,
            LocalDate validFrom,
            LocalDate validUntil,
            Long applicationId,
            Instant grantedAt) {
        this.personalCode = personalCode;
        this.status = status;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.applicationId = applicationId;
        this.grantedAt = grantedAt;
    }

    public String getPersonalCode() {
        return personalCode;
    }

    public HouseholdStatusKind getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
