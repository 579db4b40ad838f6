package lv.socialais.integration.messagelog;

import java.security.MessageDigest;

/**
 * What the wire saw of one exchange, filled by the digest interceptors: the SHA-256 of the
 * request and of the response as they were sent and received. A message still being sent is
 * hashed as far as it has gone, so that an endpoint can log its response before the last bytes
 * leave (and the sender, holding the answer, finds it in the log).
 */
public final class ExchangeRecord {

    /** The key under which the record travels in a message's context. */
    public static final String KEY = ExchangeRecord.class.getName();

    private volatile MessageDigest request;
    private volatile MessageDigest response;

    public String requestSha256() {
        return Digests.hexSoFar(request);
    }

    public String responseSha256() {
        return Digests.hexSoFar(response);
    }

    void request(MessageDigest digest) {
        this.request = digest;
    }

    void response(MessageDigest digest) {
        this.response = digest;
    }
}
