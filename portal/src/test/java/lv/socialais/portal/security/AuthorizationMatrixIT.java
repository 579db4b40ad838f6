package lv.socialais.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import lv.socialais.application.ApplicantInput;
import lv.socialais.application.ApplicationInput;
import lv.socialais.application.Channel;
import lv.socialais.application.HouseholdMemberInput;
import lv.socialais.application.Relation;
import lv.socialais.application.SubmitApplication;
import lv.socialais.attachment.Attachments;
import lv.socialais.catalog.form.FormDefinition;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.MinimalAnswers;
import lv.socialais.portal.testing.SignedEnvelope;
import lv.socialais.portal.testing.TestQueries;
import lv.socialais.portal.testing.WebSession;
import lv.socialais.security.Actor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every cell of the authorization matrix (src/test/resources/security/authorization-matrix.csv)
 * over real HTTP against the deployed war: each actor signs in as a person would, opens each
 * page, servlet and file, or calls each SOAP operation with his certificate, and must get the
 * status the table gives. A page, servlet or operation of the war that the table does not name
 * fails the test, so that no new door goes unchecked.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final String MATRIX = "security/authorization-matrix.csv";
    private static final String SOAP = "soap:";
    private static final String RESIDENT_A = "010349-11940"; // Valdis Jansons
    private static final String HOUSEHOLD_MEMBER = "271151-13858"; // his wife Biruta
    private static final String RESIDENT_B = "150588-16072"; // Sandra Pētersone, a stranger to them

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal()
                .addClasses(
                        AuthorizationMatrixIT.class,
                        MinimalAnswers.class,
                        TestQueries.class,
                        WebSession.class,
                        SignedEnvelope.class)
                .addAsResource(MATRIX);
    }

    @ArquillianResource
    private URL portal;

    @Inject
    private SubmitApplication submission;

    @Inject
    private Attachments attachments;

    @Inject
    private TestQueries database;

    @Inject
    private ServletContext servletContext;

    @Test
    void everyActorGetsWhatTheMatrixSaysOfEveryDoor() throws IOException {
        List<String[]> rows = matrix();
        String[] actors = rows.get(0);
        Map<String, String> records = recordsOfResidentA();
        Map<String, Supplier<WebSession>> sessions = sessions();

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (int column = 1; column < actors.length; column++) {
            String actor = actors[column];
            WebSession visitor =
                    sessions.containsKey(actor) ? sessions.get(actor).get() : new WebSession(portal);
            for (String[] row : rows.subList(1, rows.size())) {
                String expected = row[column];
                if (expected.equals("-")) {
                    continue;
                }
                HttpResponse<String> response = ask(visitor, row[0], actor, records);
                cells++;
                String location = response.headers().firstValue("Location").orElse("");
                if (!String.valueOf(response.statusCode()).equals(expected)) {
                    wrong.add(actors[column] + " " + row[0] + ": expected " + expected + ", got "
                            + response.statusCode() + (location.isEmpty() ? "" : " → " + location));
                } else if (expected.equals("302") && !location.contains("signin")) {
                    wrong.add(actors[column] + " " + row[0] + ": sent to " + location + ", not to a sign-in page");
                }
                missingDefences(response).ifPresent(missing -> wrong.add(actor + " " + row[0] + ": " + missing));
            }
        }
        System.out.println("authorization matrix: " + cells + " cells, " + (rows.size() - 1) + " doors, "
                + (actors.length - 1) + " actors");
        assertTrue(cells > 250, "every cell ran: " + cells);
        assertEquals(List.of(), wrong, wrong.size() + " of " + cells + " cells differ from the matrix");
    }

    private HttpResponse<String> ask(WebSession visitor, String door, String actor, Map<String, String> records) {
        return door.startsWith(SOAP)
                ? visitor.postXml("soap/intake", soapRequest(door.substring(SOAP.length()), actor))
                : visitor.get(fill(door, records));
    }

    /**
     * The browser-side defences every answer carries, whoever asked: never framed, never sniffed,
     * no referrer; an answer served (200) is kept in no cache and has a Content-Security-Policy.
     * Not checked: the redirect to the sign-in page, which Jakarta Security's LoginToContinue
     * sends before any filter or our authentication mechanism sees the request.
     */
    private static Optional<String> missingDefences(HttpResponse<String> response) {
        if (response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/signin/")) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        expect(response, "X-Content-Type-Options", "nosniff", missing);
        expect(response, "X-Frame-Options", "DENY", missing);
        expect(response, "Referrer-Policy", "no-referrer", missing);
        if (response.statusCode() == 200) {
            if (response.headers().allValues("Cache-Control").stream().noneMatch(value -> value.contains("no-store"))) {
                missing.add("Cache-Control: no-store");
            }
            if (!response.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("frame-ancestors 'none'")) {
                missing.add("Content-Security-Policy");
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("missing " + missing);
    }

    private static void expect(HttpResponse<String> response, String header, String value, List<String> missing) {
        if (!response.headers().allValues(header).contains(value)) {
            missing.add(header + ": " + value);
        }
    }

    @Test
    void theMatrixNamesEveryPageAndServletOfTheWar() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String[] row : matrix().subList(1, matrix().size())) {
            named.add(row[0].replaceFirst("\\?.*", ""));
        }
        Set<String> unnamed = new TreeSet<>();
        for (String page : pages("/")) {
            if (!named.contains(page)) {
                unnamed.add(page);
            }
        }
        for (String operation : soapOperations()) {
            if (!named.contains(SOAP + operation)) {
                unnamed.add(SOAP + operation);
            }
        }
        servletContext
                .getServletRegistrations()
                .values()
                .forEach(servlet -> servlet.getMappings().stream()
                        .filter(mapping -> !mapping.equals("*.xhtml")
                                && !mapping.equals("/")
                                && !mapping.startsWith("*.jsp")
                                && !mapping.startsWith("/ArquillianServletRunner"))
                        .filter(mapping -> named.stream()
                                .noneMatch(path -> mapping.endsWith("/*")
                                        ? path.startsWith(mapping.substring(0, mapping.length() - 1))
                                        : path.equals(mapping)))
                        .forEach(mapping -> unnamed.add(mapping + " (servlet " + servlet.getName() + ")")));

        assertEquals(Set.of(), unnamed, "pages and servlets the authorization matrix does not name");
        assertTrue(named.contains("/staff/admin/reference.xhtml"), "the pages are found under folders too");
    }

    /** Resident A's GMI application with his wife in the household, and a scanned document on it. */
    private Map<String, String> recordsOfResidentA() throws IOException {
        FormDefinition form = database.currentForms().stream()
                .filter(f -> f.getApplicationType().getCode().equals("GMI_BENEFIT"))
                .findFirst()
                .orElseThrow();
        ApplicationInput minimal =
                MinimalAnswers.input(form, Channel.ONLINE, null, LocalDate.now(ZoneId.of("Europe/Riga")));
        ApplicationInput input = new ApplicationInput(
                minimal.typeCode(),
                Channel.ONLINE,
                UUID.randomUUID().toString(),
                new ApplicantInput(RESIDENT_A, "Valdis", "Jansons", null, null),
                minimal.answers(),
                List.of(new HouseholdMemberInput(HOUSEHOLD_MEMBER, "Biruta", "Jansone", Relation.SPOUSE)),
                minimal.incomes(),
                true,
                minimal.property(),
                true,
                false);
        Actor residentA = Actor.resident(RESIDENT_A.replace("-", ""));
        Long application =
                submission.submit(input, null, residentA, new Locale("lv")).applicationId();
        Long attachment = attachments
                .add(application, "izzina.png", new ByteArrayInputStream(png()), residentA)
                .getId();
        return Map.of("{A}", String.valueOf(application), "{ATT}", String.valueOf(attachment));
    }

    private Map<String, Supplier<WebSession>> sessions() {
        Map<String, Supplier<WebSession>> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", () -> new WebSession(portal));
        sessions.put("residentA", () -> new WebSession(portal).signInResident(RESIDENT_A));
        sessions.put("residentB", () -> new WebSession(portal).signInResident(RESIDENT_B));
        sessions.put("householdMember", () -> new WebSession(portal).signInResident(HOUSEHOLD_MEMBER));
        sessions.put("frontDesk", () -> new WebSession(portal).signInStaff("registrators"));
        sessions.put("caseworkerOwn", () -> new WebSession(portal).signInStaff("ilze"));
        sessions.put("caseworkerOther", () -> new WebSession(portal).signInStaff("anna"));
        sessions.put("supervisor", () -> new WebSession(portal).signInStaff("vaditaja"));
        sessions.put("admin", () -> new WebSession(portal).signInStaff("admins"));
        return sessions;
    }

    /**
     * A schema-valid request of the operation as the actor sends it: unsigned (anonymous) or
     * signed by the consumer's development key with his own X-Road client. The answer of an
     * allowed call may be a business error (an unknown type, an unknown number): it reached the service.
     */
    private static String soapRequest(String operation, String actor) {
        String body = switch (operation) {
            case "SubmitEApplication" ->
                "<i:SubmitEApplication><i:eServiceUrn>URN:IVIS:100001:EP.DA-DA29-V1-0</i:eServiceUrn>"
                        + "<i:submissionKey>" + UUID.randomUUID() + "</i:submissionKey><i:applicant><i:personalCode>"
                        + RESIDENT_A
                        + "</i:personalCode><i:firstName>Valdis</i:firstName><i:lastName>Jansons</i:lastName></i:applicant>"
                        + "<i:applicationTypeCode>NO_SUCH_TYPE</i:applicationTypeCode><i:noIncomeDeclared>true</i:noIncomeDeclared>"
                        + "<i:consentGiven>true</i:consentGiven></i:SubmitEApplication>";
            case "GetApplicationStatus" ->
                "<i:GetApplicationStatus><i:registrationNumber>2026/999999</i:registrationNumber>" + "<i:personalCode>"
                        + RESIDENT_A + "</i:personalCode></i:GetApplicationStatus>";
            case "GetHouseholdStatus" ->
                "<i:GetHouseholdStatus><i:personalCode>" + RESIDENT_A
                        + "</i:personalCode><i:onDate>2026-12-01</i:onDate></i:GetHouseholdStatus>";
            default -> throw new AssertionError("no request written for " + operation);
        };
        try {
            return switch (actor) {
                case "anonymous" -> SignedEnvelope.envelope(SignedEnvelope.STATE_PORTAL, operation, body);
                case "statePortal" ->
                    SignedEnvelope.signFully(
                            SignedEnvelope.envelope(SignedEnvelope.STATE_PORTAL, operation, body), "state-portal");
                case "vsaaConsumer" ->
                    SignedEnvelope.signFully(
                            SignedEnvelope.envelope(SignedEnvelope.VSAA, operation, body), "vsaa-consumer");
                case "trustedNoConsumer" ->
                    SignedEnvelope.signFully(
                            SignedEnvelope.envelope(SignedEnvelope.STATE_PORTAL, operation, body), "socialais");
                default -> throw new AssertionError(actor + " does not call SOAP services");
            };
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the request", e);
        }
    }

    /** The operations of our SOAP services, from the contract the war serves. */
    private static Set<String> soapOperations() throws IOException {
        try (InputStream in = AuthorizationMatrixIT.class.getClassLoader().getResourceAsStream("wsdl/intake-v1.wsdl")) {
            String wsdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String portType = wsdl.substring(wsdl.indexOf("<wsdl:portType"), wsdl.indexOf("</wsdl:portType>"));
            Set<String> operations = new TreeSet<>();
            java.util.regex.Matcher operation = java.util.regex.Pattern.compile("<wsdl:operation name=\"([^\"]+)\"")
                    .matcher(portType);
            while (operation.find()) {
                operations.add(operation.group(1));
            }
            return operations;
        }
    }

    /** The .xhtml pages a browser can ask for: every one outside WEB-INF and the resources. */
    private Set<String> pages(String folder) {
        Set<String> pages = new TreeSet<>();
        Set<String> paths = servletContext.getResourcePaths(folder);
        for (String path : paths == null ? Set.<String>of() : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/") || path.startsWith("/resources/")) {
                continue;
            }
            if (path.endsWith("/")) {
                pages.addAll(pages(path));
            } else if (path.endsWith(".xhtml")) {
                pages.add(path);
            }
        }
        return pages;
    }

    private static String fill(String path, Map<String, String> records) {
        String filled = path;
        for (Map.Entry<String, String> record : records.entrySet()) {
            filled = filled.replace(record.getKey(), record.getValue());
        }
        return filled;
    }

    private static List<String[]> matrix() throws IOException {
        try (InputStream in = AuthorizationMatrixIT.class.getClassLoader().getResourceAsStream(MATRIX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";"))
                    .toList();
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
