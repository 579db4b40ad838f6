package lv.socialais.simulator.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The one client the stand-in provider knows: the portal, registered under the same settings
 * the portal reads (OIDC_CLIENT_ID, default {@code socialais-portal}, and OIDC_CLIENT_SECRET),
 * so that in the embedded run one setting configures both ends. Without a secret the token
 * endpoint refuses every client.
 */
record RegisteredClient(String clientId, Optional<String> secret) {

    static final String DEFAULT_CLIENT_ID = "socialais-portal";

    static RegisteredClient fromEnvironment() {
        return new RegisteredClient(setting("OIDC_CLIENT_ID").orElse(DEFAULT_CLIENT_ID), setting("OIDC_CLIENT_SECRET"));
    }

    boolean authenticates(String id, String presentedSecret) {
        return clientId.equals(id)
                && presentedSecret != null
                && secret.isPresent()
                && MessageDigest.isEqual(
                        secret.get().getBytes(StandardCharsets.UTF_8),
                        presentedSecret.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
