package lv.socialais.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class StagedFileTest {

    private static final byte[] PDF =
            "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void recognisesTypesByContentAndHashesTheBytes() throws Exception {
        try (StagedFile pdf = StagedFile.stage(new ByteArrayInputStream(PDF), 1024)) {
            assertEquals(ContentType.PDF, pdf.type());
            assertEquals(PDF.length, pdf.size());
            assertEquals(
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
                    pdf.sha256());
            try (var in = pdf.open()) {
                assertEquals(
                        new String(PDF, StandardCharsets.ISO_8859_1),
                        new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        try (StagedFile png = StagedFile.stage(new ByteArrayInputStream(PNG), 1024)) {
            assertEquals(ContentType.PNG, png.type());
        }
        try (StagedFile jpeg = StagedFile.stage(new ByteArrayInputStream(JPEG), 1024)) {
            assertEquals(ContentType.JPEG, jpeg.type());
        }
    }

    @Test
    void refusesAProgramWhateverItsName() {
        byte[] program = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        AttachmentRejected e =
                assertThrows(AttachmentRejected.class, () -> StagedFile.stage(new ByteArrayInputStream(program), 1024));
        assertEquals("attachment.type", e.messageKey());
    }

    @Test
    void stopsReadingOnceTheLimitIsPassedAndLeavesNoTemporaryFile() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countUploads(tmp);
        byte[] big = new byte[200_000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        AttachmentRejected e =
                assertThrows(AttachmentRejected.class, () -> StagedFile.stage(new ByteArrayInputStream(big), 100_000));

        assertEquals("attachment.tooLarge", e.messageKey());
        assertEquals(100_000, e.limit());
        assertEquals(before, countUploads(tmp));
    }

    @Test
    void keepsOnlyTheFilesOwnName() {
        assertEquals("izziņa.pdf", Attachments.safeName("C:\\Users\\x\\izziņa.pdf"));
        assertEquals("a.png", Attachments.safeName("../../etc/a.png"));
        assertFalse(Attachments.safeName("").isEmpty());
    }

    private static long countUploads(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".upload"))
                    .count();
        }
    }
}
