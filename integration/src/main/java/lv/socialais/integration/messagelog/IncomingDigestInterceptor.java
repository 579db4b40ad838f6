package lv.socialais.integration.messagelog;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.apache.cxf.helpers.IOUtils;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.io.CachedOutputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageUtils;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Hashes a message as it comes off the wire. The stream is copied once into CXF's cached
 * stream (memory up to a threshold, then a temporary file) while hashing, and parsing goes on
 * from the copy. On a client it hashes the response, on an endpoint the request.
 */
public class IncomingDigestInterceptor extends AbstractPhaseInterceptor<Message> {

    public IncomingDigestInterceptor() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        ExchangeRecord record = ExchangeRecords.of(message);
        InputStream in = message.getContent(InputStream.class);
        if (record == null || in == null) {
            return;
        }
        MessageDigest digest = Digests.sha256();
        try (CachedOutputStream copy = new CachedOutputStream()) {
            IOUtils.copy(new DigestInputStream(in, digest), copy);
            copy.flush();
            message.setContent(InputStream.class, copy.getInputStream());
        } catch (IOException e) {
            throw new Fault(e);
        }
        if (MessageUtils.isRequestor(message)) {
            record.response(digest); // a client receives the response
        } else {
            record.request(digest);
        }
    }
}
