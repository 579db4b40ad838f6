package lv.socialais.integration.wss;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.eclipse.microprofile.config.Config;

/**
 * WS-Security on our SOAP exchanges (WSS4J, X.509): every request we send carries a timestamp
 * and a signature of its body and timestamp with our key (WSS_KEYSTORE, PKCS12, alias
 * WSS_KEY_ALIAS); every request we receive must carry both, signed by a certificate in
 * WSS_TRUSTSTORE and fresh (WSS_TIMESTAMP_TTL_SECONDS). Unsigned, wrongly signed or stale
 * requests are refused with a SOAP fault before anything reads their body.
 */
public final class WsSecurity {

    private static final String ACTIONS = "Timestamp Signature";

    private final Config config;

    public WsSecurity(Config config) {
        this.config = config;
    }

    /** The interceptor that signs our requests, when a key store is configured. */
    public Optional<WSS4JOutInterceptor> signing() {
        return value("WSS_KEYSTORE").map(keyStore -> {
            Map<String, Object> out = new HashMap<>();
            out.put(WSHandlerConstants.ACTION, ACTIONS);
            out.put(WSHandlerConstants.USER, value("WSS_KEY_ALIAS").orElse("socialais"));
            out.put(WSHandlerConstants.SIG_KEY_ID, "DirectReference");
            out.put(WSHandlerConstants.SIG_ALGO, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
            out.put(WSHandlerConstants.SIG_DIGEST_ALGO, "http://www.w3.org/2001/04/xmlenc#sha256");
            out.put(WSHandlerConstants.SIGNATURE_PARTS, "{}{http://schemas.xmlsoap.org/soap/envelope/}Body;"
                    + "{}{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd}Timestamp");
            out.put(WSHandlerConstants.TTL_TIMESTAMP, String.valueOf(ttlSeconds()));
            out.put(WSHandlerConstants.SIG_PROP_REF_ID, "socialais.signing");
            out.put("socialais.signing", crypto(keyStore, value("WSS_KEYSTORE_PASSWORD").orElse("")));
            out.put(WSHandlerConstants.PW_CALLBACK_REF, passwords(value("WSS_KEYSTORE_PASSWORD").orElse("")));
            return new WSS4JOutInterceptor(out);
        });
    }

    /**
     * The interceptor that requires a signed, fresh request, when a trust store is configured;
     * without one every request would be refused, so WS-Security must then be switched off
     * explicitly with WSS_REQUIRED=false.
     */
    public Optional<WSS4JInInterceptor> verification() {
        boolean required = value("WSS_REQUIRED").map(Boolean::parseBoolean).orElse(true);
        if (!required) {
            return Optional.empty();
        }
        String trustStore = value("WSS_TRUSTSTORE").orElseThrow(() -> new IllegalStateException(
                "WS-Security is required but WSS_TRUSTSTORE is not set (or set WSS_REQUIRED=false for development)"));
        Map<String, Object> in = new HashMap<>();
        in.put(WSHandlerConstants.ACTION, ACTIONS);
        in.put(WSHandlerConstants.TTL_TIMESTAMP, String.valueOf(ttlSeconds()));
        in.put(WSHandlerConstants.TTL_FUTURE_TIMESTAMP, "60");
        in.put(WSHandlerConstants.TIMESTAMP_STRICT, "true");
        in.put(WSHandlerConstants.SIG_VER_PROP_REF_ID, "socialais.verification");
        in.put("socialais.verification", crypto(trustStore, value("WSS_TRUSTSTORE_PASSWORD").orElse("")));
        return Optional.of(new WSS4JInInterceptor(in));
    }

    private int ttlSeconds() {
        return value("WSS_TIMESTAMP_TTL_SECONDS").map(Integer::parseInt).orElse(300);
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank());
    }

    private static Properties crypto(String keyStore, String password) {
        Properties properties = new Properties();
        properties.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        properties.put("org.apache.wss4j.crypto.merlin.keystore.type", "PKCS12");
        properties.put("org.apache.wss4j.crypto.merlin.keystore.password", password);
        properties.put("org.apache.wss4j.crypto.merlin.keystore.file", keyStore);
        return properties;
    }

    private static CallbackHandler passwords(String password) {
        return callbacks -> {
            for (Callback callback : callbacks) {
                if (callback instanceof WSPasswordCallback passwordCallback) {
                    passwordCallback.setPassword(password);
                }
            }
        };
    }
}
