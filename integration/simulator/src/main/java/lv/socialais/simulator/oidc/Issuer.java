package lv.socialais.simulator.oidc;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The provider's issuer identifier, as the caller reached it: {@code http://host:port/simulator/oidc}.
 * Derived per request so the same war serves the embedded run and the tests on any port.
 */
final class Issuer {

    private Issuer() {}

    static String of(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/oidc";
    }
}
