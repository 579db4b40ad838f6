package lv.socialais.integration.messagelog;

/**
 * What the wire saw of one exchange, filled by the digest interceptors: the SHA-256 of the
 * request and of the response as they were sent and received.
 */
public final class ExchangeRecord {

    /** The key under which the record travels in a message's context. */
    public static final String KEY = ExchangeRecord.class.getName();

    private volatile String requestSha256;
    private volatile String responseSha256;

    public String requestSha256() {
        return requestSha256;
    }

    public String responseSha256() {
        return responseSha256;
    }

    void requestDigest(String sha256) {
        this.requestSha256 = sha256;
    }

    void responseDigest(String sha256) {
        this.responseSha256 = sha256;
    }
}
