package lv.socialais.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's address as residents reach it, PUBLIC_URL (e.g. {@code https://portals.example.lv}).
 * It decides the eID redirect and sign-out addresses, so that they never come from a request's
 * Host header, and whether cookies are Secure and HSTS is sent. A production start refuses to
 * start without an https one (the launcher's ProductionSettings); only a development run without
 * it builds the addresses from the request as the browser reached us.
 */
public final class PublicAddress {

    private final Optional<String> base;

    PublicAddress(Optional<String> publicUrl) {
        this.base = publicUrl
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public static PublicAddress fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new PublicAddress(config.getOptionalValue("PUBLIC_URL", String.class));
    }

    /** Whether residents reach us over https: cookies are Secure and browsers are told to keep to https. */
    public boolean secure() {
        return base.map(url -> url.toLowerCase(Locale.ROOT).startsWith("https://"))
                .orElse(false);
    }

    /** An address of ours: under PUBLIC_URL when it is set, else as the browser reached us. */
    public String of(HttpServletRequest request, String path) {
        return base.map(url -> url + path).orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + path;
        });
    }
}
