package lv.socialais.portal.staff;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lv.socialais.portal.filing.ApplicationSummary;
import lv.socialais.portal.filing.PdfResponse;
import lv.socialais.portal.filing.ReceiptPdf;
import lv.socialais.portal.filing.Receipts;
import lv.socialais.portal.i18n.LocaleSelection;

/**
 * The receipt the front desk prints for a walk-in applicant: the resident's receipt PDF, shown
 * in the browser to print, for staff who may see the application; anything else is a 404.
 */
@WebServlet("/staff/receipt.pdf")
public class StaffReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Receipts receipts;

    @Inject
    private CurrentStaff staff;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ApplicationSummary> application = receipts.of(request.getParameter("id"), staff.actor());
        if (application.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = ReceiptPdf.of(application.get(), localeSelection.getLocale());
        String name = "receipt-" + application.get().registrationNumber().replace('/', '-') + ".pdf";
        PdfResponse.send(response, pdf, name, true);
    }
}
