package lv.socialais.portal.filing;

import java.io.Serializable;
import java.time.Instant;
import lv.socialais.attachment.Attachment;

/** A document attached to an application, as the resident's pages list it. */
public record AttachmentView(Long id, String fileName, long sizeBytes, Instant uploadedAt) implements Serializable {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(
                attachment.getId(), attachment.getFileName(), attachment.getSizeBytes(), attachment.getUploadedAt());
    }

    /** The size in whole kilobytes, at least 1. */
    public long getKilobytes() {
        return Math.max(1, (sizeBytes + 1023) / 1024);
    }
}
