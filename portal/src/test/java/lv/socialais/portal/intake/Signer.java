package lv.socialais.portal.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.security.auth.callback.Callback;
import javax.xml.namespace.QName;
import lv.socialais.integration.xroad.XRoadHeaders;
import lv.socialais.integration.xroad.v1.XRoadText;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.handler.WSHandlerConstants;

/**
 * How a test client signs its requests: as the state portal (the development key the build
 * made, which the portal trusts), with a key nobody trusts, with a timestamp that has expired
 * by the time it arrives, or not at all.
 */
public record Signer(String name, List<Interceptor<? extends Message>> interceptors) {

    private static final String PASSWORD = "development";
    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String XROAD = XRoadHeaders.NAMESPACE;
    private static final String SIGNED_PARTS = "{}{" + SOAP + "}Body;{}{" + WSU + "}Timestamp";
    /** Every X-Road header the request has (a test may send a request without them, to see it refused). */
    private static final String HEADER_PARTS = "{Element}{" + XROAD + "}client;{Element}{" + XROAD + "}service;"
            + "{Element}{" + XROAD + "}id;{Element}{" + XROAD + "}userId;{Element}{" + XROAD + "}issue;"
            + "{Element}{" + XROAD + "}protocolVersion";

    public static Signer statePortal() {
        return new Signer(
                "state portal",
                List.of(new FreshMessageId(), signing(keyStore("state-portal.p12"), "state-portal", "300")));
    }

    /** A register that is granted only the household status query (the consumers table). */
    public static Signer vsaaConsumer() {
        return new Signer(
                "VSAA consumer",
                List.of(new FreshMessageId(), signing(keyStore("vsaa-consumer.p12"), "vsaa-consumer", "300")));
    }

    /** Our own key: trusted, since it is in the trust store, but no consumer of our services. */
    static Signer trustedButNoConsumer() {
        return new Signer(
                "trusted, not a consumer",
                List.of(new FreshMessageId(), signing(keyStore("socialais.p12"), "socialais", "300")));
    }

    static Signer none() {
        return new Signer("unsigned", List.of());
    }

    static Signer untrusted() {
        return new Signer(
                "untrusted key", List.of(new FreshMessageId(), signing(untrustedKeyStore(), "stranger", "300")));
    }

    /** Signed with a timestamp that lives one second, delivered three seconds later. */
    static Signer stale() {
        return new Signer(
                "stale",
                List.of(
                        new FreshMessageId(),
                        signing(keyStore("state-portal.p12"), "state-portal", "1"),
                        new Delay(3000)));
    }

    @Override
    public String toString() {
        return name;
    }

    private static WSS4JOutInterceptor signing(Path keyStore, String alias, String ttlSeconds) {
        Properties crypto = new Properties();
        crypto.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.type", "PKCS12");
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.password", PASSWORD);
        crypto.put("org.apache.wss4j.crypto.merlin.keystore.file", keyStore.toString());
        Map<String, Object> out = new HashMap<>();
        out.put(WSHandlerConstants.ACTION, "Timestamp Signature");
        out.put(WSHandlerConstants.USER, alias);
        out.put(WSHandlerConstants.SIG_KEY_ID, "DirectReference");
        out.put(WSHandlerConstants.TTL_TIMESTAMP, ttlSeconds);
        // What the portal requires a signature to cover: the body, the timestamp and every X-Road header.
        out.put(WSHandlerConstants.SIGNATURE_PARTS, SIGNED_PARTS);
        out.put(WSHandlerConstants.OPTIONAL_SIGNATURE_PARTS, HEADER_PARTS);
        out.put(WSHandlerConstants.SIG_PROP_REF_ID, "test.signing");
        out.put("test.signing", crypto);
        out.put(WSHandlerConstants.PW_CALLBACK_REF, (javax.security.auth.callback.CallbackHandler) callbacks -> {
            for (Callback callback : callbacks) {
                ((WSPasswordCallback) callback).setPassword(PASSWORD);
            }
        });
        return new WSS4JOutInterceptor(out);
    }

    private static Path keyStore(String file) {
        return Path.of(System.getenv("WSS_TRUSTSTORE")).resolveSibling(file);
    }

    /** A key pair made now by keytool, whose certificate is in no trust store. */
    private static Path untrustedKeyStore() {
        Path file = Path.of("target", "untrusted-signer.p12").toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                Process keytool = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "keytool")
                                        .toString(),
                                "-genkeypair",
                                "-alias",
                                "stranger",
                                "-keyalg",
                                "RSA",
                                "-keysize",
                                "2048",
                                "-validity",
                                "2",
                                "-dname",
                                "CN=stranger, C=LV",
                                "-storetype",
                                "PKCS12",
                                "-keystore",
                                file.toString(),
                                "-storepass",
                                PASSWORD,
                                "-keypass",
                                PASSWORD)
                        .redirectErrorStream(true)
                        .start();
                keytool.getInputStream().readAllBytes();
                if (keytool.waitFor() != 0) {
                    throw new IllegalStateException("keytool failed");
                }
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives every request a message id of its own, as a real client does: the portal refuses a
     * message id it has seen before as a replay, and a test's port sends many requests with the
     * headers it set once. The first request keeps the id the test chose.
     */
    static final class FreshMessageId extends AbstractPhaseInterceptor<Message> {

        private final java.util.Set<String> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();

        FreshMessageId() {
            super(Phase.PRE_PROTOCOL);
            addBefore(WSS4JOutInterceptor.class.getName());
        }

        @Override
        public void handleMessage(Message message) {
            if (message instanceof org.apache.cxf.binding.soap.SoapMessage soap) {
                QName id = new QName(XRoadHeaders.NAMESPACE, "id");
                // The headers may be the very list the test put in the request context, so an id
                // given here is remembered as sent too.
                soap.getHeaders()
                        .replaceAll(header -> header.getName().equals(id) && !sent.add(idOf(header))
                                ? new org.apache.cxf.headers.Header(
                                        id,
                                        new jakarta.xml.bind.JAXBElement<>(id, XRoadText.class, text(fresh())),
                                        header.getDataBinding())
                                : header);
            }
        }

        private String fresh() {
            String id = java.util.UUID.randomUUID().toString();
            sent.add(id);
            return id;
        }
    }

    private static XRoadText text(String value) {
        XRoadText text = new XRoadText();
        text.setValue(value);
        return text;
    }

    private static String idOf(org.apache.cxf.headers.Header header) {
        return header.getObject() instanceof jakarta.xml.bind.JAXBElement<?> element
                        && element.getValue() instanceof XRoadText text
                ? text.getValue()
                : String.valueOf(header.getObject());
    }

    /** Holds a signed request back before it is sent. */
    private static final class Delay extends AbstractPhaseInterceptor<Message> {
        private final long millis;

        Delay(long millis) {
            super(Phase.WRITE_ENDING);
            this.millis = millis;
        }

        @Override
        public void handleMessage(Message message) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
