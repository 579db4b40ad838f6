package lv.socialais.simulator.control;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Switches the registers' behaviour at run time. GET shows every register's mode as JSON;
 * POST with {@code register=PMLP|NVA|VSAA|ALL}, {@code mode=NORMAL|DELAY|SOAP_FAULT|HTTP_503|TIMEOUT}
 * and, for DELAY, {@code delayMillis} (and {@code maxDelayMillis}: each answer then waits a time
 * drawn between the two) changes it and answers the new state.
 */
@WebServlet(name = "FaultControl", urlPatterns = "/control")
public class ControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long MAX_DELAY_MILLIS = 120_000;

    @Inject
    private FaultControl control;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writeState(response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String register = upper(request.getParameter("register"));
        FaultMode mode;
        FaultSetting setting;
        try {
            mode = FaultMode.valueOf(upper(request.getParameter("mode")));
            long delayMillis = millis(request.getParameter("delayMillis"), defaultDelay(mode));
            setting = new FaultSetting(mode, delayMillis, millis(request.getParameter("maxDelayMillis"), delayMillis));
        } catch (IllegalArgumentException | NullPointerException e) {
            badRequest(
                    response,
                    "mode must be one of NORMAL, DELAY, SOAP_FAULT, HTTP_503, TIMEOUT;"
                            + " delayMillis and maxDelayMillis numbers of milliseconds from 0 to " + MAX_DELAY_MILLIS
                            + ", maxDelayMillis not less than delayMillis");
            return;
        }
        if ("ALL".equals(register)) {
            control.setAll(setting);
        } else {
            try {
                control.set(Register.valueOf(register), setting);
            } catch (IllegalArgumentException | NullPointerException e) {
                badRequest(response, "register must be one of PMLP, NVA, VSAA, ALL");
                return;
            }
        }
        writeState(response);
    }

    private static long millis(String parameter, long otherwise) {
        long millis = parameter == null || parameter.isBlank() ? otherwise : Long.parseLong(parameter.strip());
        if (millis < 0 || millis > MAX_DELAY_MILLIS) {
            throw new IllegalArgumentException("out of range: " + millis);
        }
        return millis;
    }

    private static long defaultDelay(FaultMode mode) {
        return mode == FaultMode.DELAY ? 3_000 : 0;
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private void writeState(HttpServletResponse response) throws IOException {
        JsonObjectBuilder registers = Json.createObjectBuilder();
        for (Map.Entry<Register, FaultSetting> entry : control.snapshot().entrySet()) {
            registers.add(
                    entry.getKey().name(),
                    Json.createObjectBuilder()
                            .add("mode", entry.getValue().mode().name())
                            .add("delayMillis", entry.getValue().delayMillis())
                            .add("maxDelayMillis", entry.getValue().maxDelayMillis()));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(registers.build().toString());
    }

    private static void badRequest(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder().add("error", message).build().toString());
    }
}
