package lv.socialais.integration.messagelog;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageUtils;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Hashes a message as it goes onto the wire, without holding it: the output stream is wrapped
 * by one that feeds the digest, which the exchange's record reads when asked. On a client it
 * hashes the request, on an endpoint the response.
 */
public class OutgoingDigestInterceptor extends AbstractPhaseInterceptor<Message> {

    public OutgoingDigestInterceptor() {
        super(Phase.PRE_STREAM);
    }

    @Override
    public void handleMessage(Message message) {
        ExchangeRecord record = ExchangeRecords.of(message);
        OutputStream out = message.getContent(OutputStream.class);
        if (record == null || out == null) {
            return;
        }
        boolean request = MessageUtils.isRequestor(message); // a client sends the request
        MessageDigest digest = Digests.sha256();
        if (request) {
            record.request(digest);
        } else {
            record.response(digest);
        }
        message.setContent(OutputStream.class, new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                digest.update((byte) b);
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                digest.update(bytes, offset, length);
                out.write(bytes, offset, length);
            }
        });
    }
}
