package lv.socialais.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Refuses the PDFs a caseworker's reader must never open: an encrypted one (we could not read it,
 * nor could a virus scanner) and one that carries active content, a JavaScript or Launch action
 * anywhere in it (document open, a page, a link, a form field). PDFBox reads the file and every
 * dictionary of it is looked at; a file PDFBox cannot parse is searched byte by byte for the same
 * names instead, which is all a damaged file allows.
 */
final class PdfSafety {

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName JS = COSName.getPDFName("JS");
    private static final String[] ACTIVE_NAMES = {"/JavaScript", "/JS", "/Launch"};

    private PdfSafety() {}

    /** The message key of the problem (attachment.pdfEncrypted, attachment.pdfActive), or empty. */
    static Optional<String> problemOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.isEncrypted()) {
                return Optional.of("attachment.pdfEncrypted");
            }
            return active(document) ? Optional.of("attachment.pdfActive") : Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of("attachment.pdfEncrypted");
        } catch (IOException e) {
            return rawProblemOf(Files.readAllBytes(pdf));
        }
    }

    private static boolean active(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> toVisit = new ArrayDeque<>();
        toVisit.add(document.getDocumentCatalog().getCOSObject());
        for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
            COSObject object = document.getDocument().getObjectFromPool(key);
            if (object != null) {
                toVisit.add(object);
            }
        }
        while (!toVisit.isEmpty()) {
            COSBase next = toVisit.pop();
            COSBase base = next instanceof COSObject object ? object.getObject() : next;
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                COSBase subtype = dictionary.getDictionaryObject(COSName.S);
                if (dictionary.containsKey(JS) || JAVA_SCRIPT.equals(subtype) || LAUNCH.equals(subtype)) {
                    return true;
                }
                dictionary.getValues().forEach(toVisit::push);
            } else if (base instanceof COSArray array) {
                array.forEach(toVisit::push);
            }
        }
        return false;
    }

    private static Optional<String> rawProblemOf(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        if (text.contains("/Encrypt")) {
            return Optional.of("attachment.pdfEncrypted");
        }
        for (String name : ACTIVE_NAMES) {
            if (text.contains(name)) {
                return Optional.of("attachment.pdfActive");
            }
        }
        return Optional.empty();
    }
}
