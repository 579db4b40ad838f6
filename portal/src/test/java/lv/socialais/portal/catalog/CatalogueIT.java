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
import java.util.stream.Collectors;
import lv.socialais.catalog.ApplicationType;
import lv.socialais.catalog.ApplicationTypeCatalog;
import lv.socialais.catalog.RegisterCheck;
import lv.socialais.portal.testing.Deployments;
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

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(CatalogueIT.class);
    }

    @Inject
    private ApplicationTypeCatalog catalog;

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

    private static HttpResponse<String> get(URL portal, String path) throws IOException, InterruptedException {
        URI server = URI.create(portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort() + path);
        return HTTP.send(
                HttpRequest.newBuilder(server)
                        .header("Accept", "application/json,text/plain")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
