package lv.socialais.integration.consumer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import lv.socialais.integration.xroad.v1.XRoadClientIdentifier;

/**
 * One system allowed to call our SOAP services: the certificate it signs with (its subject, or
 * its SHA-256 fingerprint), the X-Road client id its messages must carry, and the operations it
 * may call.
 */
public record SoapConsumer(
        Optional<X500Principal> subject, Optional<String> sha256, String clientId, Set<String> operations) {

    /** Whether the message was signed with this consumer's certificate. */
    public boolean signedWith(X509Certificate certificate) {
        return subject.map(certificate.getSubjectX500Principal()::equals).orElse(false)
                || sha256.map(fingerprint(certificate)::equalsIgnoreCase).orElse(false);
    }

    /** Whether the message's X-Road client header names this consumer. */
    public boolean isClient(XRoadClientIdentifier client) {
        return clientId.equals(idOf(client)) || clientId.equals(memberOf(client));
    }

    public boolean mayCall(String operation) {
        return operations.contains(operation);
    }

    /** instance/memberClass/memberCode/subsystem, as the consumers table writes it. */
    public static String idOf(XRoadClientIdentifier client) {
        String member = memberOf(client);
        return client.getSubsystemCode() == null || client.getSubsystemCode().isBlank()
                ? member
                : member + "/" + client.getSubsystemCode().strip();
    }

    private static String memberOf(XRoadClientIdentifier client) {
        return strip(client.getXRoadInstance()) + "/" + strip(client.getMemberClass()) + "/"
                + strip(client.getMemberCode());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot take the certificate's fingerprint", e);
        }
    }
}
