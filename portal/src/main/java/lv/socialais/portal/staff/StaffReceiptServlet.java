package lv.socialais.portal.staff;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.portal.i18n.LocaleSelection;
import lv.socialais.portal.resident.ApplicationSummary;
import lv.socialais.portal.resident.documents.ReceiptPdf;

/**
 * The receipt the front desk prints for a walk-in applicant: the resident's receipt PDF, shown
 * in the browser to print, for staff who may see the application; anything else is a 404.
 */
@WebServlet("/staff/receipt.pdf")
public class StaffReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationQueries queries;

    @Inject
    private CurrentStaff staff;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ApplicationSummary> application = application(request.getParameter("id"));
        if (application.isEmpty() || application.get().registrationNumber() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = ReceiptPdf.of(application.get(), localeSelection.getLocale());
        String name = "receipt-" + application.get().registrationNumber().replace('/', '-') + ".pdf";
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private Optional<ApplicationSummary> application(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return queries.open(Long.valueOf(id), staff.actor()).map(ApplicationSummary::of);
    }
}
