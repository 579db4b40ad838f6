package lv.socialais.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules over the classes of the three modules (ARCHITECTURE.md): every module's
 * packages form a one-way graph, the core knows nothing of the web or SOAP, and the portal and the
 * integration reach the database only through the core's use cases.
 */
class ArchitectureTest {

    private static final String CORE = "lv.socialais";
    private static final String[] OUTSIDE_THE_CORE = {
        "lv.socialais.portal..", "lv.socialais.integration..", "lv.socialais.simulator.."
    };
    private static JavaClasses product;

    @BeforeAll
    static void importTheProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                        "lv.socialais.portal",
                        "lv.socialais.integration",
                        "lv.socialais.application",
                        "lv.socialais.administration",
                        "lv.socialais.assessment",
                        "lv.socialais.attachment",
                        "lv.socialais.audit",
                        "lv.socialais.catalog",
                        "lv.socialais.common",
                        "lv.socialais.database",
                        "lv.socialais.frontdesk",
                        "lv.socialais.messagelog",
                        "lv.socialais.person",
                        "lv.socialais.register",
                        "lv.socialais.report",
                        "lv.socialais.security",
                        "lv.socialais.staff",
                        "lv.socialais.status");
        // The rules below would pass on nothing: the three modules must really be there.
        for (String one : List.of(
                "lv.socialais.application.Application",
                "lv.socialais.integration.wss.WsSecurity",
                "lv.socialais.portal.web.SecurityHeaders")) {
            assertTrue(product.contain(one), one + " imported");
        }
    }

    @Test
    void thePackagesOfTheProductDependOnEachOtherOneWayOnly() {
        check(slices().matching(CORE + ".(**)").should().beFreeOfCycles());
    }

    @Test
    void theIntegrationsPackagesDependOnEachOtherOneWayOnly() {
        check(slices().matching("lv.socialais.integration.(**)").should().beFreeOfCycles());
    }

    @Test
    void thePortalsPackagesDependOnEachOtherOneWayOnly() {
        check(slices().matching("lv.socialais.portal.(**)").should().beFreeOfCycles());
    }

    @Test
    void theCoreKnowsNothingOfTheWebOrSoap() {
        check(noClasses()
                .that()
                .resideOutsideOfPackages(OUTSIDE_THE_CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.faces..",
                        "org.primefaces..",
                        "org.omnifaces..",
                        "org.apache.cxf..",
                        "jakarta.xml.ws..",
                        "jakarta.servlet..",
                        "lv.socialais.portal..",
                        "lv.socialais.integration.."));
    }

    @Test
    void thePortalAndTheIntegrationReachTheDatabaseOnlyThroughTheCore() {
        check(noClasses()
                .that()
                .resideInAnyPackage("lv.socialais.portal..", "lv.socialais.integration..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..", "lv.socialais.database.."));
    }

    @Test
    void theIntegrationDoesNotKnowThePortal() {
        check(noClasses()
                .that()
                .resideInAPackage("lv.socialais.integration..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lv.socialais.portal.."));
    }

    private static void check(ArchRule rule) {
        rule.check(product);
    }
}
