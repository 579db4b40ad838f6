package lv.socialais.portal.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Logs how long the server took for each resident page, so that the wizard's steps can be
 * measured on a running portal: "POST /resident/apply.xhtml [household→income] 41 ms".
 * A page may label its request (the wizard names the steps it moved between).
 */
@WebFilter(urlPatterns = {"/resident/*", "/signin/*"})
public class RequestTiming implements Filter {

    private static final Logger LOG = Logger.getLogger(RequestTiming.class.getName());
    private static final String LABEL = RequestTiming.class.getName() + ".label";

    /** Names what the current request did, for the timing log line. */
    public static void label(String label) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getExternalContext().getRequestMap().put(LABEL, label);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            HttpServletRequest http = (HttpServletRequest) request;
            Object label = request.getAttribute(LABEL);
            LOG.info(() -> http.getMethod() + " " + http.getRequestURI() + (label == null ? "" : " [" + label + "]")
                    + " " + millis + " ms");
        }
    }
}
