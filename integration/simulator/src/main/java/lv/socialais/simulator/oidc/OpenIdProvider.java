package lv.socialais.simulator.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lv.socialais.simulator.fixture.FixturePerson;
import lv.socialais.simulator.fixture.Fixtures;

/**
 * The stand-in eID provider's memory and keys: the codes handed out on the authorization page
 * (one use, one minute) and the RSA key, made at start, that signs the ID tokens. The token
 * endpoint's rules are the standard ones: the registered client with its secret, the code's
 * redirect URI, the PKCE verifier of the code's challenge.
 */
@ApplicationScoped
public class OpenIdProvider {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final RSAKey key;
    private final RegisteredClient client;
    private final Clock clock;

    public OpenIdProvider() {
        this(RegisteredClient.fromEnvironment(), Clock.systemUTC());
    }

    OpenIdProvider(RegisteredClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
        try {
            this.key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make the provider's signing key", e);
        }
    }

    RegisteredClient client() {
        return client;
    }

    /** The public half of the signing key, as the JWKS endpoint serves it. */
    String publicKeys() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A one-time code for the person the tester signed in as. */
    String issueCode(AuthorizationRequest request, String personalCode) {
        Instant now = clock.instant();
        grants.values().removeIf(grant -> grant.expires().isBefore(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64URL.encode(bytes).toString();
        grants.put(code, new Grant(request, personalCode, now.plus(CODE_LIFETIME)));
        return code;
    }

    /** The token endpoint: the ID token for a valid code, or the OAuth error. */
    TokenAnswer redeem(String issuer, String clientId, String clientSecret, Map<String, String> form) {
        if (!client.authenticates(clientId, clientSecret)) {
            return TokenAnswer.error(
                    401,
                    "invalid_client",
                    client.secret().isEmpty()
                            ? "the simulator has no client secret: set OIDC_CLIENT_SECRET"
                            : "unknown client or wrong secret");
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            return TokenAnswer.error(400, "unsupported_grant_type", "only authorization_code");
        }
        Grant grant = form.get("code") == null ? null : grants.remove(form.get("code"));
        if (grant == null || grant.expires().isBefore(clock.instant())) {
            return TokenAnswer.error(400, "invalid_grant", "unknown, used or expired code");
        }
        AuthorizationRequest request = grant.request();
        if (!request.clientId().equals(clientId) || !request.redirectUri().equals(form.get("redirect_uri"))) {
            return TokenAnswer.error(400, "invalid_grant", "the code was issued to another client or redirect_uri");
        }
        if (!request.codeChallenge().equals(challengeOf(form.get("code_verifier")))) {
            return TokenAnswer.error(400, "invalid_grant", "code_verifier does not match the code_challenge");
        }
        return TokenAnswer.ok(Json.createObjectBuilder()
                .add(
                        "access_token",
                        Base64URL.encode(UUID.randomUUID().toString()).toString())
                .add("token_type", "Bearer")
                .add("expires_in", TOKEN_LIFETIME.toSeconds())
                .add("scope", request.scope())
                .add("id_token", idToken(issuer, grant))
                .build()
                .toString());
    }

    private String idToken(String issuer, Grant grant) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subjectOf(grant.personalCode()))
                .audience(grant.request().clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("auth_time", now.getEpochSecond())
                .claim("personal_code", formatted(grant.personalCode()));
        if (grant.request().nonce() != null) {
            claims.claim("nonce", grant.request().nonce());
        }
        Fixtures.standard()
                .person(grant.personalCode())
                .ifPresent((FixturePerson person) ->
                        claims.claim("given_name", person.firstName()).claim("family_name", person.lastName()));
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the ID token", e);
        }
        return token.serialize();
    }

    /** A pairwise-looking subject that is not the personal code, as real providers give. */
    private static String subjectOf(String personalCode) {
        return UUID.nameUUIDFromBytes(("lv-eid-simulator:" + personalCode).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String formatted(String personalCode) {
        return personalCode.substring(0, 6) + "-" + personalCode.substring(6);
    }

    static String challengeOf(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(hash).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Grant(AuthorizationRequest request, String personalCode, Instant expires) {}

    /** What the token endpoint answers: a status and a JSON body. */
    record TokenAnswer(int status, String json) {

        static TokenAnswer ok(String json) {
            return new TokenAnswer(200, json);
        }

        static TokenAnswer error(int status, String error, String description) {
            return new TokenAnswer(
                    status,
                    Json.createObjectBuilder()
                            .add("error", error)
                            .add("error_description", description)
                            .build()
                            .toString());
        }
    }
}
