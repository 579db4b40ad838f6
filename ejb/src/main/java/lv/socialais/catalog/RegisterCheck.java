package lv.socialais.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A query to a state register that an application of a type needs, e.g. PMLP PERSON or
 * NVA UNEMPLOYED_STATUS. Submitting the application records one pending query per check.
 */
@Embeddable
public class RegisterCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "register_code", nullable = false)
    private String register;

    @Column(name = "query_code", nullable = false)
    private String query;

    protected RegisterCheck() {
        // for JPA
    }

    public RegisterCheck(String register, String query) {
        this.register = register;
        this.query = query;
    }

    public String getRegister() {
        return register;
    }

    public String getQuery() {
        return query;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegisterCheck that
                && Objects.equals(register, that.register)
                && Objects.equals(query, that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(register, query);
    }
}
