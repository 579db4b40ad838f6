package lv.socialais.simulator.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The token endpoint: client_secret_basic or client_secret_post, then the code for an ID token. */
@WebServlet(name = "OidcToken", urlPatterns = "/oidc/token")
public class TokenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpenIdProvider provider;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values[0]));
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decodeBasic(authorization.substring(6).strip());
            clientId = pair[0];
            secret = pair[1];
        }
        OpenIdProvider.TokenAnswer answer = provider.redeem(Issuer.of(request), clientId, secret, form);
        response.setStatus(answer.status());
        if (answer.status() == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"simulator\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.getWriter().write(answer.json());
    }

    /** client_secret_basic: both halves form-urlencoded, then Base64 (RFC 6749, 2.3.1). */
    private static String[] decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return new String[] {null, null};
            }
            return new String[] {
                URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            return new String[] {null, null};
        }
    }
}
