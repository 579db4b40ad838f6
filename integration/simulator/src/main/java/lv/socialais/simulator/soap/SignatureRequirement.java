package lv.socialais.simulator.soap;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.CryptoFactory;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.WSHandlerConstants;

/**
 * Like the real registers, the simulator requires signed and timestamped requests (WS-Security,
 * X.509) when it is given the certificates to trust: WSS_TRUSTSTORE (PKCS12) and
 * WSS_TRUSTSTORE_PASSWORD, as system properties or environment variables.
 */
final class SignatureRequirement {

    private SignatureRequirement() {}

    static Optional<WSS4JInInterceptor> fromEnvironment() {
        return setting("WSS_TRUSTSTORE").map(trustStore -> {
            Properties crypto = new Properties();
            crypto.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
            crypto.put("org.apache.wss4j.crypto.merlin.keystore.type", "PKCS12");
            crypto.put(
                    "org.apache.wss4j.crypto.merlin.keystore.password",
                    setting("WSS_TRUSTSTORE_PASSWORD").orElse(""));
            crypto.put("org.apache.wss4j.crypto.merlin.keystore.file", trustStore);
            Map<String, Object> in = new HashMap<>();
            in.put(WSHandlerConstants.ACTION, "Timestamp Signature");
            in.put(WSHandlerConstants.TIMESTAMP_STRICT, "true");
            in.put(WSHandlerConstants.SIG_VER_PROP_REF_ID, "simulator.verification");
            // A ready Crypto, made once: given its properties, WSS4J would read the PKCS12 store
            // again for every request, a key derivation each time (a third of the benchmark's
            // CPU during the intake, where the simulator shares the machine).
            in.put("simulator.verification", ready(crypto, trustStore));
            return new WSS4JInInterceptor(in);
        });
    }

    private static Crypto ready(Properties crypto, String trustStore) {
        try {
            return CryptoFactory.getInstance(crypto);
        } catch (WSSecurityException e) {
            throw new IllegalStateException("cannot read the trust store " + trustStore, e);
        }
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
