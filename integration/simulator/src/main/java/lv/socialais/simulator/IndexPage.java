package lv.socialais.simulator;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import lv.socialais.simulator.control.FaultControl;
import lv.socialais.simulator.control.FaultSetting;
import lv.socialais.simulator.control.Register;
import lv.socialais.simulator.fixture.FixtureCase;
import lv.socialais.simulator.fixture.FixturePerson;
import lv.socialais.simulator.fixture.Fixtures;

/** The simulator's front page: the endpoints, each register's current mode, the fixture persons. */
@WebServlet(name = "Index", urlPatterns = "/index.html")
public class IndexPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FaultControl control;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String base = request.getContextPath();
        Fixtures fixtures = Fixtures.standard();
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"lv\"><head><meta charset=\"UTF-8\">"
                + "<title>Reģistru simulators</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}"
                + "code{background:#eee}</style></head><body>");
        out.println("<h1>Reģistru simulators / Register simulator</h1>");
        out.println("<p>PMLP, NVA and VSAA as our contracts describe them, answering from fixture persons."
                + " For development and tests only; never deployed in production.</p>");
        out.println("<h2>Endpoints and modes</h2><table><tr><th>register</th><th>endpoint</th><th>WSDL</th>"
                + "<th>mode</th><th>delayMillis</th><th>maxDelayMillis</th></tr>");
        for (Map.Entry<Register, FaultSetting> entry : control.snapshot().entrySet()) {
            String endpoint = base + "/soap" + entry.getKey().address();
            out.printf(
                    "<tr><td>%s</td><td><code>%s</code></td><td><a href=\"%s?wsdl\">%s?wsdl</a></td>"
                            + "<td>%s</td><td>%d</td><td>%d</td></tr>%n",
                    entry.getKey(),
                    escape(endpoint),
                    escape(endpoint),
                    escape(endpoint),
                    entry.getValue().mode(),
                    entry.getValue().delayMillis(),
                    entry.getValue().maxDelayMillis());
        }
        out.println("</table>");
        out.printf(
                "<p>Switch a mode: <code>curl -d register=NVA -d mode=DELAY -d delayMillis=5000 "
                        + "http://host:port%s/control</code> (register PMLP, NVA, VSAA or ALL; mode NORMAL, DELAY,"
                        + " SOAP_FAULT, HTTP_503 or TIMEOUT; with maxDelayMillis a DELAY varies between the two). Current state as JSON: <a href=\"%s/control\">%s/control</a>.</p>%n",
                escape(base), escape(base), escape(base));
        out.printf(
                "<h2>Fixture persons (%d)</h2><p>Our municipality: %s.</p>%n",
                fixtures.all().size(), escape(fixtures.ownMunicipalityCode()));
        out.println("<table><tr><th>personal code</th><th>name</th><th>born</th><th>declared at</th>"
                + "<th>cases</th><th>what it covers</th></tr>");
        for (FixturePerson person : fixtures.all()) {
            String address = person.declared()
                    .map(d -> d.address().text() + " (" + d.address().municipalityCode() + ")")
                    .orElse(person.deceased() ? "died " + person.deathDate() : "none");
            String cases =
                    person.cases().stream().map(FixtureCase::name).sorted().collect(Collectors.joining(", "));
            out.printf(
                    "<tr><td><code>%s</code></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                    escape(person.personalCode()),
                    escape(person.fullName()),
                    person.birthDate(),
                    escape(address),
                    escape(cases),
                    escape(person.description()));
        }
        out.println("</table></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
