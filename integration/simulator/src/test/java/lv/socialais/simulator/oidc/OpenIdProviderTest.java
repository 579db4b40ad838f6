package lv.socialais.simulator.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stand-in eID provider's token endpoint follows the code flow's rules. */
class OpenIdProviderTest {

    private static final String ISSUER = "http://localhost:8080/simulator/oidc";
    private static final String REDIRECT = "http://localhost:8080/signin/oidc/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private final OpenIdProvider provider =
            new OpenIdProvider(new RegisteredClient("socialais-portal", Optional.of("s3cret")), Clock.systemUTC());

    @Test
    void aCodeBuysOneIdTokenSignedByThePublishedKeyForTheClientWithTheNonceAndThePersonalCode() throws Exception {
        String code = provider.issueCode(request(), "14038512712");

        OpenIdProvider.TokenAnswer answer =
                provider.redeem(ISSUER, "socialais-portal", "s3cret", form(code, VERIFIER, REDIRECT));

        assertEquals(200, answer.status(), answer.json());
        SignedJWT token = SignedJWT.parse(json(answer).getString("id_token"));
        RSAKey published = (RSAKey) JWKSet.parse(provider.publicKeys())
                .getKeyByKeyId(token.getHeader().getKeyID());
        assertTrue(token.verify(new RSASSAVerifier(published)));
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertEquals(ISSUER, claims.getIssuer());
        assertEquals(List.of("socialais-portal"), claims.getAudience());
        assertEquals("nonce-1", claims.getStringClaim("nonce"));
        assertEquals("140385-12712", claims.getStringClaim("personal_code"));
        assertEquals("Jānis", claims.getStringClaim("given_name"));
        assertTrue(claims.getExpirationTime().after(claims.getIssueTime()));

        assertEquals(
                "invalid_grant",
                json(provider.redeem(ISSUER, "socialais-portal", "s3cret", form(code, VERIFIER, REDIRECT)))
                        .getString("error"),
                "a code is used once");
    }

    @Test
    void aWrongPkceVerifierIsRefused() {
        String code = provider.issueCode(request(), "14038512712");

        assertEquals(
                "invalid_grant",
                json(provider.redeem(ISSUER, "socialais-portal", "s3cret", form(code, VERIFIER + "x", REDIRECT)))
                        .getString("error"));
    }

    @Test
    void anotherRedirectUriIsRefused() {
        String code = provider.issueCode(request(), "14038512712");

        assertEquals(
                "invalid_grant",
                json(provider.redeem(
                                ISSUER,
                                "socialais-portal",
                                "s3cret",
                                form(code, VERIFIER, "http://evil.example/callback")))
                        .getString("error"));
    }

    @Test
    void aWrongClientSecretIsRefused() {
        String code = provider.issueCode(request(), "14038512712");

        OpenIdProvider.TokenAnswer answer =
                provider.redeem(ISSUER, "socialais-portal", "guess", form(code, VERIFIER, REDIRECT));

        assertEquals(401, answer.status());
        assertEquals("invalid_client", json(answer).getString("error"));
    }

    @Test
    void withoutAConfiguredSecretNoClientIsServed() {
        OpenIdProvider unconfigured =
                new OpenIdProvider(new RegisteredClient("socialais-portal", Optional.empty()), Clock.systemUTC());
        String code = unconfigured.issueCode(request(), "14038512712");

        assertEquals(
                401,
                unconfigured
                        .redeem(ISSUER, "socialais-portal", null, form(code, VERIFIER, REDIRECT))
                        .status());
    }

    @Test
    void anAuthorizationRequestWithoutPkceOrForAnotherClientIsNotServed() {
        RegisteredClient client = new RegisteredClient("socialais-portal", Optional.of("s3cret"));
        Map<String, String> withoutPkce = new HashMap<>(request().asParameters());
        withoutPkce.remove("code_challenge");
        Map<String, String> otherClient = new HashMap<>(request().asParameters());
        otherClient.put("client_id", "someone-else");

        assertThrows(
                AuthorizationRequest.InvalidRequestException.class,
                () -> AuthorizationRequest.from(withoutPkce::get, client));
        assertThrows(
                AuthorizationRequest.InvalidRequestException.class,
                () -> AuthorizationRequest.from(otherClient::get, client));
    }

    private static AuthorizationRequest request() {
        return new AuthorizationRequest(
                "socialais-portal", REDIRECT, "openid", "state-1", "nonce-1", OpenIdProvider.challengeOf(VERIFIER));
    }

    private static Map<String, String> form(String code, String verifier, String redirect) {
        return Map.of(
                "grant_type", "authorization_code", "code", code, "code_verifier", verifier, "redirect_uri", redirect);
    }

    private static JsonObject json(OpenIdProvider.TokenAnswer answer) {
        return Json.createReader(new StringReader(answer.json())).readObject();
    }
}
