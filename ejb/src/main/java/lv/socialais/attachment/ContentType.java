package lv.socialais.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types an application accepts, recognised by their first bytes, never by the name a
 * file was given: a renamed program stays a program.
 */
public enum ContentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** How many leading bytes are enough to tell the types apart. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String mimeType;
    private final byte[] signature;

    ContentType(String mimeType, byte[] signature) {
        this.mimeType = mimeType;
        this.signature = signature;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The type whose signature the bytes start with, if any. */
    public static Optional<ContentType> detect(byte[] head, int length) {
        return Arrays.stream(values())
                .filter(type -> length >= type.signature.length
                        && Arrays.equals(head, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }
}
