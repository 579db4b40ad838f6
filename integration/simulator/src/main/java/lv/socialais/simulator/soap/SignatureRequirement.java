package lv.socialais.simulator.soap;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
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
            in.put("simulator.verification", crypto);
            return new WSS4JInInterceptor(in);
        });
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
