package lv.socialais.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real PDFs made by PDFBox, as a scanner, a word processor or an attacker would make them. */
class PdfSafetyTest {

    @TempDir
    Path folder;

    @Test
    void aPlainPdfIsAccepted() throws IOException {
        assertEquals(Optional.empty(), PdfSafety.problemOf(save(plain(), "plain.pdf")));
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefused() throws IOException {
        PDDocument document = plain();
        document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));

        assertEquals(Optional.of("attachment.pdfActive"), PdfSafety.problemOf(save(document, "open-action.pdf")));
    }

    @Test
    void aLinkThatLaunchesAProgramIsRefused() throws IOException {
        PDDocument document = plain();
        PDAnnotationLink link = new PDAnnotationLink();
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification());
        link.setAction(launch);
        document.getPage(0).getAnnotations().add(link);

        assertEquals(Optional.of("attachment.pdfActive"), PdfSafety.problemOf(save(document, "launch.pdf")));
    }

    @Test
    void anEncryptedPdfIsRefusedWithOrWithoutAnOpeningPassword() throws IOException {
        for (String userPassword : new String[] {"", "secret"}) {
            PDDocument document = plain();
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);

            assertEquals(
                    Optional.of("attachment.pdfEncrypted"),
                    PdfSafety.problemOf(save(document, "encrypted.pdf")),
                    userPassword);
        }
    }

    @Test
    void aFileThatCannotBeParsedIsSearchedForActiveContent() throws IOException {
        Path damaged = folder.resolve("damaged.pdf");
        Files.writeString(
                damaged,
                "%PDF-1.4\n1 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\n",
                StandardCharsets.ISO_8859_1);
        Path harmless = folder.resolve("harmless.pdf");
        Files.writeString(harmless, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n", StandardCharsets.ISO_8859_1);

        assertEquals(Optional.of("attachment.pdfActive"), PdfSafety.problemOf(damaged));
        assertEquals(Optional.empty(), PdfSafety.problemOf(harmless));
    }

    private static PDDocument plain() {
        PDDocument document = new PDDocument();
        document.addPage(new PDPage());
        return document;
    }

    private Path save(PDDocument document, String name) throws IOException {
        Path file = folder.resolve(name);
        try (document) {
            document.save(file.toFile());
        }
        return file;
    }
}
