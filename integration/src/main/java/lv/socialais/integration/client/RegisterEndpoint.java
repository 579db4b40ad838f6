package lv.socialais.integration.client;

import org.eclipse.microprofile.config.Config;

/**
 * Where a register answers and how long we wait for it, from configuration:
 * REGISTER_&lt;NAME&gt;_URL, REGISTER_&lt;NAME&gt;_CONNECT_TIMEOUT_MS (default 2000) and
 * REGISTER_&lt;NAME&gt;_RECEIVE_TIMEOUT_MS (default 5000). CXF's own defaults (30 s and 60 s)
 * are far too long for a worker that has other queries waiting.
 */
record RegisterEndpoint(String register, String url, long connectTimeoutMillis, long receiveTimeoutMillis) {

    static RegisterEndpoint of(String register, Config config) {
        String prefix = "REGISTER_" + register + "_";
        return new RegisterEndpoint(
                register,
                config.getOptionalValue(prefix + "URL", String.class)
                        .orElse("http://localhost:8080/simulator/soap/" + register.toLowerCase(java.util.Locale.ROOT)),
                config.getOptionalValue(prefix + "CONNECT_TIMEOUT_MS", Long.class)
                        .orElse(2000L),
                config.getOptionalValue(prefix + "RECEIVE_TIMEOUT_MS", Long.class)
                        .orElse(5000L));
    }
}
