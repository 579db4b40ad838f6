package lv.socialais.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An upload copied once to a temporary file while its type is recognised, its size counted and
 * its SHA-256 computed, so the bytes pass through memory only in small buffers. Refuses the
 * upload as soon as it passes the size limit.
 */
final class StagedFile implements AutoCloseable {

    private final Path path;
    private final ContentType type;
    private final long size;
    private final String sha256;

    private StagedFile(Path path, ContentType type, long size, String sha256) {
        this.path = path;
        this.type = type;
        this.size = size;
        this.sha256 = sha256;
    }

    static StagedFile stage(InputStream upload, long maxBytes) throws IOException {
        Path path = Files.createTempFile("attachment", ".upload");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[ContentType.SIGNATURE_LENGTH];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
                for (int read = upload.read(buffer); read >= 0; read = upload.read(buffer)) {
                    if (headLength < head.length) {
                        int copied = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copied);
                        headLength += copied;
                    }
                    size += read;
                    if (size > maxBytes) {
                        throw new AttachmentRejected("attachment.tooLarge", maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            ContentType type = ContentType.detect(head, headLength)
                    .orElseThrow(() -> new AttachmentRejected("attachment.type", 0));
            if (type == ContentType.PDF) {
                Optional<String> problem = PdfSafety.problemOf(path);
                if (problem.isPresent()) {
                    throw new AttachmentRejected(problem.get(), 0);
                }
            }
            return new StagedFile(path, type, size, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(path);
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    ContentType type() {
        return type;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
