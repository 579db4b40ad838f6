package lv.socialais.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Checks a file before anything is stored: a channel that must accept or refuse a whole
 * message (the state portal's e-application) checks every attachment first. Reads the stream
 * to its end (or just past the limit) in small buffers.
 */
public final class AttachmentCheck {

    private AttachmentCheck() {}

    /** The message key of the problem (attachment.type or attachment.tooLarge), or empty when the file is accepted. */
    public static Optional<String> problemOf(InputStream content, long maxBytes) throws IOException {
        byte[] head = new byte[ContentType.SIGNATURE_LENGTH];
        int headLength = content.readNBytes(head, 0, head.length);
        long size = headLength;
        byte[] buffer = new byte[64 * 1024];
        for (int read = content.read(buffer); read >= 0 && size <= maxBytes; read = content.read(buffer)) {
            size += read;
        }
        if (size > maxBytes) {
            return Optional.of("attachment.tooLarge");
        }
        return ContentType.detect(head, headLength).isPresent() ? Optional.empty() : Optional.of("attachment.type");
    }
}
