package lv.socialais.portal.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import lv.socialais.person.PersonalCode;

/**
 * Decides whether an ID token from the eID provider lets a resident in: the signature must be
 * one of the provider's keys, the issuer the provider, the audience us, the token unexpired and
 * its nonce the one of this sign-in (all checked by the SDK's validator); then the configured
 * claim must hold the valid personal code of an adult, as with the development sign-in.
 */
final class IdTokenCheck {

    private final IDTokenValidator validator;
    private final String personalCodeClaim;

    IdTokenCheck(IDTokenValidator validator, String personalCodeClaim) {
        this.validator = validator;
        this.personalCodeClaim = personalCodeClaim;
    }

    Outcome check(JWT idToken, String expectedNonce) {
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, new Nonce(expectedNonce));
        } catch (BadJOSEException | JOSEException e) {
            return Outcome.refused(OidcProblem.TOKEN, e.getMessage());
        }
        Object value = claims.getClaim(personalCodeClaim);
        if (!(value instanceof String code) || !PersonalCode.isValid(code)) {
            return Outcome.refused(
                    OidcProblem.PERSONAL_CODE, "no valid personal code in the claim " + personalCodeClaim);
        }
        PersonalCode resident = PersonalCode.of(code);
        if (Adults.isMinor(resident)) {
            return Outcome.refused(OidcProblem.MINOR, "a minor");
        }
        return new Outcome(resident, null, null);
    }

    /** The resident let in, or the problem and a reason for the log (never a code or a token). */
    record Outcome(PersonalCode resident, OidcProblem problem, String reason) {

        static Outcome refused(OidcProblem problem, String reason) {
            return new Outcome(null, problem, reason);
        }

        boolean accepted() {
            return resident != null;
        }
    }
}
