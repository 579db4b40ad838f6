package lv.socialais.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The checks an ID token must pass before its personal code signs a resident in. */
class IdTokenCheckTest {

    private static final String ISSUER = "https://eid.example.lv/oidc";
    private static final String CLIENT = "socialais-portal";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final String ADULT = "050481-12339";
    private static final String CHILD = "190516-22046";

    private static final RSAKey PROVIDER_KEY = rsaKey("provider-key");
    /** Another key under the same key id: a forger who knows which key the provider uses. */
    private static final RSAKey FORGER_KEY = rsaKey("provider-key");

    private final IdTokenCheck check = checkReading("personal_code");

    @Test
    void aTokenSignedByTheProviderForUsWithTheNonceSignsInTheAdultItNames() {
        IdTokenCheck.Outcome outcome = check.check(signed(PROVIDER_KEY, claims(UnaryOperator.identity())), NONCE);

        assertTrue(outcome.accepted(), String.valueOf(outcome));
        assertEquals("05048112339", outcome.resident().value());
    }

    @Test
    void aTokenWithAnotherNonceIsRefused() {
        assertRefused(
                OidcProblem.TOKEN,
                signed(PROVIDER_KEY, claims(c -> c.claim("nonce", "replayed-from-another-sign-in"))));
    }

    @Test
    void aTokenWithoutANonceIsRefused() {
        assertRefused(OidcProblem.TOKEN, signed(PROVIDER_KEY, claims(c -> c.claim("nonce", null))));
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertRefused(OidcProblem.TOKEN, signed(PROVIDER_KEY, claims(c -> c.audience("someone-else"))));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRefused(OidcProblem.TOKEN, signed(PROVIDER_KEY, claims(c -> c.issuer("https://evil.example/oidc"))));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertRefused(OidcProblem.TOKEN, signed(FORGER_KEY, claims(UnaryOperator.identity())));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() throws Exception {
        SignedJWT genuine = signed(PROVIDER_KEY, claims(UnaryOperator.identity()));
        JWTClaimsSet changed = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .claim("personal_code", "140385-12712")
                .build();
        SignedJWT tampered = new SignedJWT(
                genuine.getHeader().toBase64URL(), changed.toPayload().toBase64URL(), genuine.getSignature());

        assertRefused(OidcProblem.TOKEN, tampered);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        assertRefused(OidcProblem.TOKEN, new PlainJWT(claims(UnaryOperator.identity())));
    }

    @Test
    void aTokenSignedWithASharedSecretInsteadOfTheProvidersKeyIsRefused() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(UnaryOperator.identity()));
        hmac.sign(new MACSigner(new byte[32]));

        assertRefused(OidcProblem.TOKEN, hmac);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        assertRefused(
                OidcProblem.TOKEN,
                signed(
                        PROVIDER_KEY,
                        claims(c -> c.issueTime(Date.from(hourAgo.minusSeconds(300)))
                                .expirationTime(Date.from(hourAgo)))));
    }

    @Test
    void aTokenWithoutAPersonalCodeIsRefused() {
        assertRefused(OidcProblem.PERSONAL_CODE, signed(PROVIDER_KEY, claims(c -> c.claim("personal_code", null))));
    }

    @Test
    void aTokenWithAnInvalidPersonalCodeIsRefused() {
        assertRefused(
                OidcProblem.PERSONAL_CODE, signed(PROVIDER_KEY, claims(c -> c.claim("personal_code", "050481-12330"))));
    }

    @Test
    void aChildIsRefusedAsWithTheDevelopmentSignIn() {
        assertRefused(OidcProblem.MINOR, signed(PROVIDER_KEY, claims(c -> c.claim("personal_code", CHILD))));
    }

    @Test
    void theSubjectHoldsThePersonalCodeOnlyWhenConfiguredSo() {
        SignedJWT token = signed(PROVIDER_KEY, claims(c -> c.subject(ADULT).claim("personal_code", null)));

        assertEquals(OidcProblem.PERSONAL_CODE, check.check(token, NONCE).problem());
        assertEquals(
                "05048112339",
                checkReading("sub").check(token, NONCE).resident().value());
    }

    private void assertRefused(OidcProblem expected, JWT token) {
        IdTokenCheck.Outcome outcome = check.check(token, NONCE);
        assertFalse(outcome.accepted(), "accepted: " + outcome);
        assertEquals(expected, outcome.problem(), outcome.reason());
    }

    private static IdTokenCheck checkReading(String claim) {
        IDTokenValidator validator = new IDTokenValidator(
                new Issuer(ISSUER),
                new ClientID(CLIENT),
                new JWSVerificationKeySelector<>(
                        Set.of(JWSAlgorithm.RS256),
                        new ImmutableJWKSet<SecurityContext>(new JWKSet(PROVIDER_KEY.toPublicJWK()))),
                null);
        return new IdTokenCheck(validator, claim);
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder()
                        .issuer(ISSUER)
                        .subject("3f1c2a9e-pseudonymous")
                        .audience(CLIENT)
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                        .claim("nonce", NONCE)
                        .claim("personal_code", ADULT))
                .build();
    }

    private static SignedJWT signed(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT token = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            token.sign(new RSASSASigner(key));
            return token;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
