package lv.socialais.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Why the eID sign-in of this request was refused, for the callback to tell the resident. */
@RequestScoped
public class OidcSignInOutcome {

    private OidcProblem problem;

    void refuse(OidcProblem value) {
        this.problem = value;
    }

    Optional<OidcProblem> problem() {
        return Optional.ofNullable(problem);
    }
}
