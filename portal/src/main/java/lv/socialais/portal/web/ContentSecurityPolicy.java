package lv.socialais.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Content-Security-Policy of the pages, which PrimeFaces' CSP mode sends with the page's
 * nonce appended to its last directive, script-src (web.xml: primefaces.CSP_POLICY). Scripts run
 * only from our own resources or with that nonce: PrimeFaces moves the components' event
 * handlers into such scripts, so no inline script is ever allowed. Styles may be inline, since
 * the components set style attributes; a style cannot run code. Forms post only to us, and to the
 * eID provider, to which the sign-in's form sends the resident on. Images may also be blob: and
 * data: addresses, the upload's preview of a chosen file. Mojarra's own ajax (f:ajax) stopped
 * working under this policy in the browser tests, so the pages use PrimeFaces' ajax or plain posts.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    private final String value;

    public ContentSecurityPolicy() {
        String eidProvider = ConfigProvider.getConfig()
                .getOptionalValue("OIDC_ISSUER", String.class)
                .map(ContentSecurityPolicy::origin)
                .orElse("");
        value =
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:;"
                        + " object-src 'none'; base-uri 'self'; form-action 'self'" + eidProvider
                        + "; frame-ancestors 'none';"
                        + " script-src 'self'";
    }

    public String getValue() {
        return value;
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getScheme() == null || uri.getHost() == null
                    ? ""
                    : " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
