package lv.socialais.portal.resident.documents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import lv.socialais.application.ApplicationQueries;
import lv.socialais.portal.filing.ApplicationSummaries;
import lv.socialais.portal.filing.ApplicationSummary;
import lv.socialais.portal.filing.DecisionLetterPdf;
import lv.socialais.portal.filing.PdfResponse;
import lv.socialais.portal.filing.ReceiptPdf;
import lv.socialais.portal.i18n.LocaleSelection;
import lv.socialais.security.Actor;

/**
 * The resident's PDFs of an application: /resident/receipt.pdf?id= and /resident/decision.pdf?id=.
 * Only for the resident who may see the application; anything else is a 404, as on the pages.
 */
@WebServlet(urlPatterns = {"/resident/receipt.pdf", "/resident/decision.pdf"})
public class ApplicationPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationQueries queries;

    @Inject
    private ApplicationSummaries summaries;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ApplicationSummary> application = application(request);
        boolean receipt = request.getServletPath().endsWith("receipt.pdf");
        if (application.isEmpty()
                || (receipt
                        ? application.get().registrationNumber() == null
                        : application.get().decision() == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = localeSelection.getLocale();
        byte[] pdf =
                receipt ? ReceiptPdf.of(application.get(), locale) : DecisionLetterPdf.of(application.get(), locale);
        String name = (receipt ? "receipt-" : "decision-")
                + application.get().registrationNumber().replace('/', '-') + ".pdf";
        PdfResponse.send(response, pdf, name, false);
    }

    private Optional<ApplicationSummary> application(HttpServletRequest request) {
        String id = request.getParameter("id");
        if (request.getUserPrincipal() == null || id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return queries.open(
                        Long.valueOf(id),
                        Actor.resident(request.getUserPrincipal().getName()))
                .map(summaries::of);
    }
}
