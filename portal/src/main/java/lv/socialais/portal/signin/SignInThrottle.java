package lv.socialais.portal.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits the sign-in attempts (staff passwords and the development sign-in) per client address
 * to SIGN_IN_ATTEMPTS_PER_MINUTE. The address is the connection's own; a forwarded address
 * (X-Forwarded-For) is believed only from the load balancers listed in SIGN_IN_TRUSTED_PROXIES,
 * since anyone else can write the header.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "SIGN_IN_ATTEMPTS_PER_MINUTE", defaultValue = "20")
    private int attemptsPerMinute;

    @Inject
    @ConfigProperty(name = "SIGN_IN_TRUSTED_PROXIES", defaultValue = " ")
    private String trustedProxies;

    private AttemptWindow window;
    private List<String> proxies;

    @PostConstruct
    void init() {
        window = new AttemptWindow(Math.max(1, attemptsPerMinute), Duration.ofMinutes(1), Clock.systemUTC());
        proxies = Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(proxy -> !proxy.isEmpty())
                .toList();
    }

    /** Counts an attempt of this request's client; false when it has to wait. */
    public boolean allows(HttpServletRequest request) {
        return window.tryAttempt(clientAddress(request));
    }

    String clientAddress(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !proxies.contains(address)) {
            return address;
        }
        // The last address a trusted proxy appended is the one that connected to it.
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!proxies.contains(hop) && !hop.isEmpty()) {
                return hop;
            }
        }
        return address;
    }
}
