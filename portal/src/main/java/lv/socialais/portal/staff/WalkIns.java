package lv.socialais.portal.staff;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The walk-in applicants the front desk found in this session, each under a random token: the
 * wizard's address names the token, so a personal code never appears in a URL, a browser
 * history or an access log.
 */
@SessionScoped
public class WalkIns implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 50;

    private final Map<String, String> codes = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    /** The token under which this person is remembered for the rest of the session. */
    public synchronized String remember(String personalCode) {
        String token = UUID.randomUUID().toString();
        codes.put(token, personalCode);
        return token;
    }

    public synchronized Optional<String> personalCode(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(codes.get(token));
    }
}
