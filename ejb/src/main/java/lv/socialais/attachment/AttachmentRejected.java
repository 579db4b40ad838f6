package lv.socialais.attachment;

import jakarta.ejb.ApplicationException;

/** A file that was not attached: wrong type, too large, or one too many. The key says which. */
@ApplicationException(rollback = true)
public class AttachmentRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final long limit;

    public AttachmentRejected(String messageKey, long limit) {
        super(messageKey + " (limit " + limit + ")");
        this.messageKey = messageKey;
        this.limit = limit;
    }

    /** attachment.type, attachment.tooLarge or attachment.tooMany. */
    public String messageKey() {
        return messageKey;
    }

    /** The limit the message names: bytes for tooLarge, files for tooMany. */
    public long limit() {
        return limit;
    }
}
