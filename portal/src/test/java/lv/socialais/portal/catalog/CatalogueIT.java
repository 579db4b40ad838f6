package lv.socialais.portal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.ApplicationTypeCatalog;
import lv.socialais.catalog.CatalogAdministration;
import lv.socialais.catalog.RegisterCheck;
import lv.socialais.common.LocalizedText;
import lv.socialais.portal.testing.Deployments;
import lv.socialais.portal.testing.WebSession;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal war deployed in a real Payara Micro on a real MariaDB: the migrations ran at
 * start-up and the catalogue comes from the database; health and metrics answer.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Actor ADMIN = Actor.staff("admins", Role.ADMIN, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(CatalogueIT.class, WebSession.class);
    }

    @Inject
    private ApplicationTypeCatalog catalog;

    @Inject
    private CatalogueCopy copy;

    @Inject
    private CatalogAdministration administration;

    @Test
    void theMigrationsLoadAllFiftyThreeApplicationTypes() {
        List<ApplicationType> types = catalog.activeTypes();

        assertEquals(53, types.size());
        assertEquals("NEEDY_HOUSEHOLD_STATUS", types.get(0).getCode(), "the catalogue keeps the report's order");
        assertEquals(53, types.stream().map(ApplicationType::getCode).distinct().count());
    }

    @Test
    void everyTypeIsNamedInThreeLanguagesAndRoutedWithADeadline() {
        for (ApplicationType type : catalog.activeTypes()) {
            String code = type.getCode();
            assertFalse(type.getName().lv().isBlank(), code);
            assertFalse(type.getName().en().isBlank(), code);
            assertTrue(
                    type.getName()
                            .ru()
                            .chars()
                            .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    code + " has a Russian name in Cyrillic");
            assertFalse(
                    type.getName().in(Locale.ENGLISH).equals(type.getName().lv()),
                    code + " English differs from Latvian");
            assertTrue(type.getDecisionDeadlineDays() > 0, code);
            assertTrue(type.getDepartment() != null, code);
        }
    }

    @Test
    void everyTypeAsksThePopulationRegisterAndMeansTestedOnesAskForIncome() {
        List<ApplicationType> types = catalog.activeTypes();
        for (ApplicationType type : types) {
            assertTrue(type.getRegisterChecks().contains(new RegisterCheck("PMLP", "PERSON")), type.getCode());
        }
        ApplicationType gmi = types.stream()
                .filter(t -> t.getCode().equals("GMI_BENEFIT"))
                .findFirst()
                .orElseThrow();
        Set<String> registers =
                gmi.getRegisterChecks().stream().map(RegisterCheck::getRegister).collect(Collectors.toSet());
        assertEquals(Set.of("PMLP", "NVA", "VSAA"), registers);
        assertEquals("SOCIAL_ASSISTANCE", gmi.getDepartment().getCode());
    }

    @Test
    @RunAsClient
    void readinessReportsTheDatabaseUp(@ArquillianResource URL portal) throws Exception {
        HttpResponse<String> ready = get(portal, "/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    @RunAsClient
    void healthAndMetricsAnswer(@ArquillianResource URL portal) throws Exception {
        assertEquals(200, get(portal, "/health").statusCode());
        assertEquals(200, get(portal, "/health/live").statusCode());
        HttpResponse<String> metrics = get(portal, "/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"), "JVM metrics are published");
    }

    @Test
    void anAdministratorsEditIsInTheCataloguesCopyAtOnce() {
        CatalogEntry before = entry("PENSIONER_JUBILEE");
        ApplicationType type = administration.type("PENSIONER_JUBILEE").orElseThrow();
        CatalogAdministration.TypeChange original = CatalogAdministration.TypeChange.of(type);
        try {
            administration.change(
                    "PENSIONER_JUBILEE",
                    renamed(type, "Pabalsts jubilāram (copy)", type.getDecisionDeadlineDays() + 1),
                    ADMIN);
            CatalogEntry after = entry("PENSIONER_JUBILEE");
            assertEquals("Pabalsts jubilāram (copy)", after.name().lv());
            assertEquals(before.deadlineDays() + 1, after.deadlineDays());
        } finally {
            administration.change("PENSIONER_JUBILEE", original, ADMIN); // the other test classes share the database
        }
        assertEquals(before.name(), entry("PENSIONER_JUBILEE").name(), "and the undoing too");
    }

    /**
     * Anonymous readers are served the catalogue as rendered once (CataloguePageCache), each with a
     * nonce of its own: in the policy and on every script, never another reader's.
     */
    @Test
    @RunAsClient
    void everyReaderOfTheRenderedCatalogueGetsANonceOfHisOwn(@ArquillianResource URL portal) {
        HttpResponse<String> first = new WebSession(portal).get("?q=pabalsts");
        HttpResponse<String> second = new WebSession(portal).get("?q=pabalsts");
        String firstNonce = nonceOf(first);
        String secondNonce = nonceOf(second);

        assertFalse(firstNonce.equals(secondNonce), "a new nonce for each reader");
        for (HttpResponse<String> page : List.of(first, second)) {
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("nonce=\"" + nonceOf(page) + "\""), "the scripts carry the policy's nonce");
            assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        }
        assertFalse(second.body().contains(firstNonce), "nothing of the first reader's nonce");
        assertEquals(first.body().replace(firstNonce, "N"), second.body().replace(secondNonce, "N"), "the same page");
    }

    @Test
    void anAdministratorsEditIsOnTheRenderedCatalogueAtOnce(@ArquillianResource URL portal) {
        WebSession reader = new WebSession(portal);
        assertTrue(reader.get("?q=jubil").body().contains("Pabalsts pensionāram jubilāram"), "rendered and kept");
        ApplicationType type = administration.type("PENSIONER_JUBILEE").orElseThrow();
        CatalogAdministration.TypeChange original = CatalogAdministration.TypeChange.of(type);
        try {
            administration.change(
                    "PENSIONER_JUBILEE",
                    renamed(type, "Jubilejas pabalsts (labots)", type.getDecisionDeadlineDays()),
                    ADMIN);
            assertTrue(reader.get("?q=jubil").body().contains("Jubilejas pabalsts (labots)"), "the edit, at once");
        } finally {
            administration.change("PENSIONER_JUBILEE", original, ADMIN);
        }
        assertFalse(reader.get("?q=jubil").body().contains("(labots)"), "and its undoing");
    }

    @Test
    @RunAsClient
    void aSignedInResidentIsNotServedTheAnonymousCatalogue(@ArquillianResource URL portal) {
        assertTrue(new WebSession(portal).get("").body().contains("id=\"nav-signin\""), "anonymous: sign in");
        WebSession resident = new WebSession(portal).signInResident("150588-16072");

        String page = resident.get("").body();
        assertTrue(page.contains("id=\"nav-mine\""), "his own applications in the menu");
        assertFalse(page.contains("id=\"nav-signin\""), "no sign-in link for him");
    }

    private static String nonceOf(HttpResponse<String> page) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "a policy with a nonce: " + page.headers().map());
        return nonce.group(1);
    }

    @Test
    @RunAsClient
    void anAnonymousReaderOfTheCatalogueGetsNoSession(@ArquillianResource URL portal) {
        WebSession reader = new WebSession(portal);
        for (String page : List.of("", "?q=pabalsts", "expired.xhtml")) {
            HttpResponse<String> shown = reader.get(page);
            assertEquals(200, shown.statusCode(), page);
            assertTrue(
                    shown.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    page + " " + shown.headers().allValues("Set-Cookie"));
        }
        assertTrue(reader.sessionId().isEmpty());
    }

    @Test
    @RunAsClient
    void theLanguageChosenIsKeptInACookieAndTheSwitchGoesBackOnlyToThePortal(@ArquillianResource URL portal) {
        WebSession reader = new WebSession(portal);
        HttpResponse<String> switched = reader.post("language/ru", java.util.Map.of("back", "/?q=pabalsts"));
        assertEquals(302, switched.statusCode());
        assertTrue(switched.headers().firstValue("Location").orElse("").endsWith("/?q=pabalsts"));
        assertTrue(reader.get("").body().contains("lang=\"ru\""), "the catalogue in Russian");
        assertTrue(reader.sessionId().isEmpty(), "and still no session");

        HttpResponse<String> away = reader.post("language/en", java.util.Map.of("back", "//evil.example/"));
        assertFalse(away.headers().firstValue("Location").orElse("").contains("evil"), "never to another site");
        HttpResponse<String> unknown = new WebSession(portal).post("language/xx", java.util.Map.of("back", "/"));
        assertTrue(unknown.headers().allValues("Set-Cookie").isEmpty(), "no cookie for a language we do not offer");
    }

    /** The type as it is, with another Latvian name and deadline. */
    private static CatalogAdministration.TypeChange renamed(ApplicationType type, String nameLv, int deadlineDays) {
        return new CatalogAdministration.TypeChange(
                new LocalizedText(nameLv, "Jubilee benefit", "Пособие юбиляру"),
                type.getEligibility(),
                deadlineDays,
                type.isDeadlineInWorkDays(),
                type.getDepartment().getCode(),
                type.getFixedAmount().orElse(null),
                true);
    }

    private CatalogEntry entry(String code) {
        return copy.all().stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static HttpResponse<String> get(URL portal, String path) throws IOException, InterruptedException {
        URI server = URI.create(portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort() + path);
        return HTTP.send(
                HttpRequest.newBuilder(server)
                        .header("Accept", "application/json,text/plain")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
