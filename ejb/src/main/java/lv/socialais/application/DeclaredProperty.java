package lv.socialais.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** Property the household declared for the material assessment. */
@Embeddable
public class DeclaredProperty implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "property_kind", nullable = false)
    private PropertyKind kind;

    @Column(nullable = false)
    private String description;

    @Column(name = "estimated_value", precision = 12, scale = 2)
    private BigDecimal estimatedValue;

    protected DeclaredProperty() {
        // for JPA
    }

    DeclaredProperty(PropertyInput input) {
        this.kind = input.kind();
        this.description = input.description();
        this.estimatedValue = input.estimatedValue();
    }

    PropertyInput toInput() {
        return new PropertyInput(kind, description, estimatedValue);
    }

    public PropertyKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }
}
