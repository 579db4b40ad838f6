package lv.socialais.portal.signin;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The state's eID provider as we talk to it over OpenID Connect (authorization code flow with
 * PKCE): where to send the resident, how to redeem the code he brings back, how to sign him
 * out there. The provider's metadata is discovered from the issuer at first use and kept; its
 * signing keys are fetched from its JWKS and refreshed when a token names an unknown key.
 */
@ApplicationScoped
public class OidcProvider {

    private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());
    private static final int MAX_KEY_SET_BYTES = 256 * 1024;

    @Inject
    private OidcSettings settings;

    private volatile Discovered discovered;

    /** A new attempt's request to the provider's authorization endpoint. */
    URI authorizationRequest(OidcAttempt attempt) {
        OIDCProviderMetadata metadata = discovered().metadata();
        return new AuthenticationRequest.Builder(
                        ResponseType.CODE,
                        Scope.parse(settings.scopes()),
                        new ClientID(settings.clientId()),
                        URI.create(attempt.redirectUri()))
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(attempt.state()))
                .nonce(new Nonce(attempt.nonce()))
                .codeChallenge(new CodeVerifier(attempt.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Redeems the code at the token endpoint and checks the ID token that comes back. */
    IdTokenCheck.Outcome redeem(AuthorizationCodeCredential credential) {
        Discovered provider = discovered();
        OidcAttempt attempt = credential.attempt();
        TokenRequest request = new TokenRequest(
                provider.metadata().getTokenEndpointURI(),
                clientAuthentication(provider.metadata()),
                new AuthorizationCodeGrant(
                        new AuthorizationCode(credential.code()),
                        URI.create(attempt.redirectUri()),
                        new CodeVerifier(attempt.codeVerifier())));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(settings.timeoutMillis());
        http.setReadTimeout(settings.timeoutMillis());
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new OidcUnavailableException("the eID provider's token endpoint did not answer as expected", e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            // An expired, used or mismatched code is the resident's to retry; anything else is ours to fix.
            OidcProblem problem = OAuth2Error.INVALID_GRANT.getCode().equals(error.getCode())
                    ? OidcProblem.STATE
                    : OidcProblem.UNAVAILABLE;
            return IdTokenCheck.Outcome.refused(problem, "the token endpoint answered " + error.getCode());
        }
        return provider.check()
                .check(
                        ((OIDCTokenResponse) response.toSuccessResponse())
                                .getOIDCTokens()
                                .getIDToken(),
                        attempt.nonce());
    }

    /** Where to end the resident's session at the provider too, when it offers that. */
    Optional<URI> endSessionRequest(URI afterwards) {
        URI endpoint = discovered().metadata().getEndSessionEndpointURI();
        if (endpoint == null) {
            return Optional.empty();
        }
        return Optional.of(
                new LogoutRequest(endpoint, null, null, new ClientID(settings.clientId()), afterwards, null, null)
                        .toURI());
    }

    private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
        ClientID client = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        boolean postOnly = methods != null
                && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
    }

    private Discovered discovered() {
        Discovered known = discovered;
        if (known == null) {
            synchronized (this) {
                if (discovered == null) {
                    discovered = discover(); // not kept when it fails: the next sign-in tries again
                }
                known = discovered;
            }
        }
        return known;
    }

    private Discovered discover() {
        String issuer = settings.issuer();
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(
                    new Issuer(issuer), settings.timeoutMillis(), settings.timeoutMillis());
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(
                                    settings.timeoutMillis(), settings.timeoutMillis(), MAX_KEY_SET_BYTES))
                    .build();
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    new ClientID(settings.clientId()),
                    new JWSVerificationKeySelector<>(signingAlgorithms(metadata), keys),
                    null);
            LOG.info(() -> "eID provider discovered at " + issuer);
            return new Discovered(metadata, new IdTokenCheck(validator, settings.personalCodeClaim()));
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            throw new OidcUnavailableException("the eID provider's configuration cannot be read from " + issuer, e);
        }
    }

    /** The provider's asymmetric ID token algorithms; RS256, the one every provider must offer, when it names none. */
    private static Set<JWSAlgorithm> signingAlgorithms(OIDCProviderMetadata metadata) {
        Set<JWSAlgorithm> asymmetric = Optional.ofNullable(metadata.getIDTokenJWSAlgs()).orElse(List.of()).stream()
                .filter(alg -> JWSAlgorithm.Family.RSA.contains(alg) || JWSAlgorithm.Family.EC.contains(alg))
                .collect(Collectors.toSet());
        return asymmetric.isEmpty() ? Set.of(JWSAlgorithm.RS256) : asymmetric;
    }

    private record Discovered(OIDCProviderMetadata metadata, IdTokenCheck check) {}
}
