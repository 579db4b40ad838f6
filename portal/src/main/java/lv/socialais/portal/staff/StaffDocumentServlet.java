package lv.socialais.portal.staff;

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

/**
 * Staff open an application's document: streamed from the database, audited by the core,
 * answered with 404 when the member of staff may not see its application.
 */
@WebServlet("/staff/document")
public class StaffDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Attachments attachments;

    @Inject
    private CurrentStaff staff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The bytes are copied into the response only after access is granted: a refusal must
        // not leave half a file behind.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Attachment attachment;
        try {
            attachment = attachments.copyTo(id, buffer, staff.actor());
        } catch (ApplicationNotFound | jakarta.ejb.EJBException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(attachment.getContentType());
        response.setHeader("Content-Disposition", ContentDisposition.inline(attachment.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        buffer.writeTo(response.getOutputStream());
    }
}
