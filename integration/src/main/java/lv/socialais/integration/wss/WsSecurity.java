package lv.socialais.integration.wss;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import lv.socialais.integration.xroad.XRoadHeaders;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.ws.security.tokenstore.MemoryTokenStore;
import org.apache.cxf.ws.security.tokenstore.TokenStore;
import org.apache.cxf.ws.security.wss4j.CryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.CryptoCoverageChecker.XPathExpression;
import org.apache.cxf.ws.security.wss4j.CryptoCoverageUtil.CoverageScope;
import org.apache.cxf.ws.security.wss4j.CryptoCoverageUtil.CoverageType;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.CryptoFactory;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.eclipse.microprofile.config.Config;

/**
 * WS-Security on our SOAP exchanges (WSS4J, X.509): every request we send carries a timestamp
 * and a signature with our key (WSS_KEYSTORE, PKCS12, alias WSS_KEY_ALIAS) over the body, the
 * timestamp and every X-Road header block; every request we receive must be signed over the same
 * parts by a certificate in WSS_TRUSTSTORE and be fresh (WSS_TIMESTAMP_TTL_SECONDS). Unsigned,
 * wrongly signed, partly signed or stale requests are refused with a SOAP fault before anything
 * reads their body.
 */
public final class WsSecurity {

    private static final String ACTIONS = "Timestamp Signature";
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String WSU =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String WSSE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String XROAD = XRoadHeaders.NAMESPACE;
    /** The X-Road header blocks every message carries (issue, the optional one, apart). */
    private static final List<String> HEADERS = List.of("client", "service", "id", "userId", "protocolVersion");
    /**
     * What a signature covers: the body, the timestamp and every X-Road header block (a signature
     * reference names its element by a wsu:Id, which xroad-headers-v1.xsd allows since 1.1).
     */
    static final String SIGNED_PARTS = "{}{" + SOAP + "}Body;{}{" + WSU + "}Timestamp"
            + HEADERS.stream()
                    .map(header -> ";{Element}{" + XROAD + "}" + header)
                    .collect(Collectors.joining());
    /** Signed when present: a message without an application number has no issue header. */
    static final String OPTIONAL_SIGNED_PARTS = "{Element}{" + XROAD + "}issue";

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
            out.put(WSHandlerConstants.SIGNATURE_PARTS, SIGNED_PARTS);
            out.put(WSHandlerConstants.OPTIONAL_SIGNATURE_PARTS, OPTIONAL_SIGNED_PARTS);
            out.put(WSHandlerConstants.TTL_TIMESTAMP, String.valueOf(ttlSeconds()));
            out.put(WSHandlerConstants.SIG_PROP_REF_ID, "socialais.signing");
            out.put(
                    "socialais.signing",
                    crypto(keyStore, value("WSS_KEYSTORE_PASSWORD").orElse("")));
            out.put(
                    WSHandlerConstants.PW_CALLBACK_REF,
                    passwords(value("WSS_KEYSTORE_PASSWORD").orElse("")));
            return new WSS4JOutInterceptor(out);
        });
    }

    /** Whether incoming requests must be signed: always, unless WSS_REQUIRED=false (development only). */
    public boolean required() {
        return value("WSS_REQUIRED").map(Boolean::parseBoolean).orElse(true);
    }

    /**
     * The interceptors that require a signed, fresh request whose signature covers the body, the
     * timestamp and every X-Road header block (a message signed over fewer parts, then altered in
     * one left out, is refused),
     * when a trust store is configured; without one every request would be refused,
     * so WS-Security must then be switched off explicitly with WSS_REQUIRED=false.
     */
    public List<Interceptor<? extends Message>> verification() {
        if (!required()) {
            return List.of();
        }
        String trustStore = value("WSS_TRUSTSTORE")
                .orElseThrow(
                        () -> new IllegalStateException(
                                "WS-Security is required but WSS_TRUSTSTORE is not set (or set WSS_REQUIRED=false for development)"));
        Map<String, Object> in = new HashMap<>();
        in.put(WSHandlerConstants.ACTION, ACTIONS);
        in.put(WSHandlerConstants.TTL_TIMESTAMP, String.valueOf(ttlSeconds()));
        in.put(WSHandlerConstants.TTL_FUTURE_TIMESTAMP, "60");
        in.put(WSHandlerConstants.TIMESTAMP_STRICT, "true");
        in.put(WSHandlerConstants.SIG_VER_PROP_REF_ID, "socialais.verification");
        in.put(
                "socialais.verification",
                crypto(trustStore, value("WSS_TRUSTSTORE_PASSWORD").orElse("")));
        return List.of(new WSS4JInInterceptor(in), coverage());
    }

    /**
     * The endpoint properties of WS-Security (CXF reads these from the endpoint, not from the
     * interceptor's options). WSS4J's own replay caches are off: replays are refused by the
     * message id in the shared database (ConsumerAuthorization), on every node alike, and the
     * refusal names the replay; WSS4J's caches would only know what this node has seen.
     */
    public static Map<String, Object> endpointProperties() {
        return Map.of(
                "ws-security.enable.timestamp.cache",
                "false",
                "ws-security.enable.nonce.cache",
                "false",
                // WSS4J's token store, unused by a signature check, is then an in-memory one rather
                // than an EHCache store, whose making showed in the intake's profile.
                TokenStore.class.getName(),
                new MemoryTokenStore());
    }

    /**
     * CXF's check that the verified signature covers the elements named, each wholly: every
     * element a path matches, so a second, unsigned copy of a header block is refused too (a
     * header missing altogether is refused later, by the X-Road header check).
     */
    private static CryptoCoverageChecker coverage() {
        Map<String, String> prefixes = Map.of("soap", SOAP, "wsu", WSU, "wsse", WSSE, "xrd", XROAD);
        List<XPathExpression> covered = new ArrayList<>();
        covered.add(signed("/soap:Envelope/soap:Body"));
        covered.add(signed("/soap:Envelope/soap:Header/wsse:Security/wsu:Timestamp"));
        for (String header : HEADERS) {
            covered.add(signed("/soap:Envelope/soap:Header/xrd:" + header));
        }
        covered.add(signed("/soap:Envelope/soap:Header/xrd:issue"));
        return new CryptoCoverageChecker(prefixes, covered);
    }

    private static XPathExpression signed(String xpath) {
        return new XPathExpression(xpath, CoverageType.SIGNED, CoverageScope.ELEMENT);
    }

    private int ttlSeconds() {
        return value("WSS_TIMESTAMP_TTL_SECONDS").map(Integer::parseInt).orElse(300);
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank());
    }

    /**
     * The key store, read once: given to WSS4J as a ready Crypto rather than as its properties,
     * which WSS4J would read again for every message (a PKCS12 store costs a key derivation each
     * time: 7 % of the intake's CPU in a profile). A store that cannot be read stops the start.
     */
    private static Crypto crypto(String keyStore, String password) {
        Properties properties = new Properties();
        properties.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        properties.put("org.apache.wss4j.crypto.merlin.keystore.type", "PKCS12");
        properties.put("org.apache.wss4j.crypto.merlin.keystore.password", password);
        properties.put("org.apache.wss4j.crypto.merlin.keystore.file", keyStore);
        try {
            return CryptoFactory.getInstance(properties);
        } catch (WSSecurityException e) {
            throw new IllegalStateException("cannot read the key store " + keyStore + ": " + e.getMessage(), e);
        }
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
