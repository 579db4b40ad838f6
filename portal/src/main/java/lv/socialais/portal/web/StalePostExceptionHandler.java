package lv.socialais.portal.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form post that cannot be applied to its page, because the page's view has expired or the
 * post lacks the page's CSP nonce (a tab left open over the session's end, a form sent again
 * from the history, a forged or replayed post), is answered with a redirect to the expired page
 * (303, so the browser asks for it by GET) rather than a server error. The redirect matters:
 * rendered in answer to the post itself, the page would be a postback without a nonce and
 * PrimeFaces would refuse it in turn.
 */
public class StalePostExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/expired.xhtml";
    private static final Logger LOG = Logger.getLogger(StalePostExceptionHandler.class.getName());

    public StalePostExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        boolean stale = false;
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable exception = events.next().getContext().getException();
            if (isStale(exception)) {
                events.remove();
                stale = true;
                LOG.fine(() -> "stale post sent to the expired page: "
                        + exception.getClass().getSimpleName());
            }
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (stale && !context.getExternalContext().isResponseCommitted()) {
            redirectToExpiredPage(context);
        }
        getWrapped().handle();
    }

    private static boolean isStale(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    /** A redirect, for a full post and (as a partial response) for an ajax one alike. */
    private static void redirectToExpiredPage(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
