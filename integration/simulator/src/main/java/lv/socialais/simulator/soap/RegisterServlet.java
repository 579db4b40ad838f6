package lv.socialais.simulator.soap;

import jakarta.inject.Inject;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lv.socialais.simulator.control.FaultControl;
import lv.socialais.simulator.control.FaultSetting;
import lv.socialais.simulator.control.Register;
import lv.socialais.simulator.fixture.Fixtures;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * The three registers' SOAP endpoints, published with CXF (Payara Micro has no JAX-WS
 * runtime): {@code /soap/pmlp}, {@code /soap/nva}, {@code /soap/vsaa}, each with its WSDL at
 * {@code ?wsdl}. Before CXF sees a SOAP call, applies the register's fault mode: HTTP 503,
 * or a wait (DELAY, TIMEOUT).
 */
@WebServlet(name = "Registers", urlPatterns = "/soap/*", loadOnStartup = 1)
public class RegisterServlet extends CXFNonSpringServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FaultControl control;

    @Override
    protected void loadBus(ServletConfig servletConfig) {
        super.loadBus(servletConfig);
        RegisterEndpoints.publishAll(getBus(), control, Fixtures.standard(), "");
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        Optional<Register> register = Register.ofPathInfo(http.getPathInfo());
        // Only SOAP calls (POST) are affected: the WSDLs stay readable whatever the mode.
        if (register.isPresent() && "POST".equals(http.getMethod())) {
            FaultSetting setting = control.settingOf(register.get());
            switch (setting.mode()) {
                case HTTP_503 -> {
                    httpResponse.setHeader("Retry-After", "30");
                    httpResponse.sendError(
                            HttpServletResponse.SC_SERVICE_UNAVAILABLE, register.get() + " is switched to HTTP_503");
                    return;
                }
                case DELAY, TIMEOUT -> {
                    if (!pause(setting.waitMillis())) {
                        httpResponse.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Interrupted");
                        return;
                    }
                }
                default -> {
                    // NORMAL answers at once; SOAP_FAULT is answered by XRoadHeadersInInterceptor.
                }
            }
        }
        super.service(request, response);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
