package lv.socialais.integration.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * TLS towards registers with https endpoints: the certificates to trust come from
 * REGISTER_TRUSTSTORE (a PKCS12 file) with REGISTER_TRUSTSTORE_PASSWORD, or from the JVM's
 * own trust store when none is configured. Host names are always verified.
 */
final class RegisterTls {

    private RegisterTls() {}

    static TLSClientParameters clientParameters() {
        TLSClientParameters parameters = new TLSClientParameters();
        parameters.setDisableCNCheck(false);
        Config config = ConfigProvider.getConfig();
        Optional<String> truststore = config.getOptionalValue("REGISTER_TRUSTSTORE", String.class);
        if (truststore.isPresent()) {
            char[] password = config.getOptionalValue("REGISTER_TRUSTSTORE_PASSWORD", String.class)
                    .orElse("")
                    .toCharArray();
            try (InputStream in = Files.newInputStream(Path.of(truststore.get()))) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
                TrustManagerFactory factory =
                        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                parameters.setTrustManagers(factory.getTrustManagers());
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read REGISTER_TRUSTSTORE " + truststore.get(), e);
            }
        }
        return parameters;
    }
}
