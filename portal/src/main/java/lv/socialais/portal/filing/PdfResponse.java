package lv.socialais.portal.filing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lv.socialais.portal.web.ContentDisposition;

/** Sends a generated PDF, never cached on the way: it holds a person's data. */
public final class PdfResponse {

    private PdfResponse() {}

    /** @param inline shown in the browser (to print) rather than saved as a file */
    public static void send(HttpServletResponse response, byte[] pdf, String fileName, boolean inline)
            throws IOException {
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                inline ? ContentDisposition.inline(fileName) : ContentDisposition.attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
