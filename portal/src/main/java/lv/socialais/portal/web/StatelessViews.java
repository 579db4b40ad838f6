package lv.socialais.portal.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * The pages every anonymous visitor reads (the catalogue, the expired-page notice) keep no view
 * state, so that reading them creates no HTTP session: at 100 visitors a second a session each
 * would fill the heap and, in a cluster, the replicated store. They have no JSF form; the
 * catalogue's search is a plain GET. Marked right after the view is restored, before
 * PrimeFaces' CSP listener would keep its nonce in the view map (which needs a session).
 */
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final Set<String> VIEW_IDS = Set.of("/index.xhtml", "/expired.xhtml");

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && VIEW_IDS.contains(view.getViewId())) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
