package lv.socialais.portal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side defences on every response of the portal. Pages are never framed, content is
 * never sniffed, no address leaks to other sites, the browser's devices stay off, and nothing a
 * resident or a clerk saw is kept in a cache (static resources excepted: they hold no personal
 * data). The pages' Content-Security-Policy comes from PrimeFaces' CSP mode (web.xml), which puts
 * a fresh nonce on every script it renders; every other document (files, SOAP, servlet answers)
 * gets a policy that allows nothing at all.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders implements Filter {

    /** For everything that is not a page: no script, no style, no frame, no form, no plug-in. */
    static final String DOCUMENT_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

    static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    private static volatile Boolean secure;

    @Override
    public void init(FilterConfig config) {
        secure = PublicAddress.fromConfig().secure();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        if (applyTo(http, answer)) {
            chain.doFilter(request, new DocumentPolicy(answer));
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Sets the headers on an answer. Also called by the authentication mechanism, which sees a
     * request before the container's security refuses it, when no filter has run yet.
     *
     * @return whether the answer is a document that may hold personal data (not a static resource)
     */
    public static boolean applyTo(HttpServletRequest request, HttpServletResponse answer) {
        answer.setHeader("X-Content-Type-Options", "nosniff");
        answer.setHeader("X-Frame-Options", "DENY");
        answer.setHeader("Referrer-Policy", "no-referrer");
        answer.setHeader("Permissions-Policy", PERMISSIONS);
        answer.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        Boolean https = secure;
        if (https == null) {
            https = PublicAddress.fromConfig().secure();
            secure = https;
        }
        if (https) {
            answer.setHeader("Strict-Transport-Security", HSTS);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + FACES_RESOURCES)) {
            return false;
        }
        if (!answer.containsHeader("Cache-Control")) {
            answer.setHeader("Cache-Control", "no-store");
            answer.setHeader("Pragma", "no-cache");
        }
        return true;
    }

    /**
     * Gives every answer that is not an HTML page the closed policy as soon as its type is known;
     * HTML pages are Faces views, whose policy PrimeFaces sets with the nonce of the page.
     */
    private static final class DocumentPolicy extends HttpServletResponseWrapper {

        DocumentPolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
                setHeader("Content-Security-Policy", DOCUMENT_POLICY);
            }
        }
    }
}
