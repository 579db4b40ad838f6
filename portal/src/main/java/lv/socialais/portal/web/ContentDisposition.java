package lv.socialais.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition header of a file we send (RFC 6266): the file's own name, Latvian
 * letters and all, percent-encoded in {@code filename*} (RFC 5987), and a plain ASCII stand-in in
 * {@code filename} for old clients. A name is typed by whoever uploaded the file, so nothing in it
 * can end the header, start another one or leave the quotes: CR, LF, quotes, backslashes and
 * control characters never reach the header as they are.
 */
public final class ContentDisposition {

    private ContentDisposition() {}

    /** Saved as a file. */
    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    /** Shown in the browser, e.g. a letter to print. */
    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    private static String header(String disposition, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "fails" : fileName.strip();
        return disposition + "; filename=\"" + asciiStandIn(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    private static String asciiStandIn(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        for (char c : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // ā -> a
            }
            ascii.append(c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == ';' ? '_' : c);
        }
        return ascii.toString();
    }

    private static String encoded(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
