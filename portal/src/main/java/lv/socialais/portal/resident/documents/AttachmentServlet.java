package lv.socialais.portal.resident.documents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import lv.socialais.application.ApplicationNotFound;
import lv.socialais.attachment.Attachment;
import lv.socialais.attachment.Attachments;
import lv.socialais.portal.web.ContentDisposition;
import lv.socialais.security.Actor;

/** A document the resident attached, downloaded again: /resident/attachment?id=. 404 unless it is his to see. */
@WebServlet("/resident/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (request.getUserPrincipal() == null || id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Buffered, so that a refusal can still become a 404 before anything is sent.
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        Attachment attachment;
        try {
            attachment = attachments.copyTo(
                    Long.valueOf(id),
                    content,
                    Actor.resident(request.getUserPrincipal().getName()));
        } catch (ApplicationNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(attachment.getContentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(attachment.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        content.writeTo(response.getOutputStream());
    }
}
