package lv.socialais.simulator.oidc;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The provider's OpenID Connect discovery document. */
@WebServlet(name = "OidcDiscovery", urlPatterns = "/oidc/.well-known/openid-configuration")
public class DiscoveryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String issuer = Issuer.of(request);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("issuer", issuer)
                        .add("authorization_endpoint", issuer + "/authorize")
                        .add("token_endpoint", issuer + "/token")
                        .add("jwks_uri", issuer + "/jwks")
                        .add("end_session_endpoint", issuer + "/logout")
                        .add(
                                "response_types_supported",
                                Json.createArrayBuilder().add("code"))
                        .add(
                                "response_modes_supported",
                                Json.createArrayBuilder().add("query"))
                        .add("grant_types_supported", Json.createArrayBuilder().add("authorization_code"))
                        .add(
                                "subject_types_supported",
                                Json.createArrayBuilder().add("public"))
                        .add(
                                "id_token_signing_alg_values_supported",
                                Json.createArrayBuilder().add("RS256"))
                        .add("scopes_supported", Json.createArrayBuilder().add("openid"))
                        .add(
                                "token_endpoint_auth_methods_supported",
                                Json.createArrayBuilder()
                                        .add("client_secret_basic")
                                        .add("client_secret_post"))
                        .add(
                                "code_challenge_methods_supported",
                                Json.createArrayBuilder().add("S256"))
                        .add(
                                "claims_supported",
                                Json.createArrayBuilder()
                                        .add("sub")
                                        .add("personal_code")
                                        .add("given_name")
                                        .add("family_name")
                                        .add("auth_time")
                                        .add("nonce"))
                        .build()
                        .toString());
    }
}
