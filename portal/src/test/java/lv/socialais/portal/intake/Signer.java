package lv.socialais.portal.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.security.auth.callback.Callback;
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

    public static Signer statePortal() {
        return new Signer("state portal", List.of(signing(keyStore("state-portal.p12"), "state-portal", "300")));
    }

    static Signer none() {
        return new Signer("unsigned", List.of());
    }

    static Signer untrusted() {
        return new Signer("untrusted key", List.of(signing(untrustedKeyStore(), "stranger", "300")));
    }

    /** Signed with a timestamp that lives one second, delivered three seconds later. */
    static Signer stale() {
        return new Signer("stale", List.of(signing(keyStore("state-portal.p12"), "state-portal", "1"), new Delay(3000)));
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
                Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                        "-genkeypair", "-alias", "stranger", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                        "-dname", "CN=stranger, C=LV", "-storetype", "PKCS12", "-keystore", file.toString(),
                        "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
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
