package lv.socialais.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in on this session, with his groups, kept in the session itself. Payara's own
 * {@code @AutoApplySession} restores the groups from a thread's security context, which under
 * concurrent requests is now and then another's or none: the caller then gets 403 on a page he
 * may see (payara/Payara#6145), and on another cluster node always (payara/Payara#6342). A
 * session attribute is the caller's own and is replicated with the session.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    void keepIn(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    static Optional<SignedInCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
